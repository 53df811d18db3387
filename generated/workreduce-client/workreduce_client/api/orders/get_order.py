from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...types import Response


def _get_kwargs(
    order_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/orders/{order_number}".format(
            order_number=quote(str(order_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Order | None:
    if response.status_code == 200:
        response_200 = Order.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Order]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> Order:
    if response.status_code == 200:
        response_200 = Order.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    order_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Order]:
    """Get one order with all its details

    Args:
        order_number (str): All digits, left-padded with zeros to eight.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        order_number=order_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Order:
    """Get one order with all its details

    Args:
        order_number (str): All digits, left-padded with zeros to eight.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Order
    """

    kwargs = _get_kwargs(
        order_number=order_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)


async def asyncio_detailed(
    order_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Order]:
    """Get one order with all its details

    Args:
        order_number (str): All digits, left-padded with zeros to eight.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        order_number=order_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Order:
    """Get one order with all its details

    Args:
        order_number (str): All digits, left-padded with zeros to eight.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Order
    """

    kwargs = _get_kwargs(
        order_number=order_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
