"""Wire cases: the vendor pages' own requests, one module per API (see harness.py)."""

from __future__ import annotations

from . import cases_outwork, cases_workato_embedded, cases_workato_platform, cases_workreduce
from .harness import WireCase

__all__ = ["CASES"]

CASES: list[WireCase] = [
    *cases_outwork.CASES,
    *cases_workreduce.CASES,
    *cases_workato_platform.CASES,
    *cases_workato_embedded.CASES,
]
