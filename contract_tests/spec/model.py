"""A bundled spec, walked once: its operations with their extensions parsed, and the few lookups
every reader needs (`$ref`/`allOf` walking, the status-code fallback, the credential header).

`ApiModel.of(spec)` is computed once per spec object and shared by the linter, the generator, the
fakes, the checks and the fault injector, so none of them re-walks or re-parses the document.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .extensions import Filter, Order, Pagination, Refusal, SoftDelete, Toggle, parse

__all__ = [
    "ApiModel",
    "Operation",
    "auth_header",
    "auth_header_name",
    "auth_scheme",
    "deref",
    "documents",
    "json_schema",
    "object_schema",
    "operations",
    "per_spec",
    "property_names",
    "response_example",
    "response_for",
]

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
Result = TypeVar("Result")


def per_spec(compute: Callable[[dict[str, Any]], Result]) -> Callable[[dict[str, Any]], Result]:
    """Compute a whole-spec walk once per spec object (results are shared: do not mutate them)."""
    memo: dict[int, tuple[dict[str, Any], Result]] = {}

    @functools.wraps(compute)
    def cached(spec: dict[str, Any]) -> Result:
        hit = memo.get(id(spec))
        if hit is None or hit[0] is not spec:
            if len(memo) >= 16:
                memo.clear()
            hit = memo[id(spec)] = (spec, compute(spec))
        return hit[1]

    return cached


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation in the spec."""
    for path, item in (spec.get("paths") or {}).items():
        for method, operation in (item or {}).items():
            if method in METHODS and isinstance(operation, dict):
                yield path, method, operation


