from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.api_client_v2_page import ApiClientV2Page
from ...models.error import Error
from ...models.server_error import ServerError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project_id: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    cert_bundle_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params["per_page"] = per_page

    params["page"] = page

    json_cert_bundle_ids: list[int] | Unset = UNSET
    if not isinstance(cert_bundle_ids, Unset):
        json_cert_bundle_ids = cert_bundle_ids

    params["cert_bundle_ids"] = json_cert_bundle_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/api_clients",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiClientV2Page | Error | ServerError | None:
    if response.status_code == 200:
        response_200 = ApiClientV2Page.from_dict(response.json())

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
) -> Response[ApiClientV2Page | Error | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> ApiClientV2Page:
    if response.status_code == 200:
        response_200 = ApiClientV2Page.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_id: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    cert_bundle_ids: list[int] | Unset = UNSET,
) -> Response[ApiClientV2Page | Error | ServerError]:
    """List API clients (v2)

     One page of the account's API clients in the v2 shape (auth type, collections, policies,
    key counts), inside a `data` envelope with the total `count`. `project_id` keeps the clients
    of one project; `cert_bundle_ids` those tied to any of the given certificate bundles.

    Args:
        project_id (int | Unset): Workato assigns integer ids.
        per_page (int | Unset): Default: `100` (the server's, when not sent).
        page (int | Unset): Default: `1` (the server's, when not sent).
        cert_bundle_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[ApiClientV2Page | Error | ServerError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        per_page=per_page,
        page=page,
        cert_bundle_ids=cert_bundle_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project_id: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    cert_bundle_ids: list[int] | Unset = UNSET,
) -> ApiClientV2Page:
    """List API clients (v2)

     One page of the account's API clients in the v2 shape (auth type, collections, policies,
    key counts), inside a `data` envelope with the total `count`. `project_id` keeps the clients
    of one project; `cert_bundle_ids` those tied to any of the given certificate bundles.

    Args:
        project_id (int | Unset): Workato assigns integer ids.
        per_page (int | Unset): Default: `100` (the server's, when not sent).
        page (int | Unset): Default: `1` (the server's, when not sent).
        cert_bundle_ids (list[int] | Unset):

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        ApiClientV2Page
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        per_page=per_page,
        page=page,
        cert_bundle_ids=cert_bundle_ids,
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
    project_id: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    cert_bundle_ids: list[int] | Unset = UNSET,
) -> Response[ApiClientV2Page | Error | ServerError]:
    """List API clients (v2)

     One page of the account's API clients in the v2 shape (auth type, collections, policies,
    key counts), inside a `data` envelope with the total `count`. `project_id` keeps the clients
    of one project; `cert_bundle_ids` those tied to any of the given certificate bundles.

    Args:
        project_id (int | Unset): Workato assigns integer ids.
        per_page (int | Unset): Default: `100` (the server's, when not sent).
        page (int | Unset): Default: `1` (the server's, when not sent).
        cert_bundle_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[ApiClientV2Page | Error | ServerError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        per_page=per_page,
        page=page,
        cert_bundle_ids=cert_bundle_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project_id: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    cert_bundle_ids: list[int] | Unset = UNSET,
) -> ApiClientV2Page:
    """List API clients (v2)

     One page of the account's API clients in the v2 shape (auth type, collections, policies,
    key counts), inside a `data` envelope with the total `count`. `project_id` keeps the clients
    of one project; `cert_bundle_ids` those tied to any of the given certificate bundles.

    Args:
        project_id (int | Unset): Workato assigns integer ids.
        per_page (int | Unset): Default: `100` (the server's, when not sent).
        page (int | Unset): Default: `1` (the server's, when not sent).
        cert_bundle_ids (list[int] | Unset):

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        ApiClientV2Page
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        per_page=per_page,
        page=page,
        cert_bundle_ids=cert_bundle_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
