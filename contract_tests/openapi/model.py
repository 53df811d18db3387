"""A bundled spec, walked once into typed operations: every layer (linter, generator, fakes, checks,
fault injector) reads a spec through `ApiModel.of(spec)`, never through the raw dictionaries.

An `Operation` holds what an operation says, each part computed once: its parameters (the path's
shared ones included), its request media and body fields, its responses (dereferenced), their JSON
schemas and examples, its links, its extensions parsed, and the pattern its path template matches.
Schemas stay JSON Schema dictionaries (`deref` and `object_schema` walk them); JSON pointers and path
templates are read by `pointer_parts` and `path_pattern`, written once here.
"""

from __future__ import annotations

import functools
import random
import re
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .extensions import (
    Filter,
    Order,
    OutOfRange,
    Pagination,
    Reference,
    Refusal,
    SoftDelete,
    Toggle,
    VendorDeviation,
    VendorDoc,
    parse,
)

__all__ = [
    "ApiModel",
    "Credentials",
    "Link",
    "Operation",
    "Parameter",
    "ServerVariable",
    "auth_header",
    "auth_header_name",
    "auth_scheme",
    "deref",
    "object_schema",
    "operation_nodes",
    "path_pattern",
    "per_spec",
    "pointer",
    "pointer_parts",
    "property_names",
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


def operation_nodes(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation object as written) for every operation: for the model itself and for
    the linter's rules about how the document is written (where an extension stands)."""
    for path, item in (spec.get("paths") or {}).items():
        for method, operation in (item or {}).items():
            if method in METHODS and isinstance(operation, dict):
                yield path, method, operation


def pointer_parts(ref: str) -> list[str]:
    """The unescaped reference tokens of a JSON pointer (`/a~1b/0` -> `["a/b", "0"]`; RFC 6901)."""
    stripped = ref.strip("/")
    return [part.replace("~1", "/").replace("~0", "~") for part in stripped.split("/")] if stripped else []


def pointer(document: Any, ref: str) -> Any:
    """Resolve a JSON pointer (`/a/0/b`); KeyError/IndexError/TypeError when it does not resolve."""
    for part in pointer_parts(ref):
        document = document[int(part)] if isinstance(document, list) else document[part]
    return document


def path_pattern(template: str) -> re.Pattern[str]:
    """The regex a path template matches (`/things/{id}` -> `^/things/(?P<id>[^/]+)$`)."""
    return re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$")


def deref(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until a real node."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        node, seen = pointer(spec, node["$ref"][1:]), seen + 1
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


def auth_scheme(spec: dict[str, Any]) -> dict[str, Any]:
    """The security scheme the API's top-level `security` names (one per API here)."""
    (name,) = next(iter(spec.get("security") or [{}]))
    return dict(spec["components"]["securitySchemes"][name])


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


def header_token(spec: dict[str, Any], value: str) -> str | None:
    """The token inside a credentials header value in the vendor's format (`x-header-format`), else None."""
    before, _, after = str(auth_scheme(spec)["x-header-format"]).partition("{token}")
    if len(value) > len(before) + len(after) and value.startswith(before) and value.endswith(after):
        return value[len(before) : len(value) - len(after)]
    return None


_CLASSES = (string.ascii_lowercase, string.ascii_uppercase, string.digits)


def token_shape(token: str) -> str:
    """What a format check sees of a token: its length, and at each place a lowercase letter,
    an uppercase letter, a digit, or the very character (`-`, `.`, ...)."""
    return "".join(next((pool[0] for pool in _CLASSES if char in pool), char) for char in token)


def wrong_secret(token: str, seed: str) -> str | None:
    """A token of `token`'s shape holding another secret (random, so it tells nothing of the real
    one; seeded, so a run repeats): what a server checking only the format lets in. None when
    the token has no letter or digit to change."""
    rng = random.Random(seed)
    pools = [next((pool for pool in _CLASSES if char in pool), None) for char in token]
    if not any(pools):
        return None
    while True:
        wrong = "".join(rng.choice(pool) if pool else char for pool, char in zip(pools, token, strict=True))
        if wrong != token:
            return wrong


@dataclass(frozen=True)
class Credentials:
    """How a client sends its credential: the argument that takes it (`x-credential`), the header,
    and the header's value around the token (`x-header-format`)."""

    argument: str
    header: str
    format: str


@dataclass(frozen=True)
class ServerVariable:
    """A variable of the first server's URL, with the short names `x-names` gives its values.

    `required` (`x-required`): the value names the caller's own instance, so a client must be given it
    (or a base URL); the spec's default is only the placeholder OpenAPI demands.
    """

    name: str
    default: str | None
    enum: tuple[str, ...] = ()
    description: str = ""
    names: dict[str, str] = field(default_factory=dict)
    required: bool = False


@dataclass(frozen=True)
class Parameter:
    """One parameter (`in` is `where`), its schema dereferenced."""

    name: str
    where: str
    required: bool = False
    schema: dict[str, Any] = field(default_factory=dict, repr=False)
    style: str | None = None
    explode: bool | None = None
    example: Any = field(default=None, repr=False)  # `example`, else the first of `examples`
    filter: Filter | None = None  # `x-filter`
    out_of_range: OutOfRange = "refused"  # `x-out-of-range`
    references: Reference | None = None  # `x-references`
    tenant: Reference | None = None  # `x-tenant`: the tenant's id, and the list showing the tenants

    def outside_bounds(self, value: Any) -> bool:
        """Whether `value` (a number, or a query string holding one) is beyond the schema's
        `minimum`/`maximum`."""
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                return False
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        low, high = self.schema.get("minimum"), self.schema.get("maximum")
        return (low is not None and value < low) or (high is not None and value > high)


@dataclass(frozen=True)
class Link:
    """An OpenAPI link from one of the operation's responses to another operation."""

    status: str
    name: str
    operation_id: str | None
    parameters: dict[str, Any]


@dataclass(frozen=True)
class Operation:
    """One operation, read once: what every layer asks of it."""

    path: str
    method: str
    id: str  # the operationId, else "method path"
    operation_id: str | None = None  # as written (None: the spec gives none)
    tags: tuple[str, ...] = ()
    summary: str = ""
    vendor_doc: VendorDoc | None = None
    deviations: tuple[VendorDeviation, ...] = ()
    parameters: tuple[Parameter, ...] = field(default=(), repr=False)
    # The request body's media objects by media type (their schemas not dereferenced).
    request_content: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)
    # The request body's documented examples by media type (`examples` values, then `example`).
    request_examples: dict[str, tuple[Any, ...]] = field(default_factory=dict, repr=False)
    request_required: bool = False
    request_fields: frozenset[str] = frozenset()  # top-level body properties, every media type
    # Responses by status as written (`200`, `4XX`, `default`), dereferenced.
    responses: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)
    examples: dict[str, Any] = field(default_factory=dict, repr=False)  # first JSON example per status
    links: tuple[Link, ...] = field(default=(), repr=False)
    pagination: Pagination | None = None
    resource_key: str | None = None
    order: Order | None = None
    toggle: Toggle | None = None
    soft_delete: SoftDelete | None = None
    cascade: tuple[str, ...] = ()  # `x-cascade`: lists below a deleted resource, empty once it is gone
    refusals: tuple[Refusal, ...] = ()
    secured: bool = True  # False where the operation's own `security` is empty
    pattern: re.Pattern[str] = field(default=re.compile(""), repr=False, compare=False)

    @property
    def tag(self) -> str | None:
        return self.tags[0] if self.tags else None

    @property
    def filters(self) -> dict[str, Filter]:
        """`x-filter` by query parameter name."""
        return {p.name: p.filter for p in self.parameters if p.filter is not None}

    @property
    def success_statuses(self) -> list[str]:
        return [status for status in self.responses if status.startswith("2")]

    def unprovokable(self, status: str) -> str | None:
        """Why no valid request gets the documented `status` (`x-unprovokable`), if none can."""
        response = self.responses.get(status) or {}
        return parse("x-unprovokable", response["x-unprovokable"]) if "x-unprovokable" in response else None

    def response(self, status: int | str) -> dict[str, Any] | None:
        """The response documented for `status`: exact, then `2XX`-style, then `default`."""
        status = str(status)
        for key in (status, f"{status[0]}XX", f"{status[0]}xx", "default"):
            if key in self.responses:
                return self.responses[key]
        return None

    def documents(self, status: int | str) -> bool:
        """Whether the operation documents `status` (exactly, by its class, or by `default`)."""
        return self.response(status) is not None

    def json_schema(self, status: int | str) -> Any:
        """The JSON schema documented for `status` (see `response`), not dereferenced; None: none."""
        media = ((self.response(status) or {}).get("content") or {}).get("application/json") or {}
        return media.get("schema")

    @property
    def success_schema(self) -> Any:
        """The JSON schema of the first documented success (200 when none is)."""
        return self.json_schema((self.success_statuses or ["200"])[0])

    def example(self, status: int | str) -> Any:
        """The first JSON example documented for exactly `status`, or None."""
        return self.examples.get(str(status))

    def parameter(self, name: str, where: str = "query") -> Parameter | None:
        return next((p for p in self.parameters if p.name == name and p.where == where), None)

    def request_schemas(self) -> Iterator[Any]:
        """The request body's schema for each media type that gives one."""
        return (media["schema"] for media in self.request_content.values() if "schema" in media)


