from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.connection_list import ConnectionList
from ...models.error import Error
from ...models.list_connections_includes_item import ListConnectionsIncludesItem
from ...models.server_error import ServerError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    managed_user_id: str,
    *,
    provider: str | Unset = UNSET,
    folder_id: int | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    include_runtime_connections: bool | Unset = UNSET,
    includes: list[ListConnectionsIncludesItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["provider"] = provider

    params["folder_id"] = folder_id

    params["parent_id"] = parent_id

    params["external_id"] = external_id

    params["include_runtime_connections"] = include_runtime_connections

    json_includes: list[str] | Unset = UNSET
    if not isinstance(includes, Unset):
        json_includes = []
        for includes_item_data in includes:
            includes_item = includes_item_data.value
            json_includes.append(includes_item)

    params["includes[]"] = json_includes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/managed_users/{managed_user_id}/connections".format(
            managed_user_id=quote(str(managed_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectionList | Error | ServerError | None:
    if response.status_code == 200:
        response_200 = ConnectionList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConnectionList | Error | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> ConnectionList:
    if response.status_code == 200:
        response_200 = ConnectionList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    managed_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
    folder_id: int | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    include_runtime_connections: bool | Unset = UNSET,
    includes: list[ListConnectionsIncludesItem] | Unset = UNSET,
) -> Response[ConnectionList | Error | ServerError]:
    """List connections in a customer account

     Every connection of the customer, optionally filtered. The filters compare by equality.
    The page documents no paging for this list.

    Args:
        managed_user_id (str):
        provider (str | Unset):
        folder_id (int | Unset): Workato assigns integer ids.
        parent_id (int | Unset): Workato assigns integer ids.
        external_id (str | Unset):
        include_runtime_connections (bool | Unset): Default: `false` (the server's, when not
            sent).
        includes (list[ListConnectionsIncludesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[ConnectionList | Error | ServerError]
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        provider=provider,
        folder_id=folder_id,
        parent_id=parent_id,
        external_id=external_id,
        include_runtime_connections=include_runtime_connections,
        includes=includes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    managed_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
    folder_id: int | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    include_runtime_connections: bool | Unset = UNSET,
    includes: list[ListConnectionsIncludesItem] | Unset = UNSET,
) -> ConnectionList:
    """List connections in a customer account

     Every connection of the customer, optionally filtered. The filters compare by equality.
    The page documents no paging for this list.

    Args:
        managed_user_id (str):
        provider (str | Unset):
        folder_id (int | Unset): Workato assigns integer ids.
        parent_id (int | Unset): Workato assigns integer ids.
        external_id (str | Unset):
        include_runtime_connections (bool | Unset): Default: `false` (the server's, when not
            sent).
        includes (list[ListConnectionsIncludesItem] | Unset):

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        ConnectionList
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        provider=provider,
        folder_id=folder_id,
        parent_id=parent_id,
        external_id=external_id,
        include_runtime_connections=include_runtime_connections,
        includes=includes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)


async def asyncio_detailed(
    managed_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
    folder_id: int | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    include_runtime_connections: bool | Unset = UNSET,
    includes: list[ListConnectionsIncludesItem] | Unset = UNSET,
) -> Response[ConnectionList | Error | ServerError]:
    """List connections in a customer account

     Every connection of the customer, optionally filtered. The filters compare by equality.
    The page documents no paging for this list.

    Args:
        managed_user_id (str):
        provider (str | Unset):
        folder_id (int | Unset): Workato assigns integer ids.
        parent_id (int | Unset): Workato assigns integer ids.
        external_id (str | Unset):
        include_runtime_connections (bool | Unset): Default: `false` (the server's, when not
            sent).
        includes (list[ListConnectionsIncludesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[ConnectionList | Error | ServerError]
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        provider=provider,
        folder_id=folder_id,
        parent_id=parent_id,
        external_id=external_id,
        include_runtime_connections=include_runtime_connections,
        includes=includes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    managed_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
    folder_id: int | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    include_runtime_connections: bool | Unset = UNSET,
    includes: list[ListConnectionsIncludesItem] | Unset = UNSET,
) -> ConnectionList:
    """List connections in a customer account

     Every connection of the customer, optionally filtered. The filters compare by equality.
    The page documents no paging for this list.

    Args:
        managed_user_id (str):
        provider (str | Unset):
        folder_id (int | Unset): Workato assigns integer ids.
        parent_id (int | Unset): Workato assigns integer ids.
        external_id (str | Unset):
        include_runtime_connections (bool | Unset): Default: `false` (the server's, when not
            sent).
        includes (list[ListConnectionsIncludesItem] | Unset):

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        ConnectionList
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        provider=provider,
        folder_id=folder_id,
        parent_id=parent_id,
        external_id=external_id,
        include_runtime_connections=include_runtime_connections,
        includes=includes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
