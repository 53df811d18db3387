"""The ``recipe_lifecycle`` operations of the Workato Embedded Partner API as methods: ``client.recipe_lifecycle.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.recipe_lifecycle.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from .._runtime import ApiClient as _ApiClient
from ..api.recipe_lifecycle import create_export_manifest as _create_export_manifest
from ..api.recipe_lifecycle import export_package as _export_package
from ..api.recipe_lifecycle import get_export_manifest as _get_export_manifest
from ..api.recipe_lifecycle import get_export_status as _get_export_status
from ..api.recipe_lifecycle import get_import_status as _get_import_status
from ..api.recipe_lifecycle import import_package as _import_package
from ..api.recipe_lifecycle import update_export_manifest as _update_export_manifest
from ..models.export_manifest_input import ExportManifestInput
from ..models.export_manifest_result import ExportManifestResult
from ..models.export_manifest_update import ExportManifestUpdate
from ..models.package import Package
from ..models.package_result import PackageResult
from ..types import UNSET, File, Unset


class RecipeLifecycleResource:
    """The ``recipe_lifecycle`` operations: ``WorkatoEmbeddedClient().recipe_lifecycle``.

    Export manifests, package exports from them, and package imports into a folder.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def create_export_manifest(
        self,
        managed_user_id: str,
        *,
        body: ExportManifestInput,
    ) -> ExportManifestResult:
        """Create an export manifest in a customer account

         A manifest names the assets of the customer's account that an export packs. Every asset must
        exist in this customer's account (else 400).

        Refused although valid:
        - 400 (export_manifest.assets): An asset names nothing of its type in the customer's account.

        Args:
            managed_user_id (str):
            body (ExportManifestInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ExportManifestResult
        """

        return _create_export_manifest.sync(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )

    def get_export_manifest(
        self,
        managed_user_id: str,
        export_manifest_id: int,
    ) -> ExportManifestResult:
        """View an export manifest

        Args:
            managed_user_id (str):
            export_manifest_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ExportManifestResult
        """

        return _get_export_manifest.sync(
            managed_user_id=managed_user_id,
            export_manifest_id=export_manifest_id,
            client=self._client,
        )

    def update_export_manifest(
        self,
        managed_user_id: str,
        export_manifest_id: int,
        *,
        body: ExportManifestUpdate,
    ) -> ExportManifestResult:
        """Update an export manifest

         Changes the fields sent and keeps the rest; `assets`, when sent, replaces the list.

        Refused although valid:
        - 400 (export_manifest.assets): An asset names nothing of its type in the customer's account.

        Args:
            managed_user_id (str):
            export_manifest_id (int): Workato assigns integer ids.
            body (ExportManifestUpdate):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ExportManifestResult
        """

        return _update_export_manifest.sync(
            managed_user_id=managed_user_id,
            export_manifest_id=export_manifest_id,
            body=body,
            client=self._client,
        )

    def get_export_status(
        self,
        managed_user_id: str,
        id: int,
    ) -> PackageResult:
        """Get the status of a package export

         The package `id` answered by `export_package`. Its `status` moves from `in_progress` to
        `completed` (with `download_url`, the zip) or `failed` (with `error`) over successive reads.
        Requires the `oem_vendor` privilege.

        Args:
            managed_user_id (str):
            id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            PackageResult
        """

        return _get_export_status.sync(
            managed_user_id=managed_user_id,
            id=id,
            client=self._client,
        )

    def export_package(
        self,
        managed_user_id: str,
        id: int,
    ) -> PackageResult:
        """Export a package from a manifest

         Starts packing the assets of manifest `id` into a zip, asynchronously: the answer is a package
        `in_progress`; read it with `get_export_status` until `completed` (with `download_url`) or
        `failed` (with `error`). Requires the `oem_vendor` privilege.

        Args:
            managed_user_id (str):
            id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            PackageResult
        """

        return _export_package.sync(
            managed_user_id=managed_user_id,
            id=id,
            client=self._client,
        )

    def import_package(
        self,
        managed_user_id: str,
        *,
        body: File,
        folder_id: int,
        restart_recipes: bool | Unset = UNSET,
        include_tags: bool | Unset = UNSET,
        folder_id_for_home_assets: int | Unset = UNSET,
    ) -> Package:
        """Import a package into a folder of a customer account

         Unpacks a package zip (as exported) into folder `folder_id`, asynchronously: the answer is a
        package `in_progress`; read it with `get_import_status` until `completed` or `failed`.
        Assets that already exist in the folder (same name and type) are updated, the others created.
        A package that is not a valid export zip ends `failed` with an `error`. When the import
        would change a running recipe, it ends `failed` unless `restart_recipes` is true.

        Args:
            managed_user_id (str):
            folder_id (int): Workato assigns integer ids.
            restart_recipes (bool | Unset): Default: `false` (the server's, when not sent).
            include_tags (bool | Unset): Default: `false` (the server's, when not sent).
            folder_id_for_home_assets (int | Unset): Workato assigns integer ids.
            body (File): The package zip; an empty body is no package.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Package
        """

        return _import_package.sync(
            managed_user_id=managed_user_id,
            body=body,
            folder_id=folder_id,
            restart_recipes=restart_recipes,
            include_tags=include_tags,
            folder_id_for_home_assets=folder_id_for_home_assets,
            client=self._client,
        )

    def get_import_status(
        self,
        managed_user_id: str,
        package_id: int,
    ) -> Package:
        """Get the status of an imported package

         The package answered by `import_package`. Its `status` moves from `in_progress` to
        `completed` or `failed` (with `error`) over successive reads; once completed,
        `recipe_status` says what happened to each imported recipe.

        Args:
            managed_user_id (str):
            package_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Package
        """

        return _get_import_status.sync(
            managed_user_id=managed_user_id,
            package_id=package_id,
            client=self._client,
        )


