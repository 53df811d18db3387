"""Outwork Partner API client with the vendor's authentication and servers built in.

Generated from the spec by scripts/generate.py using overrides/sdk/sdk.py.jinja; do not edit.
"""

from typing import ClassVar

from attrs import define, field

from ._runtime import ApiClient, ServerVariable
from ._runtime.pagination import Paging


@define(repr=False)
class OutworkClient(ApiClient):
    """Client for the Outwork Partner API.

    Sends ``Authorization: OUTWORK-TOKEN application_token="{token}"`` on every request, with ``{token}`` being
    ``application_token``. The base URL is ``https://{tenant}.outwork.com``, with
    ``tenant`` (default ``acme``).
    Pass ``base_url=`` to use any other server (a fake, a proxy); it always wins.
    """

    application_token: str = field(kw_only=True, repr=False)
    tenant: str | None = field(default=None, kw_only=True)

    credential_field: ClassVar[str] = "application_token"
    header_format: ClassVar[str] = 'OUTWORK-TOKEN application_token="{token}"'
    server_url: ClassVar[str] = "https://{tenant}.outwork.com"
    server_variables: ClassVar[dict[str, ServerVariable]] = {
        "tenant": ServerVariable(default="acme", enum=(), names={}),
    }
    pagination: ClassVar[dict[str, Paging]] = {}
