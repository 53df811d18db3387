from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.errors import raise_for_status, read_success
from ...client import AuthenticatedClient, Client
from ...models.application_accepted import ApplicationAccepted
from ...models.detail import Detail
from ...models.field_errors import FieldErrors
from ...models.partner_application import PartnerApplication
from ...types import Response


def _get_kwargs(
    *,
    body: PartnerApplication,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/apply/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationAccepted | Detail | FieldErrors | None:
    if response.status_code == 200:
        response_200 = ApplicationAccepted.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FieldErrors.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Detail.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApplicationAccepted | Detail | FieldErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> ApplicationAccepted:
    if response.status_code == 200:
        response_200 = ApplicationAccepted.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PartnerApplication,
) -> Response[ApplicationAccepted | Detail | FieldErrors]:
    """Register a new partner

     Creates a partner instance and sends a connect request to your organization's instance.
    Any extra text field lands in the connect request's "Additional Information" section.

    Refused although valid:
    - 400 (organization_name, organization_domain): An organization with this name or domain is already
    registered (the page's example).
    - 400 (partner_type): partner_type names no partner type of this instance (GET /api/partner_type/).

    Args:
        body (PartnerApplication):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[ApplicationAccepted | Detail | FieldErrors]
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
    body: PartnerApplication,
) -> ApplicationAccepted:
    """Register a new partner

     Creates a partner instance and sends a connect request to your organization's instance.
    Any extra text field lands in the connect request's "Additional Information" section.

    Refused although valid:
    - 400 (organization_name, organization_domain): An organization with this name or domain is already
    registered (the page's example).
    - 400 (partner_type): partner_type names no partner type of this instance (GET /api/partner_type/).

    Args:
        body (PartnerApplication):

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        ApplicationAccepted
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
    body: PartnerApplication,
) -> Response[ApplicationAccepted | Detail | FieldErrors]:
    """Register a new partner

     Creates a partner instance and sends a connect request to your organization's instance.
    Any extra text field lands in the connect request's "Additional Information" section.

    Refused although valid:
    - 400 (organization_name, organization_domain): An organization with this name or domain is already
    registered (the page's example).
    - 400 (partner_type): partner_type names no partner type of this instance (GET /api/partner_type/).

    Args:
        body (PartnerApplication):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        Response[ApplicationAccepted | Detail | FieldErrors]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PartnerApplication,
) -> ApplicationAccepted:
    """Register a new partner

     Creates a partner instance and sends a connect request to your organization's instance.
    Any extra text field lands in the connect request's "Additional Information" section.

    Refused although valid:
    - 400 (organization_name, organization_domain): An organization with this name or domain is already
    registered (the page's example).
    - 400 (partner_type): partner_type names no partner type of this instance (GET /api/partner_type/).

    Args:
        body (PartnerApplication):

    Raises:
        APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
            RateLimitError or ServerError (after the retries), all importable from the package.
        APIResponseValidationError: For a success whose body cannot be read.
        errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
        APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

    Returns:
        ApplicationAccepted
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code >= 400:
        raise_for_status(response, client, lambda: _parse_response(client=client, response=response))
    return read_success(response, client, _parse_success)
