"""The suite's verdicts on servers someone else wrote from the vendor pages alone (tests/independent).

A red on such a server must be a real break: each expected failure is named below with the vendor text
that makes it one, and any other failure fails the test. A real break must be red: each fault class
planted in front of a server that is green must be caught. And the generated clients must work against
what someone else built from the same page.
"""

from __future__ import annotations

import atexit
import functools
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from contract_tests.fake.serve import running
from contract_tests.faults import FAULTS, Injector, Upstream, not_applicable
from contract_tests.openapi.loader import get_api
from contract_tests.suite.children import Children
from contract_tests.suite.fuzz import fuzz
from contract_tests.suite.options import FuzzOptions

pytestmark = pytest.mark.slow  # each test starts a server process and most fuzz it

HERE = Path(__file__).parent / "independent"
TOKEN = "independent-token"
BUDGET = FuzzOptions(token=TOKEN, seed=20261124, max_examples=5, quiet=True, in_process=True)
# The thirteen operations of the Platform page's quick reference (workato-api-platform.txt lines 5-17);
# the spec's others come from Workato's published OpenAPI only, which that server's author never read.
PLATFORM_PAGE = (
    "list_api_collections",
    "create_api_collection",
    "list_api_endpoints",
    "enable_api_endpoint",
    "disable_api_endpoint",
    "list_api_clients",
    "create_api_client",
    "list_api_access_profiles",
    "create_api_access_profile",
    "update_api_access_profile",
    "enable_api_access_profile",
    "disable_api_access_profile",
    "refresh_api_access_profile_secret",
)
# The token reaches the server through its environment, never its command line.
LAUNCH = (
    "import os, runpy, sys; path = sys.argv[1]; "
    "sys.argv = [path, '--port', sys.argv[2], '--token', os.environ['INDEPENDENT_TOKEN']]; "
    "runpy.run_path(path, run_name='__main__')"
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def independent(api: str) -> Iterator[str]:
    """The server in tests/independent/<api>/, started as its docstring says, on a free port."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", LAUNCH, str(HERE / api / "server.py"), str(port)],
        env={**os.environ, "INDEPENDENT_TOKEN": TOKEN},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    _, err = server.communicate(timeout=5)
                    raise AssertionError(f"{api}'s server did not start: {err.decode()[-2000:]}") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.communicate(timeout=10)


@pytest.mark.parametrize("api", ["outwork", "workreduce"])
def test_a_server_written_from_the_page_alone_is_green(api):
    with independent(api) as url:
        result = fuzz(get_api(api), replace(BUDGET, base_url=url), children=Children())
    assert result.exit_code == 0, result.summary
    assert result.test_cases > 100 and result.links, "a green run that exercised nothing proves nothing"


# Why each red on the Platform server is a real break. The page documents no error body and only the
# `name` of a new collection; Workato's published OpenAPI (workato-devs/workato-platform-cli,
# workato-api-spec.yaml) gives both, and this server, written from the page alone, follows neither.
PLATFORM_BREAKS = {
    # ValidationError: `errors` maps a field to its messages; this server sends a list of strings.
    "response_schema_conformance": ("at /errors:", 'is not of type "object"'),
    # ApiCollectionCreateRequest: `openapi_spec` {content: string, format: json|yaml} and
    # `proxy_connection_id` (integer); this server ignores both, so it accepts any value.
    "negative_data_rejection": ("POST /api/api_collections", "openapi_spec"),
}


def test_the_platform_server_is_red_only_where_it_departs_from_workatos_published_spec():
    with independent("workato-platform") as url:
        options = replace(BUDGET, base_url=url, operation_ids=PLATFORM_PAGE)
        result = fuzz(get_api("workato-platform"), options, children=Children())
    assert result.exit_code == 1 and result.found
    unexplained = [
        failure
        for failure in result.found
        if not all(
            word in f"{failure.operation} {failure.promise} {failure.message}"
            for word in PLATFORM_BREAKS.get(failure.check, ("(not a break this server is known for)",))
        )
    ]
    assert not unexplained, unexplained
    assert {failure.check for failure in result.found} == set(PLATFORM_BREAKS)


KILL_BUDGET = replace(BUDGET, max_examples=3, max_failures=1)
CELLS = [
    pytest.param(api, name, id=f"{api}-{name}")
    for api in ("outwork", "workreduce")
    for name, fault in FAULTS.items()
    if not not_applicable(fault, get_api(api).spec())
]


@functools.cache
def shared(api: str) -> str:
    """One server per API for this test process's fault cells (a fault is planted in front of it,
    not in it, so the cells need no fresh one); stopped when the process exits."""
    server = independent(api)
    url = server.__enter__()
    atexit.register(server.__exit__, None, None, None)
    return url


@pytest.mark.parametrize(("api", "fault"), CELLS)
def test_a_fault_planted_in_front_of_a_server_we_did_not_write_is_caught(api, fault):
    injector = Injector(Upstream(shared(api)), get_api(api), FAULTS[fault])
    with running(injector) as url:
        result = fuzz(get_api(api), replace(KILL_BUDGET, base_url=url), children=Children())
    assert result.exit_code == 1, f"{fault} planted in front of {api}'s independent server was missed"


def test_the_workreduce_client_works_against_a_server_we_did_not_write():
    """That server answers a creation 201 (its DECISIONS.md: the page gives no status)."""
    from workreduce_client import WorkReduceClient
    from workreduce_client.api.orders import cancel_order, create_order, get_order, update_order
    from workreduce_client.models import NewOrderForm, Order, OrderUpdateForm

    with independent("workreduce") as url:
        client = WorkReduceClient(api_key=TOKEN, base_url=url)
        # The page's "New Order" fields (workreduce-api-v2.txt lines 257-263), without the files.
        body = NewOrderForm(
            name="This is the name for the order",
            task_type="qa_screenshot",
            due_date="2018-05-14T18:30:00Z",
            description="This is some longer description for the order",
        )
        created = create_order.sync_detailed(client=client, body=body)
        assert created.status_code == 201 and created.parsed is not None
        number = created.parsed.order_number
        order = get_order.sync(client=client, order_number=number)
        assert isinstance(order, Order) and order.name == "This is the name for the order"
        update_order.sync(client=client, order_number=number, body=OrderUpdateForm(name="Renamed"))
        assert get_order.sync(client=client, order_number=number).name == "Renamed"
        cancel_order.sync(client=client, order_number=number)
        assert get_order.sync(client=client, order_number=number).status.value == "Client Canceled"
        assert httpx.get(f"{url}/v2/tasks", headers={"Authorization": "wrong"}).status_code == 401
