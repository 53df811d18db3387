from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.api_key_response import ApiKeyResponse
from ...models.error import Error
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs(
    api_client_id: int,
    api_key_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v2/api_clients/{api_client_id}/api_keys/{api_key_id}/refresh_secret".format(
            api_client_id=quote(str(api_client_id), safe=""),
            api_key_id=quote(str(api_key_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKeyResponse | Error | ServerError | None:
    if response.status_code == 200:
        response_200 = ApiKeyResponse.from_dict(response.json())

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
) -> Response[ApiKeyResponse | Error | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> ApiKeyResponse:
    if response.status_code == 200:
        response_200 = ApiKeyResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    api_client_id: int,
    api_key_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiKeyResponse | Error | ServerError]:
    """Refresh an API key's token

     Replace the key's `auth_token` with a new one; the old token stops working. The answer and
    every later list of the client's keys show the new token. An unknown client or key is 404.

    Args:
        api_client_id (int): Workato assigns integer ids.
        api_key_id (int): Workato assigns integer ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[ApiKeyResponse | Error | ServerError]
    """

    kwargs = _get_kwargs(
        api_client_id=api_client_id,
        api_key_id=api_key_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_client_id: int,
    api_key_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ApiKeyResponse:
    """Refresh an API key's token

     Replace the key's `auth_token` with a new one; the old token stops working. The answer and
    every later list of the client's keys show the new token. An unknown client or key is 404.

    Args:
        api_client_id (int): Workato assigns integer ids.
        api_key_id (int): Workato assigns integer ids.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        ApiKeyResponse
    """

    kwargs = _get_kwargs(
        api_client_id=api_client_id,
        api_key_id=api_key_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)


async def asyncio_detailed(
    api_client_id: int,
    api_key_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiKeyResponse | Error | ServerError]:
    """Refresh an API key's token

     Replace the key's `auth_token` with a new one; the old token stops working. The answer and
    every later list of the client's keys show the new token. An unknown client or key is 404.

    Args:
        api_client_id (int): Workato assigns integer ids.
        api_key_id (int): Workato assigns integer ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[ApiKeyResponse | Error | ServerError]
    """

    kwargs = _get_kwargs(
        api_client_id=api_client_id,
        api_key_id=api_key_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_client_id: int,
    api_key_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ApiKeyResponse:
    """Refresh an API key's token

     Replace the key's `auth_token` with a new one; the old token stops working. The answer and
    every later list of the client's keys show the new token. An unknown client or key is 404.

    Args:
        api_client_id (int): Workato assigns integer ids.
        api_key_id (int): Workato assigns integer ids.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        ApiKeyResponse
    """

    kwargs = _get_kwargs(
        api_client_id=api_client_id,
        api_key_id=api_key_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
