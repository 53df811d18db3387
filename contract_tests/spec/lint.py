"""The project's own rules for specs, on top of openapi-spec-validator.

Each rule is a small function yielding problems, so a rule is added by writing one function.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from jsonschema import FormatChecker
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate as validate_openapi
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from .loader import SpecError, deref, load_spec, operations
from .resources import json_schema, listings, property_names, success_statuses

Rule = Callable[[dict[str, Any]], Iterator[str]]
RULES: list[Rule] = []


def rule(func: Rule) -> Rule:
    RULES.append(func)
    return func


def check(path: Path) -> list[str]:
    """Every problem in the spec at `path`, each prefixed with the file name."""
    try:
        spec = load_spec(path)
    except SpecError as exc:
        return [str(exc)]
    try:
        validate_openapi(spec)
    except OpenAPIValidationError as exc:
        return [f"{path.name}: not valid OpenAPI: {exc.message}"]
    except Exception as exc:  # the validator itself trips on some malformed documents
        return [f"{path.name}: not valid OpenAPI: {type(exc).__name__}: {exc}"]
    return [f"{path.name}: {problem}" for each in RULES for problem in each(spec)]


@rule
def operation_metadata(spec: dict[str, Any]) -> Iterator[str]:
    declared_tags = {tag["name"] for tag in spec.get("tags", [])}
    seen_ids: set[str] = set()
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        op_id = op.get("operationId")
        if not op_id:
            yield f"{where}: no operationId"
        elif op_id in seen_ids:
            yield f"{where}: duplicate operationId {op_id}"
        seen_ids.add(op_id or "")
        tags = op.get("tags") or []
        if len(tags) != 1:
            yield f"{where}: needs exactly one tag, has {len(tags)}"
        yield from (
            f"{where}: tag {tag!r} is not declared in top-level tags"
            for tag in tags
            if tag not in declared_tags
        )
        if not op.get("summary"):
            yield f"{where}: no summary"
        doc = op.get("x-vendor-doc") or {}
        if not (doc.get("page") and doc.get("section")):
            yield f"{where}: x-vendor-doc needs page and section"
        for deviation in op.get("x-vendor-deviation") or []:
            if not all(deviation.get(key) for key in ("says", "spec", "why")):
                yield f"{where}: every x-vendor-deviation entry needs says, spec and why"


@rule
def responses_have_bodies(spec: dict[str, Any]) -> Iterator[str]:
    for path, method, op in operations(spec):
        for status, response in (op.get("responses") or {}).items():
            response = deref(spec, response)
            if status != "204" and not (response.get("content") or {}):
                yield f"{method.upper()} {path}: response {status} has no body schema"


@rule
def links_point_at_operations(spec: dict[str, Any]) -> Iterator[str]:
    ids = {op.get("operationId") for _, _, op in operations(spec)}
    for path, method, op in operations(spec):
        for status, response in (op.get("responses") or {}).items():
            for name, link in (deref(spec, response).get("links") or {}).items():
                if link.get("operationId") not in ids:
                    yield f"{method.upper()} {path} {status}: link {name} names no operation"


@rule
def client_generation_extensions(spec: dict[str, Any]) -> Iterator[str]:
    if spec.get("paths") and not spec.get("info", {}).get("x-client-class"):
        yield "info.x-client-class is missing (the generated client's class name)"
    for name, scheme in (spec.get("components", {}).get("securitySchemes") or {}).items():
        for key in ("x-credential", "x-header-format"):
            if not scheme.get(key):
                yield f"securityScheme {name}: {key} is missing"
        if "{token}" not in scheme.get("x-header-format", "{token}"):
            yield f"securityScheme {name}: x-header-format must contain {{token}}"


@rule
def examples_validate(spec: dict[str, Any]) -> Iterator[str]:
    for where, schema, examples in _examples(spec):
        validator = OAS31Validator(
            {**schema, "components": spec.get("components", {})}, format_checker=FormatChecker()
        )
        for name, value in examples:
            for error in validator.iter_errors(value):
                location = "/".join(str(p) for p in error.absolute_path) or "(root)"
                yield f"{where}: example {name!r} is invalid at {location}: {error.message}"


def _examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], list[tuple[str, Any]]]]:
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        media = [("request", deref(spec, op.get("requestBody") or {}).get("content") or {})]
        media += [
            (f"response {status}", deref(spec, response).get("content") or {})
            for status, response in (op.get("responses") or {}).items()
        ]
        for label, content in media:
            for media_type, body in content.items():
                found = [
                    (name, deref(spec, ex).get("value")) for name, ex in (body.get("examples") or {}).items()
                ]
                if "example" in body:
                    found.append(("example", body["example"]))
                if found and "schema" in body:
                    yield f"{where} {label} {media_type}", body["schema"], found
        for param in op.get("parameters") or []:
            param = deref(spec, param)
            found = [
                (name, deref(spec, ex).get("value")) for name, ex in (param.get("examples") or {}).items()
            ]
            if found and "schema" in param:
                yield f"{where} parameter {param['name']}", param["schema"], found


PAGINATION_SCHEMA: dict[str, Any] = {
    "oneOf": [
        {
            "type": "object",
            "properties": {
                "style": {"const": "cursor"},
                "size_param": {"type": "string"},
                "max_size": {"type": "integer", "minimum": 1},
                "next_param": {"type": "string"},
                "previous_param": {"type": "string"},
                "cursor_field": {"type": "string"},
                "items": {"type": "string"},
            },
            "required": ["style", "size_param", "next_param", "cursor_field"],
            "additionalProperties": False,
        },
        {
            "type": "object",
            "properties": {
                "style": {"const": "page"},
                "page_param": {"type": "string"},
                "size_param": {"type": "string"},
                "max_size": {"type": "integer", "minimum": 1},
                "first_page": {"type": "integer", "minimum": 0},
                "items": {"type": "string"},
            },
            "required": ["style", "page_param", "size_param"],
            "additionalProperties": False,
        },
    ]
}
"""`x-pagination` on a list operation: how to walk it (clients) and what to check (contract suite).

