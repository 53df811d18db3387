"""What the suite sends, beyond what schemathesis generates from the schema alone (hooks).

Two things a schema cannot say. A bound the vendor states without a documented refusal
(`x-out-of-range: unspecified`) is no refusal promise, so no case is sent with a value beyond it as
"invalid input that must be refused" (`page_size_respected` judges what the page does promise). A
parameter naming another resource (`x-references`) gets, in a case generated to be valid, a value
drawn from what exists on the server under test (its list operation, read when the case is made):
a random id names nothing, and a request naming nothing is not a valid request. And in the stateful
phase, a creation sends the vendor's own request example half the time: a body can be valid by its
schema and still name nothing (a recipe's `config` naming connections, a row naming columns), and a
creation refused ends the chain, so the links below it would never be followed. Last, a case that
is invalid only for optional body fields sent as null is not sent: a server may read such a null as
"not sent" (tests/test_tolerance.py plants such a server).
"""

from __future__ import annotations

import copy
import os
import zlib
from typing import Any

import httpx
import schemathesis
from openapi_schema_validator import OAS31Validator
from schemathesis import Case

from ..openapi.model import ApiModel, Operation, auth_header
from ..openapi.relations import existing_values, references, without_optional_nulls
from . import seam
from .command import BASE_URL_ENV, TOKEN_ENV

__all__ = ["draw_references", "invalid_only_by_nulls", "stated_bounds_only"]

_CONTAINERS = {"query": "query", "path": "path_parameters", "header": "headers"}


def _operation(case: Case) -> Operation | None:
    return ApiModel.of(seam.raw_spec(case)).at(case.operation.path, case.method)


def _values(case: Case, where: str) -> dict[str, Any] | None:
    container = getattr(case, _CONTAINERS.get(where, ""), None)
    return container if isinstance(container, dict) else None


@schemathesis.hook
def filter_case(context: Any, case: Case) -> bool:
    """No case carries a value beyond a bound the vendor states but does not promise to refuse, and
    none is "invalid" only for an optional field sent as null."""
    return not stated_bounds_only(case) and not invalid_only_by_nulls(case)


def invalid_only_by_nulls(case: Case) -> bool:
    """Whether a case generated invalid is so only in its JSON body, and only for optional properties
    sent as null where the schema allows none: a server may take such a null as "not sent" (no vendor
    page promises to refuse it), so no such case is sent as a refusal promise."""
    meta = case.meta
    if meta is None or meta.generation.mode.is_positive or not isinstance(case.body, dict):
        return False
    if any(not info.mode.is_positive for where, info in meta.components.items() if where.value != "body"):
        return False
    op = _operation(case)
    schema = (op.request_content.get(str(case.media_type or "")) or {}).get("schema") if op else None
    if schema is None:
        return False
    spec = seam.raw_spec(case)
    kept = without_optional_nulls(spec, schema, case.body)
    if kept == case.body:
        return False
    document = {**schema, "components": spec.get("components") or {}}
    return bool(OAS31Validator(document, format_checker=OAS31Validator.FORMAT_CHECKER).is_valid(kept))


def stated_bounds_only(case: Case) -> bool:
    """Whether the case sends a number beyond an `x-out-of-range: unspecified` parameter's bounds."""
    op = _operation(case)
    for param in op.parameters if op else ():
        values = _values(case, param.where)
        if param.out_of_range == "unspecified" and values and param.outside_bounds(values.get(param.name)):
            return True
    return False


@schemathesis.hook
def map_case(context: Any, case: Case) -> Case:
    return draw_references(documented_creation(case))


def documented_creation(case: Case) -> Case:
    """A stateful creation's JSON body is one of its documented request examples half the time
    (picked by the generated body, so runs stay deterministic). Sending it every time while a link
    below was not followed did worse (81 and 92 of Workato Embedded's 128 links, against 100 to 108):
    the same body sent again meets what its first sending made."""
    if case.method.upper() != "POST" or not seam.in_stateful_phase(case) or not seam.generated_valid(case):
        return case
    op = _operation(case)
    if op is None:
        return case
    examples = (
        op.request_examples.get(str(case.media_type or ""), ()) if "json" in str(case.media_type) else ()
    )
    if examples:
        pick = zlib.crc32(repr(case.body).encode()) % (2 * len(examples))
        if pick < len(examples):
            case.body = copy.deepcopy(examples[pick])
    return case


def draw_references(case: Case) -> Case:
    """A valid case's `x-references` parameters name what exists (a value the list shows, picked by
    the generated value, so runs stay deterministic); left as generated when nothing is listed."""
    op = _operation(case)
    meta = case.meta
    if op is None or meta is None or not meta.generation.mode.is_positive:
        return case
    spec = seam.raw_spec(case)
    for (where, name), ref in references(op).items():
        values = _values(case, where)
        if values is None or name not in values:
            continue
        found = existing_values(spec, ref, lambda path, query: _read(spec, path, query))
        if found:
            pick = found[zlib.crc32(str(values[name]).encode()) % len(found)]
            values[name] = str(pick) if isinstance(values[name], str) else pick
    return case


def _read(spec: dict[str, Any], path: str, query: dict[str, Any]) -> Any:
    """GET `path` on the server under test with the run's credentials; its JSON body, else None."""
    base = os.environ.get(BASE_URL_ENV)
    if not base:
        return None
    name, value = auth_header(spec, os.environ.get(TOKEN_ENV, ""))
    try:
        response = httpx.get(base.rstrip("/") + path, params=query, headers={name: value}, timeout=30)
        return response.json() if response.is_success else None
    except (httpx.HTTPError, ValueError):
        return None
