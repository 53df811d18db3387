"""The spec-driven engine behind every reference fake.

Routing, parameter parsing and request validation come from the API's spec (openapi-core finds the
operation and unmarshals parameters; bodies are validated with the spec's own JSON Schema). Each
API's module in `contract_tests/fakes/` only supplies vendor semantics: one handler per operationId,
its error body shape and its seed data. Nothing a client sends reaches a handler unvalidated, and
nothing a handler raises escapes as a traceback.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from jsonschema import FormatChecker
from openapi_core import OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound, ServerNotFound
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.unmarshalling.request.unmarshallers import V31RequestParametersUnmarshaller
from openapi_schema_validator import OAS31Validator
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..spec.loader import Api, auth_header, deref, operations
from .store import Store

log = logging.getLogger("contract_tests.fake")
_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass
class Upload:
    name: str
    content_type: str
    size: int


@dataclass
class Call:
    """A validated request, as a handler sees it."""

    operation_id: str
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    files: dict[str, list[Upload]]
    store: Store
    settings: dict[str, Any]


@dataclass
class Reply:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


class Problem(Exception):
    """Raised by a handler for a documented error; rendered with the API's error shape."""

    def __init__(self, status: int, message: str, fields: dict[str, list[str]] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.fields = fields or {}


Handler = Callable[[Call], Reply]
ErrorBody = Callable[[int, str, dict[str, list[str]]], Any]
Seeder = Callable[[Store, dict[str, Any]], None]


@dataclass
class Fake:
    """One API's vendor semantics; modules register handlers with `@fake.operation(id)`."""

    error_body: ErrorBody
    seed: Seeder = lambda store, settings: None
    handlers: dict[str, Handler] = field(default_factory=dict)

    def operation(self, operation_id: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.handlers[operation_id] = handler
            return handler

        return register


@dataclass
class _Operation:
    operation_id: str
    method: str
    spec: dict[str, Any]
    auth_status: int
    body_validators: dict[str, OAS31Validator]
    body_required: bool
    file_fields: frozenset[str]


class FakeApp:
    """ASGI app serving one API's fake."""

    def __init__(
        self,
        api: Api,
        fake: Fake,
        store: Store,
        token: str,
        settings: dict[str, Any] | None = None,
    ) -> None:
        self.api = api
        self.fake = fake
        self.store = store
        self.settings = settings or {}
        # python-multipart logs every malformed part it rejects; the client gets a 400 instead.
        logging.getLogger("python_multipart").setLevel(logging.ERROR)
        spec = api.spec()
        missing = {op.get("operationId") for _, _, op in operations(spec)} - set(fake.handlers)
        if missing:
            raise RuntimeError(f"fake for {api.name} has no handler for: {', '.join(sorted(missing))}")
        self.auth_name, self.expected_auth = auth_header(spec, token)
        spec["servers"] = [{"url": "/"}]  # serve the spec's paths on whatever host the fake runs
        self._openapi = OpenAPI.from_dict(spec)
        self._finder = APICallPathFinder(self._openapi.spec)
        self._params = V31RequestParametersUnmarshaller(self._openapi.spec)
        self._operations = self._compile(spec)
        if store.is_empty():
            fake.seed(store, self.settings)

    def _compile(self, spec: dict[str, Any]) -> dict[tuple[str, str], _Operation]:
        components = spec.get("components", {})
        compiled = {}
        for path, method, op in operations(spec):
            statuses = set(op.get("responses", {}))
            body = deref(spec, op.get("requestBody") or {})
            validators = {
                media: OAS31Validator(
                    {**content["schema"], "components": components}, format_checker=FormatChecker()
                )
                for media, content in (body.get("content") or {}).items()
                if "schema" in content
            }
            compiled[(path, method)] = _Operation(
                operation_id=op["operationId"],
                method=method,
                spec=op,
                auth_status=401 if "401" in statuses else 403,
                body_validators=validators,
                body_required=bool(body.get("required")),
                file_fields=frozenset(
                    name
                    for content in (body.get("content") or {}).values()
                    for name in _binary_properties(spec, content.get("schema") or {})
                ),
            )
        return compiled

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        request = Request(scope, receive)
        try:
            response = await self._handle(request)
        except Problem as problem:
            response = self._error(problem.status, problem.message, problem.fields)
        except Exception:
            log.exception("fake %s crashed on %s %s", self.api.name, request.method, request.url.path)
            response = self._error(500, "Internal Server Error")
        await response(scope, receive, send)

    def _error(self, status: int, message: str, fields: dict[str, list[str]] | None = None) -> JSONResponse:
        return JSONResponse(self.fake.error_body(status, message, fields or {}), status_code=status)

    async def _handle(self, request: Request) -> Response:
        raw_body = await request.body()
        oa_request = StarletteOpenAPIRequest(request, raw_body)
        try:
            found = self._finder.find(request.method.lower(), oa_request.host_url + oa_request.path)
        except (PathNotFound, ServerNotFound):
            raise Problem(404, "Not Found") from None
        except OperationNotFound:
            allowed = [m.upper() for m in _METHODS if self._routes(m, oa_request.host_url + oa_request.path)]
            response = self._error(405, "Method Not Allowed")
            response.headers["Allow"] = ", ".join(sorted(allowed))
            return response
        operation = self._operations[(found.path.parts[-1], found.operation.parts[-1])]
        if request.headers.get(self.auth_name) != self.expected_auth:
            raise Problem(operation.auth_status, "Unauthorized")
        params = self._params.unmarshal(oa_request)
        fields = _parameter_errors(params.errors)
        body, files = await self._body(request, raw_body, operation, fields)
        if fields:
            raise Problem(400, "Bad Request", fields)
        call = Call(
            operation_id=operation.operation_id,
            path=dict(params.parameters.path),
            query=dict(params.parameters.query),
            body=body,
            files=files,
            store=self.store,
            settings=self.settings,
        )
        reply = self.fake.handlers[operation.operation_id](call)
        return JSONResponse(reply.body, status_code=reply.status, headers=reply.headers)

    def _routes(self, method: str, url: str) -> bool:
        try:
            self._finder.find(method, url)
        except (PathNotFound, ServerNotFound, OperationNotFound):
            return False
        return True

    async def _body(
        self, request: Request, raw: bytes, operation: _Operation, fields: dict[str, list[str]]
    ) -> tuple[Any, dict[str, list[Upload]]]:
        if not operation.body_validators:
            return None, {}
        if not raw:
            if operation.body_required:
                fields.setdefault("body", []).append("A request body is required.")
            return None, {}
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        validator = operation.body_validators.get(media)
        if validator is None:
            supported = ", ".join(operation.body_validators)
            fields.setdefault("body", []).append(
                f"Unsupported Content-Type {media or '(none)'}; use {supported}."
            )
            return None, {}
        files: dict[str, list[Upload]] = {}
        try:
            if media == "application/json":
                body = json.loads(raw)
            elif media == "application/x-www-form-urlencoded":
                body = _form_dict(
                    parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
                )
            else:
                body, files = await _multipart(request)
                for name in operation.file_fields & set(body):
                    fields.setdefault(name, []).append("Must be a file upload (a part with a filename).")
        except (ValueError, UnicodeDecodeError) as exc:
            fields.setdefault("body", []).append(f"Malformed {media} body: {exc}")
            return None, {}
        checked = {**body, **{name: [""] * len(ups) for name, ups in files.items()}} if files else body
        for error in validator.iter_errors(checked):
            name = _error_field(error)
            fields.setdefault(name, []).append(error.message)
        return body, files


async def _multipart(request: Request) -> tuple[dict[str, Any], dict[str, list[Upload]]]:
    try:
        form = await request.form(max_files=100, max_fields=1000)
    except Exception as exc:  # python-multipart raises several types for malformed input
        raise ValueError(str(exc) or type(exc).__name__) from exc
    values: list[tuple[str, str]] = []
    files: dict[str, list[Upload]] = {}
    for name, value in form.multi_items():
        if isinstance(value, UploadFile):
            data = await value.read()
            files.setdefault(name, []).append(
                Upload(
                    value.filename or "upload", value.content_type or "application/octet-stream", len(data)
                )
            )
        else:
            values.append((name, value))
    return _form_dict(values), files


def _binary_properties(spec: dict[str, Any], schema: dict[str, Any]) -> Iterator[str]:
    """Names of the properties that carry files (format binary, or arrays of it)."""
    schema = deref(spec, schema)
    for part in schema.get("allOf", []):
        yield from _binary_properties(spec, part)
    for name, prop in (schema.get("properties") or {}).items():
        prop = deref(spec, prop)
        if "binary" in (prop.get("format"), deref(spec, prop.get("items") or {}).get("format")):
            yield name


def _form_dict(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Form pairs as a dict; a repeated or `[]`-suffixed name becomes a list."""
    result: dict[str, Any] = {}
    for name, value in pairs:
        if name.endswith("[]") or name in result:
            existing = result.get(name, [])
            result[name] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            result[name] = value
    return result


def _error_field(error: Any) -> str:
    if error.absolute_path:
        return str(error.absolute_path[0])
    if error.validator == "required" and isinstance(error.instance, dict):
        for name in error.validator_value:  # one error per missing name; the message starts with it
            if name not in error.instance and error.message.startswith(repr(name)):
                return str(name)
    return "non_field_errors"


def _parameter_errors(errors: list[Exception]) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for error in errors:
        name = getattr(error, "name", None) or "parameters"
        cause = error.__cause__
        schema_errors = getattr(cause, "schema_errors", None)
        messages = [e.message for e in schema_errors] if schema_errors else [str(cause or error)]
        fields.setdefault(name, []).extend(messages)
    return fields