def deref(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until a real node."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node, seen = target, seen + 1
        if seen > 64:
            raise ValueError(f"$ref cycle at {node!r:.80}")
    return node


def object_schema(spec: dict[str, Any], schema: Any) -> tuple[dict[str, Any], dict[str, None]]:
    """(properties, dereferenced; required names, in the order the schema gives them) of an object
    schema, through `$ref` and `allOf`: the one walk of schema composition every reader uses."""
    schema = deref(spec, schema or {})
    if not isinstance(schema, dict):
        return {}, {}
    properties = {name: deref(spec, prop) for name, prop in (schema.get("properties") or {}).items()}
    required = dict.fromkeys(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        more, needed = object_schema(spec, part)
        properties.update(more)
        required.update(needed)
    return properties, required


def property_names(spec: dict[str, Any], schema: Any) -> set[str]:
    """Top-level property names of an object schema, through `$ref` and `allOf`."""
    return set(object_schema(spec, schema)[0])


def response_for(op: dict[str, Any], status: int | str) -> Any:
    """The response documented for `status`: exact, then `2XX`-style, then `default` (None: none)."""
    responses = op.get("responses") or {}
    status = str(status)
    for key in (status, f"{status[0]}XX", f"{status[0]}xx", "default"):
        if key in responses:
            return responses[key]
    return None


def documents(op: dict[str, Any], status: int | str) -> bool:
    """Whether the operation documents `status` (exactly, by its class, or by `default`)."""
    return response_for(op, status) is not None


def json_schema(spec: dict[str, Any], op: dict[str, Any], status: int | str) -> dict[str, Any] | None:
    """The JSON schema documented for `status` (see `response_for`), not dereferenced."""
    response = response_for(op, status)
    if response is None:
        return None
    media = (deref(spec, response).get("content") or {}).get("application/json") or {}
    return media.get("schema") if "schema" in media else None


def auth_scheme(spec: dict[str, Any]) -> dict[str, Any]:
    """The security scheme the API's top-level `security` names (one per API here)."""
    (name,) = next(iter(spec.get("security") or [{}]))
    return dict(spec["components"]["securitySchemes"][name])


def response_example(spec: dict[str, Any], op: dict[str, Any], status: int | str) -> Any:
    """The first JSON example documented for `status` (its `examples`, else `example`), or None."""
    response = deref(spec, (op.get("responses") or {}).get(str(status)) or {})
    media = (response.get("content") or {}).get("application/json") or {}
    for example in (media.get("examples") or {}).values():
        return deref(spec, example).get("value")
    return media.get("example")


def auth_header_name(spec: dict[str, Any]) -> str | None:
    """The header that carries the credentials, or None when the API sends none in a header."""
    try:
        scheme = auth_scheme(spec)
    except (KeyError, ValueError, TypeError):
        return None
    if scheme.get("type") == "apiKey":
        return str(scheme.get("name")) if scheme.get("in") == "header" else None
    return "Authorization" if scheme.get("type") == "http" else None


def auth_header(spec: dict[str, Any], token: str) -> tuple[str, str]:
    """(header name, value) carrying `token` the way the vendor wants it (`x-header-format`)."""
    scheme = auth_scheme(spec)
    return auth_header_name(spec) or "Authorization", str(scheme["x-header-format"]).format(token=token)


@dataclass(frozen=True)
class Operation:
    """One operation with its extensions parsed."""

    path: str
    method: str
    id: str
    raw: dict[str, Any] = field(repr=False)
    parameters: tuple[dict[str, Any], ...] = field(repr=False)
    pagination: Pagination | None = None
    resource_key: str | None = None
    order: Order | None = None
    toggle: Toggle | None = None
    soft_delete: SoftDelete | None = None
    filters: dict[str, Filter] = field(default_factory=dict)
    refusals: tuple[Refusal, ...] = ()

    @property
    def success_statuses(self) -> list[str]:
        return [status for status in self.raw.get("responses") or {} if str(status).startswith("2")]

    def documents(self, status: int) -> bool:
        return documents(self.raw, status)

    def parameter(self, name: str, where: str = "query") -> dict[str, Any] | None:
        return next((p for p in self.parameters if p.get("name") == name and p.get("in") == where), None)


def _operation(spec: dict[str, Any], path: str, method: str, raw: dict[str, Any]) -> Operation:
    shared = ((spec.get("paths") or {}).get(path) or {}).get("parameters") or []
    own = [deref(spec, p) for p in raw.get("parameters") or []]
    names = {(p.get("name"), p.get("in")) for p in own}
    inherited = [deref(spec, p) for p in shared]
    parameters = tuple(own + [p for p in inherited if (p.get("name"), p.get("in")) not in names])

    def ext(name: str) -> Any:
        return parse(name, raw[name]) if name in raw else None

    return Operation(
        path=path,
        method=method,
        id=str(raw.get("operationId") or f"{method} {path}"),
        raw=raw,
        parameters=parameters,
        pagination=ext("x-pagination"),
        resource_key=ext("x-resource-key"),
        order=ext("x-order"),
        toggle=ext("x-toggle"),
        soft_delete=ext("x-soft-delete"),
        filters={p["name"]: parse("x-filter", p["x-filter"]) for p in parameters if "x-filter" in p},
        refusals=ext("x-refusals") or (),
    )


@dataclass(frozen=True)
class ApiModel:
    spec: dict[str, Any] = field(repr=False)
    operations: tuple[Operation, ...]

    @staticmethod
    def of(spec: dict[str, Any]) -> ApiModel:
        return _model(spec)

    @functools.cached_property
    def by_id(self) -> dict[str, Operation]:
        return {op.id: op for op in self.operations}

    def at(self, path: str, method: str) -> Operation | None:
        return self._by_place.get((path, method.lower()))

    @functools.cached_property
    def _by_place(self) -> dict[tuple[str, str], Operation]:
        return {(op.path, op.method): op for op in self.operations}


@per_spec
def _model(spec: dict[str, Any]) -> ApiModel:
    return ApiModel(
        spec, tuple(_operation(spec, path, method, raw) for path, method, raw in operations(spec))
    )
