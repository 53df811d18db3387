from __future__ import annotations

import atexit
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

from contract_tests.fake.misbehave import Misbehaviour
from contract_tests.fake.serve import build_app, running
from contract_tests.openapi.loader import get_api

TOKEN = "test-token"
SLOW = "slow"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Slow tests first, so that both workers (`-n auto`) end together rather than one waiting on the
    last fuzz run."""
    items.sort(key=lambda item: item.get_closest_marker(SLOW) is None)


@pytest.fixture(autouse=True)
def _quick_tests_start_no_process(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The quick loop (`-m "not slow"`) stays quick: a test not marked slow cannot start a process."""
    if request.node.get_closest_marker(SLOW) is None:

        def refuse(*args: object, **kwargs: object) -> None:
            raise AssertionError(f"{request.node.nodeid} starts a process: mark it @pytest.mark.slow")

        monkeypatch.setattr(subprocess.Popen, "__init__", refuse)


# No example database, and hypothesis's own files (its constants cache) in a folder of this run: one run's
# examples never steer the next, and nothing is left in the tree.
_HYPOTHESIS_HOME = tempfile.mkdtemp(prefix="contract-tests-hypothesis-")
atexit.register(shutil.rmtree, _HYPOTHESIS_HOME, ignore_errors=True)
set_hypothesis_home_dir(_HYPOTHESIS_HOME)
settings.register_profile("tests", database=None)
settings.load_profile("tests")


@pytest.fixture
def fake_url() -> Iterator[Callable[..., AbstractContextManager[str]]]:
    """`with fake_url("workreduce") as url:` serves a fresh fake on a free port.

    `misbehave="429:3"` makes it refuse the first requests (contract_tests/fake/misbehave.py).
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


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """After a run that included the wire test, its summary (cases per API, operations covered)."""
    if any(
        "test_wire.py" in str(report.nodeid)
        for reports in terminalreporter.stats.values()
        for report in reports
        if hasattr(report, "nodeid")
    ):
        from .wire.summary import summary

        terminalreporter.section("wire cases")
        terminalreporter.write_line(summary())
