"""Workato API Platform client with the vendor's authentication and servers built in.

Generated from the spec by scripts/generate.py using overrides/sdk/sdk.py.jinja; do not edit.
"""

from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar

from attrs import define, field

from ._runtime import ApiClient, ServerVariable
from ._runtime.pagination import Paging, aiterate, iterate
from .api.api_access_profiles import list_api_access_profiles as _list_api_access_profiles
from .api.api_collections import list_api_collections as _list_api_collections
from .api.api_endpoints import list_api_endpoints as _list_api_endpoints
from .models import AccessProfile, ApiCollection, ApiEndpoint


@define(repr=False)
class WorkatoPlatformClient(ApiClient):
    """Client for the Workato API Platform.

    Sends ``Authorization: Bearer {token}`` on every request, with ``{token}`` being
    ``api_token``. The base URL is ``https://{data_center}``, with
    ``data_center`` (default ``www.workato.com``): one of us, eu, jp, sg, au or a host name.
    Pass ``base_url=`` to use any other server (a fake, a proxy); it always wins.
    """

    api_token: str = field(kw_only=True, repr=False)
    data_center: str | None = field(default=None, kw_only=True)

    credential_field: ClassVar[str] = "api_token"
    header_format: ClassVar[str] = "Bearer {token}"
    server_url: ClassVar[str] = "https://{data_center}"
    server_variables: ClassVar[dict[str, ServerVariable]] = {
        "data_center": ServerVariable(
            default="www.workato.com",
            enum=(
                "www.workato.com",
                "app.eu.workato.com",
                "app.jp.workato.com",
                "app.sg.workato.com",
                "app.au.workato.com",
            ),
            names={
                "au": "app.au.workato.com",
                "eu": "app.eu.workato.com",
                "jp": "app.jp.workato.com",
                "sg": "app.sg.workato.com",
                "us": "www.workato.com",
            },
        ),
    }
    pagination: ClassVar[dict[str, Paging]] = {
        "list_api_access_profiles": Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
        ),
        "list_api_collections": Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
        ),
        "list_api_endpoints": Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
        ),
    }

    def iter_list_api_access_profiles(self, **params: Any) -> Iterator[AccessProfile]:
        """Every item of ``list_api_access_profiles`` (List access profiles), fetching pages as needed.

        Takes ``list_api_access_profiles.sync``'s keyword arguments; the paging ones set where to start.
        Raises the typed errors of ``_runtime.errors`` like ``sync`` does.
        """
        return iterate(_list_api_access_profiles.sync, self, self.pagination["list_api_access_profiles"], params)

    def aiter_list_api_access_profiles(self, **params: Any) -> AsyncIterator[AccessProfile]:
        """``iter_list_api_access_profiles`` for ``async for``."""
        return aiterate(_list_api_access_profiles.asyncio, self, self.pagination["list_api_access_profiles"], params)

    def iter_list_api_collections(self, **params: Any) -> Iterator[ApiCollection]:
        """Every item of ``list_api_collections`` (List API collections), fetching pages as needed.

        Takes ``list_api_collections.sync``'s keyword arguments; the paging ones set where to start.
        Raises the typed errors of ``_runtime.errors`` like ``sync`` does.
        """
        return iterate(_list_api_collections.sync, self, self.pagination["list_api_collections"], params)

    def aiter_list_api_collections(self, **params: Any) -> AsyncIterator[ApiCollection]:
        """``iter_list_api_collections`` for ``async for``."""
        return aiterate(_list_api_collections.asyncio, self, self.pagination["list_api_collections"], params)

    def iter_list_api_endpoints(self, **params: Any) -> Iterator[ApiEndpoint]:
        """Every item of ``list_api_endpoints`` (List API endpoints), fetching pages as needed.

        Takes ``list_api_endpoints.sync``'s keyword arguments; the paging ones set where to start.
        Raises the typed errors of ``_runtime.errors`` like ``sync`` does.
        """
        return iterate(_list_api_endpoints.sync, self, self.pagination["list_api_endpoints"], params)

    def aiter_list_api_endpoints(self, **params: Any) -> AsyncIterator[ApiEndpoint]:
        """``iter_list_api_endpoints`` for ``async for``."""
        return aiterate(_list_api_endpoints.asyncio, self, self.pagination["list_api_endpoints"], params)
