"""What the validating proxy checks in one exchange, request and response, against the API's spec.

The request: a documented operation, its path and query parameters and its body, by the same
compiled rules the fakes refuse with (`fake.requests.Prepared`). The response: a documented status,
no server error, a documented content type, a body valid against its schema, and what a list answer
promises about itself (`suite.lists`: page size, filters, order). Nothing here sends a request.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from jsonschema import FormatChecker
from openapi_schema_validator import OAS31Validator

from ..fake.requests import PathNotFound, Prepared
from ..openapi.loader import Api
from ..openapi.model import ApiModel, Operation, deref
from ..openapi.relations import items_path, page_items
from ..suite.lists import filtered_out, out_of_order, oversized_page

__all__ = ["Side", "Validator", "Violation"]

Side = Literal["request", "response"]
_FORMATS = FormatChecker()
_REPORTED_ERRORS = 3  # schema errors named per body; the count says how many more


@dataclass(frozen=True)
class Violation:
    """One broken rule: who broke it (the client's request or the server's response), and why."""

    operation: str  # "GET /v2/orders/{order_number}", or the method and concrete path if undocumented
    side: Side
    rule: str
    message: str

    @property
    def line(self) -> str:
        return f"{self.operation}: {self.side} {self.rule}: {self.message}"

    def as_json(self) -> dict[str, str]:
        return {"operation": self.operation, "side": self.side, "rule": self.rule, "message": self.message}


@dataclass
class Exchange:
    """What the request told the response's validation: the operation and the query as the spec reads it."""

    label: str
    operation: Operation | None
    query: dict[str, Any]


def _media(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


class Validator:
    """The spec's rules for every operation of `api`, compiled once."""

    def __init__(self, api: Api) -> None:
        self.spec = api.spec()
        self.model = ApiModel.of(self.spec)
        self.prepared = {op.id: Prepared.build(self.spec, op) for op in self.model.operations}
        self._schemas: dict[tuple[str, str, str], OAS31Validator] = {}

    def request(
        self, method: str, path: str, query: str, content_type: str, body: bytes | None
    ) -> tuple[Exchange, list[Violation]]:
        """The request's operation and its violations; `body` None: too large to hold, not checked."""
        found = self.model.route(path)
        op = self.model.at(found[0], method) if found else None
        if found is None or op is None:
            label = f"{method.upper()} {path}"
            return Exchange(label, None, {}), [
                Violation(
                    label,
                    "request",
                    "operation_documented",
                    "no operation in the spec has this method and path",
                )
            ]
        label = f"{op.method.upper()} {op.path}"
        errors: dict[str, list[str]] = {}
        prepared = self.prepared[op.id]
        try:
            _, parsed_query = prepared.parameters_from(found[1], query, errors)
        except PathNotFound as exc:
            errors.setdefault("path", []).append(str(exc))
            parsed_query = {}
        if body is not None:
            prepared.body_from(content_type, body, errors)
        violations = [
            Violation(label, "request", "request_valid", f"{name}: {'; '.join(problems)}")
            for name, problems in errors.items()
        ]
        return Exchange(label, op, parsed_query), violations

    def response(
        self, exchange: Exchange, status: int, content_type: str, body: bytes | None
    ) -> list[Violation]:
        """The response's violations; `body` None: too large to hold, its content not checked."""
        op = exchange.operation
        if op is None:
            return []
        found: list[Violation] = []

        def broke(rule: str, message: str) -> None:
            found.append(Violation(exchange.label, "response", rule, message))

        if status >= 500:
            broke("not_a_server_error", f"answered {status}")
        documented = deref(self.spec, op.response(status))
        if not isinstance(documented, dict):
            broke("status_documented", f"{status} is not documented for this operation")
            return found
        content = documented.get("content") or {}
        media = _media(content_type)
        if not content or body == b"":
            return found
        if media not in content:
            broke(
                "content_type_documented",
                f"Content-Type {media or '(none)'} is not one of {', '.join(content)}",
            )
            return found
        if body is None or not (media == "application/json" or media.endswith("+json")):
            return found
        try:
            data = json.loads(body)
        except ValueError as exc:
            broke("response_schema_conformance", f"the {media} body is not JSON: {exc}")
            return found
        if problems := self._schema_problems(op, str(status), media, content[media].get("schema"), data):
            broke("response_schema_conformance", problems)
        if 200 <= status < 300:
            items = page_items(data, items_path(self.spec, op))
            for rule, problem in (
                (
                    "page_size_respected",
                    oversized_page(op, items or [], exchange.query) if items is not None else None,
                ),
                ("filters_respected", filtered_out(op, items or [], exchange.query)),
                ("order_respected", out_of_order(op, items or [])),
            ):
                if problem:
                    broke(rule, problem)
        return found

    def _schema_problems(self, op: Operation, status: str, media: str, schema: Any, data: Any) -> str:
        if not isinstance(schema, dict):
            return ""
        key = (op.id, status, media)
        if key not in self._schemas:
            components = {"components": self.spec.get("components", {})}
            self._schemas[key] = OAS31Validator({**schema, **components}, format_checker=_FORMATS)
        try:
            errors = list(self._schemas[key].iter_errors(data))
        except RecursionError:
            return "the body is nested too deeply to validate"
        if not errors:
            return ""
        named = [f"at /{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:_REPORTED_ERRORS]]
        more = f" (and {len(errors) - _REPORTED_ERRORS} more)" if len(errors) > _REPORTED_ERRORS else ""
        return "; ".join(named) + more
