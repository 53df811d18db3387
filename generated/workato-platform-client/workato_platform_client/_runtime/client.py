"""The base of every API's client class: credentials, server selection, no secret in repr.

Each generated `sdk.py` subclasses `ApiClient`, declaring its credential and server variables as
attrs fields and the spec's header format and server URL as class variables.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import ClassVar

from attrs import define, field

from ..client import AuthenticatedClient


@dataclass(frozen=True)
class ServerVariable:
    """A server URL variable; `names` maps friendly names (e.g. data-center codes) to values."""

    default: str
    enum: tuple[str, ...] = ()
    names: dict[str, str] = dataclass_field(default_factory=dict)

    def resolve(self, variable: str, value: str | None) -> str:
        value = self.default if value is None else self.names.get(value, value)
        if self.enum and value not in self.enum:
            choices = ", ".join([*self.names, *self.enum])
            raise ValueError(f"{variable}={value!r} is not one of: {choices}")
        return value


@define(repr=False)
class ApiClient(AuthenticatedClient):
    """An authenticated client whose header and base URL follow the API's spec.

    An explicit `base_url` always wins over the server variables.
    """

    _base_url: str = field(default="", alias="base_url", kw_only=True)
    token: str = field(default="", kw_only=True, repr=False)  # derived from the credential

    credential_field: ClassVar[str] = ""
    header_format: ClassVar[str] = "{token}"
    server_url: ClassVar[str] = ""
    server_variables: ClassVar[dict[str, ServerVariable]] = {}

    def __attrs_post_init__(self) -> None:
        secret = getattr(self, self.credential_field)
        if not isinstance(secret, str) or not secret:
            raise ValueError(f"{type(self).__name__} needs a non-empty {self.credential_field}")
        self.token = self.header_format.format(token=secret)
        self.prefix = ""
        if not self._base_url:
            url = self.server_url
            for name, variable in self.server_variables.items():
                url = url.replace("{" + name + "}", variable.resolve(name, getattr(self, name)))
            self._base_url = url

    @property
    def base_url(self) -> str:
        return self._base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    __str__ = __repr__
