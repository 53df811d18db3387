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


def probe(
    ctx: CheckContext,
    case: Case,
    operation: APIOperation,
    *,
    credentials: tuple[str, str] | None = None,
    **parts: Any,
) -> Response:
    """Send a follow-up request with the run's transport settings (its headers, its timeouts),
    recorded in the reports as a child of `case`; `credentials` (header, value) replaces the run's."""
    kwargs = dict(ctx.internals.transport_kwargs or {})
    if credentials is not None:
        name, value = credentials
        # Transport headers win over the case's and over the config's (the run's credential).
        run_headers = kwargs.get("headers") or {}
        kwargs["headers"] = {
            **{k: v for k, v in run_headers.items() if k.lower() != name.lower()},
            name: value,
        }
        parts["headers"] = {
            k: v for k, v in (parts.get("headers") or {}).items() if k.lower() != name.lower()
        }
    follow_up = operation.Case(**parts)
    ctx.internals.record_case(parent_id=case.id, case=follow_up)
    response: Response = operation.schema.transport.send(follow_up, **kwargs)
    ctx.internals.record_response(case_id=follow_up.id, response=response)
    return response


def _without(headers: dict[str, Any] | None, name: str) -> dict[str, Any]:
    return {key: value for key, value in (headers or {}).items() if key.lower() != name.lower()}


def generated_valid(case: Case) -> bool:
    """Whether schemathesis generated `case` to match the schema (positive mode), as opposed to
    invalid data or a probe of the request's shape (an undocumented method or media type)."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive:
        return False
    return coverage_scenario(case) not in REQUEST_SHAPE_PROBES
