"""The ``recipes`` operations of the Workato Embedded Partner API as methods: ``client.recipes.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.recipes.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator

from .._runtime import ApiClient as _ApiClient
from .._runtime.pagination import aiterate, iterate
from ..api.recipes import create_recipe as _create_recipe
from ..api.recipes import delete_recipe as _delete_recipe
from ..api.recipes import get_recipe as _get_recipe
from ..api.recipes import list_recipes as _list_recipes
from ..api.recipes import search_public_recipes as _search_public_recipes
from ..api.recipes import start_recipe as _start_recipe
from ..api.recipes import stop_recipe as _stop_recipe
from ..api.recipes import update_recipe as _update_recipe
from ..models import PublicRecipe
from ..models.connector_names import ConnectorNames
from ..models.list_recipes_includes_item import ListRecipesIncludesItem
from ..models.list_recipes_order import ListRecipesOrder
from ..models.public_recipe_list import PublicRecipeList
from ..models.recipe import Recipe
from ..models.recipe_created import RecipeCreated
from ..models.recipe_input import RecipeInput
from ..models.recipe_list import RecipeList
from ..models.recipe_start_result import RecipeStartResult
from ..models.recipe_update import RecipeUpdate
from ..models.stop_cause import StopCause
from ..models.success import Success
from ..types import UNSET, Unset


class RecipesResource:
    """The ``recipes`` operations: ``WorkatoEmbeddedClient().recipes``.

    Recipes in a customer account, and the public recipe library.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        managed_user_id: str,
        *,
        adapter_names_all: str | Unset = UNSET,
        adapter_names_any: str | Unset = UNSET,
        folder_id: int | Unset = UNSET,
        running: bool | Unset = UNSET,
        since_id: int | Unset = UNSET,
        stopped_after: datetime.datetime | Unset = UNSET,
        stop_cause: StopCause | Unset = UNSET,
        updated_after: datetime.datetime | Unset = UNSET,
        order: ListRecipesOrder | Unset = UNSET,
        includes: builtins.list[ListRecipesIncludesItem] | Unset = UNSET,
        exclude_code: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> RecipeList:
        """List recipes in a customer account

         The customer's recipes, highest id first. `since_id` keeps ids lower than it (a cursor: pass
        the last id of a page); `stopped_after` keeps recipes stopped after that time;
        `adapter_names_any` keeps recipes using any of the connectors named, `adapter_names_all`
        those using all of them (in `applications`).

        Args:
            managed_user_id (str):
            adapter_names_all (str | Unset):
            adapter_names_any (str | Unset):
            folder_id (int | Unset): Workato assigns integer ids.
            running (bool | Unset):
            since_id (int | Unset): Workato assigns integer ids.
            stopped_after (datetime.datetime | Unset):
            stop_cause (StopCause | Unset): Why Workato stopped a recipe.
            updated_after (datetime.datetime | Unset):
            order (ListRecipesOrder | Unset):
            includes (list[ListRecipesIncludesItem] | Unset):
            exclude_code (bool | Unset):
            page (int | Unset): Default: `1` (the server's, when not sent).
            per_page (int | Unset): Default: `100` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            RecipeList
        """

        return _list_recipes.sync(
            managed_user_id=managed_user_id,
            adapter_names_all=adapter_names_all,
            adapter_names_any=adapter_names_any,
            folder_id=folder_id,
            running=running,
            since_id=since_id,
            stopped_after=stopped_after,
            stop_cause=stop_cause,
            updated_after=updated_after,
            order=order,
            includes=includes,
            exclude_code=exclude_code,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def list_all(
        self,
        managed_user_id: str,
        *,
        adapter_names_all: str | Unset = UNSET,
        adapter_names_any: str | Unset = UNSET,
        folder_id: int | Unset = UNSET,
        running: bool | Unset = UNSET,
        since_id: int | Unset = UNSET,
        stopped_after: datetime.datetime | Unset = UNSET,
        stop_cause: StopCause | Unset = UNSET,
        updated_after: datetime.datetime | Unset = UNSET,
        order: ListRecipesOrder | Unset = UNSET,
        includes: builtins.list[ListRecipesIncludesItem] | Unset = UNSET,
        exclude_code: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Iterator[Recipe]:
        """Every item of ``list`` (List recipes in a customer account), page after page.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return iterate(
            _list_recipes.sync,
            self._client,
            self._client.pagination["list_recipes"],
            {
                "managed_user_id": managed_user_id,
                "adapter_names_all": adapter_names_all,
                "adapter_names_any": adapter_names_any,
                "folder_id": folder_id,
                "running": running,
                "since_id": since_id,
                "stopped_after": stopped_after,
                "stop_cause": stop_cause,
                "updated_after": updated_after,
                "order": order,
                "includes": includes,
                "exclude_code": exclude_code,
                "page": page,
                "per_page": per_page,
            },
        )

    def create(
        self,
        managed_user_id: str,
        *,
        body: RecipeInput,
    ) -> RecipeCreated:
        """Create a recipe in a customer account

         Creates a stopped recipe from its `code` and `config` (both JSON text, as Workato exports
        them). Each `config` entry names a connector (`provider`) and, in `account_id`, the
        connection of this customer the recipe uses. Text that is not JSON of the right shape is 400;
        an `account_id` that names no connection of this customer is 400.

        Refused although valid:
        - 400 (recipe.code, recipe.config): code or config is not JSON text of the documented shape.
        - 400 (recipe.config): A config entry's account_id names no connection of this customer.

        Args:
            managed_user_id (str):
            body (RecipeInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            RecipeCreated
        """

        return _create_recipe.sync(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )

    def get(
        self,
        managed_user_id: str,
        recipe_id: int,
    ) -> Recipe:
        """Get a recipe in a customer account

        Args:
            managed_user_id (str):
            recipe_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Recipe
        """

        return _get_recipe.sync(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            client=self._client,
        )

    def update(
        self,
        managed_user_id: str,
        recipe_id: int,
        *,
        body: RecipeUpdate,
    ) -> Success:
        """Update a recipe in a customer account

         Changes the fields sent and keeps the rest. `code` and `config` of a running recipe cannot
        change (400: stop it first); `name`, `description` and `folder_id` can.

        Refused although valid:
        - 400 (recipe.code, recipe.config): code or config is not JSON text of the documented shape.
        - 400 (recipe.config): A config entry's account_id names no connection of this customer.
        - 400 (recipe.code, recipe.config): The recipe is running: its code and config cannot change (stop
        it first).

        Args:
            managed_user_id (str):
            recipe_id (int): Workato assigns integer ids.
            body (RecipeUpdate):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _update_recipe.sync(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            body=body,
            client=self._client,
        )

    def delete(
        self,
        managed_user_id: str,
        recipe_id: int,
    ) -> Success:
        """Delete a recipe in a customer account

         Deletes a stopped recipe and its jobs. A running recipe is refused with 400 and kept.

        Refused although valid:
        - 400: The recipe is running: stop it first.

        Args:
            managed_user_id (str):
            recipe_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _delete_recipe.sync(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            client=self._client,
        )

    def search_public(
        self,
        *,
        body: ConnectorNames,
        term: str | Unset = UNSET,
        boost_owned: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> PublicRecipeList:
        """Search for public recipes

         Public recipes of Workato's library that use any of the connectors in `applications` and
        whose name or description contains `term`. With `boost_owned`, the caller's own recipes come
        first. Pages start at 0. No match is an empty list.

        Args:
            term (str | Unset):
            boost_owned (bool | Unset): Default: `false` (the server's, when not sent).
            page (int | Unset): Default: `0` (the server's, when not sent).
            per_page (int | Unset): Default: `20` (the server's, when not sent).
            body (ConnectorNames):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            PublicRecipeList
        """

        return _search_public_recipes.sync(
            body=body,
            term=term,
            boost_owned=boost_owned,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def search_public_all(
        self,
        *,
        body: ConnectorNames,
        term: str | Unset = UNSET,
        boost_owned: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Iterator[PublicRecipe]:
        """Every item of ``search_public`` (Search for public recipes), page after page.

        Takes ``search_public``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 20 items. Raises what ``search_public`` raises.
        """
        return iterate(
            _search_public_recipes.sync,
            self._client,
            self._client.pagination["search_public_recipes"],
            {
                "body": body,
                "term": term,
                "boost_owned": boost_owned,
                "page": page,
                "per_page": per_page,
                "body": body,
            },
        )

    def start(
        self,
        managed_user_id: str,
        recipe_id: int,
    ) -> RecipeStartResult:
        """Start a recipe in a customer account

         Starts the recipe if it can run. Every `config` entry with an `account_id` must name an
        authorized connection of this customer; otherwise the answer is 200 with `success: false`,
        one `config_errors` entry per such connection, and the recipe stays stopped. On success
        `running` becomes true, `stop_cause` and `stopped_at` are cleared, and the recipe's trigger
        starts producing jobs. Starting a running recipe is 400.

        Refused although valid:
        - 400: The recipe is already running.

        Args:
            managed_user_id (str):
            recipe_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            RecipeStartResult
        """

        return _start_recipe.sync(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            client=self._client,
        )

    def stop(
        self,
        managed_user_id: str,
        recipe_id: int,
    ) -> Success:
        """Stop a recipe in a customer account

         Stops a running recipe: `running` false, `stopped_at` now, `stop_cause` null. Stopping a stopped
        recipe is 400.

        Refused although valid:
        - 400: The recipe is not running.

        Args:
            managed_user_id (str):
            recipe_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _stop_recipe.sync(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            client=self._client,
        )


class AsyncRecipesResource:
    """The ``recipes`` operations (async): ``AsyncWorkatoEmbeddedClient().recipes``.

    Recipes in a customer account, and the public recipe library.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        managed_user_id: str,
        *,
        adapter_names_all: str | Unset = UNSET,
        adapter_names_any: str | Unset = UNSET,
        folder_id: int | Unset = UNSET,
        running: bool | Unset = UNSET,
        since_id: int | Unset = UNSET,
        stopped_after: datetime.datetime | Unset = UNSET,
        stop_cause: StopCause | Unset = UNSET,
        updated_after: datetime.datetime | Unset = UNSET,
        order: ListRecipesOrder | Unset = UNSET,
        includes: builtins.list[ListRecipesIncludesItem] | Unset = UNSET,
        exclude_code: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> RecipeList:
        """List recipes in a customer account

         The customer's recipes, highest id first. `since_id` keeps ids lower than it (a cursor: pass
        the last id of a page); `stopped_after` keeps recipes stopped after that time;
        `adapter_names_any` keeps recipes using any of the connectors named, `adapter_names_all`
        those using all of them (in `applications`).

        Args:
            managed_user_id (str):
            adapter_names_all (str | Unset):
            adapter_names_any (str | Unset):
            folder_id (int | Unset): Workato assigns integer ids.
            running (bool | Unset):
            since_id (int | Unset): Workato assigns integer ids.
            stopped_after (datetime.datetime | Unset):
            stop_cause (StopCause | Unset): Why Workato stopped a recipe.
            updated_after (datetime.datetime | Unset):
            order (ListRecipesOrder | Unset):
            includes (list[ListRecipesIncludesItem] | Unset):
            exclude_code (bool | Unset):
            page (int | Unset): Default: `1` (the server's, when not sent).
            per_page (int | Unset): Default: `100` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            RecipeList
        """

        return await _list_recipes.asyncio(
            managed_user_id=managed_user_id,
            adapter_names_all=adapter_names_all,
            adapter_names_any=adapter_names_any,
            folder_id=folder_id,
            running=running,
            since_id=since_id,
            stopped_after=stopped_after,
            stop_cause=stop_cause,
            updated_after=updated_after,
            order=order,
            includes=includes,
            exclude_code=exclude_code,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def list_all(
        self,
        managed_user_id: str,
        *,
        adapter_names_all: str | Unset = UNSET,
        adapter_names_any: str | Unset = UNSET,
        folder_id: int | Unset = UNSET,
        running: bool | Unset = UNSET,
        since_id: int | Unset = UNSET,
        stopped_after: datetime.datetime | Unset = UNSET,
        stop_cause: StopCause | Unset = UNSET,
        updated_after: datetime.datetime | Unset = UNSET,
        order: ListRecipesOrder | Unset = UNSET,
        includes: builtins.list[ListRecipesIncludesItem] | Unset = UNSET,
        exclude_code: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncIterator[Recipe]:
        """Every item of ``list`` (List recipes in a customer account), page after page, for ``async for``.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return aiterate(
            _list_recipes.asyncio,
            self._client,
            self._client.pagination["list_recipes"],
            {
                "managed_user_id": managed_user_id,
                "adapter_names_all": adapter_names_all,
                "adapter_names_any": adapter_names_any,
                "folder_id": folder_id,
                "running": running,
                "since_id": since_id,
                "stopped_after": stopped_after,
                "stop_cause": stop_cause,
                "updated_after": updated_after,
                "order": order,
                "includes": includes,
                "exclude_code": exclude_code,
                "page": page,
                "per_page": per_page,
            },
        )

    async def create(
        self,
        managed_user_id: str,
        *,
        body: RecipeInput,
    ) -> RecipeCreated:
        """Create a recipe in a customer account

         Creates a stopped recipe from its `code` and `config` (both JSON text, as Workato exports
        them). Each `config` entry names a connector (`provider`) and, in `account_id`, the
        connection of this customer the recipe uses. Text that is not JSON of the right shape is 400;
        an `account_id` that names no connection of this customer is 400.

        Refused although valid:
        - 400 (recipe.code, recipe.config): code or config is not JSON text of the documented shape.
        - 400 (recipe.config): A config entry's account_id names no connection of this customer.

        Args:
            managed_user_id (str):
            body (RecipeInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            RecipeCreated
        """

        return await _create_recipe.asyncio(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )

    async def get(
        self,
        managed_user_id: str,
        recipe_id: int,
    ) -> Recipe:
        """Get a recipe in a customer account

        Args:
            managed_user_id (str):
            recipe_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Recipe
        """

        return await _get_recipe.asyncio(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            client=self._client,
        )

    async def update(
        self,
        managed_user_id: str,
        recipe_id: int,
        *,
        body: RecipeUpdate,
    ) -> Success:
        """Update a recipe in a customer account

         Changes the fields sent and keeps the rest. `code` and `config` of a running recipe cannot
        change (400: stop it first); `name`, `description` and `folder_id` can.

        Refused although valid:
        - 400 (recipe.code, recipe.config): code or config is not JSON text of the documented shape.
        - 400 (recipe.config): A config entry's account_id names no connection of this customer.
        - 400 (recipe.code, recipe.config): The recipe is running: its code and config cannot change (stop
        it first).

        Args:
            managed_user_id (str):
            recipe_id (int): Workato assigns integer ids.
            body (RecipeUpdate):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _update_recipe.asyncio(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        managed_user_id: str,
        recipe_id: int,
    ) -> Success:
        """Delete a recipe in a customer account

         Deletes a stopped recipe and its jobs. A running recipe is refused with 400 and kept.

        Refused although valid:
        - 400: The recipe is running: stop it first.

        Args:
            managed_user_id (str):
            recipe_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _delete_recipe.asyncio(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            client=self._client,
        )

    async def search_public(
        self,
        *,
        body: ConnectorNames,
        term: str | Unset = UNSET,
        boost_owned: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> PublicRecipeList:
        """Search for public recipes

         Public recipes of Workato's library that use any of the connectors in `applications` and
        whose name or description contains `term`. With `boost_owned`, the caller's own recipes come
        first. Pages start at 0. No match is an empty list.

        Args:
            term (str | Unset):
            boost_owned (bool | Unset): Default: `false` (the server's, when not sent).
            page (int | Unset): Default: `0` (the server's, when not sent).
            per_page (int | Unset): Default: `20` (the server's, when not sent).
            body (ConnectorNames):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            PublicRecipeList
        """

        return await _search_public_recipes.asyncio(
            body=body,
            term=term,
            boost_owned=boost_owned,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def search_public_all(
        self,
        *,
        body: ConnectorNames,
        term: str | Unset = UNSET,
        boost_owned: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncIterator[PublicRecipe]:
        """Every item of ``search_public`` (Search for public recipes), page after page, for ``async for``.

        Takes ``search_public``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 20 items. Raises what ``search_public`` raises.
        """
        return aiterate(
            _search_public_recipes.asyncio,
            self._client,
            self._client.pagination["search_public_recipes"],
            {
                "body": body,
                "term": term,
                "boost_owned": boost_owned,
                "page": page,
                "per_page": per_page,
                "body": body,
            },
        )

    async def start(
        self,
        managed_user_id: str,
        recipe_id: int,
    ) -> RecipeStartResult:
        """Start a recipe in a customer account

         Starts the recipe if it can run. Every `config` entry with an `account_id` must name an
        authorized connection of this customer; otherwise the answer is 200 with `success: false`,
        one `config_errors` entry per such connection, and the recipe stays stopped. On success
        `running` becomes true, `stop_cause` and `stopped_at` are cleared, and the recipe's trigger
        starts producing jobs. Starting a running recipe is 400.

        Refused although valid:
        - 400: The recipe is already running.

        Args:
            managed_user_id (str):
            recipe_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            RecipeStartResult
        """

        return await _start_recipe.asyncio(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            client=self._client,
        )

    async def stop(
        self,
        managed_user_id: str,
        recipe_id: int,
    ) -> Success:
        """Stop a recipe in a customer account

         Stops a running recipe: `running` false, `stopped_at` now, `stop_cause` null. Stopping a stopped
        recipe is 400.

        Refused although valid:
        - 400: The recipe is not running.

        Args:
            managed_user_id (str):
            recipe_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _stop_recipe.asyncio(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            client=self._client,
        )
