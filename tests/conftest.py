from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

import pytest

from contract_tests.fake.misbehave import Misbehaviour
from contract_tests.fake.serve import build_app, running
from contract_tests.spec.loader import get_api

TOKEN = "test-token"


@pytest.fixture
def fake_url() -> Iterator[Callable[..., AbstractContextManager[str]]]:
    """`with fake_url("workreduce") as url:` serves a fresh fake on a free port.

    `misbehave="429:3"` makes it refuse the first requests (contract_tests/misbehave.py).
    """

    def start(api: str, misbehave: str | None = None, **options: object) -> AbstractContextManager[str]:
        trouble = Misbehaviour.parse(misbehave) if misbehave else None
        return running(build_app(get_api(api), token=TOKEN, **options), misbehave=trouble)

    yield start


@pytest.fixture
def outwork_url(fake_url) -> Iterator[str]:
    with fake_url("outwork") as url:
        yield url


@pytest.fixture
def workreduce_url(fake_url) -> Iterator[str]:
    with fake_url("workreduce") as url:
        yield url
