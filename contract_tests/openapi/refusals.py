"""Why a valid request may be refused, and how to tell a refusal's reason: by the request fields its
error body blames (the body's field map, located by the error schema's `x-field-errors`), compared
with the fields the operation's `x-refusals` name.

The suite's `refusal_documented` check, the `valid_input_refused` fault, the suite's config and the
linter read these, so every side tells a refusal's reason the same way.
"""

from __future__ import annotations

import copy
from typing import Any

from .model import Operation, deref, object_schema, pointer, pointer_parts

__all__ = [
    "accepted_statuses",
    "blamed_fields",
    "covers",
    "error_field_map",
    "field_map_pointer",
    "field_map_promised",
    "takes_field",
    "undocumented_field",
    "with_blame",
]


def accepted_statuses(op: Operation) -> list[str]:
    """What a valid request may get: a success, a refusal `x-refusals` documents, the documented 404
    for something its path or query names that does not exist, or the documented 429 (a rate limit
    says nothing about the request; a server under a fuzzer's load may send it). Never 401 or 403:
    the credentials are valid."""
    statuses = ["2xx", *sorted({str(refusal.status) for refusal in op.refusals})]
    statuses += [status for status in ("404", "429") if op.documents(int(status)) and status not in statuses]
    return statuses


def field_map_pointer(spec: dict[str, Any], op: Operation, status: int) -> str | None:
    """Where the error body documented for `status` keeps its field map (a JSON pointer), or None."""
    schema = deref(spec, op.json_schema(status) or {})
    found = schema.get("x-field-errors") if isinstance(schema, dict) else None
    return found if isinstance(found, str) else None


def error_field_map(spec: dict[str, Any]) -> str | None:
    """The one place the API's error bodies keep their field map (`x-field-errors` on its schemas),
    for the clients' `errors`; None when the spec names none, or several that differ."""
    schemas = ((spec.get("components") or {}).get("schemas") or {}).values()
    found = {
        schema["x-field-errors"]
        for schema in schemas
        if isinstance(schema, dict) and "x-field-errors" in schema
    }
    return found.pop() if len(found) == 1 else None


def field_map_promised(spec: dict[str, Any], op: Operation, status: int) -> bool:
    """Whether every error body documented for `status` carries its field map: the body is the map,
    or each step of the pointer is a required property. Where the map is optional (Workato's
    "validation failures may add `errors`"), a refusal that names no field cannot be judged."""
    where = field_map_pointer(spec, op, status)
    if where is None:
        return False
    node: Any = op.json_schema(status)
    for part in pointer_parts(where):
        properties, required = object_schema(spec, node)
        if part not in required:
            return False
        node = properties.get(part)
    return True


def blamed_fields(spec: dict[str, Any], op: Operation, status: int, body: Any) -> frozenset[str]:
    """The keys of an error body's field map: the request fields it blames (empty: none)."""
    where = field_map_pointer(spec, op, status)
    try:
        found = pointer(body, where) if where is not None else None
    except (KeyError, IndexError, TypeError, ValueError):
        return frozenset()
    return frozenset(str(key) for key in found) if isinstance(found, dict) else frozenset()


def covers(field: str, blamed: str) -> bool:
    """Whether blaming `blamed` is blaming the documented `field` (a dotted path such as
    `recipe.config`): the same path, a part of it (`ip_allow_list[1]`, `recipe.config.0`), or its
    last name alone (`config`), as servers name nested fields."""
    return blamed == field or blamed.startswith((f"{field}.", f"{field}[")) or blamed == field.split(".")[-1]


def takes_field(spec: dict[str, Any], op: Operation, field: str) -> bool:
    """Whether a request to `op` can carry `field`: a parameter, or a dotted path of body properties
    (an undeclared top-level name too, when the body admits undeclared properties)."""
    if any(p.name == field for p in op.parameters):
        return True
    first, *rest = field.split(".")
    for media in op.request_content.values():  # a media type without a schema takes any field
        schema = deref(spec, media.get("schema") or {})
        properties = object_schema(spec, schema)[0]
        if first not in properties:
            if not rest and schema.get("additionalProperties", True) is not False:
                return True
            continue
        node = properties[first]
        for name in rest:
            node = object_schema(spec, node)[0].get(name)
            if node is None:
                break
        else:
            return True
    return False


def undocumented_field(spec: dict[str, Any], op: Operation) -> str | None:
    """A field of the request (a parameter or a body property) that no refusal names, if any."""
    names = [p.name for p in op.parameters]
    for schema in op.request_schemas():
        names += list(object_schema(spec, schema)[0])
    documented = [field for refusal in op.refusals for field in refusal.fields]
    return next((name for name in names if not any(covers(field, name) for field in documented)), None)


def with_blame(spec: dict[str, Any], op: Operation, status: int, body: Any, name: str) -> Any:
    """`body` (the documented error example) blaming only `name`, in the documented field map."""
    where = field_map_pointer(spec, op, status)
    if where is None:
        return body
    blame = {name: [f"{name} is not acceptable"]}
    if where in ("", "/"):
        return blame
    body = copy.deepcopy(body) if isinstance(body, dict) else {}
    *parents, last = pointer_parts(where)
    node = body
    for part in parents:
        node = node.setdefault(part, {})
    node[last] = blame
    return body
