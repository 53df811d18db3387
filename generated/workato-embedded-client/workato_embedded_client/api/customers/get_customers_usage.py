from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.customers_usage import CustomersUsage
from ...models.error import Error
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/managed_users/usage",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomersUsage | Error | ServerError | None:
    if response.status_code == 200:
        response_200 = CustomersUsage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomersUsage | Error | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> CustomersUsage:
    if response.status_code == 200:
        response_200 = CustomersUsage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomersUsage | Error | ServerError]:
    """Get the task usage of all customer accounts by month

     Twelve months of task counts for every customer account, wrapped in `result`. This path is
    matched before `/api/managed_users/{managed_user_id}`; `usage` is not a valid customer id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[CustomersUsage | Error | ServerError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> CustomersUsage:
    """Get the task usage of all customer accounts by month

     Twelve months of task counts for every customer account, wrapped in `result`. This path is
    matched before `/api/managed_users/{managed_user_id}`; `usage` is not a valid customer id.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        CustomersUsage
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomersUsage | Error | ServerError]:
    """Get the task usage of all customer accounts by month

     Twelve months of task counts for every customer account, wrapped in `result`. This path is
    matched before `/api/managed_users/{managed_user_id}`; `usage` is not a valid customer id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[CustomersUsage | Error | ServerError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> CustomersUsage:
    """Get the task usage of all customer accounts by month

     Twelve months of task counts for every customer account, wrapped in `result`. This path is
    matched before `/api/managed_users/{managed_user_id}`; `usage` is not a valid customer id.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        CustomersUsage
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
