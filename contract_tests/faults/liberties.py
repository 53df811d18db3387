"""The liberties: each a small registered function that takes one liberty a conformant server may take.

The tolerance matrix plants each in front of every bundled fake and requires the suite to pass: a red
there is a false alarm. Each is driven by the spec only (a bound with `x-out-of-range: unspecified`, a
field's `x-precision` and `x-applies-when`, an `x-references` parameter, what a response schema leaves
open) and counts the calls it changed (`Injector.taken`), so a liberty never taken is not reported as
tolerated. What is a liberty and not a fault is the vendor's text, recorded in the spec.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode

from openapi_schema_validator import OAS31Validator

from ..openapi.model import ApiModel, Operation, deref, object_schema
from ..openapi.relations import (
    applies,
    cascade_reads,
    items_path,
    no_cascade,
    page_items,
    reference_read,
    reference_values,
    references,
)
from .injector import Forward, Injector, RawCall, RawReply, liberty

BODY_METHODS = ("post", "put", "patch")


def _taken(injector: Injector) -> None:
    injector.taken += 1


def _reply_schema(injector: Injector, call: RawCall, reply: RawReply) -> tuple[Operation, Any, Any] | None:
    """(operation, parsed body, documented JSON schema) of a JSON reply, else None."""
    op = injector.operation(call)
    schema = op.json_schema(reply.status) if op else None
    body = reply.json() if schema is not None else None
    return (op, body, schema) if op is not None and body is not None else None


def _schemas(spec: dict[str, Any], schema: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every schema inside `schema` (itself, properties, items, combinations), dereferenced."""
    schema = deref(spec, schema)
    if not isinstance(schema, dict) or depth > 8:
        return
    yield schema
    nested = list((schema.get("properties") or {}).values())
    nested += [schema[key] for key in ("items", "additionalProperties") if isinstance(schema.get(key), dict)]
    nested += [part for combo in ("allOf", "anyOf", "oneOf") for part in schema.get(combo) or []]
    for part in nested:
        yield from _schemas(spec, part, depth + 1)


def _objects(spec: dict[str, Any], schema: Any, body: Any) -> Iterator[tuple[dict[str, Any], Any]]:
    """(object in the body, its schema): the body itself, or each item of a list body or envelope."""
    schema = deref(spec, schema)
    if not isinstance(schema, dict):
        return
    if isinstance(body, list) and isinstance(schema.get("items"), dict):
        for item in body:
            yield from _objects(spec, schema["items"], item)
    elif isinstance(body, dict):
        yield body, schema
        properties, _ = object_schema(spec, schema)
        for name, prop in properties.items():
            if isinstance(body.get(name), list) and isinstance(prop.get("items"), dict):
                yield from _objects(spec, prop, body[name])


# ---------------------------------------------------------------------------------------------


def _unspecified_bounds(op: Operation) -> list[Any]:
    return [p for p in op.parameters if p.where == "query" and p.out_of_range == "unspecified"]


