"""The project's spec extensions, each defined once: a typed class, the JSON Schema it is checked
with, where it goes and who reads it.

The linter validates every occurrence against `EXTENSIONS[name].schema`; the generator, the fakes, the
checks and the fault injector read the parsed form (`parse`), never the raw dictionaries. Adding an
extension means adding one `Extension` here (and a row to the README table, which this list mirrors).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from jsonschema.exceptions import best_match
from openapi_schema_validator import OAS31Validator

__all__ = [
    "EXTENSIONS",
    "Extension",
    "Filter",
    "Order",
    "OutOfRange",
    "Pagination",
    "Reference",
    "Refusal",
    "SoftDelete",
    "Toggle",
    "VendorDeviation",
    "VendorDoc",
    "parse",
]

Where = Literal[
    "root", "info", "securityScheme", "serverVariable", "operation", "parameter", "schema", "response"
]


@dataclass(frozen=True)
class Pagination:
    """How a list pages: `page` style (page number and size) or `cursor` style (an item's field).

    `items` names the property holding the list when the body is an object (`{"result": [...]}`).
    """

    style: Literal["page", "cursor"]
    size_param: str
    max_size: int | None = None
    page_param: str | None = None
    first_page: int = 1
    next_param: str | None = None
    previous_param: str | None = None
    cursor_field: str | None = None
    items: str | None = None

    @property
    def query_params(self) -> tuple[str, ...]:
        """The query parameters that move through pages (not filters)."""
        names = (self.size_param, self.page_param, self.next_param, self.previous_param)
        return tuple(name for name in names if name)


@dataclass(frozen=True)
class SoftDelete:
    """A DELETE that leaves the resource readable with `field` set to `values[0]` (any of `values`
    counts as deleted)."""

    field: str
    values: tuple[Any, ...]


@dataclass(frozen=True)
class Filter:
    """A list's query parameter that keeps only the items whose `field` equals (or starts with) it."""

    field: str
    match: Literal["equals", "prefix"] = "equals"

    def keeps(self, item: Mapping[str, Any], value: Any) -> bool:
        found = item.get(self.field)
        if self.match == "prefix":
            return isinstance(found, str) and found.startswith(str(value))
        if found == value:
            return True
        if found is None:
            return False
        # A query string carries `false`, not Python's `False`: compare booleans in JSON's spelling.
        spell = json.dumps if isinstance(found, bool) else str
        return spell(found) == (value if isinstance(value, str) else spell(value))


@dataclass(frozen=True)
class Order:
    """A list's documented order: by `field`, then by creation, in `direction`."""

    field: str
    direction: Literal["ascending", "descending"] = "ascending"

    @property
    def descending(self) -> bool:
        return self.direction == "descending"


@dataclass(frozen=True)
class Toggle:
    """An action that only sets `field` to `value` on the resource its path names (enable, start)."""

    field: str
    value: Any


@dataclass(frozen=True)
class Refusal:
    """A documented refusal of a request the schema accepts: `status` when `when` holds.

    `fields` are the request fields (body properties or parameters) the condition is about, which the
    error body names in its field map (`x-field-errors`); none for a condition on the state of the
    resource the path names (a running recipe, a canceled order). A valid request refused with any
    other status, or naming any other field, is refused for a reason the vendor does not give.
    """

    status: int
    when: str
    fields: tuple[str, ...] = ()


OutOfRange = Literal["refused", "unspecified"]
"""What a parameter's `minimum`/`maximum` promise (`x-out-of-range`): `refused` (the default) is a
refusal the vendor documents; `unspecified`: the page states the bound and not what a value beyond it
gets, so a server may refuse it or clamp it, and only what the page does promise is judged."""


@dataclass(frozen=True)
class Reference:
    """A parameter naming another resource (`x-references`): existing values are the `field` of the
    items `operation` lists. A request naming one that does not exist is not a valid request."""

    operation: str
    field: str


@dataclass(frozen=True)
class VendorDoc:
    page: str
    section: str


@dataclass(frozen=True)
class VendorDeviation:
    """Where the spec departs from a source: what `source` says, what the spec does, and why.

    `source` names the text that says it when that is not the operation's own `x-vendor-doc` page:
    Workato's published OpenAPI (`vendor-spec: <schema or operationId>`) or a research note.
    """

    says: str
    spec: str
    why: str
    source: str = ""


@dataclass(frozen=True)
class Extension:
    name: str
    where: Where
    schema: dict[str, Any]
    read_by: str
    example: str
    build: Callable[[Any], Any] = field(default=lambda value: value)

    def parse(self, value: Any) -> Any:
        return self.build(value)


_TEXT = {"type": "string", "minLength": 1}
_PARAM = {"type": "string", "minLength": 1}
_PAGINATION_COMMON = {"size_param": _PARAM, "max_size": {"type": "integer", "minimum": 1}, "items": _PARAM}


def _deviations(value: Any) -> tuple[VendorDeviation, ...]:
    entries = value if isinstance(value, list) else [value]
    return tuple(VendorDeviation(**entry) for entry in entries)


def _refusals(value: Any) -> tuple[Refusal, ...]:
    return tuple(Refusal(e["status"], e["when"], tuple(e.get("fields") or ())) for e in value)


def _filter(value: Any) -> Filter:
    return Filter(value) if isinstance(value, str) else Filter(**value)


# A list operation and the field of its items that names what exists (x-references, x-tenant).
_REFERENCE = {
    "type": "object",
    "required": ["operation", "field"],
    "properties": {"operation": _PARAM, "field": _PARAM},
    "additionalProperties": False,
}

_DEVIATION_ENTRY = {
    "type": "object",
    "required": ["says", "spec", "why"],
    "properties": {"says": _TEXT, "spec": _TEXT, "why": _TEXT, "source": _TEXT},
    "additionalProperties": False,
}

EXTENSIONS: dict[str, Extension] = {
    ext.name: ext
    for ext in (
        Extension(
            "x-client-class",
            "info",
            {"type": "string", "pattern": "^[A-Z][A-Za-z0-9]*$"},
            "generator (the client class name)",
            "x-client-class: WorkReduceClient",
        ),
        Extension(
            "x-credential",
            "securityScheme",
            {"type": "string", "pattern": "^[a-z_][a-z0-9_]*$"},
            "generator (the client's credential argument)",
            "x-credential: api_token",
        ),
        Extension(
            "x-header-format",
            "securityScheme",
            {"type": "string", "pattern": "\\{token\\}"},
            "generator, fakes, suite (the credential header's value)",
            'x-header-format: "Bearer {token}"',
        ),
        Extension(
            "x-names",
            "serverVariable",
            {"type": "object", "additionalProperties": {"type": "string"}},
            "generator (short names for a server variable's values)",
            "x-names: {eu: app.eu.workato.com}",
        ),
        Extension(
            "x-required",
            "serverVariable",
            {"type": "boolean"},
            "generator (the client needs the caller's value: the default is only OpenAPI's placeholder)",
            "x-required: true",
        ),
        Extension(
            "x-shared-servers",
            "root",
            {"type": "object", "additionalProperties": {"type": "array"}},
            "linter (added by the bundler: the servers of each shared file, to compare with the spec's)",
            "x-shared-servers: {workato-common.yaml: [{url: ...}]}",
        ),
        Extension(
            "x-vendor-doc",
            "operation",
            {
                "type": "object",
                "required": ["page", "section"],
                "properties": {"page": _TEXT, "section": _TEXT},
                "additionalProperties": False,
            },
            "linter (provenance)",
            "x-vendor-doc: {page: workreduce-api-v2.txt, section: Orders / Create}",
            lambda value: VendorDoc(**value),
        ),
        Extension(
            "x-vendor-deviation",
            "operation",
            {"oneOf": [_DEVIATION_ENTRY, {"type": "array", "minItems": 1, "items": _DEVIATION_ENTRY}]},
            "linter (provenance; also allowed on a schema or parameter)",
            "x-vendor-deviation: [{says: ..., spec: ..., why: ..., source: vendor-spec Folder}]",
            _deviations,
        ),
        Extension(
            "x-pagination",
            "operation",
            {
                "oneOf": [
                    {
                        "type": "object",
                        "required": ["style", "size_param", "next_param", "cursor_field"],
                        "properties": {
                            "style": {"const": "cursor"},
                            "next_param": _PARAM,
                            "previous_param": _PARAM,
                            "cursor_field": _PARAM,
                            **_PAGINATION_COMMON,
                        },
                        "additionalProperties": False,
                    },
                    {
                        "type": "object",
                        "required": ["style", "page_param", "size_param"],
                        "properties": {
                            "style": {"const": "page"},
                            "page_param": _PARAM,
                            "first_page": {"type": "integer", "minimum": 0},
                            **_PAGINATION_COMMON,
                        },
                        "additionalProperties": False,
                    },
                ]
            },
            "generator (iterators), fakes (paging), suite checks and fault injector",
            "x-pagination: {style: page, page_param: page, size_param: per_page, max_size: 100}",
            lambda value: Pagination(**value),
        ),
        Extension(
            "x-resource-key",
            "operation",
            _PARAM,
            "fakes (the key of stored items), suite checks and fault injector (find an item in a list)",
            "x-resource-key: order_number",
        ),
        Extension(
            "x-order",
            "operation",
            {
                "type": "object",
                "required": ["field"],
                "properties": {"field": _PARAM, "direction": {"enum": ["ascending", "descending"]}},
                "additionalProperties": False,
            },
            "fakes (list order), suite check and fault injector (order within and across pages)",
            "x-order: {field: created_at, direction: descending}",
            lambda value: Order(**value),
        ),
        Extension(
            "x-filter",
            "parameter",
            {
                "oneOf": [
                    _PARAM,
                    {
                        "type": "object",
                        "required": ["field"],
                        "properties": {"field": _PARAM, "match": {"enum": ["equals", "prefix"]}},
                        "additionalProperties": False,
                    },
                ]
            },
            "fakes (filtering), suite check and fault injector (only matching items listed)",
            "x-filter: status",
            _filter,
        ),
        Extension(
            "x-toggle",
            "operation",
            {
                "type": "object",
                "required": ["field", "value"],
                "properties": {"field": _PARAM, "value": {}},
                "additionalProperties": False,
            },
            "fakes (an action setting one field), suite check `action_applied` and fault "
            "`action_not_applied` (a later read shows the field set)",
            "x-toggle: {field: active, value: true}",
            lambda value: Toggle(**value),
        ),
        Extension(
            "x-refusals",
            "operation",
            {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "required": ["status", "when"],
                    "properties": {
                        "status": {"type": "integer", "minimum": 400, "maximum": 499},
                        "when": _TEXT,
                        "fields": {"type": "array", "items": _PARAM, "uniqueItems": True},
                    },
                    "additionalProperties": False,
                },
            },
            "suite config (statuses a valid request may get), suite check and fault injector (the reason), "
            "generator (docstrings)",
            "x-refusals: [{status: 400, fields: [task_type], when: no such task type}]",
            _refusals,
        ),
        Extension(
            "x-field-errors",
            "schema",
            {"type": "string", "pattern": "^(/[^/]+)*$"},
            "suite check, fault injector and generator (the clients' `errors`): where, as a JSON pointer, "
            "an error body keeps its field -> messages map",
            "x-field-errors: /errors",
        ),
        Extension(
            "x-soft-delete",
            "operation",
            {
                "type": "object",
                "required": ["field", "values"],
                "properties": {
                    "field": _PARAM,
                    "values": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"type": ["string", "number", "boolean"]},
                    },
                },
                "additionalProperties": False,
            },
            "fakes (delete sets the field), suite check and fault injector (deleted resource's state)",
            "x-soft-delete: {field: status, values: [Client Canceled, Canceled]}",
            lambda value: SoftDelete(value["field"], tuple(value["values"])),
        ),
        Extension(
            "x-out-of-range",
            "parameter",
            {"enum": ["refused", "unspecified"]},
            "suite (no out-of-range value is sent as a refusal promise; `page_size_respected` judges the "
            "bound), tolerance matrix (`clamp_page_size`)",
            "x-out-of-range: unspecified",
        ),
        Extension(
            "x-references",
            "parameter",
            _REFERENCE,
            "suite (values drawn from what exists; a dangling one's undocumented answer is a documentation "
            "gap), tolerance matrix (`dangling_reference_404`)",
            "x-references: {operation: list_orders, field: order_number}",
            lambda value: Reference(**value),
        ),
        Extension(
            "x-tenant",
            "parameter",
            _REFERENCE,
            "suite check `tenant_isolated` and fault `child_under_other_parent`: the path parameter naming "
            "the tenant what lives under it belongs to, and the list (`field` of its items) showing the "
            "other tenants",
            "x-tenant: {operation: list_customers, field: id}",
            lambda value: Reference(**value),
        ),
        Extension(
            "x-cascade",
            "operation",
            {"type": "array", "minItems": 1, "uniqueItems": True, "items": _PARAM},
            "suite check `cascade_applied` and fault `children_outlive_parent`: on a DELETE, the lists below "
            "the deleted resource (operationIds) that must not show anything once it is gone",
            "x-cascade: [list_recipes, list_connections]",
            tuple,
        ),
        Extension(
            "x-precision",
            "schema",
            {"enum": ["second", "millisecond"]},
            "`update_applied` (instants compared at this precision), tolerance matrix (`normalize_instants`)",
            "x-precision: second",
        ),
        Extension(
            "x-applies-when",
            "schema",
            {
                "type": "object",
                "minProperties": 1,
                "additionalProperties": {
                    "type": "array",
                    "minItems": 1,
                    "items": {"type": ["string", "number", "boolean"]},
                },
            },
            "`update_applied` (a field is compared only when it applies), tolerance matrix "
            "(`ignore_inapplicable_fields`): the body field values under which a property applies",
            "x-applies-when: {auth_type: [jwt, oidc]}",
        ),
        Extension(
            "x-unprovokable",
            "response",
            _TEXT,
            "coverage (the status is listed with this reason and counted apart from the documented statuses "
            "a run should observe): why no valid request to a working server gets this response",
            "x-unprovokable: a server fault; no valid request to a working server gets one",
        ),
    )
}

# Provenance may also sit on a schema or a parameter, next to what it explains.
ALSO_ALLOWED: dict[str, frozenset[Where]] = {"x-vendor-deviation": frozenset({"schema", "parameter"})}

_VALIDATORS = {name: OAS31Validator(ext.schema) for name, ext in EXTENSIONS.items()}


def problems(name: str, value: Any) -> list[str]:
    """Why `value` is not a well-formed `name` (empty when it is)."""
    validator = _VALIDATORS.get(name)
    if validator is None:
        return [f"unknown extension {name}; known: {', '.join(EXTENSIONS)}"]
    found = []
    for error in validator.iter_errors(value):
        deepest = best_match([error]) if error.context else error
        where = "/".join(str(part) for part in deepest.absolute_path)
        found.append(f"{where + ': ' if where else ''}{deepest.message:.200}")
    return found


def parse(name: str, value: Any) -> Any:
    """The typed form of an extension's value; ValueError when it is malformed."""
    found = problems(name, value)
    if found:
        raise ValueError(f"{name}: {found[0]}")
    return EXTENSIONS[name].parse(value)
