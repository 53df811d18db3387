"""Workato API Platform clients with the vendor's authentication and servers built in.

``WorkatoPlatformClient`` and ``AsyncWorkatoPlatformClient`` have the same settings and the same resources, one
per tag of the spec (``client.<tag>.<method>(...)``); the async one's methods are coroutines and its
paging iterators are async iterators.
Generated from the spec by scripts/generate.py using overrides/sdk/sdk.py.jinja; do not edit.
"""

from collections.abc import AsyncIterator, Iterator
from typing import ClassVar

from attrs import Factory as _Factory
from attrs import define, field

from ._runtime import ApiClient as _ApiClient
from ._runtime import ServerVariable as _ServerVariable
from ._runtime.pagination import Paging as _Paging
from ._runtime.pagination import aiterate, iterate
from .api.api_access_profiles import list_api_access_profiles as _list_api_access_profiles
from .api.api_collections import list_api_collections as _list_api_collections
from .api.api_endpoints import list_api_endpoints as _list_api_endpoints
from .api.api_keys import list_api_keys as _list_api_keys
from .api.v2_api_clients import list_v2_api_clients as _list_v2_api_clients
from .models import AccessProfile, ApiClientV2, ApiCollection, ApiEndpoint, ApiKey
from .models.access_profile import AccessProfile
from .models.api_collection import ApiCollection
from .models.api_endpoint import ApiEndpoint
from .resources import (
    ApiAccessProfilesResource,
    ApiClientsResource,
    ApiCollectionsResource,
    ApiEndpointsResource,
    ApiKeysResource,
    AsyncApiAccessProfilesResource,
    AsyncApiClientsResource,
    AsyncApiCollectionsResource,
    AsyncApiEndpointsResource,
    AsyncApiKeysResource,
    AsyncV2ApiClientsResource,
    V2ApiClientsResource,
)
from .types import UNSET, Unset


