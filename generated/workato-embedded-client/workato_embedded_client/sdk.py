"""Workato Embedded Partner API clients with the vendor's authentication and servers built in.

``WorkatoEmbeddedClient`` and ``AsyncWorkatoEmbeddedClient`` have the same settings and the same resources, one
per tag of the spec (``client.<tag>.<method>(...)``); the async one's methods are coroutines and its
paging iterators are async iterators.
Generated from the spec by scripts/generate.py using overrides/sdk/sdk.py.jinja; do not edit.
"""

import datetime
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
from .api.connectors import list_all_connectors as _list_all_connectors
from .api.customers import list_customers as _list_customers
from .api.folders import list_folders as _list_folders
from .api.lookup_tables import list_lookup_table_rows as _list_lookup_table_rows
from .api.lookup_tables import list_lookup_tables as _list_lookup_tables
from .api.recipes import list_recipes as _list_recipes
from .api.recipes import search_public_recipes as _search_public_recipes
from .api.roles import list_roles as _list_roles
from .models import (
    ApiAccessProfile,
    ApiCollection,
    ApiEndpoint,
    Connector,
    Customer,
    Folder,
    LookupTable,
    LookupTableRow,
    PublicRecipe,
    Recipe,
    Role,
)
from .models.api_access_profile import ApiAccessProfile
from .models.api_collection import ApiCollection
from .models.connector_names import ConnectorNames
from .models.customer import Customer
from .models.folder import Folder
from .models.list_recipes_includes_item import ListRecipesIncludesItem
from .models.list_recipes_order import ListRecipesOrder
from .models.lookup_table_row import LookupTableRow
from .models.recipe import Recipe
from .models.role import Role
from .models.stop_cause import StopCause
from .resources import (
    ApiAccessProfilesResource,
    ApiClientsResource,
    ApiCollectionsResource,
    ApiEndpointsResource,
    AsyncApiAccessProfilesResource,
    AsyncApiClientsResource,
    AsyncApiCollectionsResource,
    AsyncApiEndpointsResource,
    AsyncCollaboratorsResource,
    AsyncConnectionsResource,
    AsyncConnectorsResource,
    AsyncCustomConnectorsResource,
    AsyncCustomerManagersResource,
    AsyncCustomersResource,
    AsyncCustomOauthProfilesResource,
    AsyncFoldersResource,
    AsyncJobsResource,
    AsyncJwtDirectLinkResource,
    AsyncLookupTablesResource,
    AsyncMembersResource,
    AsyncPicklistsResource,
    AsyncPropertiesResource,
    AsyncRecipeLifecycleResource,
    AsyncRecipesResource,
    AsyncRolesResource,
    CollaboratorsResource,
    ConnectionsResource,
    ConnectorsResource,
    CustomConnectorsResource,
    CustomerManagersResource,
    CustomersResource,
    CustomOauthProfilesResource,
    FoldersResource,
    JobsResource,
    JwtDirectLinkResource,
    LookupTablesResource,
    MembersResource,
    PicklistsResource,
    PropertiesResource,
    RecipeLifecycleResource,
    RecipesResource,
    RolesResource,
)
from .types import UNSET, Unset