def examples_of(spec: dict[str, Any], node: dict[str, Any]) -> tuple[Any, ...]:
    """The examples a media or parameter object documents: its `examples` values, then `example`."""
    named = [deref(spec, example).get("value") for example in (node.get("examples") or {}).values()]
    found = [*named, node["example"]] if "example" in node else named
    return tuple(example for example in found if example is not None)


def _parameter(spec: dict[str, Any], node: dict[str, Any]) -> Parameter:
    return Parameter(
        name=str(node.get("name")),
        where=str(node.get("in")),
        required=bool(node.get("required")),
        schema=deref(spec, node.get("schema") or {}),
        style=node.get("style"),
        explode=node.get("explode"),
        example=node.get("example", next(iter(examples_of(spec, node)), None)),
        filter=parse("x-filter", node["x-filter"]) if "x-filter" in node else None,
        out_of_range=parse("x-out-of-range", node.get("x-out-of-range", "refused")),
        references=parse("x-references", node["x-references"]) if "x-references" in node else None,
        tenant=parse("x-tenant", node["x-tenant"]) if "x-tenant" in node else None,
    )


def _first_example(spec: dict[str, Any], response: dict[str, Any]) -> Any:
    media = (response.get("content") or {}).get("application/json") or {}
    return next(iter(examples_of(spec, media)), None)


