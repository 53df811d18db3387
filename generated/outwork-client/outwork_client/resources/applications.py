"""The ``applications`` operations of the Outwork Partner API as methods: ``client.applications.<method>(...)``.

Each method calls the operation's functional module (``outwork_client.api.applications.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from .._runtime import ApiClient as _ApiClient
from ..api.applications import apply_partner as _apply_partner
from ..models.application_accepted import ApplicationAccepted
from ..models.partner_application import PartnerApplication


class ApplicationsResource:
    """The ``applications`` operations: ``OutworkClient().applications``.

    Partner registration requests.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def apply_partner(
        self,
        *,
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

        return _apply_partner.sync(
            body=body,
            client=self._client,
        )


class AsyncApplicationsResource:
    """The ``applications`` operations (async): ``AsyncOutworkClient().applications``.

    Partner registration requests.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def apply_partner(
        self,
        *,
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

        return await _apply_partner.asyncio(
            body=body,
            client=self._client,
        )
