"""Clients put on the wire what the vendor pages document (tests/wire/): every documented request,
through the sync and the async facade, compared field by field with the page's own example."""

from __future__ import annotations

import pytest

from .wire import CASES
from .wire.harness import WireCase, record


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_request_as_documented(case: WireCase, asynchronous: bool) -> None:
    sent = record(case, asynchronous=asynchronous).as_expected()
    assert sent == case.expected, f"{case.source}: {case.reading}"


def test_every_case_names_an_operation_of_its_spec() -> None:
    from .wire.summary import summary

    assert "wire cases" in summary()  # raises when a case names an operation its spec lacks
