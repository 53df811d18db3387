"""What one list response must hold given its own request: its page size, its filters, its order.

The rules need no further request, so the schemathesis checks (`checks.py`) and the validating proxy
(`contract_tests.proxy`) read them from here: one definition of what `x-pagination`, `x-filter` and
`x-order` promise about a single answer.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from ..openapi.model import Operation

__all__ = ["filtered_out", "out_of_order", "oversized_page"]


def oversized_page(op: Operation, items: list[Any], query: Mapping[str, Any]) -> str | None:
    """A page holding more items than the page size asked for (`x-pagination.size_param`)."""
    if op.pagination is None:
        return None
    size_param = op.pagination.size_param
    asked = query.get(size_param)
    if isinstance(asked, int) and not isinstance(asked, bool) and len(items) > asked:
        return f"Asked for {size_param}={asked}, got {len(items)} items"
    return None


def filtered_out(op: Operation, items: list[Any], query: Mapping[str, Any]) -> str | None:
    """An item a list filtered by an `x-filter` parameter should not hold. An empty filter value is
    not judged: a server may ignore it or match nothing, and the vendor promises neither."""
    for param, found in op.filters.items():
        value = query.get(param)
        if value is None or value == "" or isinstance(value, list | dict):
            continue
        for item in items:
            if isinstance(item, dict) and found.field in item and not found.keeps(item, value):
                return f"Filtered by {param}={value!r}, yet an item has {found.field}={item[found.field]!r}"
    return None


def out_of_order(op: Operation, items: list[Any]) -> str | None:
    """Where `items` break the list's `x-order`, else None (items without the field are skipped)."""
    if op.order is None:
        return None
    field, descending = op.order.field, op.order.descending
    values = [item[field] for item in items if isinstance(item, dict) and item.get(field) is not None]
    for first, second in itertools.pairwise(values):
        try:
            wrong = first < second if descending else first > second
        except TypeError:
            return None
        if wrong:
            return f"{field} {first!r} comes before {second!r} in a list ordered {op.order.direction}"
    return None
