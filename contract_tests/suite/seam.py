"""Every use of schemathesis beyond its documented check API, in one place.

The checks need four things schemathesis does not document: the raw spec of a case's schema, the
operation at another path of the same schema, sending a follow-up request that the reports
record as the case's child, and whether a case was generated to be valid. `tests/test_seam.py`
exercises each against the installed schemathesis, so an upgrade that moves them fails there, loudly,
rather than as checks that silently stop running.
"""

from __future__ import annotations

from typing import Any

from schemathesis import APIOperation, Case, CheckContext, Response
from schemathesis.generation.meta import REQUEST_SHAPE_PROBES, coverage_scenario

__all__ = ["generated_valid", "probe", "raw_spec", "sibling_operation"]


def raw_spec(case: Case) -> dict[str, Any]:
    """The spec document the case's operation was loaded from."""
    spec: dict[str, Any] = case.operation.schema.raw_schema
    return spec


def sibling_operation(case: Case, path: str, method: str) -> APIOperation:
    """Another operation of the same schema, by path template and method."""
    operation: APIOperation = case.operation.schema[path][method.upper()]
    return operation


def probe(ctx: CheckContext, case: Case, operation: APIOperation, **parts: Any) -> Response:
    """Send a follow-up request with the run's transport settings (its headers, its timeouts),
    recorded in the reports as a child of `case`."""
    follow_up = operation.Case(**parts)
    ctx.internals.record_case(parent_id=case.id, case=follow_up)
    response: Response = operation.schema.transport.send(
        follow_up, **dict(ctx.internals.transport_kwargs or {})
    )
    ctx.internals.record_response(case_id=follow_up.id, response=response)
    return response


def generated_valid(case: Case) -> bool:
    """Whether schemathesis generated `case` to match the schema (positive mode), as opposed to
    invalid data or a probe of the request's shape (an undocumented method or media type)."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive:
        return False
    return coverage_scenario(case) not in REQUEST_SHAPE_PROBES
