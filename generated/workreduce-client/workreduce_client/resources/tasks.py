"""The ``tasks`` operations of the WorkReduce API as methods: ``client.tasks.<method>(...)``.

Each method calls the operation's functional module (``workreduce_client.api.tasks.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from .._runtime import ApiClient as _ApiClient
from ..api.tasks import list_task_types as _list_task_types
from ..models.task_type import TaskType


class TasksResource:
    """The ``tasks`` operations: ``WorkReduceClient().tasks``.

    Task types your account may order.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list_types(
        self,
    ) -> list[TaskType]:
        """List the task types your account may order

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            list[TaskType]
        """

        return _list_task_types.sync(
            client=self._client,
        )


class AsyncTasksResource:
    """The ``tasks`` operations (async): ``AsyncWorkReduceClient().tasks``.

    Task types your account may order.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list_types(
        self,
    ) -> list[TaskType]:
        """List the task types your account may order

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            list[TaskType]
        """

        return await _list_task_types.asyncio(
            client=self._client,
        )
