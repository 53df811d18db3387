"""The clients read what a server really sends: every documented response of the four clients, varied.

For each operation and documented status with a JSON example, the example is varied at every place
in it: a field removed, a string replaced by a value no enum lists, a null, an undocumented field
added. Each variant goes through the call's own parser (`_parse_success` for a success, the model
`raise_for_status` builds for an error) and must parse, and what was varied must read as the tolerant
reader promises (overrides/runtime/reading.py): a removed field is unset or raises ResponseFieldError
naming it, an unknown enum value is kept, an extra field lands in `additional_properties`. The
expectations are the reader's promises, not read from the generated code.
"""

from __future__ import annotations

import copy
import dataclasses
import enum
import importlib
import pkgutil
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest
from openapi_python_client.strings import PythonIdentifier

from contract_tests.openapi.loader import discover
from contract_tests.openapi.model import ApiModel

UNKNOWN = "VALUE-NO-ENUM-LISTS"
EXTRA = "x_undocumented_field"
EXTRA_VALUE = {"nested": [1, "two"]}
FIELD_PREFIX = "field_"  # overrides/generator.yaml


@dataclasses.dataclass(frozen=True)
class Variant:
    kind: str  # removed | unknown | null | extra
    path: tuple[str | int, ...]  # where, in the JSON: the removed/replaced key, or the object given EXTRA
    body: Any


@dataclasses.dataclass(frozen=True)
class Case:
    api: str
    package: str
    operation: str
    status: int
    example: Any

    @property
    def id(self) -> str:
        return f"{self.api}-{self.operation}-{self.status}"


def cases() -> list[Case]:
    found = []
    for name, api in sorted(discover().items()):
        for operation in ApiModel.of(api.spec()).operations:
            for status in operation.responses:
                example = operation.example(status) if status.isdigit() else None
                if example is not None and operation.json_schema(status) is not None:
                    found.append(Case(name, api.package, operation.id, int(status), example))
    return found


CASES = cases()


def walk(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*path, index))