def _operation(spec: dict[str, Any], path: str, method: str, raw: dict[str, Any]) -> Operation:
    shared = ((spec.get("paths") or {}).get(path) or {}).get("parameters") or []
    own = [deref(spec, p) for p in raw.get("parameters") or []]
    names = {(p.get("name"), p.get("in")) for p in own}
    inherited = [deref(spec, p) for p in shared]
    parameters = tuple(
        _parameter(spec, p) for p in own + [p for p in inherited if (p.get("name"), p.get("in")) not in names]
    )
    body = deref(spec, raw.get("requestBody") or {})
    content = {media: deref(spec, node) or {} for media, node in (body.get("content") or {}).items()}
    responses = {
        str(status): deref(spec, node) or {} for status, node in (raw.get("responses") or {}).items()
    }
    links = tuple(
        Link(status, name, link.get("operationId"), dict(link.get("parameters") or {}))
        for status, response in responses.items()
        for name, link in ((name, deref(spec, node)) for name, node in (response.get("links") or {}).items())
    )

    def ext(name: str) -> Any:
        return parse(name, raw[name]) if name in raw else None

    return Operation(
        path=path,
        method=method,
        id=str(raw.get("operationId") or f"{method} {path}"),
        operation_id=raw.get("operationId"),
        tags=tuple(raw.get("tags") or ()),
        summary=str(raw.get("summary") or ""),
        vendor_doc=ext("x-vendor-doc"),
        deviations=ext("x-vendor-deviation") or (),
        parameters=parameters,
        request_content=content,
        request_examples={media: examples_of(spec, node) for media, node in content.items()},
        request_required=bool(body.get("required")),
        request_fields=frozenset(
            name for media in content.values() for name in property_names(spec, media.get("schema"))
        ),
        responses=responses,
        examples={status: _first_example(spec, response) for status, response in responses.items()},
        links=links,
        pagination=ext("x-pagination"),
        resource_key=ext("x-resource-key"),
        order=ext("x-order"),
        toggle=ext("x-toggle"),
        soft_delete=ext("x-soft-delete"),
        cascade=ext("x-cascade") or (),
        refusals=ext("x-refusals") or (),
        secured=bool(raw.get("security", spec.get("security"))),
        pattern=path_pattern(path),
    )


