"""Query parameter styles openapi-python-client does not write itself."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["deep_object"]


def deep_object(name: str, value: Mapping[str, Any]) -> dict[str, str]:
    """`style: deepObject` (exploded): `{"code": "AU"}` as `name[code]=AU`, nested objects as
    `name[a][b]=…`, booleans as `true`/`false`; unset (None) members are left out."""
    pairs: dict[str, str] = {}
    for key, member in value.items():
        if member is None:
            continue
        if isinstance(member, Mapping):
            pairs.update(deep_object(f"{name}[{key}]", member))
        elif isinstance(member, bool):
            pairs[f"{name}[{key}]"] = "true" if member else "false"
        else:
            pairs[f"{name}[{key}]"] = str(member)
    return pairs