@liberty(
    "clamp_page_size",
    "an out-of-range value of a bound the page states without a refusal is clamped, not refused",
    lambda spec: (
        None
        if any(_unspecified_bounds(op) for op in ApiModel.of(spec).operations)
        else "no parameter bound is left unenforced by the vendor (x-out-of-range: unspecified)"
    ),
)
async def clamp_page_size(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    op = injector.operation(call)
    bounded = {p.name: p for p in _unspecified_bounds(op)} if op else {}
    query, changed = [], False
    for key, value in parse_qsl(call.query, keep_blank_values=True):
        param = bounded.get(key)
        number = int(value) if param and value.lstrip("-").isdigit() else None
        if param is not None and number is not None and param.outside_bounds(value):
            low, high = param.schema.get("minimum"), param.schema.get("maximum")
            value, changed = str(max(low, number) if low is not None and number < low else high), True
        query.append((key, value))
    if changed:
        _taken(injector)
        call = replace(call, query=urlencode(query))
    return await forward(call)


def _instant_fields(spec: dict[str, Any], schema: Any) -> dict[str, str | None]:
    """Properties documented as date-times, with their `x-precision` (None: not declared)."""
    found: dict[str, str | None] = {}
    for node in _schemas(spec, schema):
        for name, prop in (node.get("properties") or {}).items():
            target = deref(spec, prop) or {}
            if "date-time" in (prop.get("format"), target.get("format")):
                found[name] = prop.get("x-precision", target.get("x-precision"))
    return found


def _normalized(value: str, precision: str | None) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if precision == "second":
        moment = moment.replace(microsecond=0)
    elif precision == "millisecond":
        moment = moment.replace(microsecond=moment.microsecond // 1000 * 1000)
    return moment.isoformat()


@liberty(
    "normalize_instants",
    "instants written in another ISO 8601 form (`+00:00` for `Z`), kept at the documented precision",
    lambda spec: (
        None
        if any(_instant_fields(spec, op.success_schema) for op in ApiModel.of(spec).operations)
        else "no success response has a date-time field"
    ),
)
async def normalize_instants(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    reply = await forward(call)
    found = _reply_schema(injector, call, reply) if reply.ok else None
    if found is None:
        return reply
    _, body, schema = found
    fields, changed = _instant_fields(injector.spec, schema), False
    for obj, _ in _objects(injector.spec, schema, body):
        for name, precision in fields.items():
            value = obj.get(name)
            if isinstance(value, str) and (shown := _normalized(value, precision)) != value:
                obj[name], changed = shown, True
    if not changed:
        return reply
    _taken(injector)
    return reply.with_json(body)


def _conditional(spec: dict[str, Any]) -> bool:
    return any(
        "x-applies-when" in (node.get("properties") or {}).get(name, {})
        or "x-applies-when" in (deref(spec, (node.get("properties") or {}).get(name)) or {})
        for op in ApiModel.of(spec).operations
        for schema in op.request_schemas()
        for node in _schemas(spec, schema)
        for name in node.get("properties") or {}
    )


def _valid_field(spec: dict[str, Any], op: Operation, name: str, value: Any) -> bool:
    """Whether `value` is valid for request field `name`: an invalid one is still the server's to
    refuse, so only valid fields that do not apply are ignored."""
    for schema in op.request_schemas():
        prop = object_schema(spec, schema)[0].get(name)
        if prop is not None:
            document = {**prop, "components": spec.get("components") or {}}
            return OAS31Validator(document, format_checker=OAS31Validator.FORMAT_CHECKER).is_valid(value)
    return True


@liberty(
    "ignore_inapplicable_fields",
    "request fields that do not apply to the variant sent (x-applies-when) are ignored",
    lambda spec: None if _conditional(spec) else "no request field declares x-applies-when",
)
async def ignore_inapplicable_fields(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    op = injector.operation(call)
    body = RawReply(200, (), call.body).json() if op and call.method.lower() in BODY_METHODS else None
    if isinstance(body, dict):
        assert op is not None
        kept = {
            name: value
            for name, value in body.items()
            if applies(injector.spec, op, name, body) or not _valid_field(injector.spec, op, name, value)
        }
        if kept != body:
            _taken(injector)
            call = replace(call, body=RawReply(200, (), b"").with_json(kept).body)
    return await forward(call)


@liberty(
    "dangling_reference_404",
    "a request naming a resource that does not exist (x-references) is answered 404",
    lambda spec: (
        None
        if any(references(op) for op in ApiModel.of(spec).operations)
        else "no parameter references another resource (x-references)"
    ),
)
async def dangling_reference_404(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    op = injector.operation(call)
    query = dict(parse_qsl(call.query))
    for (where, name), ref in (references(op) if op else {}).items():
        value = query.get(name) if where == "query" else call.params.get(name)
        read = reference_read(injector.spec, ref)
        if value is None or read is None:
            continue
        listed = await forward(
            replace(call, method="GET", path=read[0], query=urlencode(read[1]), body=b"").with_header(
                "content-type", None
            )
        )
        values = reference_values(injector.spec, ref, listed.json()) if listed.ok else None
        if values is not None and value not in {str(v) for v in values}:
            _taken(injector)
            assert op is not None
            body = (op.example(404) if op.documents(404) else None) or {"message": "Not Found"}
            return RawReply(404, (), b"").with_json(body)
    return await forward(call)


def _reordered(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _reordered(value[key]) for key in reversed(list(value))}
    if isinstance(value, list):
        return [_reordered(item) for item in value]
    return value


@liberty("reorder_keys", "JSON object keys in another order")
async def reorder_keys(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    reply = await forward(call)
    body = reply.json() if reply.body else None
    if not isinstance(body, dict | list) or json.dumps(_reordered(body)) == json.dumps(body):
        return reply
    _taken(injector)
    return reply.with_json(_reordered(body))


def _open(spec: dict[str, Any], schema: Any) -> bool:
    """Whether an object schema with properties lets a body carry one it does not name."""
    schema = deref(spec, schema)
    if not isinstance(schema, dict) or not object_schema(spec, schema)[0]:
        return False
    parts = [schema, *(deref(spec, part) for part in schema.get("allOf") or [])]
    return not any(
        isinstance(part, dict)
        and (part.get("additionalProperties", True) is not True or part.get("unevaluatedProperties") is False)
        for part in parts
    )


EXTRA_FIELD = "x_field_the_page_does_not_name"


@liberty(
    "extra_response_field",
    "a response field the page does not name, where the schema leaves objects open",
    lambda spec: (
        None
        if any(
            _open(spec, schema)
            for op in ApiModel.of(spec).operations
            for schema in _schemas(spec, op.success_schema)
        )
        else "every success schema forbids undocumented fields"
    ),
)
async def extra_response_field(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    reply = await forward(call)
    found = _reply_schema(injector, call, reply) if reply.ok else None
    if found is None:
        return reply
    _, body, schema = found
    changed = False
    for obj, own in _objects(injector.spec, schema, body):
        if _open(injector.spec, own) and EXTRA_FIELD not in obj:
            obj[EXTRA_FIELD], changed = "added by a server", True
    if not changed:
        return reply
    _taken(injector)
    return reply.with_json(body)


def _free_text(spec: dict[str, Any], schema: Any) -> bool:
    """A string schema any text satisfies (no enum, const, pattern, format or length)."""
    schema = deref(spec, schema)
    kinds = schema.get("type") if isinstance(schema, dict) else None
    if not (kinds == "string" or (isinstance(kinds, list) and "string" in kinds)):
        return False
    return not {"enum", "const", "pattern", "format", "maxLength"} & set(schema)


def _reword(spec: dict[str, Any], schema: Any, value: Any, depth: int = 0) -> Any:
    """`value` with each free-text string the schema gives it reworded."""
    schema = deref(spec, schema)
    if not isinstance(schema, dict) or depth > 8:
        return value
    for part in [*(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]:
        if isinstance(value, str) and _free_text(spec, part):
            return f"In other words: {value}"
        if isinstance(value, list | dict) and deref(spec, part).get("type") in ("array", "object"):
            return _reword(spec, part, value, depth + 1)
    if isinstance(value, str):
        return f"In other words: {value}" if _free_text(spec, schema) else value
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [_reword(spec, schema["items"], item, depth + 1) for item in value]
    if isinstance(value, dict):
        properties, _ = object_schema(spec, schema)
        extra = schema.get("additionalProperties")
        return {
            key: _reword(spec, properties.get(key, extra if isinstance(extra, dict) else {}), item, depth + 1)
            for key, item in value.items()
        }
    return value


@liberty("reword_refusals", "a refusal with the documented status and body shape, in other words")
async def reword_refusals(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    reply = await forward(call)
    found = _reply_schema(injector, call, reply) if 400 <= reply.status < 500 else None
    if found is None:
        return reply
    _, body, schema = found
    reworded = _reword(injector.spec, schema, body)
    if reworded == body:
        return reply
    _taken(injector)
    return reply.with_json(reworded)


def _nullable(prop: Any) -> bool:
    kinds = prop.get("type") if isinstance(prop, dict) else None
    return kinds == "null" or (isinstance(kinds, list) and "null" in kinds)


@liberty(
    "omit_null_optional_fields",
    "an optional field that has no value left out instead of sent as null",
    lambda spec: (
        None
        if any(
            any(_nullable(prop) and name not in required for name, prop in props.items())
            for op in ApiModel.of(spec).operations
            for node in _schemas(spec, op.success_schema)
            for props, required in [object_schema(spec, node)]
        )
        else "no success schema has an optional nullable field"
    ),
)
async def omit_null_optional_fields(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    reply = await forward(call)
    found = _reply_schema(injector, call, reply) if reply.ok else None
    if found is None:
        return reply
    _, body, schema = found
    changed = False
    for obj, own in _objects(injector.spec, schema, body):
        properties, required = object_schema(injector.spec, own)
        for name, prop in properties.items():
            if name in obj and obj[name] is None and name not in required and _nullable(prop):
                del obj[name]
                changed = True
    if not changed:
        return reply
    _taken(injector)
    return reply.with_json(body)


@liberty(
    "deleted_parent_lists_empty",
    "the lists below a deleted resource (x-cascade) answer an empty list instead of 404",
    no_cascade,
)
async def deleted_parent_lists_empty(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """Once a DELETE with `x-cascade` succeeded, a 404 from a list it names under the deleted path is
    answered with the list's documented success, emptied: nothing is shown, which is what
    `cascade_applied` asks, whether by 404 or by an empty list."""
    gone: set[str] = injector.state.setdefault("gone", set())
    op = injector.operation(call)
    reply = await forward(call)
    if op is not None and op.method == "delete" and op.cascade and reply.ok:
        gone.update(cascade_reads(injector.spec, op, call.path))
    if op is None or op.method != "get" or call.path not in gone or reply.status != 404:
        return reply
    status = op.success_statuses[0] if op.success_statuses else "200"
    body = copy.deepcopy(op.example(status))  # the model's own is shared
    items = page_items(body, items_path(injector.spec, op))
    if items is None:
        return reply
    items.clear()
    _taken(injector)
    return reply.with_json(body, int(status))
