"""Every use of schemathesis beyond its documented check API, in one place.

The checks need four things schemathesis does not document: the raw spec of a case's schema, the
operation at another path of the same schema, sending a follow-up request that the reports
record as the case's child, and whether a case was generated to be valid (and in which phase). The
stateful phase needs more: a say in which rule its state machine may take next, and which
operations start its scenarios (`steer_stateful`, read by `steering`). `tests/test_seam.py`
exercises each against the installed schemathesis, so an upgrade that moves them fails there, loudly,
rather than as checks that silently stop running.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from schemathesis import APIOperation, Case, CheckContext, Response
from schemathesis.generation.meta import REQUEST_SHAPE_PROBES, TestPhase, coverage_scenario
from schemathesis.specs.openapi import stateful

from .steering import ledger_for

__all__ = ["generated_valid", "in_stateful_phase", "probe", "raw_spec", "sibling_operation", "steer_stateful"]


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


def in_stateful_phase(case: Case) -> bool:
    """Whether `case` is a step of a stateful scenario."""
    meta = case.meta
    return meta is not None and meta.phase.name == TestPhase.STATEFUL


def steer_stateful() -> None:
    """Make each state machine built from now on ask the run's ledger too before it takes a rule:
    schemathesis's precondition for a link (source, target) and for a root stay as they are, and the
    ledger may only narrow them (`steering.Ledger`)."""
    if getattr(stateful.is_transition_allowed, "steered", False):
        return
    link_rule, root_rule = stateful.is_transition_allowed, stateful.is_root_allowed

    def is_transition_allowed(source: str, target: str) -> Callable[[Any], bool]:
        base = link_rule(source, target)
        return lambda machine: base(machine) and ledger_for(machine).allows_link(machine, source, target)

    def is_root_allowed(label: str) -> Callable[[Any], bool]:
        base = root_rule(label)
        return lambda machine: base(machine) and ledger_for(machine).allows_root(machine, label)

    classify = stateful.classify_root_transitions

    def classify_root_transitions(operations: Any, transitions: Any, graph: Any) -> Any:
        """Every list and creation with no path parameter starts scenarios; schemathesis leaves out
        those whose body names a field it guesses nothing produces (a `project_id`), and takes in a
        POST below an id it would have to make up (`/api_clients/{id}/api_keys`), which only 404s."""
        roots = classify(operations, transitions, graph)
        ours = {
            op.label
            for op in operations
            if op.method in ("get", "post")
            and not op.path_parameters
            and op.label in transitions.operations
            and transitions.operations[op.label].outgoing
        }
        if ours:
            roots.fallback = (roots.reliable | roots.fallback) - ours
            roots.reliable = ours
        return roots

    is_transition_allowed.steered = True  # type: ignore[attr-defined]
    stateful.is_transition_allowed = is_transition_allowed
    stateful.is_root_allowed = is_root_allowed
    stateful.classify_root_transitions = classify_root_transitions
