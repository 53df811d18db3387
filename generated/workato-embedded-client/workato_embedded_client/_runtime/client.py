"""The base of every API's client class: credentials, servers, timeouts, retries, logging, paging.

Each generated `sdk.py` subclasses `ApiClient`, declaring its credential and server variables as
attrs fields, the spec's header format, server URL and `x-pagination` as class variables, and one
`iter_<operation>` / `aiter_<operation>` pair per paginated list operation.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import ClassVar, Self

import httpx
from attrs import define, evolve, field

from ..client import AuthenticatedClient
from .pagination import Paging
from .retries import RetryingTransport, RetryPolicy
from .transport import LoggingTransport

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


def as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """`timeout=` as httpx wants it: seconds for everything, an `httpx.Timeout`, or None for the default."""
    if value is None:
        return DEFAULT_TIMEOUT
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


@dataclass(frozen=True)
class ServerVariable:
    """A server URL variable; `names` maps friendly names (e.g. data-center codes) to values.

    A `required` variable names the caller's own instance (a tenant): it has no usable default, so a
    client given neither it nor a base URL refuses to start rather than send a credential elsewhere.
    """

    default: str
    enum: tuple[str, ...] = ()
    names: dict[str, str] = dataclass_field(default_factory=dict)
    required: bool = False

    def resolve(self, variable: str, value: str | None) -> str:
        value = self.default if value is None else self.names.get(value, value)
        if self.enum and value not in self.enum:
            choices = ", ".join([*self.names, *self.enum])
            raise ValueError(f"{variable}={value!r} is not one of: {choices}")
        return value


@define(repr=False)
class ApiClient(AuthenticatedClient):
    """An authenticated client whose header and base URL follow the API's spec.

    An explicit `base_url` always wins over the server variables. `timeout` is 5 s to connect and
    30 s for the rest unless given (seconds or an `httpx.Timeout`). `max_retries` (default 2),
    `retry_backoff` (seconds, doubled per retry, full jitter) and `max_retry_wait` (the ceiling of one
    wait, `Retry-After` included) shape retries. A `transport` in `httpx_args` is wrapped, not replaced.
    """

    _base_url: str = field(default="", alias="base_url", kw_only=True)
    _timeout: httpx.Timeout = field(default=None, converter=as_timeout, alias="timeout", kw_only=True)
    token: str = field(default="", kw_only=True, repr=False)  # derived from the credential
    max_retries: int = field(default=2, kw_only=True)
    retry_backoff: float = field(default=0.5, kw_only=True)
    max_retry_wait: float = field(default=60.0, kw_only=True)

    credential_field: ClassVar[str] = ""
    header_format: ClassVar[str] = "{token}"
    server_url: ClassVar[str] = ""
    server_variables: ClassVar[dict[str, ServerVariable]] = {}
    pagination: ClassVar[dict[str, Paging]] = {}
    field_errors_at: ClassVar[str | None] = None  # where error bodies keep field -> messages (x-field-errors)

    def __attrs_post_init__(self) -> None:
        secret = getattr(self, self.credential_field)
        if not isinstance(secret, str) or not secret:
            raise ValueError(f"{type(self).__name__} needs a non-empty {self.credential_field}")
        self.token = self.header_format.format(token=secret)
        self.prefix = ""
        if not self._base_url:
            url = self.server_url
            for name, variable in self.server_variables.items():
                if variable.required and getattr(self, name) is None:
                    raise ValueError(f"{type(self).__name__} needs {name}= (your own instance) or base_url=")
                url = url.replace("{" + name + "}", variable.resolve(name, getattr(self, name)))
            self._base_url = url
        policy = RetryPolicy(
            max_retries=self.max_retries, backoff=self.retry_backoff, max_wait=self.max_retry_wait
        )
        given = self._httpx_args.get("transport")
        if isinstance(given, RetryingTransport) and isinstance(given.inner, LoggingTransport):
            given = given.inner.inner  # a copy (with_timeout, evolve) wraps the user's transport afresh
        logged = LoggingTransport(given, verify=self._verify_ssl, auth_header=self.auth_header_name)
        retrying = RetryingTransport(logged, policy, auth_header=self.auth_header_name)
        self._httpx_args = {**self._httpx_args, "transport": retrying}

    @property
    def base_url(self) -> str:
        return self._base_url

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client that also sends `headers`."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy of this client that also sends `cookies`."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: float | httpx.Timeout) -> Self:
        """A copy of this client with another timeout (seconds or an `httpx.Timeout`)."""
        return evolve(self, timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    __str__ = __repr__