`items` names the field holding the list when the body is an object; absent means the body is the list.
"""


def _extended(spec: dict[str, Any], key: str) -> Iterator[tuple[str, str, str, dict[str, Any], Any]]:
    """(where, path, method, operation, value) for every operation carrying the extension `key`."""
    for path, method, op in operations(spec):
        if key in op:
            yield f"{method.upper()} {path}: {key}", path, method, op, op[key]


@rule
def pagination_extension(spec: dict[str, Any]) -> Iterator[str]:
    validator = OAS31Validator(PAGINATION_SCHEMA)
    for where, _, _, op, paging in _extended(spec, "x-pagination"):
        if not validator.is_valid(paging):
            yield f"{where} matches neither the cursor nor the page shape"
            continue
        params = {deref(spec, p).get("name") for p in op.get("parameters") or []}
        for key in ("size_param", "page_param", "next_param", "previous_param"):
            if key in paging and paging[key] not in params:
                yield f"{where}: {key} {paging[key]!r} is not a parameter of the operation"


SOFT_DELETE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "field": {"type": "string"},
        "values": {"type": "array", "minItems": 1, "items": {"type": ["string", "number", "boolean"]}},
    },
    "required": ["field", "values"],
    "additionalProperties": False,
}
"""`x-soft-delete` on a DELETE: the resource stays readable, its `field` set to one of `values`."""


@rule
def soft_delete_extension(spec: dict[str, Any]) -> Iterator[str]:
    validator = OAS31Validator(SOFT_DELETE_SCHEMA)
    for where, path, method, _, soft in _extended(spec, "x-soft-delete"):
        if method != "delete":
            yield f"{where} belongs on a DELETE operation"
        elif not validator.is_valid(soft):
            yield f"{where} needs field (a string) and values (a non-empty list)"
        else:
            read = (spec.get("paths") or {}).get(path, {}).get("get")
            shown = set()
            for status in success_statuses(read or {}):
                shown |= property_names(spec, json_schema(spec, read or {}, status))
            if soft["field"] not in shown:
                yield f"{where}: field {soft['field']!r} is not in the response of a GET on the same path"


@rule
def resource_key_extension(spec: dict[str, Any]) -> Iterator[str]:
    """`x-resource-key` on a list operation names the property that identifies its items."""
    listed = listings(spec)
    for where, path, method, _, key in _extended(spec, "x-resource-key"):
        if method != "get" or not isinstance(key, str):
            yield f"{where} must be a property name on a GET list operation"
        elif path in listed and key not in listed[path].fields:
            yield f"{where}: the listed items have no property {key!r}"


@rule
def servers_match_shared_files(spec: dict[str, Any]) -> Iterator[str]:
    """A spec's `servers` equal those of every shared file it references, so the copies cannot drift.

    OpenAPI has no `$ref` for `servers`, so each Workato spec writes out workato-common.yaml's list; the
    bundler records the shared files' servers under `x-shared-servers` for this comparison.
    """
    from .loader import SHARED_SERVERS

    for name, servers in (spec.get(SHARED_SERVERS) or {}).items():
        if spec.get("servers") != servers:
            yield f"servers differ from those of {name}, which this spec references; copy them from there"


OPENAPI_SCHEMA_KEYWORDS = frozenset({"discriminator", "xml", "externalDocs", "example"})
"""The OpenAPI 3.1 base vocabulary (https://spec.openapis.org/oas/3.1/meta/base) on top of JSON Schema's."""

_SUBSCHEMA = ("additionalProperties", "contains", "contentSchema", "else", "if", "items", "not")
_SUBSCHEMA += ("propertyNames", "then", "unevaluatedItems", "unevaluatedProperties")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("$defs", "dependentSchemas", "patternProperties", "properties")


def _json_schema_keywords() -> frozenset[str]:
    """Every keyword of the JSON Schema 2020-12 vocabularies, read from the published meta-schemas."""
    from urllib.parse import urljoin

    from jsonschema_specifications import REGISTRY

    dialect = "https://json-schema.org/draft/2020-12/schema"
    keywords: set[str] = set()
    for vocabulary in REGISTRY[dialect].contents["allOf"]:
        keywords |= set(REGISTRY[urljoin(dialect, vocabulary["$ref"])].contents.get("properties", {}))
    return frozenset(keywords)


@rule
def schema_keywords(spec: dict[str, Any]) -> Iterator[str]:
    """Every key of a schema object is a JSON Schema or OpenAPI keyword or an `x-` extension.

    Catches e.g. `{description: Due date, ISO 8601}`: a YAML flow mapping ends the value at the comma and
    makes `ISO 8601` a key, which every validator ignores.
    """
    known = _json_schema_keywords() | OPENAPI_SCHEMA_KEYWORDS
    for where, schema in _schemas(spec, ""):
        for key in schema:
            if key not in known and not str(key).startswith("x-"):
                yield (
                    f"{where}: {key!r} is not a JSON Schema or OpenAPI keyword (an unquoted comma in a"
                    " YAML flow mapping makes one; quote the value, or name an extension x-…)"
                )


def _schemas(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(location, schema) for every schema object in the document, nested ones included."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _schemas(item, f"{where}/{index}")
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        here = f"{where}/{key}"
        if key in ("example", "examples") or str(key).startswith("x-"):
            continue  # data, not document structure
        if key == "schema":
            yield from _schema_tree(value, here)
        elif key == "schemas" and where == "/components":
            for name, schema in (value or {}).items():
                yield from _schema_tree(schema, f"{here}/{name}")
        else:
            yield from _schemas(value, here)


def _schema_tree(schema: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(schema, dict):
        return  # `true`/`false` schemas
    yield where.lstrip("/"), schema
    for key in _SUBSCHEMA:
        if key in schema:
            yield from _schema_tree(schema[key], f"{where}/{key}")
    for key in _SUBSCHEMA_LISTS:
        for index, sub in enumerate(schema.get(key) or []):
            yield from _schema_tree(sub, f"{where}/{key}/{index}")
    for key in _SUBSCHEMA_MAPS:
        for name, sub in (schema.get(key) or {}).items():
            yield from _schema_tree(sub, f"{where}/{key}/{name}")
