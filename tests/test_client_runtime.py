"""Timeouts, server selection, secrets and debug logging of the generated clients, against the fakes."""

from __future__ import annotations

import logging

import httpx
import pytest
from outwork_client import AsyncOutworkClient, AuthenticationError, OutworkClient
from outwork_client.api.partner_types import list_partner_types
from workreduce_client import WorkReduceClient
from workreduce_client._runtime import DEFAULT_TIMEOUT
from workreduce_client.api.tasks import list_task_types

from .conftest import TOKEN

SECRET = "s3cr3t-token-value"


def test_default_timeouts_are_5s_to_connect_and_30s_to_read():
    http = WorkReduceClient(api_key="k").get_httpx_client()
    assert http.timeout == DEFAULT_TIMEOUT
    assert (http.timeout.connect, http.timeout.read) == (5.0, 30.0)


def test_timeouts_are_configurable_per_client():
    assert WorkReduceClient(api_key="k", timeout=2).get_httpx_client().timeout == httpx.Timeout(2)
    custom = httpx.Timeout(10.0, connect=1.0)
    assert (
        OutworkClient(application_token="t", tenant="acme", timeout=custom).get_async_httpx_client().timeout
        == custom
    )


def test_outwork_tenant_selects_the_server_and_base_url_always_wins(outwork_url):
    # The page's host (acme, outwork-partner-api.txt:66) is an example: a token must never go there
    # by default, so no tenant and no base_url is an error at construction, before any request.
    with pytest.raises(ValueError, match=r"^OutworkClient needs tenant= \(your own instance\) or base_url=$"):
        OutworkClient(application_token="t")
    with pytest.raises(ValueError, match="AsyncOutworkClient needs tenant="):
        AsyncOutworkClient(application_token="t")
    assert OutworkClient(application_token="t", tenant="acme").base_url == "https://acme.outwork.com"
    assert OutworkClient(application_token="t", base_url="http://proxy:1").base_url == "http://proxy:1"
    assert OutworkClient(application_token="t", tenant="doe").base_url == "https://doe.outwork.com"
    client = OutworkClient(application_token=TOKEN, tenant="doe", base_url=outwork_url)
    assert str(client.get_httpx_client().base_url).rstrip("/") == outwork_url
    assert [t.name for t in list_partner_types.sync(client=client)] == ["Default", "Tech Partner"]
    assert WorkReduceClient(api_key="k", base_url="http://proxy:1").base_url == "http://proxy:1"


def test_the_token_is_never_in_repr_or_str():
    for client in (
        WorkReduceClient(api_key=SECRET),
        OutworkClient(application_token=SECRET, tenant="doe"),
    ):
        assert SECRET not in repr(client) and SECRET not in str(client)
        assert SECRET not in repr(client.get_httpx_client().headers)  # httpx masks it as well


def test_the_token_is_never_in_exception_messages(outwork_url):
    client = OutworkClient(application_token=SECRET, base_url=outwork_url)
    with pytest.raises(AuthenticationError) as raised:
        list_partner_types.sync(client=client)
    texts = [str(raised.value), repr(raised.value), str(raised.value.body), raised.value.url]
    assert all(SECRET not in text for text in texts)


def test_debug_logging_shows_method_url_status_duration_and_redacts_the_token(fake_url, caplog):
    with fake_url("workreduce", misbehave="429:1") as url:
        client = WorkReduceClient(api_key=TOKEN, base_url=url)
        with caplog.at_level(logging.DEBUG):  # every logger: ours, httpx, httpcore, httpx_retries
            list_task_types.sync(client=client)
    assert all(TOKEN not in r.getMessage() for r in caplog.records)
    lines = [r.getMessage() for r in caplog.records if r.name == "workreduce_client"]
    requests = [line for line in lines if line.startswith("GET ")]
    assert [line.split(" in ")[0] for line in requests] == [
        f"GET {url}/v2/tasks -> 429",
        f"GET {url}/v2/tasks -> 200",
    ]
    assert all(" ms; headers " in line and "'authorization': '[redacted]'" in line for line in requests)
    assert all(TOKEN not in line for line in lines)


def test_nothing_is_logged_unless_debug_is_on(workreduce_url, caplog):
    client = WorkReduceClient(api_key=TOKEN, base_url=workreduce_url)
    with caplog.at_level(logging.INFO, logger="workreduce_client"):
        list_task_types.sync(client=client)
    assert [r for r in caplog.records if r.name == "workreduce_client"] == []
