from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.recipe_start_result import RecipeStartResult
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs(
    managed_user_id: str,
    recipe_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/managed_users/{managed_user_id}/recipes/{recipe_id}/start".format(
            managed_user_id=quote(str(managed_user_id), safe=""),
            recipe_id=quote(str(recipe_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RecipeStartResult | ServerError | None:
    if response.status_code == 200:
        response_200 = RecipeStartResult.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RecipeStartResult | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> RecipeStartResult:
    if response.status_code == 200:
        response_200 = RecipeStartResult.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    managed_user_id: str,
    recipe_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RecipeStartResult | ServerError]:
    """Start a recipe in a customer account

     Starts the recipe if it can run. Every `config` entry with an `account_id` must name an
    authorized connection of this customer; otherwise the answer is 200 with `success: false`,
    one `config_errors` entry per such connection, and the recipe stays stopped. On success
    `running` becomes true, `stop_cause` and `stopped_at` are cleared, and the recipe's trigger
    starts producing jobs. Starting a running recipe is 400.

    Refused although valid:
    - 400: The recipe is already running.

    Args:
        managed_user_id (str):
        recipe_id (int): Workato assigns integer ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | RecipeStartResult | ServerError]
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        recipe_id=recipe_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    managed_user_id: str,
    recipe_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> RecipeStartResult:
    """Start a recipe in a customer account

     Starts the recipe if it can run. Every `config` entry with an `account_id` must name an
    authorized connection of this customer; otherwise the answer is 200 with `success: false`,
    one `config_errors` entry per such connection, and the recipe stays stopped. On success
    `running` becomes true, `stop_cause` and `stopped_at` are cleared, and the recipe's trigger
    starts producing jobs. Starting a running recipe is 400.

    Refused although valid:
    - 400: The recipe is already running.

    Args:
        managed_user_id (str):
        recipe_id (int): Workato assigns integer ids.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        RecipeStartResult
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        recipe_id=recipe_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)


async def asyncio_detailed(
    managed_user_id: str,
    recipe_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RecipeStartResult | ServerError]:
    """Start a recipe in a customer account

     Starts the recipe if it can run. Every `config` entry with an `account_id` must name an
    authorized connection of this customer; otherwise the answer is 200 with `success: false`,
    one `config_errors` entry per such connection, and the recipe stays stopped. On success
    `running` becomes true, `stop_cause` and `stopped_at` are cleared, and the recipe's trigger
    starts producing jobs. Starting a running recipe is 400.

    Refused although valid:
    - 400: The recipe is already running.

    Args:
        managed_user_id (str):
        recipe_id (int): Workato assigns integer ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | RecipeStartResult | ServerError]
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        recipe_id=recipe_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    managed_user_id: str,
    recipe_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> RecipeStartResult:
    """Start a recipe in a customer account

     Starts the recipe if it can run. Every `config` entry with an `account_id` must name an
    authorized connection of this customer; otherwise the answer is 200 with `success: false`,
    one `config_errors` entry per such connection, and the recipe stays stopped. On success
    `running` becomes true, `stop_cause` and `stopped_at` are cleared, and the recipe's trigger
    starts producing jobs. Starting a running recipe is 400.

    Refused although valid:
    - 400: The recipe is already running.

    Args:
        managed_user_id (str):
        recipe_id (int): Workato assigns integer ids.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        RecipeStartResult
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        recipe_id=recipe_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
