from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.api_client_v2_input import ApiClientV2Input
from ...models.api_client_v2_response import ApiClientV2Response
from ...models.error import Error
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs(
    *,
    body: ApiClientV2Input,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/api_clients",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiClientV2Response | Error | ServerError | None:
    if response.status_code == 200:
        response_200 = ApiClientV2Response.from_dict(response.json())

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
) -> Response[ApiClientV2Response | Error | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> ApiClientV2Response:
    if response.status_code == 200:
        response_200 = ApiClientV2Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApiClientV2Input,
) -> Response[ApiClientV2Response | Error | ServerError]:
    """Create an API client (v2)

     Create an API client with its authentication settings and the collections it may call (each
    must exist). A token client's answer carries its `api_token`; keys are added with the api_keys
    calls.

    Refused although valid:
    - 400 (api_collection_ids): api_collection_ids names a collection that does not exist.

    Args:
        body (ApiClientV2Input): A v2 API client as a create request sends it; the server assigns
            the rest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[ApiClientV2Response | Error | ServerError]
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
    body: ApiClientV2Input,
) -> ApiClientV2Response:
    """Create an API client (v2)

     Create an API client with its authentication settings and the collections it may call (each
    must exist). A token client's answer carries its `api_token`; keys are added with the api_keys
    calls.

    Refused although valid:
    - 400 (api_collection_ids): api_collection_ids names a collection that does not exist.

    Args:
        body (ApiClientV2Input): A v2 API client as a create request sends it; the server assigns
            the rest.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        ApiClientV2Response
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
    body: ApiClientV2Input,
) -> Response[ApiClientV2Response | Error | ServerError]:
    """Create an API client (v2)

     Create an API client with its authentication settings and the collections it may call (each
    must exist). A token client's answer carries its `api_token`; keys are added with the api_keys
    calls.

    Refused although valid:
    - 400 (api_collection_ids): api_collection_ids names a collection that does not exist.

    Args:
        body (ApiClientV2Input): A v2 API client as a create request sends it; the server assigns
            the rest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[ApiClientV2Response | Error | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApiClientV2Input,
) -> ApiClientV2Response:
    """Create an API client (v2)

     Create an API client with its authentication settings and the collections it may call (each
    must exist). A token client's answer carries its `api_token`; keys are added with the api_keys
    calls.

    Refused although valid:
    - 400 (api_collection_ids): api_collection_ids names a collection that does not exist.

    Args:
        body (ApiClientV2Input): A v2 API client as a create request sends it; the server assigns
            the rest.

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        ApiClientV2Response
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
