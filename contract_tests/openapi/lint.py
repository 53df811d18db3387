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

from .extensions import ALSO_ALLOWED, EXTENSIONS, problems
from .loader import SpecError, load_spec
from .model import ApiModel, Operation, deref, operation_nodes, property_names
from .refusals import field_map_pointer, takes_field
from .relations import list_item_schema

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


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, Operation]]:
    """("METHOD /path", operation) for each operation; none when an extension is malformed
    (`extensions_well_formed` names it)."""
    model = _operation_model(spec)
    for op in model.operations if model else ():
        yield f"{op.method.upper()} {op.path}", op


@rule
def operation_metadata(spec: dict[str, Any]) -> Iterator[str]:
    declared_tags = {tag["name"] for tag in spec.get("tags", [])}
    seen_ids: set[str] = set()
    for where, op in _operations(spec):
        if not op.operation_id:
            yield f"{where}: no operationId"
        elif op.operation_id in seen_ids:
            yield f"{where}: duplicate operationId {op.operation_id}"
        seen_ids.add(op.operation_id or "")
        if len(op.tags) != 1:
            yield f"{where}: needs exactly one tag, has {len(op.tags)}"
        yield from (
            f"{where}: tag {tag!r} is not declared in top-level tags"
            for tag in op.tags
            if tag not in declared_tags
        )
        if not op.summary:
            yield f"{where}: no summary"
        if op.vendor_doc is None:
            yield f"{where}: no x-vendor-doc (the vendor page and section it was written from)"


@rule
def responses_have_bodies(spec: dict[str, Any]) -> Iterator[str]:
    for where, op in _operations(spec):
        for status, response in op.responses.items():
            if status != "204" and not (response.get("content") or {}):
                yield f"{where}: response {status} has no body schema"


@rule
def links_point_at_operations(spec: dict[str, Any]) -> Iterator[str]:
    ids = {op.operation_id for _, op in _operations(spec)}
    for where, op in _operations(spec):
        for link in op.links:
            if link.operation_id not in ids:
                yield f"{where} {link.status}: link {link.name} names no operation"


@rule
def client_generation_extensions(spec: dict[str, Any]) -> Iterator[str]:
    if spec.get("paths") and not spec.get("info", {}).get("x-client-class"):
        yield "info.x-client-class is missing (the generated client's class name)"
    for name, scheme in (spec.get("components", {}).get("securitySchemes") or {}).items():
        for key in ("x-credential", "x-header-format"):
            if not scheme.get(key):
                yield f"securityScheme {name}: {key} is missing"


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
    """Every example as written (all of them, not only the first the model keeps), with its schema."""
    for path, method, op in operation_nodes(spec):
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