def at(body: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        body = body[part]
    return body


def variants(example: Any) -> Iterator[Variant]:
    for path, node in walk(example):
        if isinstance(node, dict):
            body = copy.deepcopy(example)
            at(body, path)[EXTRA] = copy.deepcopy(EXTRA_VALUE)
            yield Variant("extra", path, body)
        if path and isinstance(path[-1], str):
            body = copy.deepcopy(example)
            del at(body, path[:-1])[path[-1]]
            yield Variant("removed", path, body)
        if path:
            for kind, value in (("null", None), ("unknown", UNKNOWN)):
                if kind == "unknown" and not isinstance(node, str):
                    continue
                if kind == "null" and isinstance(path[-1], int):
                    continue  # a null list item: no vendor sends one, and the list's type has no place for it
                body = copy.deepcopy(example)
                at(body, path[:-1])[path[-1]] = value
                yield Variant(kind, path, body)


def endpoint_module(package: str, operation_id: str) -> ModuleType:
    api = importlib.import_module(f"{package}.api")
    for info in pkgutil.walk_packages(api.__path__, f"{package}.api."):
        if info.name.rsplit(".", 1)[-1] == operation_id:
            return importlib.import_module(info.name)
    raise LookupError(f"{package} has no module for {operation_id}")


def parse(case: Case, body: Any) -> Any:
    module = endpoint_module(case.package, case.operation)
    response = httpx.Response(case.status, json=body, request=httpx.Request("GET", "https://api.invalid/"))
    if case.status < 400:
        return module._parse_success(response)
    client = importlib.import_module(case.package).Client(base_url="https://api.invalid")
    return module._parse_response(client=client, response=response)


class Unread(Exception):
    """Navigation met a field that could not be read (the reader's answer for the whole subtree)."""


def attribute(model: Any, key: str) -> str | None:
    names = {field.name for field in attrs.fields(type(model))}
    for name in (PythonIdentifier(key, FIELD_PREFIX), key):
        if name in names:
            return str(name)
    return None


def child(node: Any, part: str | int) -> Any:
    """One step down the parsed value, as the JSON path goes; KeyError where the step does not exist."""
    if isinstance(node, list | dict):
        return node[part]
    if attrs.has(type(node)):
        name = attribute(node, str(part))
        if name is None:
            return node.additional_properties[part]
        try:
            return getattr(node, name)
        except AttributeError as error:
            assert type(error).__name__ == "ResponseFieldError" and repr(part)[1:-1] in str(error), error
            raise Unread(str(error)) from None
    raise KeyError(part)


def locate(parsed: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        parsed = child(parsed, part)
    return parsed


def check(parsed: Any, variant: Variant) -> str:
    """Assert what the reader promises for this variant; return how it was read."""
    try:
        if variant.kind == "extra":
            holder = locate(parsed, variant.path)
            if attrs.has(type(holder)):
                assert holder.additional_properties[EXTRA] == EXTRA_VALUE
            else:
                assert holder[EXTRA] == EXTRA_VALUE
            return "kept"
        parent = locate(parsed, variant.path[:-1])
        key = variant.path[-1]
        if variant.kind == "removed" and isinstance(parent, dict):
            assert key not in parent
            return "absent"
        if variant.kind == "removed" and attrs.has(type(parent)):
            name = attribute(parent, str(key))
            if name is None:
                assert key not in parent.additional_properties
                return "absent"
            value = child(parent, key)
            assert type(value).__name__ == "Unset", f"{key} removed but read as {value!r}"
            return "unset"
        value = child(parent, key)
    except Unread:
        return "unread"
    if variant.kind == "unknown":
        assert value == UNKNOWN, f"{variant.path}: {UNKNOWN!r} read as {value!r}"
        return "enum kept" if isinstance(value, enum.Enum) else "kept"
    if variant.kind == "null":
        assert value is None, f"{variant.path}: null read as {value!r}"
        return "null"
    raise AssertionError(f"unchecked variant {variant}")


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_every_variation_of_a_documented_response_parses(case: Case) -> None:
    parse(case, case.example)  # the example itself, as a control
    outcomes: dict[str, int] = {}
    for variant in variants(case.example):
        try:
            parsed = parse(case, variant.body)
        except Exception as error:  # the report names the variant, not only the exception
            pytest.fail(
                f"{variant.kind} at {list(variant.path)} failed the parse: {type(error).__name__}: {error}"
            )
        outcome = check(parsed, variant)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert outcomes, "the example offered nothing to vary"


def test_the_variations_reach_every_client_and_every_kind_of_answer() -> None:
    """Not a vacuous sweep: each client has cases, and each promise was exercised somewhere."""
    assert {case.package for case in CASES} == {api.package for api in discover().values()}
    seen: dict[str, int] = {}
    for case in CASES:
        for variant in variants(case.example):
            outcome = check(parse(case, variant.body), variant)
            seen[outcome] = seen.get(outcome, 0) + 1
    assert {"kept", "enum kept", "unset", "unread", "null"} <= set(seen), seen


def strict(error: Exception) -> None:
    raise error


@pytest.mark.parametrize("package", sorted({case.package for case in CASES}))
def test_the_sweep_fails_a_strict_reader(package: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Negative control: with each model module's reader made strict again (a field that cannot be read
    fails the parse, an enum is its own constructor), the same sweep fails, on every client."""
    models = importlib.import_module(f"{package}.models")
    for info in pkgutil.walk_packages(models.__path__, f"{package}.models."):
        module = importlib.import_module(info.name)
        if hasattr(module, "note_unread"):
            monkeypatch.setattr(module, "note_unread", lambda unread, attribute, key, error: strict(error))
        if hasattr(module, "read_enum"):
            monkeypatch.setattr(module, "read_enum", lambda cls, value: cls(value))
    failed = 0
    for case in (case for case in CASES if case.package == package):
        for variant in variants(case.example):
            try:
                parse(case, variant.body)
            except (KeyError, TypeError, ValueError, AttributeError):
                failed += 1
    assert failed > 0


def test_one_model_read_as_promised() -> None:
    """The promises on one WorkReduce order: a status the page does not list, a required object
    (`work_request`) left out, and a creation date that is none."""
    from workreduce_client.models.order import Order
    from workreduce_client.models.order_status import OrderStatus

    with pytest.raises(ValueError):
        OrderStatus(UNKNOWN)  # the enum itself stays strict: requests are built from its members
    item = {
        "account_name": "BigCo",
        "account_id": "1",
        "order_number": "00007847",
        "name": "QA Screenshot of Ad Creative - BigCo",
        "status": "On Hold By The Vendor",
        "created_at": "last Tuesday",
        "task_type": "qa_screenshot",
        "task_type_category": "QA",
        "priority": "high",
    }
    order = Order.from_dict(item)
    assert order.order_number == "00007847" and order.additional_properties == {"priority": "high"}
    assert isinstance(order.status, OrderStatus) and order.status.value == "On Hold By The Vendor"
    assert str(order.status) == "On Hold By The Vendor"
    assert "work_request=<unread>" in repr(order) and "created_at=<unread>" in repr(order)
    required = r'Order\.work_request .*no "work_request", which the spec requires'
    with pytest.raises(AttributeError, match=required):
        _ = order.work_request
    with pytest.raises(AttributeError, match=r"Order\.created_at .*Invalid isoformat"):
        _ = order.created_at
    assert getattr(order, "work_request", "absent") == "absent"
    with pytest.raises(AttributeError, match="has no attribute 'no_such_field'"):
        _ = order.no_such_field  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("body", "reason"),
    [(b"<html>maintenance</html>", "JSONDecodeError"), (b"[1, 2]", "TypeError")],
)
def test_a_success_that_cannot_be_read_at_all_carries_status_and_body(body: bytes, reason: str) -> None:
    """A 200 whose body is no JSON, or JSON of no documented shape: the user keeps the status and body."""
    from workreduce_client import APIError, APIResponseValidationError, WorkReduceClient

    secret = "secret-key-never-shown"
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    client = WorkReduceClient(
        api_key=secret, base_url="https://api.invalid", httpx_args={"transport": transport}
    )
    with pytest.raises(APIResponseValidationError) as raised:
        client.orders.get(order_number=12345)
    error = raised.value
    assert isinstance(error, APIError)
    assert error.status == 200 and error.body == body.decode() and error.response.content == body
    assert reason in str(error) and body.decode() in str(error)
    assert isinstance(error.__cause__, ValueError | TypeError)
    assert secret not in str(error.response.request.headers) and secret not in str(error)
