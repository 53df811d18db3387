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

from ..spec.model import Operation, deref

__all__ = ["BadInput", "PathNotFound", "Prepared", "Upload", "form_dict", "parse_json"]

_FORMATS = FormatChecker()


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
            return _number(text) if "number" in kinds else int(text)
        except ValueError:
            return text
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
            if param.get("in") not in ("path", "query"):
                continue
            schema = deref(spec, param.get("schema") or {})
            prepared.parameters.append(
                _Parameter(
                    name=param["name"],
                    where=param["in"],
                    required=bool(param.get("required")),
                    schema=schema,
                    validator=OAS31Validator({**schema, **components}, format_checker=_FORMATS),
                    array="array" in _types(schema),
                    items=deref(spec, schema.get("items") or {}),
                )
            )
        body = deref(spec, op.raw.get("requestBody") or {})
        for media, content in (body.get("content") or {}).items():
            if "schema" in content:
                prepared.bodies[media] = OAS31Validator(
                    {**content["schema"], **components}, format_checker=_FORMATS
                )
        prepared.body_required = bool(body.get("required"))
        prepared.file_fields = frozenset(
            name
            for content in (body.get("content") or {}).values()
            for name in _binary_properties(spec, content.get("schema") or {})
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
                raw = [value for name, value in pairs if name in (param.name, param.name + "[]")]
            if not raw:
                if param.required:
                    errors.setdefault(param.name, []).append(f"{param.name} is required.")
                elif "default" in param.schema:
                    found[param.where][param.name] = param.schema["default"]
                continue
            value = [_coerce(v, param.items) for v in raw] if param.array else _coerce(raw[-1], param.schema)
            problems = [error.message for error in param.validator.iter_errors(value)]
            if problems and param.where == "path":
                raise PathNotFound(f"Not found: {param.name} {raw[0]!r} names nothing here")
            if problems:
                errors.setdefault(param.name, []).extend(problems)
            else:
                found[param.where][param.name] = value
        return found["path"], found["query"]

    def validate_body(self, media: str, body: Any, errors: dict[str, list[str]]) -> None:
        try:
            for error in self.bodies[media].iter_errors(body):
                errors.setdefault(_error_field(error), []).append(error.message)
        except RecursionError:
            errors.setdefault("body", []).append("The body is nested too deeply.")


def _binary_properties(spec: dict[str, Any], schema: dict[str, Any]) -> Iterable[str]:
    """Names of the properties that carry files (format binary, or arrays of it)."""
    schema = deref(spec, schema)
    for part in schema.get("allOf", []):
        yield from _binary_properties(spec, part)
    for name, prop in (schema.get("properties") or {}).items():
        prop = deref(spec, prop)
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
