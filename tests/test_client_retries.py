"""Retries against a misbehaving fake; the waits are recorded instead of slept."""

from __future__ import annotations

import asyncio
import io
import logging
import socket
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from workreduce_client import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncWorkReduceClient,
    RateLimitError,
    ServerError,
    WorkReduceClient,
)
from workreduce_client._runtime import retries
from workreduce_client.api.orders import create_order, get_order, list_orders
from workreduce_client.api.tasks import list_task_types
from workreduce_client.models import NewOrderForm, NewOrderMultipart
from workreduce_client.types import File

from .conftest import TOKEN


@pytest.fixture
def waits(monkeypatch) -> list[float]:
    recorded: list[float] = []

    async def apause(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(retries, "pause", recorded.append)
    monkeypatch.setattr(retries, "apause", apause)
    return recorded


def client(url: str, **options) -> WorkReduceClient:
    return WorkReduceClient(api_key=TOKEN, base_url=url, **options)


def test_429_is_retried_honouring_retry_after_seconds(fake_url, waits):
    with fake_url("workreduce", misbehave="429:2:7") as url:
        assert len(list_task_types.sync(client=client(url))) == 2
    assert waits == [7.0, 7.0]


def test_attempts_are_configurable_and_then_the_typed_error_is_raised(fake_url, waits):
    with fake_url("workreduce", misbehave="429:4:1") as url:
        with pytest.raises(RateLimitError):
            list_task_types.sync(client=client(url, max_retries=3))
        assert len(waits) == 3
        assert len(list_task_types.sync(client=client(url, max_retries=3))) == 2


def test_the_ceiling_caps_retry_after(fake_url, waits):
    with fake_url("workreduce", misbehave="503:2:120") as url:
        list_task_types.sync(client=client(url, max_retry_wait=2.5))
    assert waits == [2.5, 2.5]


def test_without_retry_after_the_backoff_is_exponential_with_jitter(fake_url, waits):
    with fake_url("workreduce", misbehave="503:3") as url:
        list_task_types.sync(client=client(url, max_retries=3, retry_backoff=1.0))
    assert len(waits) == 3
    for retry, wait in enumerate(waits, start=1):
        assert 0 <= wait <= 2**retry


def test_retry_after_as_an_http_date():
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 28 <= retries.retry_after_seconds(later) <= 30
    assert retries.retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retries.retry_after_seconds("soon") is None
    assert retries.retry_after_seconds("3") == 3.0


def test_a_post_is_retried_on_503_and_creates_one_order_with_its_files(fake_url, waits):
    with fake_url("workreduce", misbehave="503:2") as url:
        api = client(url)
        files = [File(payload=io.BytesIO(b"12345"), file_name="a.txt", mime_type="text/plain")]
        body = NewOrderMultipart(name="retried", task_type="recon", attachments=files)
        created = create_order.sync(client=api, body=body)
        order = get_order.sync(client=api, order_number=created.order_number)
        assert [(a.name, a.size) for a in order.work_request.attachments] == [("a.txt", 5)]
        assert [o.name for o in list_orders.sync(client=api)] == ["retried"]
    assert len(waits) == 2


def test_async_calls_are_retried_too(fake_url, waits):
    with fake_url("workreduce", misbehave="429:2:1") as url:
        created = asyncio.run(
            create_order.asyncio(client=client(url), body=NewOrderForm(name="a", task_type="recon"))
        )
    assert created.created == "success"
    assert waits == [1.0, 1.0]


def test_a_500_is_not_retried(fake_url, waits):
    with fake_url("workreduce", misbehave="500:1") as url, pytest.raises(ServerError):
        list_task_types.sync(client=client(url))
    assert waits == []


@pytest.fixture
def silent_server():
    """Accepts connections and never answers: every read times out. Yields (url, accepted count)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    accepted: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", accepted
    listener.close()
    for conn in accepted:
        conn.close()


def test_timeouts_are_retried_for_idempotent_methods_only(silent_server, waits):
    url, _ = silent_server
    api = client(url, timeout=0.05, max_retries=2, retry_backoff=0)
    with pytest.raises(APITimeoutError) as raised:
        list_task_types.sync(client=api)
    assert len(waits) == 2
    assert isinstance(raised.value.__cause__, httpx.ReadTimeout)
    waits.clear()
    with pytest.raises(APITimeoutError):
        api.orders.create(body=NewOrderForm(name="a", task_type="recon"))
    assert waits == []


def test_transport_errors_are_api_errors_carrying_the_masked_request(silent_server, waits):
    url, _ = silent_server
    api = WorkReduceClient(api_key="s3cret-key", base_url=url, timeout=0.05, max_retries=1)
    with pytest.raises(APIError) as raised:  # one `except APIError` catches every failure
        api.tasks.list_types()
    error = raised.value
    assert isinstance(error, APITimeoutError) and isinstance(error, APIConnectionError)
    assert (error.method, error.url) == ("GET", f"{url}/v2/tasks")
    assert error.request.headers["Authorization"] == "[redacted]"
    for text in (str(error), repr(error), error.message, str(error.request.headers)):
        assert "s3cret-key" not in text
    assert "timed out" in error.message


def test_async_calls_raise_the_same_transport_errors(waits):
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        closed_port = spare.getsockname()[1]

    async def call() -> None:
        async with AsyncWorkReduceClient(api_key=TOKEN, base_url=f"http://127.0.0.1:{closed_port}") as api:
            await api.tasks.list_types()

    with pytest.raises(APIConnectionError) as raised:
        asyncio.run(call())
    assert not isinstance(raised.value, APITimeoutError)
    assert isinstance(raised.value.__cause__, httpx.ConnectError)
    assert len(waits) == 2  # retried like the sync calls, then raised


def test_connection_errors_are_retried_and_logged(caplog, waits):
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        closed_port = spare.getsockname()[1]
    api = client(f"http://127.0.0.1:{closed_port}", max_retries=2)
    with caplog.at_level(logging.DEBUG, logger="workreduce_client"), pytest.raises(APIConnectionError):
        list_task_types.sync(client=api)
    assert [
        r.getMessage().split(" in ")[0] for r in caplog.records if r.getMessage().startswith("retry")
    ] == [
        "retry 1 of 2 after ConnectError",
        "retry 2 of 2 after ConnectError",
    ]


def test_a_copy_of_a_client_retries_once_not_twice(fake_url, waits):
    with fake_url("workreduce", misbehave="429:3") as url:
        copy = client(url, max_retries=2).with_timeout(httpx.Timeout(5.0))
        with pytest.raises(RateLimitError):
            list_task_types.sync(client=copy)
    assert len(waits) == 2
