from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.server_error import ServerError
from ...models.success import Success
from ...types import Response


def _get_kwargs(
    customer_manager_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/customer_managers/{customer_manager_id}".format(
            customer_manager_id=quote(str(customer_manager_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ServerError | Success | None:
    if response.status_code == 200:
        response_200 = Success.from_dict(response.json())

        return response_200

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
) -> Response[Error | ServerError | Success]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> Success:
    if response.status_code == 200:
        response_200 = Success.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    customer_manager_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ServerError | Success]:
    """Delete a customer manager

     The user stays on the partner team but no longer manages customer accounts.

    Args:
        customer_manager_id (int): Workato assigns integer ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | ServerError | Success]
    """

    kwargs = _get_kwargs(
        customer_manager_id=customer_manager_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_manager_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Success:
    """Delete a customer manager

     The user stays on the partner team but no longer manages customer accounts.

    Args:
        customer_manager_id (int): Workato assigns integer ids.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Success
    """

    kwargs = _get_kwargs(
        customer_manager_id=customer_manager_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)


async def asyncio_detailed(
    customer_manager_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ServerError | Success]:
    """Delete a customer manager

     The user stays on the partner team but no longer manages customer accounts.

    Args:
        customer_manager_id (int): Workato assigns integer ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | ServerError | Success]
    """

    kwargs = _get_kwargs(
        customer_manager_id=customer_manager_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_manager_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Success:
    """Delete a customer manager

     The user stays on the partner team but no longer manages customer accounts.

    Args:
        customer_manager_id (int): Workato assigns integer ids.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Success
    """

    kwargs = _get_kwargs(
        customer_manager_id=customer_manager_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