class AsyncRecipeLifecycleResource:
    """The ``recipe_lifecycle`` operations (async): ``AsyncWorkatoEmbeddedClient().recipe_lifecycle``.

    Export manifests, package exports from them, and package imports into a folder.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def create_export_manifest(
        self,
        managed_user_id: str,
        *,
        body: ExportManifestInput,
    ) -> ExportManifestResult:
        """Create an export manifest in a customer account

         A manifest names the assets of the customer's account that an export packs. Every asset must
        exist in this customer's account (else 400).

        Refused although valid:
        - 400 (export_manifest.assets): An asset names nothing of its type in the customer's account.

        Args:
            managed_user_id (str):
            body (ExportManifestInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ExportManifestResult
        """

        return await _create_export_manifest.asyncio(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )

    async def get_export_manifest(
        self,
        managed_user_id: str,
        export_manifest_id: int,
    ) -> ExportManifestResult:
        """View an export manifest

        Args:
            managed_user_id (str):
            export_manifest_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ExportManifestResult
        """

        return await _get_export_manifest.asyncio(
            managed_user_id=managed_user_id,
            export_manifest_id=export_manifest_id,
            client=self._client,
        )

    async def update_export_manifest(
        self,
        managed_user_id: str,
        export_manifest_id: int,
        *,
        body: ExportManifestUpdate,
    ) -> ExportManifestResult:
        """Update an export manifest

         Changes the fields sent and keeps the rest; `assets`, when sent, replaces the list.

        Refused although valid:
        - 400 (export_manifest.assets): An asset names nothing of its type in the customer's account.

        Args:
            managed_user_id (str):
            export_manifest_id (int): Workato assigns integer ids.
            body (ExportManifestUpdate):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ExportManifestResult
        """

        return await _update_export_manifest.asyncio(
            managed_user_id=managed_user_id,
            export_manifest_id=export_manifest_id,
            body=body,
            client=self._client,
        )

    async def get_export_status(
        self,
        managed_user_id: str,
        id: int,
    ) -> PackageResult:
        """Get the status of a package export

         The package `id` answered by `export_package`. Its `status` moves from `in_progress` to
        `completed` (with `download_url`, the zip) or `failed` (with `error`) over successive reads.
        Requires the `oem_vendor` privilege.

        Args:
            managed_user_id (str):
            id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            PackageResult
        """

        return await _get_export_status.asyncio(
            managed_user_id=managed_user_id,
            id=id,
            client=self._client,
        )

    async def export_package(
        self,
        managed_user_id: str,
        id: int,
    ) -> PackageResult:
        """Export a package from a manifest

         Starts packing the assets of manifest `id` into a zip, asynchronously: the answer is a package
        `in_progress`; read it with `get_export_status` until `completed` (with `download_url`) or
        `failed` (with `error`). Requires the `oem_vendor` privilege.

        Args:
            managed_user_id (str):
            id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            PackageResult
        """

        return await _export_package.asyncio(
            managed_user_id=managed_user_id,
            id=id,
            client=self._client,
        )

    async def import_package(
        self,
        managed_user_id: str,
        *,
        body: File,
        folder_id: int,
        restart_recipes: bool | Unset = UNSET,
        include_tags: bool | Unset = UNSET,
        folder_id_for_home_assets: int | Unset = UNSET,
    ) -> Package:
        """Import a package into a folder of a customer account

         Unpacks a package zip (as exported) into folder `folder_id`, asynchronously: the answer is a
        package `in_progress`; read it with `get_import_status` until `completed` or `failed`.
        Assets that already exist in the folder (same name and type) are updated, the others created.
        A package that is not a valid export zip ends `failed` with an `error`. When the import
        would change a running recipe, it ends `failed` unless `restart_recipes` is true.

        Args:
            managed_user_id (str):
            folder_id (int): Workato assigns integer ids.
            restart_recipes (bool | Unset): Default: `false` (the server's, when not sent).
            include_tags (bool | Unset): Default: `false` (the server's, when not sent).
            folder_id_for_home_assets (int | Unset): Workato assigns integer ids.
            body (File): The package zip; an empty body is no package.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Package
        """

        return await _import_package.asyncio(
            managed_user_id=managed_user_id,
            body=body,
            folder_id=folder_id,
            restart_recipes=restart_recipes,
            include_tags=include_tags,
            folder_id_for_home_assets=folder_id_for_home_assets,
            client=self._client,
        )

    async def get_import_status(
        self,
        managed_user_id: str,
        package_id: int,
    ) -> Package:
        """Get the status of an imported package

         The package answered by `import_package`. Its `status` moves from `in_progress` to
        `completed` or `failed` (with `error`) over successive reads; once completed,
        `recipe_status` says what happened to each imported recipe.

        Args:
            managed_user_id (str):
            package_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Package
        """

        return await _get_import_status.asyncio(
            managed_user_id=managed_user_id,
            package_id=package_id,
            client=self._client,
        )
