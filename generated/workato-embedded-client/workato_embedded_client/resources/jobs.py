"""The ``jobs`` operations of the Workato Embedded Partner API as methods: ``client.jobs.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.jobs.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from .._runtime import ApiClient as _ApiClient
from ..api.jobs import get_job as _get_job
from ..api.jobs import list_jobs as _list_jobs
from ..models.job import Job
from ..models.job_list import JobList
from ..models.job_status import JobStatus
from ..types import UNSET, Unset


class JobsResource:
    """The ``jobs`` operations: ``WorkatoEmbeddedClient().jobs``.

    Runs of a recipe.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        managed_user_id: str,
        recipe_id: int,
        *,
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

        return _list_jobs.sync(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            offset_job_id=offset_job_id,
            prev=prev,
            status=status,
            rerun_only=rerun_only,
            client=self._client,
        )

    def get(
        self,
        managed_user_id: str,
        recipe_id: int,
        job_id: str,
    ) -> Job:
        """Get a job of a recipe

        Args:
            managed_user_id (str):
            recipe_id (int): Workato assigns integer ids.
            job_id (str): A job id, e.g. `j-AJHsOH0H-oAwXJq`.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Job
        """

        return _get_job.sync(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            job_id=job_id,
            client=self._client,
        )


class AsyncJobsResource:
    """The ``jobs`` operations (async): ``AsyncWorkatoEmbeddedClient().jobs``.

    Runs of a recipe.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        managed_user_id: str,
        recipe_id: int,
        *,
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

        return await _list_jobs.asyncio(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            offset_job_id=offset_job_id,
            prev=prev,
            status=status,
            rerun_only=rerun_only,
            client=self._client,
        )

    async def get(
        self,
        managed_user_id: str,
        recipe_id: int,
        job_id: str,
    ) -> Job:
        """Get a job of a recipe

        Args:
            managed_user_id (str):
            recipe_id (int): Workato assigns integer ids.
            job_id (str): A job id, e.g. `j-AJHsOH0H-oAwXJq`.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Job
        """

        return await _get_job.asyncio(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            job_id=job_id,
            client=self._client,
        )
