from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_list import JobList
from ...models.job_status import JobStatus
from ...models.server_error import ServerError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    managed_user_id: str,
    recipe_id: int,
    *,
    offset_job_id: str | Unset = UNSET,
    prev: bool | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    rerun_only: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset_job_id"] = offset_job_id

    params["prev"] = prev

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["rerun_only"] = rerun_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/managed_users/{managed_user_id}/recipes/{recipe_id}/jobs".format(
            managed_user_id=quote(str(managed_user_id), safe=""),
            recipe_id=quote(str(recipe_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | JobList | ServerError | None:
    if response.status_code == 200:
        response_200 = JobList.from_dict(response.json())

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
) -> Response[Error | JobList | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> JobList:
    if response.status_code == 200:
        response_200 = JobList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    managed_user_id: str,
    recipe_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset_job_id: str | Unset = UNSET,
    prev: bool | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    rerun_only: bool | Unset = UNSET,
) -> Response[Error | JobList | ServerError]:
    """List jobs of a recipe

     The recipe's jobs, newest first, at most 100 per call, with the recipe's job counts. Page
    with the cursor: `offset_job_id` is a job id; with `prev` false (default) the jobs older than
    it are returned, with `prev` true the newer ones. An `offset_job_id` that names no job of the
    recipe is 400.

    Refused although valid:
    - 400 (offset_job_id): offset_job_id names no job of the recipe.

    Args:
        managed_user_id (str):
        recipe_id (int): Workato assigns integer ids.
        offset_job_id (str | Unset): A job id, e.g. `j-AJHsOH0H-oAwXJq`.
        prev (bool | Unset): Default: `false` (the server's, when not sent).
        status (JobStatus | Unset):
        rerun_only (bool | Unset): Default: `false` (the server's, when not sent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | JobList | ServerError]
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        recipe_id=recipe_id,
        offset_job_id=offset_job_id,
        prev=prev,
        status=status,
        rerun_only=rerun_only,
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
    offset_job_id: str | Unset = UNSET,
    prev: bool | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    rerun_only: bool | Unset = UNSET,
) -> JobList:
    """List jobs of a recipe

     The recipe's jobs, newest first, at most 100 per call, with the recipe's job counts. Page
    with the cursor: `offset_job_id` is a job id; with `prev` false (default) the jobs older than
    it are returned, with `prev` true the newer ones. An `offset_job_id` that names no job of the
    recipe is 400.

    Refused although valid:
    - 400 (offset_job_id): offset_job_id names no job of the recipe.

    Args:
        managed_user_id (str):
        recipe_id (int): Workato assigns integer ids.
        offset_job_id (str | Unset): A job id, e.g. `j-AJHsOH0H-oAwXJq`.
        prev (bool | Unset): Default: `false` (the server's, when not sent).
        status (JobStatus | Unset):
        rerun_only (bool | Unset): Default: `false` (the server's, when not sent).

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        JobList
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        recipe_id=recipe_id,
        offset_job_id=offset_job_id,
        prev=prev,
        status=status,
        rerun_only=rerun_only,
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
    offset_job_id: str | Unset = UNSET,
    prev: bool | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    rerun_only: bool | Unset = UNSET,
) -> Response[Error | JobList | ServerError]:
    """List jobs of a recipe

     The recipe's jobs, newest first, at most 100 per call, with the recipe's job counts. Page
    with the cursor: `offset_job_id` is a job id; with `prev` false (default) the jobs older than
    it are returned, with `prev` true the newer ones. An `offset_job_id` that names no job of the
    recipe is 400.

    Refused although valid:
    - 400 (offset_job_id): offset_job_id names no job of the recipe.

    Args:
        managed_user_id (str):
        recipe_id (int): Workato assigns integer ids.
        offset_job_id (str | Unset): A job id, e.g. `j-AJHsOH0H-oAwXJq`.
        prev (bool | Unset): Default: `false` (the server's, when not sent).
        status (JobStatus | Unset):
        rerun_only (bool | Unset): Default: `false` (the server's, when not sent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[Error | JobList | ServerError]
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        recipe_id=recipe_id,
        offset_job_id=offset_job_id,
        prev=prev,
        status=status,
        rerun_only=rerun_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    managed_user_id: str,
    recipe_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset_job_id: str | Unset = UNSET,
    prev: bool | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    rerun_only: bool | Unset = UNSET,
) -> JobList:
    """List jobs of a recipe

     The recipe's jobs, newest first, at most 100 per call, with the recipe's job counts. Page
    with the cursor: `offset_job_id` is a job id; with `prev` false (default) the jobs older than
    it are returned, with `prev` true the newer ones. An `offset_job_id` that names no job of the
    recipe is 400.

    Refused although valid:
    - 400 (offset_job_id): offset_job_id names no job of the recipe.

    Args:
        managed_user_id (str):
        recipe_id (int): Workato assigns integer ids.
        offset_job_id (str | Unset): A job id, e.g. `j-AJHsOH0H-oAwXJq`.
        prev (bool | Unset): Default: `false` (the server's, when not sent).
        status (JobStatus | Unset):
        rerun_only (bool | Unset): Default: `false` (the server's, when not sent).

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        JobList
    """

    kwargs = _get_kwargs(
        managed_user_id=managed_user_id,
        recipe_id=recipe_id,
        offset_job_id=offset_job_id,
        prev=prev,
        status=status,
        rerun_only=rerun_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
