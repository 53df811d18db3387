from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.package import Package
from ...models.server_error import ServerError
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    managed_user_id: str,
    *,
    body: File,
    folder_id: int,
    restart_recipes: bool | Unset = UNSET,
    include_tags: bool | Unset = UNSET,
    folder_id_for_home_assets: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["folder_id"] = folder_id

    params["restart_recipes"] = restart_recipes

    params["include_tags"] = include_tags

    params["folder_id_for_home_assets"] = folder_id_for_home_assets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/managed_users/{managed_user_id}/imports".format(
            managed_user_id=quote(str(managed_user_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["content"] = body.payload if isinstance(body.payload, bytes) else body.payload.read()
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Package | ServerError | None:
    if response.status_code == 200:
        response_200 = Package.from_dict(response.json())

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
) -> Response[Error | Package | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> Package:
    if response.status_code == 200:
        response_200 = Package.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    managed_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    folder_id: int,
    restart_recipes: bool | Unset = UNSET,
    include_tags: bool | Unset = UNSET,
    folder_id_for_home_assets: int | Unset = UNSET,
) -> Response[Error | Package | ServerError]:
    """Import a package into a folder of a customer account

     Unpacks a package zip (as exported) into folder `folder_id`, asynchronously: the answer is a
    package `in_progress`; read it with `get_import_status` until `completed` or `failed`.
    Assets that already exist in the folder (same name and type) are updated, the others created.
    A package that is not a valid export zip ends `failed` with an `error`. When the import
    would change a running recipe, it ends `failed` unless `restart_recipes` is true.

    Args:
        managed_user_id (str):
        folder_id (int): Workato assigns integer ids.
        restart_recipes (bool | Unset): Default: `false` (the server's, when not sent).
        include_tags (bool | Unset): Default: `false` (the server's, when not sent).
        folder_id_for_home_assets (int | Unset): Workato assigns integer ids.
        body (File): The package zip; an empty body is no package.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | Package | ServerError]
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        body=body,
        folder_id=folder_id,
        restart_recipes=restart_recipes,
        include_tags=include_tags,
        folder_id_for_home_assets=folder_id_for_home_assets,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    managed_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    folder_id: int,
    restart_recipes: bool | Unset = UNSET,
    include_tags: bool | Unset = UNSET,
    folder_id_for_home_assets: int | Unset = UNSET,
) -> Package:
    """Import a package into a folder of a customer account

     Unpacks a package zip (as exported) into folder `folder_id`, asynchronously: the answer is a
    package `in_progress`; read it with `get_import_status` until `completed` or `failed`.
    Assets that already exist in the folder (same name and type) are updated, the others created.
    A package that is not a valid export zip ends `failed` with an `error`. When the import
    would change a running recipe, it ends `failed` unless `restart_recipes` is true.

    Args:
        managed_user_id (str):
        folder_id (int): Workato assigns integer ids.
        restart_recipes (bool | Unset): Default: `false` (the server's, when not sent).
        include_tags (bool | Unset): Default: `false` (the server's, when not sent).
        folder_id_for_home_assets (int | Unset): Workato assigns integer ids.
        body (File): The package zip; an empty body is no package.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Package
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        body=body,
        folder_id=folder_id,
        restart_recipes=restart_recipes,
        include_tags=include_tags,
        folder_id_for_home_assets=folder_id_for_home_assets,
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
    body: File,
    folder_id: int,
    restart_recipes: bool | Unset = UNSET,
    include_tags: bool | Unset = UNSET,
    folder_id_for_home_assets: int | Unset = UNSET,
) -> Response[Error | Package | ServerError]:
    """Import a package into a folder of a customer account

     Unpacks a package zip (as exported) into folder `folder_id`, asynchronously: the answer is a
    package `in_progress`; read it with `get_import_status` until `completed` or `failed`.
    Assets that already exist in the folder (same name and type) are updated, the others created.
    A package that is not a valid export zip ends `failed` with an `error`. When the import
    would change a running recipe, it ends `failed` unless `restart_recipes` is true.

    Args:
        managed_user_id (str):
        folder_id (int): Workato assigns integer ids.
        restart_recipes (bool | Unset): Default: `false` (the server's, when not sent).
        include_tags (bool | Unset): Default: `false` (the server's, when not sent).
        folder_id_for_home_assets (int | Unset): Workato assigns integer ids.
        body (File): The package zip; an empty body is no package.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | Package | ServerError]
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        body=body,
        folder_id=folder_id,
        restart_recipes=restart_recipes,
        include_tags=include_tags,
        folder_id_for_home_assets=folder_id_for_home_assets,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    managed_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    folder_id: int,
    restart_recipes: bool | Unset = UNSET,
    include_tags: bool | Unset = UNSET,
    folder_id_for_home_assets: int | Unset = UNSET,
) -> Package:
    """Import a package into a folder of a customer account

     Unpacks a package zip (as exported) into folder `folder_id`, asynchronously: the answer is a
    package `in_progress`; read it with `get_import_status` until `completed` or `failed`.
    Assets that already exist in the folder (same name and type) are updated, the others created.
    A package that is not a valid export zip ends `failed` with an `error`. When the import
    would change a running recipe, it ends `failed` unless `restart_recipes` is true.

    Args:
        managed_user_id (str):
        folder_id (int): Workato assigns integer ids.
        restart_recipes (bool | Unset): Default: `false` (the server's, when not sent).
        include_tags (bool | Unset): Default: `false` (the server's, when not sent).
        folder_id_for_home_assets (int | Unset): Workato assigns integer ids.
        body (File): The package zip; an empty body is no package.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Package
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        body=body,
        folder_id=folder_id,
        restart_recipes=restart_recipes,
        include_tags=include_tags,
        folder_id_for_home_assets=folder_id_for_home_assets,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
