"""Outwork Partner API clients with the vendor's authentication and servers built in.

``OutworkClient`` and ``AsyncOutworkClient`` have the same settings and the same resources, one
per tag of the spec (``client.<tag>.<method>(...)``); the async one's methods are coroutines and its
paging iterators are async iterators.
Generated from the spec by scripts/generate.py using overrides/sdk/sdk.py.jinja; do not edit.
"""

from typing import ClassVar

from attrs import Factory as _Factory
from attrs import define, field

from ._runtime import ApiClient as _ApiClient
from ._runtime import ServerVariable as _ServerVariable
from ._runtime.pagination import Paging as _Paging
from .resources import (
    ApplicationsResource,
    AsyncApplicationsResource,
    AsyncPartnerTypesResource,
    PartnerTypesResource,
)


@define(repr=False)
class BaseOutworkClient(_ApiClient):
    """What ``OutworkClient`` and ``AsyncOutworkClient`` share: credential, servers, retries, timeouts.

    Sends ``Authorization: OUTWORK-TOKEN application_token="{token}"`` on every request, with ``{token}`` being
    ``application_token``. The base URL is ``https://{tenant}.outwork.com``, with
    ``tenant`` (required: your own instance).
    Pass ``base_url=`` to use any other server (a fake, a proxy); it always wins.
    ``timeout`` is seconds or an ``httpx.Timeout`` (default: 5 s to connect, 30 s for the rest).
    """

    application_token: str = field(kw_only=True, repr=False)
    tenant: str | None = field(default=None, kw_only=True)

    credential_field: ClassVar[str] = "application_token"
    header_format: ClassVar[str] = 'OUTWORK-TOKEN application_token="{token}"'
    server_url: ClassVar[str] = "https://{tenant}.outwork.com"
    field_errors_at: ClassVar[str | None] = ""
    server_variables: ClassVar[dict[str, _ServerVariable]] = {
        "tenant": _ServerVariable(default="acme", enum=(), names={}, required=True),
    }
    pagination: ClassVar[dict[str, _Paging]] = {}


@define(repr=False)
class OutworkClient(BaseOutworkClient):
    """Client for the Outwork Partner API: ``client.<tag>.<method>(...)``.

    Resources:
        ``applications``: ``apply_partner``
        ``partner_types``: ``list``

    Settings as ``BaseOutworkClient``: the credential, servers, ``timeout``, retries.
    """

    applications: ApplicationsResource = field(
        init=False, repr=False, eq=False, default=_Factory(ApplicationsResource, takes_self=True)
    )
    partner_types: PartnerTypesResource = field(
        init=False, repr=False, eq=False, default=_Factory(PartnerTypesResource, takes_self=True)
    )


@define(repr=False)
class AsyncOutworkClient(BaseOutworkClient):
    """Async client for the Outwork Partner API: ``client.<tag>.<method>(...)``, awaited.

    Resources:
        ``applications``: ``apply_partner``
        ``partner_types``: ``list``

    Settings as ``BaseOutworkClient``: the credential, servers, ``timeout``, retries.
    """

    applications: AsyncApplicationsResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncApplicationsResource, takes_self=True)
    )
    partner_types: AsyncPartnerTypesResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncPartnerTypesResource, takes_self=True)
    )
