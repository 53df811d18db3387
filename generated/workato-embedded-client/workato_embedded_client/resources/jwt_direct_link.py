"""The ``jwt_direct_link`` operations of the Workato Embedded Partner API as methods: ``client.jwt_direct_link.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.jwt_direct_link.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from .._runtime import ApiClient as _ApiClient
from ..api.jwt_direct_link import update_signature_verification_key as _update_signature_verification_key
from ..models.signature_verification_key_input import SignatureVerificationKeyInput
from ..models.signature_verification_key_result import SignatureVerificationKeyResult


class JwtDirectLinkResource:
    """The ``jwt_direct_link`` operations: ``WorkatoEmbeddedClient().jwt_direct_link``.

    The key Workato verifies direct-link JWTs with.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def update_signature_verification_key(
        self,
        *,
        body: SignatureVerificationKeyInput,
    ) -> SignatureVerificationKeyResult:
        """Update the JWT signature verification key

         Set the RS256 public key (PEM) Workato verifies the partner's direct-link JWTs with. It
        replaces the previous key.

        Args:
            body (SignatureVerificationKeyInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            SignatureVerificationKeyResult
        """

        return _update_signature_verification_key.sync(
            body=body,
            client=self._client,
        )


class AsyncJwtDirectLinkResource:
    """The ``jwt_direct_link`` operations (async): ``AsyncWorkatoEmbeddedClient().jwt_direct_link``.

    The key Workato verifies direct-link JWTs with.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def update_signature_verification_key(
        self,
        *,
        body: SignatureVerificationKeyInput,
    ) -> SignatureVerificationKeyResult:
        """Update the JWT signature verification key

         Set the RS256 public key (PEM) Workato verifies the partner's direct-link JWTs with. It
        replaces the previous key.

        Args:
            body (SignatureVerificationKeyInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            SignatureVerificationKeyResult
        """

        return await _update_signature_verification_key.asyncio(
            body=body,
            client=self._client,
        )
