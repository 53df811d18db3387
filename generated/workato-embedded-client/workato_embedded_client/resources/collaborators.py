"""The ``collaborators`` operations of the Workato Embedded Partner API as methods: ``client.collaborators.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.collaborators.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from .._runtime import ApiClient as _ApiClient
from ..api.collaborators import invite_collaborator as _invite_collaborator
from ..models.collaborator_invitation import CollaboratorInvitation
from ..models.collaborator_invitation_result import CollaboratorInvitationResult


class CollaboratorsResource:
    """The ``collaborators`` operations: ``WorkatoEmbeddedClient().collaborators``.

    Invitations of team collaborators into a customer account.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def invite(
        self,
        managed_user_id: str,
        *,
        body: CollaboratorInvitation,
    ) -> CollaboratorInvitationResult:
        """Invite a collaborator to a customer account

         Invite a person to the account's team by `name` and `email`, with `role_name` or per-environment
        `env_roles` (when both are sent, `env_roles` wins). The invitee then appears in the member list.

        Args:
            managed_user_id (str):
            body (CollaboratorInvitation): An invitation (research S1). When both role fields are
                sent, `env_roles` wins.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            CollaboratorInvitationResult
        """

        return _invite_collaborator.sync(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )


class AsyncCollaboratorsResource:
    """The ``collaborators`` operations (async): ``AsyncWorkatoEmbeddedClient().collaborators``.

    Invitations of team collaborators into a customer account.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def invite(
        self,
        managed_user_id: str,
        *,
        body: CollaboratorInvitation,
    ) -> CollaboratorInvitationResult:
        """Invite a collaborator to a customer account

         Invite a person to the account's team by `name` and `email`, with `role_name` or per-environment
        `env_roles` (when both are sent, `env_roles` wins). The invitee then appears in the member list.

        Args:
            managed_user_id (str):
            body (CollaboratorInvitation): An invitation (research S1). When both role fields are
                sent, `env_roles` wins.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            CollaboratorInvitationResult
        """

        return await _invite_collaborator.asyncio(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )
