"""Turning raw request parts into what the spec declares, with every problem collected per field.

Everything is prepared once per operation at start-up (`Prepared`): parameter coercion rules and
compiled JSON Schema validators, so a request costs a dictionary lookup and a validation, never a
walk of the spec.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

from jsonschema import FormatChecker
from openapi_schema_validator import OAS31Validator
from python_multipart.multipart import MultipartParser, parse_options_header

from ..openapi.model import Operation, deref, object_schema

__all__ = [
    "MAX_FIELDS",
    "BadInput",
    "PathNotFound",
    "Prepared",
    "Upload",
    "form_dict",
    "multipart",
    "parse_json",
]

_FORMATS = FormatChecker()
MAX_FIELDS = 10_000  # form fields or multipart parts in one body
VALUE_MEDIA = ("text/", "application/json")  # multipart parts of these types are values, not files


class PathNotFound(LookupError):
    """A path parameter outside its schema: the URL names no resource (404, not 400)."""


class BadInput(ValueError):
    """A body that cannot be parsed at all (the message says why)."""


@dataclass(frozen=True)
class Upload:
    name: str
    content_type: str
    size: int


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _number(text: str) -> int | float:
    """JSON numbers: `1391.0` is the integer 1391 (JSON Schema agrees), so lookups by id find it."""
    value = float(text)
    return int(value) if value.is_integer() else value


def parse_json(raw: bytes) -> Any:
    """Strict JSON (no NaN/Infinity), nesting depth bounded by the parser's own recursion limit."""
    try:
        return json.loads(raw, parse_float=_number, parse_constant=_reject_constant)
    except RecursionError:
        raise BadInput("JSON nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadInput(f"malformed JSON: {exc}") from None


def form_dict(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Form pairs as a dict; a repeated or `[]`-suffixed name becomes a list (linear in the pairs)."""
    result: dict[str, Any] = {}
    lists: set[str] = set()
    for name, value in pairs:
        if name in lists:
            result[name].append(value)
        elif name.endswith("[]") or name in result:
            result[name] = [result[name], value] if name in result else [value]
            lists.add(name)
        else:
            result[name] = value
    return result


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    return {kind} if isinstance(kind, str) else set(kind or ())


def _coerce(text: str, schema: dict[str, Any]) -> Any:
    """A query or path string as the type its schema declares (left as text when it is not one)."""
    kinds = _types(schema)
    if "integer" in kinds or "number" in kinds:
        try:
            return int(text)
        except ValueError:
            pass
        try:
            value = _number(text)  # `536.0` is the integer 536, as in a JSON body
        except (ValueError, OverflowError):
            return text
        return value if "number" in kinds or isinstance(value, int) else text
    if "boolean" in kinds and text in ("true", "false"):
        return text == "true"
    if "null" in kinds and text == "":
        return None
    return text


@dataclass
class _Parameter:
    name: str
    where: str
    required: bool
    schema: dict[str, Any]
    validator: OAS31Validator
    array: bool
    items: dict[str, Any]
    deep_object: bool = False
    members: dict[str, Any] = field(default_factory=dict)  # a deepObject's member schema

    def raw_values(self, pairs: list[tuple[str, str]]) -> list[str] | dict[str, str]:
        """The values sent for this query parameter: `name=…` (or `name[]=…`) repeated, or for a
        `deepObject` one the `name[key]=value` pairs as a mapping (the last of a repeated key wins)."""
        if self.deep_object:
            prefix = self.name + "["
            return {
                key[len(prefix) : -1]: value
                for key, value in pairs
                if key.startswith(prefix) and key.endswith("]") and "[" not in key[len(prefix) : -1]
            }
        return [value for name, value in pairs if name in (self.name, self.name + "[]")]


@dataclass
class Prepared:
    """One operation's request rules, compiled at start-up."""

    operation: Operation
    parameters: list[_Parameter] = field(default_factory=list)
    bodies: dict[str, OAS31Validator] = field(default_factory=dict)
    body_required: bool = False
    file_fields: frozenset[str] = frozenset()

    @classmethod
    def build(cls, spec: dict[str, Any], op: Operation) -> Prepared:
        components = {"components": spec.get("components", {})}
        prepared = cls(op)
        for param in op.parameters:
            if param.where not in ("path", "query"):
                continue
            schema = param.schema
            prepared.parameters.append(
                _Parameter(
                    name=param.name,
                    where=param.where,
                    required=param.required,
                    schema=schema,
                    validator=OAS31Validator({**schema, **components}, format_checker=_FORMATS),
                    array="array" in _types(schema),
                    items=deref(spec, schema.get("items") or {}),
                    deep_object=param.style == "deepObject",
                    members=deref(spec, schema.get("additionalProperties") or {}),
                )
            )
        for media, content in op.request_content.items():
            if "schema" in content:
                prepared.bodies[media] = OAS31Validator(
                    {**content["schema"], **components}, format_checker=_FORMATS
                )
        prepared.body_required = op.request_required
        prepared.file_fields = frozenset(
            name for schema in op.request_schemas() for name in _binary_properties(spec, schema or {})
        )
        return prepared

    def parameters_from(
        self, path_values: dict[str, str], query: str, errors: dict[str, list[str]]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """(path parameters, query parameters) coerced and validated; problems go to `errors`."""
        pairs = parse_qsl(query, keep_blank_values=True)
        found: dict[str, dict[str, Any]] = {"path": {}, "query": {}}
        for param in self.parameters:
            if param.where == "path":
                raw: list[str] = [unquote(path_values[param.name])] if param.name in path_values else []
            else:
                raw = param.raw_values(pairs)
            if not raw:
                if param.required:
                    errors.setdefault(param.name, []).append(f"{param.name} is required.")
                elif "default" in param.schema:
                    found[param.where][param.name] = param.schema["default"]
                continue
            if isinstance(raw, dict):
                value: Any = {key: _coerce(text, param.members) for key, text in raw.items()}
            elif param.array:
                value = [_coerce(v, param.items) for v in raw]
            else:
                value = _coerce(raw[-1], param.schema)
            problems = [error.message for error in param.validator.iter_errors(value)]
            if problems and param.where == "path":
                raise PathNotFound(f"Not found: {param.name} {raw[0]!r} names nothing here")
            if problems:
                errors.setdefault(param.name, []).extend(problems)
            else:
                found[param.where][param.name] = value
        return found["path"], found["query"]

    def body_from(
        self, content_type: str, raw: bytes, errors: dict[str, list[str]]
    ) -> tuple[Any, dict[str, list[Upload]]]:
        """The parsed body and its files, validated against the operation's schema for its media type."""
        if not self.bodies:
            return None, {}
        if not raw:
            if self.body_required:
                errors.setdefault("body", []).append("A request body is required.")
            return None, {}
        media = content_type.split(";")[0].strip().lower()
        if media not in self.bodies:
            supported = ", ".join(self.bodies)
            errors.setdefault("body", []).append(
                f"Unsupported Content-Type {media or '(none)'}; use {supported}."
            )
            return None, {}
        files: dict[str, list[Upload]] = {}
        try:
            if media == "application/json":
                body = parse_json(raw)
            elif media == "application/x-www-form-urlencoded":
                body = form_dict(
                    parse_qsl(raw.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_FIELDS)
                )
            elif media == "multipart/form-data":
                body, files = multipart(content_type, raw)
                for name in self.file_fields & set(body):
                    errors.setdefault(name, []).append(
                        "Must be a file (a part with a filename or a non-text Content-Type)."
                    )
            else:
                body = raw
        except (BadInput, ValueError, UnicodeDecodeError) as exc:
            errors.setdefault("body", []).append(f"Malformed {media} body: {exc}")
            return None, {}
        checked = {**body, **{name: [""] * len(ups) for name, ups in files.items()}} if files else body
        if isinstance(checked, bytes):  # a raw body (`format: binary`) is a string to its schema
            checked = checked.decode("latin-1")
        self.validate_body(media, checked, errors)
        return body, files

    def validate_body(self, media: str, body: Any, errors: dict[str, list[str]]) -> None:
        try:
            for error in self.bodies[media].iter_errors(body):
                if "propertyNames" in error.schema_path and isinstance(error.instance, str):
                    # a refused field name: the field is that name, and the schema's description says why
                    why = error.schema.get("description") if isinstance(error.schema, dict) else None
                    errors.setdefault(error.instance, []).append(why or error.message)
                else:
                    errors.setdefault(_error_field(error), []).append(error.message)
        except RecursionError:
            errors.setdefault("body", []).append("The body is nested too deeply.")


def multipart(content_type: str, raw: bytes) -> tuple[dict[str, Any], dict[str, list[Upload]]]:
    """Fields and files of a multipart body, parsed in one linear pass (python-multipart). A part is a
    file when it has a filename or a Content-Type of a file rather than of a value (text, JSON): clients
    may omit `filename=`."""
    _, options = parse_options_header(content_type)
    boundary = options.get(b"boundary")
    if not boundary:
        raise BadInput("multipart body without a boundary")
    parts: list[dict[str, Any]] = []
    header: list[bytes] = [b"", b""]

    def begin() -> None:
        parts.append({"headers": {}, "data": bytearray()})

    def header_field(data: bytes, start: int, end: int) -> None:
        header[0] += data[start:end]

    def header_value(data: bytes, start: int, end: int) -> None:
        header[1] += data[start:end]

    def header_end() -> None:
        parts[-1]["headers"][header[0].decode("latin-1").lower()] = header[1].decode("latin-1")
        header[:] = [b"", b""]

    def part_data(data: bytes, start: int, end: int) -> None:
        parts[-1]["data"] += data[start:end]

    callbacks = {"on_part_begin": begin, "on_header_field": header_field, "on_header_value": header_value}
    callbacks |= {"on_header_end": header_end, "on_part_data": part_data}
    parser = MultipartParser(boundary, callbacks)  # type: ignore[arg-type]
    try:
        parser.write(raw)
        parser.finalize()
    except Exception as exc:  # python-multipart raises several types for malformed input
        raise BadInput(str(exc) or type(exc).__name__) from exc
    if len(parts) > MAX_FIELDS:
        raise BadInput(f"more than {MAX_FIELDS} parts")
    values: list[tuple[str, str]] = []
    files: dict[str, list[Upload]] = {}
    for part in parts:
        _, disposition = parse_options_header(part["headers"].get("content-disposition", ""))
        name = disposition.get(b"name", b"").decode("utf-8", "replace")
        filename, media = disposition.get(b"filename"), part["headers"].get("content-type")
        if filename is not None or (media and not media.lower().startswith(VALUE_MEDIA)):
            upload = Upload(
                (filename or b"upload").decode("utf-8", "replace"),
                media or "application/octet-stream",
                len(part["data"]),
            )
            files.setdefault(name, []).append(upload)
        else:
            values.append((name, bytes(part["data"]).decode("utf-8")))
    return form_dict(values), files


def _binary_properties(spec: dict[str, Any], schema: dict[str, Any]) -> Iterable[str]:
    """Names of the properties that carry files (format binary, or arrays of it)."""
    for name, prop in object_schema(spec, schema)[0].items():
        if "binary" in (prop.get("format"), deref(spec, prop.get("items") or {}).get("format")):
            yield name


def _error_field(error: Any) -> str:
    if error.absolute_path:
        return str(error.absolute_path[0])
    if error.validator == "required" and isinstance(error.instance, dict):
        for name in error.validator_value:  # one error per missing name; the message starts with it
            if name not in error.instance and error.message.startswith(repr(name)):
                return str(name)
    return "non_field_errors"
