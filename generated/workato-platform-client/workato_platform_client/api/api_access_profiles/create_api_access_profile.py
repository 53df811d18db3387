from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.access_profile_input import AccessProfileInput
from ...models.access_profile_with_secrets import AccessProfileWithSecrets
from ...models.error import Error
from ...models.server_error import ServerError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AccessProfileInput,
    api_client_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["api_client_id"] = api_client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/api_access_profiles",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessProfileWithSecrets | Error | ServerError | None:
    if response.status_code == 200:
        response_200 = AccessProfileWithSecrets.from_dict(response.json())

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
) -> Response[AccessProfileWithSecrets | Error | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> AccessProfileWithSecrets:
    if response.status_code == 200:
        response_200 = AccessProfileWithSecrets.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessProfileInput,
    api_client_id: int,
) -> Response[AccessProfileWithSecrets | Error | ServerError]:
    """Create an access profile

     Create an access profile for the API client `api_client_id`, giving it access to existing
    collections. Which secret fields are filled depends on `auth_type`: `secret` for token,
    `oauth_client_id` and `oauth_client_secret` for oauth2, `jwt_method` and `jwt_secret` for jwt;
    the others are null.

    Refused although valid:
    - 400 (api_collection_ids): api_collection_ids names a collection that does not exist.

    Args:
        api_client_id (int): Workato assigns integer ids.
        body (AccessProfileInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[AccessProfileWithSecrets | Error | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
        api_client_id=api_client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AccessProfileInput,
    api_client_id: int,
) -> AccessProfileWithSecrets:
    """Create an access profile

     Create an access profile for the API client `api_client_id`, giving it access to existing
    collections. Which secret fields are filled depends on `auth_type`: `secret` for token,
    `oauth_client_id` and `oauth_client_secret` for oauth2, `jwt_method` and `jwt_secret` for jwt;
    the others are null.

    Refused although valid:
    - 400 (api_collection_ids): api_collection_ids names a collection that does not exist.

    Args:
        api_client_id (int): Workato assigns integer ids.
        body (AccessProfileInput):

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        AccessProfileWithSecrets
    """

    kwargs = _get_kwargs(
        body=body,
        api_client_id=api_client_id,
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
    body: AccessProfileInput,
    api_client_id: int,
) -> Response[AccessProfileWithSecrets | Error | ServerError]:
    """Create an access profile

     Create an access profile for the API client `api_client_id`, giving it access to existing
    collections. Which secret fields are filled depends on `auth_type`: `secret` for token,
    `oauth_client_id` and `oauth_client_secret` for oauth2, `jwt_method` and `jwt_secret` for jwt;
    the others are null.

    Refused although valid:
    - 400 (api_collection_ids): api_collection_ids names a collection that does not exist.

    Args:
        api_client_id (int): Workato assigns integer ids.
        body (AccessProfileInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[AccessProfileWithSecrets | Error | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
        api_client_id=api_client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccessProfileInput,
    api_client_id: int,
) -> AccessProfileWithSecrets:
    """Create an access profile

     Create an access profile for the API client `api_client_id`, giving it access to existing
    collections. Which secret fields are filled depends on `auth_type`: `secret` for token,
    `oauth_client_id` and `oauth_client_secret` for oauth2, `jwt_method` and `jwt_secret` for jwt;
    the others are null.

    Refused although valid:
    - 400 (api_collection_ids): api_collection_ids names a collection that does not exist.

    Args:
        api_client_id (int): Workato assigns integer ids.
        body (AccessProfileInput):

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        AccessProfileWithSecrets
    """

    kwargs = _get_kwargs(
        body=body,
        api_client_id=api_client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
