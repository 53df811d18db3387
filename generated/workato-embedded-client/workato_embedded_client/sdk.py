"""Workato Embedded Partner API client with the vendor's authentication and servers built in.

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


@define(repr=False)
class WorkatoEmbeddedClient(ApiClient):
    """Client for the Workato Embedded Partner API.

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
        "list_all_connectors": Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="items",
        ),
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
            items="result",
        ),
        "list_api_endpoints": Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="result",
        ),
        "list_customers": Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="result",
        ),
        "list_folders": Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="result",
        ),
        "list_lookup_table_rows": Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="result",
        ),
        "list_lookup_tables": Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="result",
        ),
        "list_recipes": Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
            items="result",
        ),
        "list_roles": Paging(
            style="page",
            size_param="per_page",
            max_size=100,
            page_param="page",
        ),
        "search_public_recipes": Paging(
            style="page",
            size_param="per_page",
            max_size=20,
            page_param="page",
            first_page=0,
            items="items",
        ),
    }

    def iter_list_all_connectors(self, **params: Any) -> Iterator[Connector]:
        """Every item of ``list_all_connectors`` (List all connectors), fetching pages as needed.

        Takes ``list_all_connectors.sync``'s keyword arguments; the paging ones set where to start.
        Raises the typed errors of ``_runtime.errors`` like ``sync`` does.
        """
        return iterate(_list_all_connectors.sync, self, self.pagination["list_all_connectors"], params)

    def aiter_list_all_connectors(self, **params: Any) -> AsyncIterator[Connector]:
        """``iter_list_all_connectors`` for ``async for``."""
        return aiterate(_list_all_connectors.asyncio, self, self.pagination["list_all_connectors"], params)

    def iter_list_api_access_profiles(self, **params: Any) -> Iterator[ApiAccessProfile]:
        """Every item of ``list_api_access_profiles`` (List access profiles in a customer account), fetching pages as needed.

        Takes ``list_api_access_profiles.sync``'s keyword arguments; the paging ones set where to start.
        Raises the typed errors of ``_runtime.errors`` like ``sync`` does.
        """
        return iterate(_list_api_access_profiles.sync, self, self.pagination["list_api_access_profiles"], params)

    def aiter_list_api_access_profiles(self, **params: Any) -> AsyncIterator[ApiAccessProfile]:
        """``iter_list_api_access_profiles`` for ``async for``."""
        return aiterate(_list_api_access_profiles.asyncio, self, self.pagination["list_api_access_profiles"], params)

    def iter_list_api_collections(self, **params: Any) -> Iterator[ApiCollection]:
        """Every item of ``list_api_collections`` (List API collections in a customer account), fetching pages as needed.

        Takes ``list_api_collections.sync``'s keyword arguments; the paging ones set where to start.
        Raises the typed errors of ``_runtime.errors`` like ``sync`` does.
        """
        return iterate(_list_api_collections.sync, self, self.pagination["list_api_collections"], params)

    def aiter_list_api_collections(self, **params: Any) -> AsyncIterator[ApiCollection]:
        """``iter_list_api_collections`` for ``async for``."""
        return aiterate(_list_api_collections.asyncio, self, self.pagination["list_api_collections"], params)

    def iter_list_api_endpoints(self, **params: Any) -> Iterator[ApiEndpoint]:
        """Every item of ``list_api_endpoints`` (List API endpoints in a customer account), fetching pages as needed.

        Takes ``list_api_endpoints.sync``'s keyword arguments; the paging ones set where to start.
        Raises the typed errors of ``_runtime.errors`` like ``sync`` does.
        """
        return iterate(_list_api_endpoints.sync, self, self.pagination["list_api_endpoints"], params)

    def aiter_list_api_endpoints(self, **params: Any) -> AsyncIterator[ApiEndpoint]:
        """``iter_list_api_endpoints`` for ``async for``."""
        return aiterate(_list_api_endpoints.asyncio, self, self.pagination["list_api_endpoints"], params)

    def iter_list_customers(self, **params: Any) -> Iterator[Customer]:
        """Every item of ``list_customers`` (List customer accounts), fetching pages as needed.

        Takes ``list_customers.sync``'s keyword arguments; the paging ones set where to start.
        Raises the typed errors of ``_runtime.errors`` like ``sync`` does.
        """
        return iterate(_list_customers.sync, self, self.pagination["list_customers"], params)

    def aiter_list_customers(self, **params: Any) -> AsyncIterator[Customer]:
        """``iter_list_customers`` for ``async for``."""
        return aiterate(_list_customers.asyncio, self, self.pagination["list_customers"], params)

    def iter_list_folders(self, **params: Any) -> Iterator[Folder]:
        """Every item of ``list_folders`` (List folders in a customer account), fetching pages as needed.

        Takes ``list_folders.sync``'s keyword arguments; the paging ones set where to start.
        Raises the typed errors of ``_runtime.errors`` like ``sync`` does.
        """
        return iterate(_list_folders.sync, self, self.pagination["list_folders"], params)

    def aiter_list_folders(self, **params: Any) -> AsyncIterator[Folder]:
        """``iter_list_folders`` for ``async for``."""
        return aiterate(_list_folders.asyncio, self, self.pagination["list_folders"], params)

    def iter_list_lookup_table_rows(self, **params: Any) -> Iterator[LookupTableRow]:
        """Every item of ``list_lookup_table_rows`` (List rows of a lookup table), fetching pages as needed.

        Takes ``list_lookup_table_rows.sync``'s keyword arguments; the paging ones set where to start.
        Raises the typed errors of ``_runtime.errors`` like ``sync`` does.
        """
        return iterate(_list_lookup_table_rows.sync, self, self.pagination["list_lookup_table_rows"], params)

    def aiter_list_lookup_table_rows(self, **params: Any) -> AsyncIterator[LookupTableRow]:
        """``iter_list_lookup_table_rows`` for ``async for``."""
        return aiterate(_list_lookup_table_rows.asyncio, self, self.pagination["list_lookup_table_rows"], params)

    def iter_list_lookup_tables(self, **params: Any) -> Iterator[LookupTable]:
        """Every item of ``list_lookup_tables`` (List lookup tables in a customer account), fetching pages as needed.

        Takes ``list_lookup_tables.sync``'s keyword arguments; the paging ones set where to start.
        Raises the typed errors of ``_runtime.errors`` like ``sync`` does.
        """
        return iterate(_list_lookup_tables.sync, self, self.pagination["list_lookup_tables"], params)

    def aiter_list_lookup_tables(self, **params: Any) -> AsyncIterator[LookupTable]:
        """``iter_list_lookup_tables`` for ``async for``."""
        return aiterate(_list_lookup_tables.asyncio, self, self.pagination["list_lookup_tables"], params)

    def iter_list_recipes(self, **params: Any) -> Iterator[Recipe]:
        """Every item of ``list_recipes`` (List recipes in a customer account), fetching pages as needed.

        Takes ``list_recipes.sync``'s keyword arguments; the paging ones set where to start.
        Raises the typed errors of ``_runtime.errors`` like ``sync`` does.
        """
        return iterate(_list_recipes.sync, self, self.pagination["list_recipes"], params)

    def aiter_list_recipes(self, **params: Any) -> AsyncIterator[Recipe]:
        """``iter_list_recipes`` for ``async for``."""
        return aiterate(_list_recipes.asyncio, self, self.pagination["list_recipes"], params)

    def iter_list_roles(self, **params: Any) -> Iterator[Role]:
        """Every item of ``list_roles`` (List the custom roles of a customer account), fetching pages as needed.

        Takes ``list_roles.sync``'s keyword arguments; the paging ones set where to start.
        Raises the typed errors of ``_runtime.errors`` like ``sync`` does.
        """
        return iterate(_list_roles.sync, self, self.pagination["list_roles"], params)

    def aiter_list_roles(self, **params: Any) -> AsyncIterator[Role]:
        """``iter_list_roles`` for ``async for``."""
        return aiterate(_list_roles.asyncio, self, self.pagination["list_roles"], params)

    def iter_search_public_recipes(self, **params: Any) -> Iterator[PublicRecipe]:
        """Every item of ``search_public_recipes`` (Search for public recipes), fetching pages as needed.

        Takes ``search_public_recipes.sync``'s keyword arguments; the paging ones set where to start.
        Raises the typed errors of ``_runtime.errors`` like ``sync`` does.
        """
        return iterate(_search_public_recipes.sync, self, self.pagination["search_public_recipes"], params)

    def aiter_search_public_recipes(self, **params: Any) -> AsyncIterator[PublicRecipe]:
        """``iter_search_public_recipes`` for ``async for``."""
        return aiterate(_search_public_recipes.asyncio, self, self.pagination["search_public_recipes"], params)
