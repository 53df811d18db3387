import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_recipes_includes_item import ListRecipesIncludesItem
from ...models.list_recipes_order import ListRecipesOrder
from ...models.recipe_list import RecipeList
from ...models.server_error import ServerError
from ...models.stop_cause import StopCause
from ...types import UNSET, Response, Unset


def _get_kwargs(
    managed_user_id: str,
    *,
    adapter_names_all: str | Unset = UNSET,
    adapter_names_any: str | Unset = UNSET,
    folder_id: int | Unset = UNSET,
    running: bool | Unset = UNSET,
    since_id: int | Unset = UNSET,
    stopped_after: datetime.datetime | Unset = UNSET,
    stop_cause: StopCause | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    order: ListRecipesOrder | Unset = UNSET,
    includes: list[ListRecipesIncludesItem] | Unset = UNSET,
    exclude_code: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["adapter_names_all"] = adapter_names_all

    params["adapter_names_any"] = adapter_names_any

    params["folder_id"] = folder_id

    params["running"] = running

    params["since_id"] = since_id

    json_stopped_after: str | Unset = UNSET
    if not isinstance(stopped_after, Unset):
        json_stopped_after = stopped_after.isoformat().replace("+00:00", "Z")
    params["stopped_after"] = json_stopped_after

    json_stop_cause: str | Unset = UNSET
    if not isinstance(stop_cause, Unset):
        json_stop_cause = stop_cause.value

    params["stop_cause"] = json_stop_cause

    json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        json_updated_after = updated_after.isoformat().replace("+00:00", "Z")
    params["updated_after"] = json_updated_after

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_includes: list[str] | Unset = UNSET
    if not isinstance(includes, Unset):
        json_includes = []
        for includes_item_data in includes:
            includes_item = includes_item_data.value
            json_includes.append(includes_item)

    params["includes[]"] = json_includes

    params["exclude_code"] = exclude_code

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/managed_users/{managed_user_id}/recipes".format(
            managed_user_id=quote(str(managed_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RecipeList | ServerError | None:
    if response.status_code == 200:
        response_200 = RecipeList.from_dict(response.json())

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
) -> Response[Error | RecipeList | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> RecipeList:
    if response.status_code == 200:
        response_200 = RecipeList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    managed_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    adapter_names_all: str | Unset = UNSET,
    adapter_names_any: str | Unset = UNSET,
    folder_id: int | Unset = UNSET,
    running: bool | Unset = UNSET,
    since_id: int | Unset = UNSET,
    stopped_after: datetime.datetime | Unset = UNSET,
    stop_cause: StopCause | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    order: ListRecipesOrder | Unset = UNSET,
    includes: list[ListRecipesIncludesItem] | Unset = UNSET,
    exclude_code: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[Error | RecipeList | ServerError]:
    """List recipes in a customer account

     The customer's recipes, highest id first. `since_id` keeps ids lower than it (a cursor: pass
    the last id of a page); `stopped_after` keeps recipes stopped after that time;
    `adapter_names_any` keeps recipes using any of the connectors named, `adapter_names_all`
    those using all of them (in `applications`).

    Args:
        managed_user_id (str):
        adapter_names_all (str | Unset):
        adapter_names_any (str | Unset):
        folder_id (int | Unset): Workato assigns integer ids.
        running (bool | Unset):
        since_id (int | Unset): Workato assigns integer ids.
        stopped_after (datetime.datetime | Unset):
        stop_cause (StopCause | Unset): Why Workato stopped a recipe.
        updated_after (datetime.datetime | Unset):
        order (ListRecipesOrder | Unset):
        includes (list[ListRecipesIncludesItem] | Unset):
        exclude_code (bool | Unset):
        page (int | Unset): Default: `1` (the server's, when not sent).
        per_page (int | Unset): Default: `100` (the server's, when not sent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | RecipeList | ServerError]
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        adapter_names_all=adapter_names_all,
        adapter_names_any=adapter_names_any,
        folder_id=folder_id,
        running=running,
        since_id=since_id,
        stopped_after=stopped_after,
        stop_cause=stop_cause,
        updated_after=updated_after,
        order=order,
        includes=includes,
        exclude_code=exclude_code,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    managed_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    adapter_names_all: str | Unset = UNSET,
    adapter_names_any: str | Unset = UNSET,
    folder_id: int | Unset = UNSET,
    running: bool | Unset = UNSET,
    since_id: int | Unset = UNSET,
    stopped_after: datetime.datetime | Unset = UNSET,
    stop_cause: StopCause | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    order: ListRecipesOrder | Unset = UNSET,
    includes: list[ListRecipesIncludesItem] | Unset = UNSET,
    exclude_code: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> RecipeList:
    """List recipes in a customer account

     The customer's recipes, highest id first. `since_id` keeps ids lower than it (a cursor: pass
    the last id of a page); `stopped_after` keeps recipes stopped after that time;
    `adapter_names_any` keeps recipes using any of the connectors named, `adapter_names_all`
    those using all of them (in `applications`).

    Args:
        managed_user_id (str):
        adapter_names_all (str | Unset):
        adapter_names_any (str | Unset):
        folder_id (int | Unset): Workato assigns integer ids.
        running (bool | Unset):
        since_id (int | Unset): Workato assigns integer ids.
        stopped_after (datetime.datetime | Unset):
        stop_cause (StopCause | Unset): Why Workato stopped a recipe.
        updated_after (datetime.datetime | Unset):
        order (ListRecipesOrder | Unset):
        includes (list[ListRecipesIncludesItem] | Unset):
        exclude_code (bool | Unset):
        page (int | Unset): Default: `1` (the server's, when not sent).
        per_page (int | Unset): Default: `100` (the server's, when not sent).

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        RecipeList
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        adapter_names_all=adapter_names_all,
        adapter_names_any=adapter_names_any,
        folder_id=folder_id,
        running=running,
        since_id=since_id,
        stopped_after=stopped_after,
        stop_cause=stop_cause,
        updated_after=updated_after,
        order=order,
        includes=includes,
        exclude_code=exclude_code,
        page=page,
        per_page=per_page,
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
    adapter_names_all: str | Unset = UNSET,
    adapter_names_any: str | Unset = UNSET,
    folder_id: int | Unset = UNSET,
    running: bool | Unset = UNSET,
    since_id: int | Unset = UNSET,
    stopped_after: datetime.datetime | Unset = UNSET,
    stop_cause: StopCause | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    order: ListRecipesOrder | Unset = UNSET,
    includes: list[ListRecipesIncludesItem] | Unset = UNSET,
    exclude_code: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[Error | RecipeList | ServerError]:
    """List recipes in a customer account

     The customer's recipes, highest id first. `since_id` keeps ids lower than it (a cursor: pass
    the last id of a page); `stopped_after` keeps recipes stopped after that time;
    `adapter_names_any` keeps recipes using any of the connectors named, `adapter_names_all`
    those using all of them (in `applications`).

    Args:
        managed_user_id (str):
        adapter_names_all (str | Unset):
        adapter_names_any (str | Unset):
        folder_id (int | Unset): Workato assigns integer ids.
        running (bool | Unset):
        since_id (int | Unset): Workato assigns integer ids.
        stopped_after (datetime.datetime | Unset):
        stop_cause (StopCause | Unset): Why Workato stopped a recipe.
        updated_after (datetime.datetime | Unset):
        order (ListRecipesOrder | Unset):
        includes (list[ListRecipesIncludesItem] | Unset):
        exclude_code (bool | Unset):
        page (int | Unset): Default: `1` (the server's, when not sent).
        per_page (int | Unset): Default: `100` (the server's, when not sent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | RecipeList | ServerError]
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        adapter_names_all=adapter_names_all,
        adapter_names_any=adapter_names_any,
        folder_id=folder_id,
        running=running,
        since_id=since_id,
        stopped_after=stopped_after,
        stop_cause=stop_cause,
        updated_after=updated_after,
        order=order,
        includes=includes,
        exclude_code=exclude_code,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    managed_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    adapter_names_all: str | Unset = UNSET,
    adapter_names_any: str | Unset = UNSET,
    folder_id: int | Unset = UNSET,
    running: bool | Unset = UNSET,
    since_id: int | Unset = UNSET,
    stopped_after: datetime.datetime | Unset = UNSET,
    stop_cause: StopCause | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    order: ListRecipesOrder | Unset = UNSET,
    includes: list[ListRecipesIncludesItem] | Unset = UNSET,
    exclude_code: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> RecipeList:
    """List recipes in a customer account

     The customer's recipes, highest id first. `since_id` keeps ids lower than it (a cursor: pass
    the last id of a page); `stopped_after` keeps recipes stopped after that time;
    `adapter_names_any` keeps recipes using any of the connectors named, `adapter_names_all`
    those using all of them (in `applications`).

    Args:
        managed_user_id (str):
        adapter_names_all (str | Unset):
        adapter_names_any (str | Unset):
        folder_id (int | Unset): Workato assigns integer ids.
        running (bool | Unset):
        since_id (int | Unset): Workato assigns integer ids.
        stopped_after (datetime.datetime | Unset):
        stop_cause (StopCause | Unset): Why Workato stopped a recipe.
        updated_after (datetime.datetime | Unset):
        order (ListRecipesOrder | Unset):
        includes (list[ListRecipesIncludesItem] | Unset):
        exclude_code (bool | Unset):
        page (int | Unset): Default: `1` (the server's, when not sent).
        per_page (int | Unset): Default: `100` (the server's, when not sent).

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        RecipeList
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        adapter_names_all=adapter_names_all,
        adapter_names_any=adapter_names_any,
        folder_id=folder_id,
        running=running,
        since_id=since_id,
        stopped_after=stopped_after,
        stop_cause=stop_cause,
        updated_after=updated_after,
        order=order,
        includes=includes,
        exclude_code=exclude_code,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
