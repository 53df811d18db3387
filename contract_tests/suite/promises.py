"""Each failure as the promise it broke, in words a server team acts on.

schemathesis names a failure by its check (`status_code_conformance`) and a generic title
("Undocumented status code"). A team fixing its server wants the operation as the vendor's page names
it, what the server answered and what the page promises instead: "Get an order
(GET /v2/orders/{order_number}) answered 400; the page documents 200 or 404". The sentence is built
from the failure's own fields and the spec's operation; the project's checks already raise sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from schemathesis.core.failures import AcceptedNegativeData, CustomFailure, Failure, ServerError
from schemathesis.openapi.checks import (
    EnsureResourceAvailability,
    IgnoredAuth,
    JsonSchemaError,
    MissingHeaderNotRejected,
    RejectedPositiveData,
    UndefinedContentType,
    UndefinedStatusCode,
    UseAfterFree,
)

from ..openapi.model import ApiModel

__all__ = ["broken_promise"]


def _either(values: Iterable[Any]) -> str:
    items = [str(value) for value in values]
    return ", ".join(items[:-1]) + f" or {items[-1]}" if len(items) > 1 else "".join(items)


def _what_was_wrong(case: Any) -> str:
    """How a negative case broke its schema, as schemathesis's coverage phase describes it."""
    data = getattr(getattr(getattr(case, "meta", None), "phase", None), "data", None)
    description = data.get("description") if isinstance(data, dict) else getattr(data, "description", None)
    return f" ({description})" if description else ""


def _server_said(response: Any) -> str:
    """The first line of a short JSON or text answer, quoted; empty for anything else."""
    content = getattr(response, "content", None)
    if not isinstance(content, bytes) or not content or len(content) > 300:
        return ""
    text = content.decode("utf-8", "replace").strip().splitlines()
    return f' ("{text[0][:160]}")' if text else ""


_SENTENCES: list[tuple[type[Failure], Callable[[Any, Any, Any], str]]] = [
    (
        UndefinedStatusCode,
        lambda f, case, response: (
            f"answered {f.status_code}; the page documents {_either(f.defined_status_codes)}"
        ),
    ),
    (
        AcceptedNegativeData,
        lambda f, case, response: (
            f"accepted an invalid request{_what_was_wrong(case)} with {f.status_code}; "
            f"the page promises a refusal ({_either(f.expected_statuses)})"
        ),
    ),
    (
        RejectedPositiveData,
        lambda f, case, response: (
            f"answered {f.status_code}{_server_said(response)} to a request the page allows; "
            f"the page documents {_either(f.allowed_statuses)} for it"
        ),
    ),
    (
        ServerError,
        lambda f, case, response: f"crashed with {f.status_code}; the page documents no 5xx for any request",
    ),
    (
        JsonSchemaError,
        lambda f, case, response: (
            f"answered a body its documented schema forbids, at "
            f"/{'/'.join(str(part) for part in f.instance_path)}: {f.message.strip().splitlines()[0]}"
        ),
    ),
    (
        UndefinedContentType,
        lambda f, case, response: (
            f"answered Content-Type {f.content_type}; the page documents {_either(f.defined_content_types)}"
        ),
    ),
    (
        IgnoredAuth,
        lambda f, case, response: "succeeded without valid credentials; the page requires them (401 or 403)",
    ),
    (
        MissingHeaderNotRejected,
        lambda f, case, response: (
            f"accepted a request without its required header {f.header_name} ({f.status_code}); "
            f"the page promises a refusal ({_either(f.expected_statuses)})"
        ),
    ),
    (
        UseAfterFree,
        lambda f, case, response: "still serves a resource after answering its DELETE with success",
    ),
    (
        EnsureResourceAvailability,
        lambda f, case, response: "could not be read right after the server reported creating it",
    ),
]


def broken_promise(failure: Failure, case: Any, response: Any, spec: dict[str, Any] | None) -> str:
    """One sentence: the operation as the page names it, what the server did, what the page promises."""
    label = str(failure.operation or "")
    method, _, path = label.partition(" ")
    op = ApiModel.of(spec).at(path, method) if spec and path else None
    where = f"{op.summary} ({label})" if op is not None and op.summary else label
    if isinstance(failure, CustomFailure):  # the project's checks: already a sentence
        message = (str(failure.message or failure.title or "").strip().splitlines() or [""])[0]
        return message if message.startswith(label) else f"{where}: {message}"
    for kind, sentence in _SENTENCES:
        if isinstance(failure, kind):
            try:
                return f"{where} {sentence(failure, case, response)}"
            except (AttributeError, TypeError, IndexError):
                break  # a failure of another schemathesis version: its own words below
    details = str(failure.message or "").strip().splitlines()
    return f"{where}: {failure.title}" + (
        f" ({details[0]})" if details and details[0] != failure.title else ""
    )