@dataclass(frozen=True)
class ApiModel:
    spec: dict[str, Any] = field(repr=False)
    operations: tuple[Operation, ...]

    @staticmethod
    def of(spec: dict[str, Any]) -> ApiModel:
        """The spec's model, built once per spec object; ValueError when an extension is malformed."""
        return _model(spec)

    @functools.cached_property
    def by_id(self) -> dict[str, Operation]:
        return {op.id: op for op in self.operations}

    def at(self, path: str, method: str) -> Operation | None:
        return self._by_place.get((path, method.lower()))

    @functools.cached_property
    def _by_place(self) -> dict[tuple[str, str], Operation]:
        return {(op.path, op.method): op for op in self.operations}

    @functools.cached_property
    def client_class(self) -> str | None:
        """The generated client's class name (`info.x-client-class`)."""
        info = self.spec.get("info") or {}
        return parse("x-client-class", info["x-client-class"]) if "x-client-class" in info else None

    @functools.cached_property
    def credentials(self) -> Credentials:
        scheme = auth_scheme(self.spec)
        return Credentials(
            argument=parse("x-credential", scheme.get("x-credential")),
            header=auth_header_name(self.spec) or "Authorization",
            format=parse("x-header-format", scheme.get("x-header-format")),
        )

    @functools.cached_property
    def server_url(self) -> str:
        return str(((self.spec.get("servers") or [{}])[0]).get("url") or "/")

    @functools.cached_property
    def server_variables(self) -> tuple[ServerVariable, ...]:
        server = (self.spec.get("servers") or [{}])[0]
        return tuple(
            ServerVariable(
                name=name,
                default=variable.get("default"),
                enum=tuple(variable.get("enum") or ()),
                description=str(variable.get("description") or ""),
                names=parse("x-names", variable["x-names"]) if "x-names" in variable else {},
                required=bool(parse("x-required", variable.get("x-required", False))),
            )
            for name, variable in (server.get("variables") or {}).items()
        )

    @functools.cached_property
    def paths(self) -> tuple[str, ...]:
        """Every path template, literal paths first, then by their number of parameters."""
        return tuple(sorted(dict.fromkeys(op.path for op in self.operations), key=lambda p: p.count("{")))

    def route(self, path: str) -> tuple[str, dict[str, str]] | None:
        """(template, path parameters) of the path template a concrete path matches, if any."""
        for template in self.paths:
            if match := self.patterns[template].match(path):
                return template, match.groupdict()
        return None

    @functools.cached_property
    def patterns(self) -> dict[str, re.Pattern[str]]:
        """The regex each path template matches (see `path_pattern`)."""
        return {op.path: op.pattern for op in self.operations}


@per_spec
def _model(spec: dict[str, Any]) -> ApiModel:
    return ApiModel(
        spec, tuple(_operation(spec, path, method, raw) for path, method, raw in operation_nodes(spec))
    )
