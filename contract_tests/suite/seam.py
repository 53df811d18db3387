"""Every use of schemathesis beyond its documented check API, in one place.

The checks need three things schemathesis does not document: the raw spec of a case's schema, the
operation at another path of the same schema, and sending a follow-up request that the reports
record as the case's child. `tests/test_seam.py` exercises each against the installed schemathesis,
so an upgrade that moves them fails there, loudly, rather than as checks that silently stop running.
"""

from __future__ import annotations

from typing import Any

from schemathesis import APIOperation, Case, CheckContext, Response

__all__ = ["operation_at", "probe", "raw_spec"]


def raw_spec(case: Case) -> dict[str, Any]:
    """The spec document the case's operation was loaded from."""
    spec: dict[str, Any] = case.operation.schema.raw_schema
    return spec


def operation_at(case: Case, path: str, method: str) -> APIOperation:
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
