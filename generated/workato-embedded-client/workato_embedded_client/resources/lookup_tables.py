"""The ``lookup_tables`` operations of the Workato Embedded Partner API as methods: ``client.lookup_tables.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.lookup_tables.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from collections.abc import AsyncIterator, Iterator

from .._runtime import ApiClient as _ApiClient
from .._runtime.pagination import aiterate, iterate
from ..api.lookup_tables import add_lookup_table_row as _add_lookup_table_row
from ..api.lookup_tables import batch_delete_lookup_tables as _batch_delete_lookup_tables
from ..api.lookup_tables import create_lookup_table as _create_lookup_table
from ..api.lookup_tables import delete_lookup_table_row as _delete_lookup_table_row
from ..api.lookup_tables import get_lookup_table_row as _get_lookup_table_row
from ..api.lookup_tables import list_lookup_table_rows as _list_lookup_table_rows
from ..api.lookup_tables import list_lookup_tables as _list_lookup_tables
from ..api.lookup_tables import look_up_lookup_table_row as _look_up_lookup_table_row
from ..api.lookup_tables import update_lookup_table_row as _update_lookup_table_row
from ..models import LookupTable
from ..models.look_up_lookup_table_row_by import LookUpLookupTableRowBy
from ..models.lookup_table_batch_delete import LookupTableBatchDelete
from ..models.lookup_table_batch_deleted import LookupTableBatchDeleted
from ..models.lookup_table_created import LookupTableCreated
from ..models.lookup_table_input import LookupTableInput
from ..models.lookup_table_list import LookupTableList
from ..models.lookup_table_row import LookupTableRow
from ..models.lookup_table_row_input import LookupTableRowInput
from ..models.lookup_table_row_list import LookupTableRowList
from ..models.success import Success
from ..types import UNSET, Unset


class LookupTablesResource:
    """The ``lookup_tables`` operations: ``WorkatoEmbeddedClient().lookup_tables``.

    Lookup tables in a customer account, and their rows.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        managed_user_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> LookupTableList:
        """List lookup tables in a customer account

         The customer's lookup tables. `schema` is the column list as JSON text: each column's label, and its
        name `col1`…`col10`.

        Args:
            managed_user_id (str):
            page (int | Unset): Default: `1` (the server's, when not sent).
            per_page (int | Unset): Default: `100` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableList
        """

        return _list_lookup_tables.sync(
            managed_user_id=managed_user_id,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def list_all(
        self,
        managed_user_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Iterator[LookupTable]:
        """Every item of ``list`` (List lookup tables in a customer account), page after page.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return iterate(
            _list_lookup_tables.sync,
            self._client,
            self._client.pagination["list_lookup_tables"],
            {
                "managed_user_id": managed_user_id,
                "page": page,
                "per_page": per_page,
            },
        )

    def create(
        self,
        managed_user_id: str,
        *,
        body: LookupTableInput,
    ) -> LookupTableCreated:
        """Create a lookup table in a customer account

         Creates an empty table with 1 to 10 columns; Workato names them `col1`… in the order given.
        Column labels must be unique in the table.

        Refused although valid:
        - 400 (lookup_table.schema): Two columns have the same label.

        Args:
            managed_user_id (str):
            body (LookupTableInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableCreated
        """

        return _create_lookup_table.sync(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )

    def batch_delete(
        self,
        managed_user_id: str,
        *,
        body: LookupTableBatchDelete,
    ) -> LookupTableBatchDeleted:
        """Delete lookup tables in batch

         Deletes exactly the tables named, with their rows. Every id must name a table of this
        customer; otherwise nothing is deleted and the answer is 404.

        Args:
            managed_user_id (str):
            body (LookupTableBatchDelete):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableBatchDeleted
        """

        return _batch_delete_lookup_tables.sync(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )

    def look_up_row(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        *,
        by: LookUpLookupTableRowBy,
    ) -> LookupTableRow:
        """Look up a row by column values

         The first row (lowest id) whose columns equal every value of `by`, column label → value sent
        as `by[<label>]=<value>` query parameters, e.g. `?by[code]=AU`; 404 when no row matches. A
        label the table does not have is 400.

        Refused although valid:
        - 400 (by): by names a column label the table does not have.

        Args:
            managed_user_id (str):
            lookup_table_id (int): Workato assigns integer ids.
            by (LookUpLookupTableRowBy):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableRow
        """

        return _look_up_lookup_table_row.sync(
            managed_user_id=managed_user_id,
            lookup_table_id=lookup_table_id,
            by=by,
            client=self._client,
        )

    def list_rows(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> LookupTableRowList:
        """List rows of a lookup table

        Args:
            managed_user_id (str):
            lookup_table_id (int): Workato assigns integer ids.
            page (int | Unset): Default: `1` (the server's, when not sent).
            per_page (int | Unset): Default: `100` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableRowList
        """

        return _list_lookup_table_rows.sync(
            managed_user_id=managed_user_id,
            lookup_table_id=lookup_table_id,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def list_rows_all(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Iterator[LookupTableRow]:
        """Every item of ``list_rows`` (List rows of a lookup table), page after page.

        Takes ``list_rows``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list_rows`` raises.
        """
        return iterate(
            _list_lookup_table_rows.sync,
            self._client,
            self._client.pagination["list_lookup_table_rows"],
            {
                "managed_user_id": managed_user_id,
                "lookup_table_id": lookup_table_id,
                "page": page,
                "per_page": per_page,
            },
        )

    def add_row(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        *,
        body: LookupTableRowInput,
    ) -> LookupTableRow:
        """Add a row to a lookup table

         `data` maps column labels to values; a label the table does not have is 400. Columns left
        out are null.

        Refused although valid:
        - 400 (data): It names a column label the table does not have.

        Args:
            managed_user_id (str):
            lookup_table_id (int): Workato assigns integer ids.
            body (LookupTableRowInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableRow
        """

        return _add_lookup_table_row.sync(
            managed_user_id=managed_user_id,
            lookup_table_id=lookup_table_id,
            body=body,
            client=self._client,
        )

    def get_row(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        row_id: int,
    ) -> LookupTableRow:
        """Get a row of a lookup table

        Args:
            managed_user_id (str):
            lookup_table_id (int): Workato assigns integer ids.
            row_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableRow
        """

        return _get_lookup_table_row.sync(
            managed_user_id=managed_user_id,
            lookup_table_id=lookup_table_id,
            row_id=row_id,
            client=self._client,
        )

    def update_row(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        row_id: int,
        *,
        body: LookupTableRowInput,
    ) -> LookupTableRow:
        """Update a row of a lookup table

         Sets the columns in `data` and keeps the others; a label the table does not have is 400.

        Refused although valid:
        - 400 (data): It names a column label the table does not have.

        Args:
            managed_user_id (str):
            lookup_table_id (int): Workato assigns integer ids.
            row_id (int): Workato assigns integer ids.
            body (LookupTableRowInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableRow
        """

        return _update_lookup_table_row.sync(
            managed_user_id=managed_user_id,
            lookup_table_id=lookup_table_id,
            row_id=row_id,
            body=body,
            client=self._client,
        )

    def delete_row(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        row_id: int,
    ) -> Success:
        """Delete a row of a lookup table

        Args:
            managed_user_id (str):
            lookup_table_id (int): Workato assigns integer ids.
            row_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _delete_lookup_table_row.sync(
            managed_user_id=managed_user_id,
            lookup_table_id=lookup_table_id,
            row_id=row_id,
            client=self._client,
        )


class AsyncLookupTablesResource:
    """The ``lookup_tables`` operations (async): ``AsyncWorkatoEmbeddedClient().lookup_tables``.

    Lookup tables in a customer account, and their rows.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        managed_user_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> LookupTableList:
        """List lookup tables in a customer account

         The customer's lookup tables. `schema` is the column list as JSON text: each column's label, and its
        name `col1`…`col10`.

        Args:
            managed_user_id (str):
            page (int | Unset): Default: `1` (the server's, when not sent).
            per_page (int | Unset): Default: `100` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableList
        """

        return await _list_lookup_tables.asyncio(
            managed_user_id=managed_user_id,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def list_all(
        self,
        managed_user_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncIterator[LookupTable]:
        """Every item of ``list`` (List lookup tables in a customer account), page after page, for ``async for``.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return aiterate(
            _list_lookup_tables.asyncio,
            self._client,
            self._client.pagination["list_lookup_tables"],
            {
                "managed_user_id": managed_user_id,
                "page": page,
                "per_page": per_page,
            },
        )

    async def create(
        self,
        managed_user_id: str,
        *,
        body: LookupTableInput,
    ) -> LookupTableCreated:
        """Create a lookup table in a customer account

         Creates an empty table with 1 to 10 columns; Workato names them `col1`… in the order given.
        Column labels must be unique in the table.

        Refused although valid:
        - 400 (lookup_table.schema): Two columns have the same label.

        Args:
            managed_user_id (str):
            body (LookupTableInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableCreated
        """

        return await _create_lookup_table.asyncio(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )

    async def batch_delete(
        self,
        managed_user_id: str,
        *,
        body: LookupTableBatchDelete,
    ) -> LookupTableBatchDeleted:
        """Delete lookup tables in batch

         Deletes exactly the tables named, with their rows. Every id must name a table of this
        customer; otherwise nothing is deleted and the answer is 404.

        Args:
            managed_user_id (str):
            body (LookupTableBatchDelete):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableBatchDeleted
        """

        return await _batch_delete_lookup_tables.asyncio(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )

    async def look_up_row(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        *,
        by: LookUpLookupTableRowBy,
    ) -> LookupTableRow:
        """Look up a row by column values

         The first row (lowest id) whose columns equal every value of `by`, column label → value sent
        as `by[<label>]=<value>` query parameters, e.g. `?by[code]=AU`; 404 when no row matches. A
        label the table does not have is 400.

        Refused although valid:
        - 400 (by): by names a column label the table does not have.

        Args:
            managed_user_id (str):
            lookup_table_id (int): Workato assigns integer ids.
            by (LookUpLookupTableRowBy):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableRow
        """

        return await _look_up_lookup_table_row.asyncio(
            managed_user_id=managed_user_id,
            lookup_table_id=lookup_table_id,
            by=by,
            client=self._client,
        )

    async def list_rows(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> LookupTableRowList:
        """List rows of a lookup table

        Args:
            managed_user_id (str):
            lookup_table_id (int): Workato assigns integer ids.
            page (int | Unset): Default: `1` (the server's, when not sent).
            per_page (int | Unset): Default: `100` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableRowList
        """

        return await _list_lookup_table_rows.asyncio(
            managed_user_id=managed_user_id,
            lookup_table_id=lookup_table_id,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def list_rows_all(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncIterator[LookupTableRow]:
        """Every item of ``list_rows`` (List rows of a lookup table), page after page, for ``async for``.

        Takes ``list_rows``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list_rows`` raises.
        """
        return aiterate(
            _list_lookup_table_rows.asyncio,
            self._client,
            self._client.pagination["list_lookup_table_rows"],
            {
                "managed_user_id": managed_user_id,
                "lookup_table_id": lookup_table_id,
                "page": page,
                "per_page": per_page,
            },
        )

    async def add_row(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        *,
        body: LookupTableRowInput,
    ) -> LookupTableRow:
        """Add a row to a lookup table

         `data` maps column labels to values; a label the table does not have is 400. Columns left
        out are null.

        Refused although valid:
        - 400 (data): It names a column label the table does not have.

        Args:
            managed_user_id (str):
            lookup_table_id (int): Workato assigns integer ids.
            body (LookupTableRowInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableRow
        """

        return await _add_lookup_table_row.asyncio(
            managed_user_id=managed_user_id,
            lookup_table_id=lookup_table_id,
            body=body,
            client=self._client,
        )

    async def get_row(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        row_id: int,
    ) -> LookupTableRow:
        """Get a row of a lookup table

        Args:
            managed_user_id (str):
            lookup_table_id (int): Workato assigns integer ids.
            row_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableRow
        """

        return await _get_lookup_table_row.asyncio(
            managed_user_id=managed_user_id,
            lookup_table_id=lookup_table_id,
            row_id=row_id,
            client=self._client,
        )

    async def update_row(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        row_id: int,
        *,
        body: LookupTableRowInput,
    ) -> LookupTableRow:
        """Update a row of a lookup table

         Sets the columns in `data` and keeps the others; a label the table does not have is 400.

        Refused although valid:
        - 400 (data): It names a column label the table does not have.

        Args:
            managed_user_id (str):
            lookup_table_id (int): Workato assigns integer ids.
            row_id (int): Workato assigns integer ids.
            body (LookupTableRowInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            LookupTableRow
        """

        return await _update_lookup_table_row.asyncio(
            managed_user_id=managed_user_id,
            lookup_table_id=lookup_table_id,
            row_id=row_id,
            body=body,
            client=self._client,
        )

    async def delete_row(
        self,
        managed_user_id: str,
        lookup_table_id: int,
        row_id: int,
    ) -> Success:
        """Delete a row of a lookup table

        Args:
            managed_user_id (str):
            lookup_table_id (int): Workato assigns integer ids.
            row_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _delete_lookup_table_row.asyncio(
            managed_user_id=managed_user_id,
            lookup_table_id=lookup_table_id,
            row_id=row_id,
            client=self._client,
        )
