from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.new_order_form import NewOrderForm
from ...models.new_order_multipart import NewOrderMultipart
from ...models.order_created import OrderCreated
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: NewOrderMultipart | NewOrderForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/orders",
    }

    if isinstance(body, NewOrderMultipart):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    if isinstance(body, NewOrderForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | OrderCreated | None:
    if response.status_code == 200:
        response_200 = OrderCreated.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = OrderCreated.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OrderCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> OrderCreated:
    if response.status_code == 200:
        response_200 = OrderCreated.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = OrderCreated.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewOrderMultipart | NewOrderForm | Unset = UNSET,
) -> Response[Error | OrderCreated]:
    """Create a new order

     Refused although valid:
    - 400 (task_type): task_type names no task type of the account (GET /v2/tasks).
    - 400 (order_number): The body carries an order_number, as the page's update sample does: an update
    is PUT /v2/orders/{order_number} (see update_order's deviation), so creating a second order from it
    is refused.

    Args:
        body (NewOrderMultipart):
        body (NewOrderForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | OrderCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: NewOrderMultipart | NewOrderForm | Unset = UNSET,
) -> OrderCreated:
    """Create a new order

     Refused although valid:
    - 400 (task_type): task_type names no task type of the account (GET /v2/tasks).
    - 400 (order_number): The body carries an order_number, as the page's update sample does: an update
    is PUT /v2/orders/{order_number} (see update_order's deviation), so creating a second order from it
    is refused.

    Args:
        body (NewOrderMultipart):
        body (NewOrderForm):

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        OrderCreated
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: NewOrderMultipart | NewOrderForm | Unset = UNSET,
) -> Response[Error | OrderCreated]:
    """Create a new order

     Refused although valid:
    - 400 (task_type): task_type names no task type of the account (GET /v2/tasks).
    - 400 (order_number): The body carries an order_number, as the page's update sample does: an update
    is PUT /v2/orders/{order_number} (see update_order's deviation), so creating a second order from it
    is refused.

    Args:
        body (NewOrderMultipart):
        body (NewOrderForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | OrderCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NewOrderMultipart | NewOrderForm | Unset = UNSET,
) -> OrderCreated:
    """Create a new order

     Refused although valid:
    - 400 (task_type): task_type names no task type of the account (GET /v2/tasks).
    - 400 (order_number): The body carries an order_number, as the page's update sample does: an update
    is PUT /v2/orders/{order_number} (see update_order's deviation), so creating a second order from it
    is refused.

    Args:
        body (NewOrderMultipart):
        body (NewOrderForm):

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        OrderCreated
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
