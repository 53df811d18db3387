"""Typed errors: one class per kind of failure, all under `APIError`, never a credential inside.

Status errors (`APIStatusError` and its subclasses) come from the non-detailed calls, which call
`raise_for_status` on every response; `*_detailed` does not, so it keeps giving raw access to every
status. Transport errors (`APIConnectionError`, `APITimeoutError`) come from every call, after the
retries, in place of httpx's own exceptions (kept as `__cause__`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import httpx

from .reading import READ_ERRORS
from .transport import REDACTED, retry_after_seconds, secret_headers

T = TypeVar("T")


class APIError(Exception):
    """Any failed call: `message`, `request` (credential headers masked), `method` and `url`."""

    def __init__(self, message: str, request: httpx.Request) -> None:
        self.request = request
        self.method = request.method
        self.url = _safe_url(request.url)
        self.message = message
        super().__init__(message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(method={self.method!r}, url={self.url!r})"


class APIConnectionError(APIError):
    """The request got no response: refused, reset or unreachable (after the retries, if any)."""

    def __init__(self, request: httpx.Request, cause: Exception) -> None:
        kind = "timed out" if isinstance(self, APITimeoutError) else "failed"
        reason = str(cause) or type(cause).__name__
        super().__init__(f"{request.method} {_safe_url(request.url)} {kind}: {reason}", request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool; after the retries, if any)."""


class APIStatusError(APIError):
    """An error status: `status`, `body` (parsed JSON or text), `response`, `errors`, `model`.

    `message` is the body's own message; `errors` maps fields to messages when the body has them
    (where the spec's `x-field-errors` says, `errors_at`); `model` is the spec's error model when the
    status is documented (e.g. WorkReduce's `Error`).
    """

    def __init__(
        self, response: httpx.Response, body: Any, model: Any = None, errors_at: str | None = None
    ) -> None:
        self.response = response
        self.status = response.status_code
        self.body = body
        self.model = model
        self.errors: dict[str, list[str]] = _field_errors(body, errors_at)
        message = _message(body, self.errors) or response.reason_phrase
        super().__init__(message, response.request)
        summary = f"{self.status} {response.reason_phrase} for {self.method} {self.url}: {message}"
        fields = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in self.errors.items())
        self.args = (f"{summary} ({fields})" if fields and fields != message else summary,)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, method={self.method!r}, url={self.url!r})"


class APIResponseValidationError(APIError):
    """A success whose body could not be read at all (not JSON, or not the shape of any documented
    model): `status`, `body` (the text), `response`; the cause is chained.

    A single unreadable field does not raise this: the model is built without it
    (`_runtime.reading`), and reading that attribute raises `ResponseFieldError`.
    """

    def __init__(self, response: httpx.Response, reason: str) -> None:
        self.response = response
        self.status = response.status_code
        self.body = response.text
        preview = self.body if len(self.body) <= 200 else self.body[:200] + "…"
        super().__init__(
            f"{self.status} from {response.request.method} {_safe_url(response.request.url)} "
            f"could not be read: {reason}; body: {preview!r}",
            response.request,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, method={self.method!r}, url={self.url!r})"


class AuthenticationError(APIStatusError):
    """401 or 403: the credential is missing, wrong, or not allowed to do this."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409 or 410: the resource's state does not allow the request (e.g. a canceled order)."""


class ValidationError(APIStatusError):
    """400 or 422; `errors` maps each field to its messages, as the API reported them."""


class RateLimitError(APIStatusError):
    """429 after the retries ran out; `retry_after` is the seconds the server asked for, if it said."""

    def __init__(
        self, response: httpx.Response, body: Any, model: Any = None, errors_at: str | None = None
    ) -> None:
        super().__init__(response, body, model, errors_at)
        self.retry_after = retry_after_seconds(response.headers.get("Retry-After"))


class ServerError(APIStatusError):
    """5xx (503 only after the retries ran out)."""


def error_class(status: int) -> type[APIStatusError]:
    if status in (401, 403):
        return AuthenticationError
    if status == 404:
        return NotFoundError
    if status in (409, 410):
        return ConflictError
    if status in (400, 422):
        return ValidationError
    if status == 429:
        return RateLimitError
    if status >= 500:
        return ServerError
    return APIStatusError


def raise_for_status(response: httpx.Response, client: Any, parse: Callable[[], Any] | None = None) -> None:
    """Raise the typed error for a 4xx/5xx response; `parse` gives the spec's model, if it has one."""
    if response.status_code < 400:
        return
    _redact(response.request, getattr(client, "auth_header_name", "Authorization"))
    try:
        body: Any = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = response.text
    model = None
    if parse is not None:
        try:
            model = parse()
        except Exception:  # an undocumented shape still gives the typed error, without a model
            model = None
    raise error_class(response.status_code)(response, body, model, getattr(client, "field_errors_at", None))


def read_success(response: httpx.Response, client: Any, parse: Callable[[httpx.Response], T]) -> T:
    """`parse(response)`, or APIResponseValidationError carrying the status and body when it fails."""
    try:
        return parse(response)
    except READ_ERRORS as exc:  # what reading a field can raise; JSONDecodeError is a ValueError
        _redact(response.request, getattr(client, "auth_header_name", "Authorization"))
        raise APIResponseValidationError(response, f"{type(exc).__name__}: {exc}") from exc


def transport_error(
    exc: httpx.TransportError, request: httpx.Request, auth_header: str
) -> APIConnectionError:
    """httpx's exception as our typed one; the request it carries has its credential headers masked."""
    _redact(request, auth_header)
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return kind(request, exc)


def _redact(request: httpx.Request, auth_header: str) -> None:
    """The error keeps the request (directly or through the response); credential headers are masked."""
    for name in secret_headers(auth_header):
        if name in request.headers:
            request.headers[name] = REDACTED


def _safe_url(url: httpx.URL) -> str:
    parts = urlsplit(str(url))
    if parts.username or parts.password:
        parts = parts._replace(netloc=(parts.hostname or "") + (f":{parts.port}" if parts.port else ""))
    return urlunsplit(parts)


def _message(body: Any, errors: dict[str, list[str]]) -> str:
    """An error body's human message: its `message`, `detail`, `error` or `title`, else its field errors."""
    if isinstance(body, dict):
        for key in ("message", "detail", "error", "title"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
        if errors:
            return "; ".join(f"{name}: {' '.join(messages)}" for name, messages in errors.items())
    elif isinstance(body, str):
        return body.strip()[:200]
    return ""


def _field_errors(body: Any, at: str | None) -> dict[str, list[str]]:
    """Field -> messages from the body's field map: at the JSON pointer `at` (the spec's
    `x-field-errors`), else under `errors`, else the body itself when it is such a map."""
    if not isinstance(body, dict):
        return {}
    candidate: Any = body
    if at is not None:
        for part in [p.replace("~1", "/").replace("~0", "~") for p in at.split("/")[1:]]:
            candidate = candidate.get(part) if isinstance(candidate, dict) else None
    elif isinstance(body.get("errors"), dict):
        candidate = body["errors"]
    if not isinstance(candidate, dict):
        return {}
    fields: dict[str, list[str]] = {}
    for name, value in candidate.items():
        if isinstance(value, list) and all(isinstance(m, str) for m in value):
            fields[str(name)] = list(value)
        elif isinstance(value, str) and candidate is not body:
            fields[str(name)] = [value]
    return fields
