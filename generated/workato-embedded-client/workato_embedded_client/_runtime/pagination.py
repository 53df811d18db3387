"""The one iteration engine behind every generated `iter_<operation>` / `aiter_<operation>`.

A list operation's `x-pagination` becomes a `Paging`; the engine asks page after page through the
operation's own (typed, error-raising) call and yields the items. It stops at an empty page, a page
shorter than the size it asked for, or (cursor style) an item without a cursor, so exact multiples
of the page size cost one extra, empty request and an empty list costs one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Paging:
    """`x-pagination` of one list operation: `style` "page" (a page number in `page_param`) or
    "cursor" (`next_param` takes `cursor_field` of a page's last item); `size_param` sets the page size."""

    style: str
    size_param: str
    max_size: int | None = None
    next_param: str | None = None
    previous_param: str | None = None
    cursor_field: str | None = None
    page_param: str | None = None
    first_page: int = 1
    items: str | None = None


class _Walk:
    """The state between two pages: the parameters of the next request, or None when done."""

    def __init__(self, paging: Paging, params: dict[str, Any]) -> None:
        self.paging = paging
        self.params: dict[str, Any] | None = dict(params)
        self.size = self.params.get(paging.size_param)
        if not isinstance(self.size, int) and paging.max_size:  # not given (None or the client's UNSET)
            self.size = self.params[paging.size_param] = paging.max_size
        page = paging.page_param
        if paging.style == "page" and page and not isinstance(self.params.get(page), int):
            self.params[page] = paging.first_page

    def items(self, parsed: Any) -> list[Any]:
        if parsed is None:
            page: list[Any] = []
        elif self.paging.items:
            page = _field(parsed, self.paging.items) or []
        else:
            page = list(parsed)
        self._advance(page)
        return page

    def _advance(self, page: list[Any]) -> None:
        params, paging = self.params, self.paging
        assert params is not None
        if not page or (isinstance(self.size, int) and len(page) < self.size):
            self.params = None
        elif paging.style == "page" and paging.page_param:
            params[paging.page_param] += 1
        else:
            cursor = _field(page[-1], paging.cursor_field)
            if cursor is None or type(cursor).__name__ == "Unset":
                self.params = None
                return
            if paging.next_param:
                params[paging.next_param] = cursor
            if paging.previous_param:
                params.pop(paging.previous_param, None)


def iterate(fetch: Callable[..., Any], client: Any, paging: Paging, params: dict[str, Any]) -> Iterator[Any]:
    """Every item of a paginated list; `fetch` is the operation's `sync`."""
    walk = _Walk(paging, params)
    while walk.params is not None:
        yield from walk.items(fetch(client=client, **walk.params))


async def aiterate(
    fetch: Callable[..., Awaitable[Any]], client: Any, paging: Paging, params: dict[str, Any]
) -> AsyncIterator[Any]:
    """Every item of a paginated list; `fetch` is the operation's `asyncio`."""
    walk = _Walk(paging, params)
    while walk.params is not None:
        for item in walk.items(await fetch(client=client, **walk.params)):
            yield item


def _field(value: Any, name: str | None) -> Any:
    if name is None:
        return None
    if isinstance(value, dict):
        return value.get(name)
    found = getattr(value, name, None)
    if found is None and hasattr(value, "additional_properties"):
        found = value.additional_properties.get(name)
    return found