@define(repr=False)
class BaseWorkatoEmbeddedClient(_ApiClient):
    """What ``WorkatoEmbeddedClient`` and ``AsyncWorkatoEmbeddedClient`` share: credential, servers, retries, timeouts.

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
        "list_all_connectors": _Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="items",
        ),
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
            items="result",
        ),
        "list_api_endpoints": _Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="result",
        ),
        "list_customers": _Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="result",
        ),
        "list_folders": _Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="result",
        ),
        "list_lookup_table_rows": _Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="result",
        ),
        "list_lookup_tables": _Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="result",
        ),
        "list_recipes": _Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="result",
        ),
        "list_roles": _Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
        ),
        "search_public_recipes": _Paging(
            style="page",
            size_param="per_page",
            max_size=20,
            page_param="page",
            first_page=0,
            items="items",
        ),
    }

    def iter_list_all_connectors(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Iterator[Connector]:
        """Every item of ``list_all_connectors`` (List all connectors), fetching pages as needed.

        The same as ``client.connectors.list_all_all(...)`` of the resources.
        """
        return iterate(
            _list_all_connectors.sync,
            self,
            self.pagination["list_all_connectors"],
            {
                "page": page,
                "per_page": per_page,
            },
        )

    def aiter_list_all_connectors(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncIterator[Connector]:
        """``iter_list_all_connectors`` for ``async for``."""
        return aiterate(
            _list_all_connectors.asyncio,
            self,
            self.pagination["list_all_connectors"],
            {
                "page": page,
                "per_page": per_page,
            },
        )

    def iter_list_api_access_profiles(
        self,
        managed_user_id: str,
        *,
        api_client_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[ApiAccessProfile]:
        """Every item of ``list_api_access_profiles`` (List access profiles in a customer account), fetching pages as needed.

        The same as ``client.api_access_profiles.list_all(...)`` of the resources.
        """
        return iterate(
            _list_api_access_profiles.sync,
            self,
            self.pagination["list_api_access_profiles"],
            {
                "managed_user_id": managed_user_id,
                "api_client_id": api_client_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def aiter_list_api_access_profiles(
        self,
        managed_user_id: str,
        *,
        api_client_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> AsyncIterator[ApiAccessProfile]:
        """``iter_list_api_access_profiles`` for ``async for``."""
        return aiterate(
            _list_api_access_profiles.asyncio,
            self,
            self.pagination["list_api_access_profiles"],
            {
                "managed_user_id": managed_user_id,
                "api_client_id": api_client_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def iter_list_api_collections(
        self,
        managed_user_id: str,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[ApiCollection]:
        """Every item of ``list_api_collections`` (List API collections in a customer account), fetching pages as needed.

        The same as ``client.api_collections.list_all(...)`` of the resources.
        """
        return iterate(
            _list_api_collections.sync,
            self,
            self.pagination["list_api_collections"],
            {
                "managed_user_id": managed_user_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def aiter_list_api_collections(
        self,
        managed_user_id: str,
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
                "managed_user_id": managed_user_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def iter_list_api_endpoints(
        self,
        managed_user_id: str,
        *,
        api_collection_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[ApiEndpoint]:
        """Every item of ``list_api_endpoints`` (List API endpoints in a customer account), fetching pages as needed.

        The same as ``client.api_endpoints.list_all(...)`` of the resources.
        """
        return iterate(
            _list_api_endpoints.sync,
            self,
            self.pagination["list_api_endpoints"],
            {
                "managed_user_id": managed_user_id,
                "api_collection_id": api_collection_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def aiter_list_api_endpoints(
        self,
        managed_user_id: str,
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
                "managed_user_id": managed_user_id,
                "api_collection_id": api_collection_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def iter_list_customers(
        self,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[Customer]:
        """Every item of ``list_customers`` (List customer accounts), fetching pages as needed.

        The same as ``client.customers.list_all(...)`` of the resources.
        """
        return iterate(
            _list_customers.sync,
            self,
            self.pagination["list_customers"],
            {
                "per_page": per_page,
                "page": page,
            },
        )

    def aiter_list_customers(
        self,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> AsyncIterator[Customer]:
        """``iter_list_customers`` for ``async for``."""
        return aiterate(
            _list_customers.asyncio,
            self,
            self.pagination["list_customers"],
            {
                "per_page": per_page,
                "page": page,
            },
        )

    def iter_list_folders(
        self,
        managed_user_id: str,
        *,
        parent_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[Folder]:
        """Every item of ``list_folders`` (List folders in a customer account), fetching pages as needed.

        The same as ``client.folders.list_all(...)`` of the resources.
        """
        return iterate(
            _list_folders.sync,
            self,
            self.pagination["list_folders"],
            {
                "managed_user_id": managed_user_id,
                "parent_id": parent_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def aiter_list_folders(
        self,
        managed_user_id: str,
        *,
        parent_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> AsyncIterator[Folder]:
        """``iter_list_folders`` for ``async for``."""
        return aiterate(
            _list_folders.asyncio,
            self,
            self.pagination["list_folders"],
            {
                "managed_user_id": managed_user_id,
                "parent_id": parent_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def iter_list_lookup_table_rows(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Iterator[LookupTableRow]:
        """Every item of ``list_lookup_table_rows`` (List rows of a lookup table), fetching pages as needed.

        The same as ``client.lookup_tables.list_rows_all(...)`` of the resources.
        """
        return iterate(
            _list_lookup_table_rows.sync,
            self,
            self.pagination["list_lookup_table_rows"],
            {
                "managed_user_id": managed_user_id,
                "lookup_table_id": lookup_table_id,
                "page": page,
                "per_page": per_page,
            },
        )

    def aiter_list_lookup_table_rows(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncIterator[LookupTableRow]:
        """``iter_list_lookup_table_rows`` for ``async for``."""
        return aiterate(
            _list_lookup_table_rows.asyncio,
            self,
            self.pagination["list_lookup_table_rows"],
            {
                "managed_user_id": managed_user_id,
                "lookup_table_id": lookup_table_id,
                "page": page,
                "per_page": per_page,
            },
        )

    def iter_list_lookup_tables(
        self,
        managed_user_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Iterator[LookupTable]:
        """Every item of ``list_lookup_tables`` (List lookup tables in a customer account), fetching pages as needed.

        The same as ``client.lookup_tables.list_all(...)`` of the resources.
        """
        return iterate(
            _list_lookup_tables.sync,
            self,
            self.pagination["list_lookup_tables"],
            {
                "managed_user_id": managed_user_id,
                "page": page,
                "per_page": per_page,
            },
        )

    def aiter_list_lookup_tables(
        self,
        managed_user_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncIterator[LookupTable]:
        """``iter_list_lookup_tables`` for ``async for``."""
        return aiterate(
            _list_lookup_tables.asyncio,
            self,
            self.pagination["list_lookup_tables"],
            {
                "managed_user_id": managed_user_id,
                "page": page,
                "per_page": per_page,
            },
        )

    def iter_list_recipes(
        self,
        managed_user_id: str,
        *,
        adapter_names_all: str | Unset = UNSET,
        adapter_names_any: str | Unset = UNSET,
        folder_id: int | Unset = UNSET,
        running: bool | Unset = UNSET,
        since_id: int | Unset = UNSET,
        stopped_after: datetime.datetime | Unset = UNSET,
        stop_cause: StopCause | Unset = UNSET,
        updated_after: datetime.datetime | Unset = UNSET,
        order: ListRecipesOrder | Unset = UNSET,
        includes: list[ListRecipesIncludesItem] | Unset = UNSET,
        exclude_code: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Iterator[Recipe]:
        """Every item of ``list_recipes`` (List recipes in a customer account), fetching pages as needed.

        The same as ``client.recipes.list_all(...)`` of the resources.
        """
        return iterate(
            _list_recipes.sync,
            self,
            self.pagination["list_recipes"],
            {
                "managed_user_id": managed_user_id,
                "adapter_names_all": adapter_names_all,
                "adapter_names_any": adapter_names_any,
                "folder_id": folder_id,
                "running": running,
                "since_id": since_id,
                "stopped_after": stopped_after,
                "stop_cause": stop_cause,
                "updated_after": updated_after,
                "order": order,
                "includes": includes,
                "exclude_code": exclude_code,
                "page": page,
                "per_page": per_page,
            },
        )

    def aiter_list_recipes(
        self,
        managed_user_id: str,
        *,
        adapter_names_all: str | Unset = UNSET,
        adapter_names_any: str | Unset = UNSET,
        folder_id: int | Unset = UNSET,
        running: bool | Unset = UNSET,
        since_id: int | Unset = UNSET,
        stopped_after: datetime.datetime | Unset = UNSET,
        stop_cause: StopCause | Unset = UNSET,
        updated_after: datetime.datetime | Unset = UNSET,
        order: ListRecipesOrder | Unset = UNSET,
        includes: list[ListRecipesIncludesItem] | Unset = UNSET,
        exclude_code: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncIterator[Recipe]:
        """``iter_list_recipes`` for ``async for``."""
        return aiterate(
            _list_recipes.asyncio,
            self,
            self.pagination["list_recipes"],
            {
                "managed_user_id": managed_user_id,
                "adapter_names_all": adapter_names_all,
                "adapter_names_any": adapter_names_any,
                "folder_id": folder_id,
                "running": running,
                "since_id": since_id,
                "stopped_after": stopped_after,
                "stop_cause": stop_cause,
                "updated_after": updated_after,
                "order": order,
                "includes": includes,
                "exclude_code": exclude_code,
                "page": page,
                "per_page": per_page,
            },
        )

    def iter_list_roles(
        self,
        managed_user_id: str,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[Role]:
        """Every item of ``list_roles`` (List the custom roles of a customer account), fetching pages as needed.

        The same as ``client.roles.list_all(...)`` of the resources.
        """
        return iterate(
            _list_roles.sync,
            self,
            self.pagination["list_roles"],
            {
                "managed_user_id": managed_user_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def aiter_list_roles(
        self,
        managed_user_id: str,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> AsyncIterator[Role]:
        """``iter_list_roles`` for ``async for``."""
        return aiterate(
            _list_roles.asyncio,
            self,
            self.pagination["list_roles"],
            {
                "managed_user_id": managed_user_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def iter_search_public_recipes(
        self,
        *,
        body: ConnectorNames,
        term: str | Unset = UNSET,
        boost_owned: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Iterator[PublicRecipe]:
        """Every item of ``search_public_recipes`` (Search for public recipes), fetching pages as needed.

        The same as ``client.recipes.search_public_all(...)`` of the resources.
        """
        return iterate(
            _search_public_recipes.sync,
            self,
            self.pagination["search_public_recipes"],
            {
                "body": body,
                "term": term,
                "boost_owned": boost_owned,
                "page": page,
                "per_page": per_page,
                "body": body,
            },
        )

    def aiter_search_public_recipes(
        self,
        *,
        body: ConnectorNames,
        term: str | Unset = UNSET,
        boost_owned: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncIterator[PublicRecipe]:
        """``iter_search_public_recipes`` for ``async for``."""
        return aiterate(
            _search_public_recipes.asyncio,
            self,
            self.pagination["search_public_recipes"],
            {
                "body": body,
                "term": term,
                "boost_owned": boost_owned,
                "page": page,
                "per_page": per_page,
                "body": body,
            },
        )


@define(repr=False)
class WorkatoEmbeddedClient(BaseWorkatoEmbeddedClient):
    """Client for the Workato Embedded Partner API: ``client.<tag>.<method>(...)``.

    Resources:
        ``api_access_profiles``: ``list``, ``create``, ``update``, ``enable``, ``disable``, ``refresh_secret`` (and ``list_all``)
        ``api_clients``: ``list``, ``create``
        ``api_collections``: ``list``, ``create`` (and ``list_all``)
        ``api_endpoints``: ``list``, ``enable``, ``disable`` (and ``list_all``)
        ``collaborators``: ``invite``
        ``connections``: ``list``, ``create``, ``update``, ``delete``, ``disconnect``
        ``connectors``: ``get_metadata``, ``list_all`` (and ``list_all_all``)
        ``custom_connectors``: ``list``, ``get``, ``share_version``, ``suppress_version``, ``share_recipe``
        ``custom_oauth_profiles``: ``assign``, ``unassign``
        ``customer_managers``: ``list``, ``create``, ``update``, ``delete``
        ``customers``: ``list``, ``create``, ``get_usage``, ``get``, ``update``, ``delete`` (and ``list_all``)
        ``folders``: ``list``, ``create`` (and ``list_all``)
        ``jobs``: ``list``, ``get``
        ``jwt_direct_link``: ``update_signature_verification_key``
        ``lookup_tables``: ``list``, ``create``, ``batch_delete``, ``look_up_row``, ``list_rows``, ``add_row``, ``get_row``, ``update_row``, ``delete_row`` (and ``list_all``) (and ``list_rows_all``)
        ``members``: ``list``, ``add``, ``get``, ``update``, ``remove``
        ``picklists``: ``list_values``
        ``properties``: ``list``, ``upsert``
        ``recipe_lifecycle``: ``create_export_manifest``, ``get_export_manifest``, ``update_export_manifest``, ``get_export_status``, ``export_package``, ``import_package``, ``get_import_status``
        ``recipes``: ``list``, ``create``, ``get``, ``update``, ``delete``, ``search_public``, ``start``, ``stop`` (and ``list_all``) (and ``search_public_all``)
        ``roles``: ``list``, ``copy`` (and ``list_all``)

    Settings as ``BaseWorkatoEmbeddedClient``: the credential, servers, ``timeout``, retries.
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
    collaborators: CollaboratorsResource = field(
        init=False, repr=False, eq=False, default=_Factory(CollaboratorsResource, takes_self=True)
    )
    connections: ConnectionsResource = field(
        init=False, repr=False, eq=False, default=_Factory(ConnectionsResource, takes_self=True)
    )
    connectors: ConnectorsResource = field(
        init=False, repr=False, eq=False, default=_Factory(ConnectorsResource, takes_self=True)
    )
    custom_connectors: CustomConnectorsResource = field(
        init=False, repr=False, eq=False, default=_Factory(CustomConnectorsResource, takes_self=True)
    )
    custom_oauth_profiles: CustomOauthProfilesResource = field(
        init=False, repr=False, eq=False, default=_Factory(CustomOauthProfilesResource, takes_self=True)
    )
    customer_managers: CustomerManagersResource = field(
        init=False, repr=False, eq=False, default=_Factory(CustomerManagersResource, takes_self=True)
    )
    customers: CustomersResource = field(
        init=False, repr=False, eq=False, default=_Factory(CustomersResource, takes_self=True)
    )
    folders: FoldersResource = field(
        init=False, repr=False, eq=False, default=_Factory(FoldersResource, takes_self=True)
    )
    jobs: JobsResource = field(init=False, repr=False, eq=False, default=_Factory(JobsResource, takes_self=True))
    jwt_direct_link: JwtDirectLinkResource = field(
        init=False, repr=False, eq=False, default=_Factory(JwtDirectLinkResource, takes_self=True)
    )
    lookup_tables: LookupTablesResource = field(
        init=False, repr=False, eq=False, default=_Factory(LookupTablesResource, takes_self=True)
    )
    members: MembersResource = field(
        init=False, repr=False, eq=False, default=_Factory(MembersResource, takes_self=True)
    )
    picklists: PicklistsResource = field(
        init=False, repr=False, eq=False, default=_Factory(PicklistsResource, takes_self=True)
    )
    properties: PropertiesResource = field(
        init=False, repr=False, eq=False, default=_Factory(PropertiesResource, takes_self=True)
    )
    recipe_lifecycle: RecipeLifecycleResource = field(
        init=False, repr=False, eq=False, default=_Factory(RecipeLifecycleResource, takes_self=True)
    )
    recipes: RecipesResource = field(
        init=False, repr=False, eq=False, default=_Factory(RecipesResource, takes_self=True)
    )
    roles: RolesResource = field(init=False, repr=False, eq=False, default=_Factory(RolesResource, takes_self=True))


