from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...models.order_status import OrderStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: OrderStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    params["starting_after"] = starting_after

    params["ending_before"] = ending_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Order] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Order.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | list[Order]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> list[Order]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Order.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: OrderStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
) -> Response[Error | list[Order]]:
    """List orders, newest first, with cursor pagination

     Refused although valid:
    - 400 (starting_after, ending_before): A cursor names no order of the account (the page asks for "an
    existing Order Number").

    Args:
        status (OrderStatus | Unset): Every status the page names. The values table lists Draft …
            Client Canceled; the lifecycle
            diagram adds "Completed"; the examples return "Complete". All three sources are accepted.
        limit (int | Unset): Default: `10` (the server's, when not sent).
        starting_after (str | Unset): All digits, left-padded with zeros to eight.
        ending_before (str | Unset): All digits, left-padded with zeros to eight.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | list[Order]]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: OrderStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
) -> list[Order]:
    """List orders, newest first, with cursor pagination

     Refused although valid:
    - 400 (starting_after, ending_before): A cursor names no order of the account (the page asks for "an
    existing Order Number").

    Args:
        status (OrderStatus | Unset): Every status the page names. The values table lists Draft …
            Client Canceled; the lifecycle
            diagram adds "Completed"; the examples return "Complete". All three sources are accepted.
        limit (int | Unset): Default: `10` (the server's, when not sent).
        starting_after (str | Unset): All digits, left-padded with zeros to eight.
        ending_before (str | Unset): All digits, left-padded with zeros to eight.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        list[Order]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: OrderStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
) -> Response[Error | list[Order]]:
    """List orders, newest first, with cursor pagination

     Refused although valid:
    - 400 (starting_after, ending_before): A cursor names no order of the account (the page asks for "an
    existing Order Number").

    Args:
        status (OrderStatus | Unset): Every status the page names. The values table lists Draft …
            Client Canceled; the lifecycle
            diagram adds "Completed"; the examples return "Complete". All three sources are accepted.
        limit (int | Unset): Default: `10` (the server's, when not sent).
        starting_after (str | Unset): All digits, left-padded with zeros to eight.
        ending_before (str | Unset): All digits, left-padded with zeros to eight.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | list[Order]]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: OrderStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
) -> list[Order]:
    """List orders, newest first, with cursor pagination

     Refused although valid:
    - 400 (starting_after, ending_before): A cursor names no order of the account (the page asks for "an
    existing Order Number").

    Args:
        status (OrderStatus | Unset): Every status the page names. The values table lists Draft …
            Client Canceled; the lifecycle
            diagram adds "Completed"; the examples return "Complete". All three sources are accepted.
        limit (int | Unset): Default: `10` (the server's, when not sent).
        starting_after (str | Unset): All digits, left-padded with zeros to eight.
        ending_before (str | Unset): All digits, left-padded with zeros to eight.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        list[Order]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