def _places(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(where, kind of place, node) for every place an extension may stand."""
    yield "info", "info", spec.get("info") or {}
    for name, scheme in ((spec.get("components") or {}).get("securitySchemes") or {}).items():
        yield f"securityScheme {name}", "securityScheme", scheme
    for server in spec.get("servers") or []:
        for name, variable in (server.get("variables") or {}).items():
            yield f"server variable {name}", "serverVariable", variable
    for path, item in (spec.get("paths") or {}).items():
        for param in (item or {}).get("parameters") or []:
            yield f"{path} parameter {param.get('name')}", "parameter", param
    for path, method, op in operation_nodes(spec):
        yield f"{method.upper()} {path}", "operation", op
        for param in op.get("parameters") or []:
            yield f"{method.upper()} {path} parameter {param.get('name')}", "parameter", param
        for status, response in (op.get("responses") or {}).items():
            yield f"{method.upper()} {path} response {status}", "response", response
    for kind in ("schemas", "parameters", "responses"):
        for name, node in ((spec.get("components") or {}).get(kind) or {}).items():
            yield f"components/{kind}/{name}", kind.rstrip("s"), node
            if kind == "schemas":
                yield from _subschemas(f"components/schemas/{name}", node)


def _subschemas(where: str, node: Any, depth: int = 0) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """The schemas nested in a component schema (properties, items, combinations): a field's own
    extensions (`x-precision`, `x-applies-when`) stand there."""
    if not isinstance(node, dict) or depth > 8:
        return
    nested = [(f"{where}/properties/{k}", v) for k, v in (node.get("properties") or {}).items()]
    nested += [(f"{where}/items", node["items"])] if isinstance(node.get("items"), dict) else []
    for key in ("allOf", "anyOf", "oneOf"):
        nested += [(f"{where}/{key}/{i}", v) for i, v in enumerate(node.get(key) or [])]
    for place, child in nested:
        if isinstance(child, dict):
            yield place, "schema", child
            yield from _subschemas(place, child, depth + 1)


@rule
def extensions_well_formed(spec: dict[str, Any]) -> Iterator[str]:
    """Every `x-` extension the project defines is where it belongs and matches its JSON Schema."""
    for where, place, node in _places(spec):
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            if not key.startswith("x-") or key not in EXTENSIONS:
                continue
            extension = EXTENSIONS[key]
            if place != extension.where and place not in ALSO_ALLOWED.get(key, ()):
                yield f"{where}: {key} belongs on a {extension.where}, not a {place}"
            for problem in problems(key, value):
                yield f"{where}: {key}: {problem}"


def _operation_model(spec: dict[str, Any]) -> ApiModel | None:
    try:
        return ApiModel.of(spec)
    except ValueError:
        return None  # extensions_well_formed names the malformed extension


@rule
def extension_references(spec: dict[str, Any]) -> Iterator[str]:
    """What an extension names exists: paging parameters, the listed items' key, filter and order
    fields, the toggled or soft-deleted field in what a GET of the resource shows, the lists a
    deletion cascades to, the list showing the tenants."""
    model = _operation_model(spec)
    for op in model.operations if model else ():
        where = f"{op.method.upper()} {op.path}"
        params = {p.name for p in op.parameters}
        item_fields = property_names(spec, list_item_schema(spec, op)) if op.method == "get" else set()
        if op.pagination:
            for key in ("size_param", "page_param", "next_param", "previous_param"):
                name = getattr(op.pagination, key)
                if name and name not in params:
                    yield f"{where}: x-pagination {key} {name!r} is not a parameter of the operation"
        if op.resource_key and op.method != "get":
            yield f"{where}: x-resource-key belongs on a GET list operation"
        elif op.resource_key and op.resource_key not in item_fields:
            yield f"{where}: x-resource-key {op.resource_key!r} is not a property of the listed items"
        if op.order and op.order.field not in item_fields:
            yield f"{where}: x-order field {op.order.field!r} is not a property of the listed items"
        for param, found in op.filters.items():
            if found.field not in item_fields:
                yield f"{where}: x-filter on {param!r}: {found.field!r} is not a property of the listed items"
        for name, changed in (("x-toggle", op.toggle), ("x-soft-delete", op.soft_delete)):
            if changed is not None and changed.field not in _shown_fields(spec, model, op.path):
                yield f"{where}: {name} field {changed.field!r} is not shown by a GET of the resource"
        if op.soft_delete and op.method != "delete":
            yield f"{where}: x-soft-delete belongs on a DELETE operation"
        if op.cascade and op.method != "delete":
            yield f"{where}: x-cascade belongs on a DELETE operation"
        for name in op.cascade:
            below = model.by_id.get(name)
            if below is None or below.method != "get" or not below.path.startswith(op.path + "/"):
                yield f"{where}: x-cascade names {name!r}, which is not a GET below {op.path}"
        for param in op.parameters:
            tenants = model.by_id.get(param.tenant.operation) if param.tenant else None
            if param.tenant and (param.where != "path" or tenants is None or tenants.method != "get"):
                yield f"{where}: x-tenant on {param.name!r}: a path parameter whose list operation exists"


@rule
def refusals_documented(spec: dict[str, Any]) -> Iterator[str]:
    """An `x-refusals` entry names a 4xx the operation documents, fields a request to it can carry,
    and, when it names fields, an error body whose schema says where it blames them (`x-field-errors`)."""
    model = _operation_model(spec)
    for op in model.operations if model else ():
        where = f"{op.method.upper()} {op.path}"
        for refusal in op.refusals:
            if str(refusal.status) not in op.responses:
                yield f"{where}: x-refusals: {refusal.status} is not a documented response"
                continue
            for name in refusal.fields:
                if not takes_field(spec, op, name):
                    yield f"{where}: x-refusals: {name!r} is not a parameter or body field of the operation"
            if refusal.fields and field_map_pointer(spec, op, refusal.status) is None:
                yield (
                    f"{where}: x-refusals: the {refusal.status} body schema has no x-field-errors, "
                    "so no server can say which field it refused"
                )


def _shown_fields(spec: dict[str, Any], model: ApiModel, path: str) -> set[str]:
    """Properties a GET shows of the resource at `path` (`/things/{id}[/verb]`): its own GET, else its
    collection's list items."""
    candidates = [path, path.rpartition("/")[0]]
    shown: set[str] = set()
    for candidate in candidates:
        read = model.at(candidate, "get")
        if read is not None:
            for status in read.success_statuses:
                shown |= property_names(spec, read.json_schema(status))
        collection = model.at(candidate.rpartition("/")[0], "get") if candidate.endswith("}") else None
        if collection is not None:
            shown |= property_names(spec, list_item_schema(spec, collection))
    return shown


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