@define(repr=False)
class AsyncWorkatoEmbeddedClient(BaseWorkatoEmbeddedClient):
    """Async client for the Workato Embedded Partner API: ``client.<tag>.<method>(...)``, awaited.

    Resources:
        ``api_access_profiles``: ``list``, ``create``, ``update``, ``enable``, ``disable``, ``refresh_secret`` (and ``list_all``)
        ``api_clients``: ``list``, ``create``
        ``api_collections``: ``list``, ``create`` (and ``list_all``)
        ``api_endpoints``: ``list``, ``enable``, ``disable`` (and ``list_all``)
        ``collaborators``: ``invite``
        ``connections``: ``list``, ``create``, ``update``, ``delete``, ``disconnect``
        ``connectors``: ``get_metadata``, ``list_all`` (and ``list_all_all``)
        ``custom_connectors``: ``list``, ``get``, ``share_version``, ``suppress_version``, ``share_recipe``
        ``custom_oauth_profiles``: ``assign``, ``unassign``
        ``customer_managers``: ``list``, ``create``, ``update``, ``delete``
        ``customers``: ``list``, ``create``, ``get_usage``, ``get``, ``update``, ``delete`` (and ``list_all``)
        ``folders``: ``list``, ``create`` (and ``list_all``)
        ``jobs``: ``list``, ``get``
        ``jwt_direct_link``: ``update_signature_verification_key``
        ``lookup_tables``: ``list``, ``create``, ``batch_delete``, ``look_up_row``, ``list_rows``, ``add_row``, ``get_row``, ``update_row``, ``delete_row`` (and ``list_all``) (and ``list_rows_all``)
        ``members``: ``list``, ``add``, ``get``, ``update``, ``remove``
        ``picklists``: ``list_values``
        ``properties``: ``list``, ``upsert``
        ``recipe_lifecycle``: ``create_export_manifest``, ``get_export_manifest``, ``update_export_manifest``, ``get_export_status``, ``export_package``, ``import_package``, ``get_import_status``
        ``recipes``: ``list``, ``create``, ``get``, ``update``, ``delete``, ``search_public``, ``start``, ``stop`` (and ``list_all``) (and ``search_public_all``)
        ``roles``: ``list``, ``copy`` (and ``list_all``)

    Settings as ``BaseWorkatoEmbeddedClient``: the credential, servers, ``timeout``, retries.
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
    collaborators: AsyncCollaboratorsResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncCollaboratorsResource, takes_self=True)
    )
    connections: AsyncConnectionsResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncConnectionsResource, takes_self=True)
    )
    connectors: AsyncConnectorsResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncConnectorsResource, takes_self=True)
    )
    custom_connectors: AsyncCustomConnectorsResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncCustomConnectorsResource, takes_self=True)
    )
    custom_oauth_profiles: AsyncCustomOauthProfilesResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncCustomOauthProfilesResource, takes_self=True)
    )
    customer_managers: AsyncCustomerManagersResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncCustomerManagersResource, takes_self=True)
    )
    customers: AsyncCustomersResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncCustomersResource, takes_self=True)
    )
    folders: AsyncFoldersResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncFoldersResource, takes_self=True)
    )
    jobs: AsyncJobsResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncJobsResource, takes_self=True)
    )
    jwt_direct_link: AsyncJwtDirectLinkResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncJwtDirectLinkResource, takes_self=True)
    )
    lookup_tables: AsyncLookupTablesResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncLookupTablesResource, takes_self=True)
    )
    members: AsyncMembersResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncMembersResource, takes_self=True)
    )
    picklists: AsyncPicklistsResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncPicklistsResource, takes_self=True)
    )
    properties: AsyncPropertiesResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncPropertiesResource, takes_self=True)
    )
    recipe_lifecycle: AsyncRecipeLifecycleResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncRecipeLifecycleResource, takes_self=True)
    )
    recipes: AsyncRecipesResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncRecipesResource, takes_self=True)
    )
    roles: AsyncRolesResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncRolesResource, takes_self=True)
    )
