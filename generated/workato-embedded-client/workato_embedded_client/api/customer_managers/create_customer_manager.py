from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.customer_manager_input import CustomerManagerInput
from ...models.customer_manager_result import CustomerManagerResult
from ...models.error import Error
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs(
    *,
    body: CustomerManagerInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/customer_managers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerManagerResult | Error | ServerError | None:
    if response.status_code == 200:
        response_200 = CustomerManagerResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[CustomerManagerResult | Error | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> CustomerManagerResult:
    if response.status_code == 200:
        response_200 = CustomerManagerResult.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerManagerInput,
) -> Response[CustomerManagerResult | Error | ServerError]:
    """Create a customer manager

     Make the partner-team user with `email` a customer manager with the role `role_id`, for the
    customer accounts in `permitted_workspace_ids` (empty or omitted: all accounts).

    Refused although valid:
    - 400 (role_id): role_id names no role of the partner's team.
    - 400 (permitted_workspace_ids): permitted_workspace_ids names a customer account that does not
    exist.

    Args:
        body (CustomerManagerInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[CustomerManagerResult | Error | ServerError]
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
    body: CustomerManagerInput,
) -> CustomerManagerResult:
    """Create a customer manager

     Make the partner-team user with `email` a customer manager with the role `role_id`, for the
    customer accounts in `permitted_workspace_ids` (empty or omitted: all accounts).

    Refused although valid:
    - 400 (role_id): role_id names no role of the partner's team.
    - 400 (permitted_workspace_ids): permitted_workspace_ids names a customer account that does not
    exist.

    Args:
        body (CustomerManagerInput):

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        CustomerManagerResult
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
    body: CustomerManagerInput,
) -> Response[CustomerManagerResult | Error | ServerError]:
    """Create a customer manager

     Make the partner-team user with `email` a customer manager with the role `role_id`, for the
    customer accounts in `permitted_workspace_ids` (empty or omitted: all accounts).

    Refused although valid:
    - 400 (role_id): role_id names no role of the partner's team.
    - 400 (permitted_workspace_ids): permitted_workspace_ids names a customer account that does not
    exist.

    Args:
        body (CustomerManagerInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[CustomerManagerResult | Error | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerManagerInput,
) -> CustomerManagerResult:
    """Create a customer manager

     Make the partner-team user with `email` a customer manager with the role `role_id`, for the
    customer accounts in `permitted_workspace_ids` (empty or omitted: all accounts).

    Refused although valid:
    - 400 (role_id): role_id names no role of the partner's team.
    - 400 (permitted_workspace_ids): permitted_workspace_ids names a customer account that does not
    exist.

    Args:
        body (CustomerManagerInput):

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        CustomerManagerResult
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