@define(repr=False)
class BaseWorkatoPlatformClient(_ApiClient):
    """What ``WorkatoPlatformClient`` and ``AsyncWorkatoPlatformClient`` share: credential, servers, retries, timeouts.

    Sends ``Authorization: Bearer {token}`` on every request, with ``{token}`` being
    ``api_token``. The base URL is ``https://{data_center}``, with
    ``data_center`` (default ``www.workato.com``): one of us, eu, jp, sg, au, il, cn, trial or a host name.
    Pass ``base_url=`` to use any other server (a fake, a proxy); it always wins.
    ``timeout`` is seconds or an ``httpx.Timeout`` (default: 5 s to connect, 30 s for the rest).
    """

    api_token: str = field(kw_only=True, repr=False)
    data_center: str | None = field(default=None, kw_only=True)

    credential_field: ClassVar[str] = "api_token"
    header_format: ClassVar[str] = "Bearer {token}"
    server_url: ClassVar[str] = "https://{data_center}"
    field_errors_at: ClassVar[str | None] = "/errors"
    server_variables: ClassVar[dict[str, _ServerVariable]] = {
        "data_center": _ServerVariable(
            default="www.workato.com",
            enum=(
                "www.workato.com",
                "app.eu.workato.com",
                "app.jp.workato.com",
                "app.sg.workato.com",
                "app.au.workato.com",
                "app.il.workato.com",
                "app.workatoapp.cn",
                "app.trial.workato.com",
            ),
            names={
                "au": "app.au.workato.com",
                "cn": "app.workatoapp.cn",
                "eu": "app.eu.workato.com",
                "il": "app.il.workato.com",
                "jp": "app.jp.workato.com",
                "sg": "app.sg.workato.com",
                "trial": "app.trial.workato.com",
                "us": "www.workato.com",
            },
            required=False,
        ),
    }
    pagination: ClassVar[dict[str, _Paging]] = {
        "list_api_access_profiles": _Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
        ),
        "list_api_collections": _Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
        ),
        "list_api_endpoints": _Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
        ),
        "list_api_keys": _Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="data",
        ),
        "list_v2_api_clients": _Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="data",
        ),
    }

    def iter_list_api_access_profiles(
        self,
        *,
        api_client_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[AccessProfile]:
        """Every item of ``list_api_access_profiles`` (List access profiles), fetching pages as needed.

        The same as ``client.api_access_profiles.list_all(...)`` of the resources.
        """
        return iterate(
            _list_api_access_profiles.sync,
            self,
            self.pagination["list_api_access_profiles"],
            {
                "api_client_id": api_client_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def aiter_list_api_access_profiles(
        self,
        *,
        api_client_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> AsyncIterator[AccessProfile]:
        """``iter_list_api_access_profiles`` for ``async for``."""
        return aiterate(
            _list_api_access_profiles.asyncio,
            self,
            self.pagination["list_api_access_profiles"],
            {
                "api_client_id": api_client_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def iter_list_api_collections(
        self,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[ApiCollection]:
        """Every item of ``list_api_collections`` (List API collections), fetching pages as needed.

        The same as ``client.api_collections.list_all(...)`` of the resources.
        """
        return iterate(
            _list_api_collections.sync,
            self,
            self.pagination["list_api_collections"],
            {
                "per_page": per_page,
                "page": page,
            },
        )

    def aiter_list_api_collections(
        self,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> AsyncIterator[ApiCollection]:
        """``iter_list_api_collections`` for ``async for``."""
        return aiterate(
            _list_api_collections.asyncio,
            self,
            self.pagination["list_api_collections"],
            {
                "per_page": per_page,
                "page": page,
            },
        )

    def iter_list_api_endpoints(
        self,
        *,
        api_collection_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[ApiEndpoint]:
        """Every item of ``list_api_endpoints`` (List API endpoints), fetching pages as needed.

        The same as ``client.api_endpoints.list_all(...)`` of the resources.
        """
        return iterate(
            _list_api_endpoints.sync,
            self,
            self.pagination["list_api_endpoints"],
            {
                "api_collection_id": api_collection_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def aiter_list_api_endpoints(
        self,
        *,
        api_collection_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> AsyncIterator[ApiEndpoint]:
        """``iter_list_api_endpoints`` for ``async for``."""
        return aiterate(
            _list_api_endpoints.asyncio,
            self,
            self.pagination["list_api_endpoints"],
            {
                "api_collection_id": api_collection_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def iter_list_api_keys(
        self,
        api_client_id: int,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[ApiKey]:
        """Every item of ``list_api_keys`` (List the API keys of a client), fetching pages as needed.

        The same as ``client.api_keys.list_all(...)`` of the resources.
        """
        return iterate(
            _list_api_keys.sync,
            self,
            self.pagination["list_api_keys"],
            {
                "api_client_id": api_client_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def aiter_list_api_keys(
        self,
        api_client_id: int,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> AsyncIterator[ApiKey]:
        """``iter_list_api_keys`` for ``async for``."""
        return aiterate(
            _list_api_keys.asyncio,
            self,
            self.pagination["list_api_keys"],
            {
                "api_client_id": api_client_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def iter_list_v2_api_clients(
        self,
        *,
        project_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        cert_bundle_ids: list[int] | Unset = UNSET,
    ) -> Iterator[ApiClientV2]:
        """Every item of ``list_v2_api_clients`` (List API clients (v2)), fetching pages as needed.

        The same as ``client.v2_api_clients.list_all(...)`` of the resources.
        """
        return iterate(
            _list_v2_api_clients.sync,
            self,
            self.pagination["list_v2_api_clients"],
            {
                "project_id": project_id,
                "per_page": per_page,
                "page": page,
                "cert_bundle_ids": cert_bundle_ids,
            },
        )

    def aiter_list_v2_api_clients(
        self,
        *,
        project_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        cert_bundle_ids: list[int] | Unset = UNSET,
    ) -> AsyncIterator[ApiClientV2]:
        """``iter_list_v2_api_clients`` for ``async for``."""
        return aiterate(
            _list_v2_api_clients.asyncio,
            self,
            self.pagination["list_v2_api_clients"],
            {
                "project_id": project_id,
                "per_page": per_page,
                "page": page,
                "cert_bundle_ids": cert_bundle_ids,
            },
        )


@define(repr=False)
class WorkatoPlatformClient(BaseWorkatoPlatformClient):
    """Client for the Workato API Platform: ``client.<tag>.<method>(...)``.

    Resources:
        ``api_access_profiles``: ``list``, ``create``, ``update``, ``enable``, ``disable``, ``refresh_secret`` (and ``list_all``)
        ``api_clients``: ``list``, ``create``
        ``api_collections``: ``list``, ``create`` (and ``list_all``)
        ``api_endpoints``: ``list``, ``enable``, ``disable`` (and ``list_all``)
        ``api_keys``: ``list``, ``create``, ``refresh_secret`` (and ``list_all``)
        ``v2_api_clients``: ``list``, ``create`` (and ``list_all``)

    Settings as ``BaseWorkatoPlatformClient``: the credential, servers, ``timeout``, retries.
    """

    api_access_profiles: ApiAccessProfilesResource = field(
        init=False, repr=False, eq=False, default=_Factory(ApiAccessProfilesResource, takes_self=True)
    )
    api_clients: ApiClientsResource = field(
        init=False, repr=False, eq=False, default=_Factory(ApiClientsResource, takes_self=True)
    )
    api_collections: ApiCollectionsResource = field(
        init=False, repr=False, eq=False, default=_Factory(ApiCollectionsResource, takes_self=True)
    )
    api_endpoints: ApiEndpointsResource = field(
        init=False, repr=False, eq=False, default=_Factory(ApiEndpointsResource, takes_self=True)
    )
    api_keys: ApiKeysResource = field(
        init=False, repr=False, eq=False, default=_Factory(ApiKeysResource, takes_self=True)
    )
    v2_api_clients: V2ApiClientsResource = field(
        init=False, repr=False, eq=False, default=_Factory(V2ApiClientsResource, takes_self=True)
    )


@define(repr=False)
class AsyncWorkatoPlatformClient(BaseWorkatoPlatformClient):
    """Async client for the Workato API Platform: ``client.<tag>.<method>(...)``, awaited.

    Resources:
        ``api_access_profiles``: ``list``, ``create``, ``update``, ``enable``, ``disable``, ``refresh_secret`` (and ``list_all``)
        ``api_clients``: ``list``, ``create``
        ``api_collections``: ``list``, ``create`` (and ``list_all``)
        ``api_endpoints``: ``list``, ``enable``, ``disable`` (and ``list_all``)
        ``api_keys``: ``list``, ``create``, ``refresh_secret`` (and ``list_all``)
        ``v2_api_clients``: ``list``, ``create`` (and ``list_all``)

    Settings as ``BaseWorkatoPlatformClient``: the credential, servers, ``timeout``, retries.
    """

    api_access_profiles: AsyncApiAccessProfilesResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncApiAccessProfilesResource, takes_self=True)
    )
    api_clients: AsyncApiClientsResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncApiClientsResource, takes_self=True)
    )
    api_collections: AsyncApiCollectionsResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncApiCollectionsResource, takes_self=True)
    )
    api_endpoints: AsyncApiEndpointsResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncApiEndpointsResource, takes_self=True)
    )
    api_keys: AsyncApiKeysResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncApiKeysResource, takes_self=True)
    )
    v2_api_clients: AsyncV2ApiClientsResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncV2ApiClientsResource, takes_self=True)
    )
