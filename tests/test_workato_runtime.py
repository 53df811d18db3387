"""The runtime on the Workato API Platform client: page-style auto-pagination, data centers, errors."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from workato_platform_client import AuthenticationError, NotFoundError, WorkatoPlatformClient
from workato_platform_client._runtime import retries
from workato_platform_client.api.api_collections import create_api_collection, list_api_collections
from workato_platform_client.api.api_endpoints import enable_api_endpoint
from workato_platform_client.models import ApiCollection, ApiCollectionInput

from .conftest import TOKEN

PROJECT = "523144"
SEEDED_COLLECTIONS = 3


@pytest.fixture
def workato_url(fake_url):
    with fake_url("workato-platform") as url:
        yield url


def recording_client(url: str) -> tuple[WorkatoPlatformClient, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    client = WorkatoPlatformClient(
        api_token=TOKEN, base_url=url, httpx_args={"event_hooks": {"request": [seen.append]}}
    )
    return client, seen


def create_collections(client: WorkatoPlatformClient, count: int) -> None:
    for index in range(count):
        create_api_collection.sync(
            client=client, body=ApiCollectionInput(name=f"c{index}"), project_id=PROJECT
        )


def pages_asked(seen: list[httpx.Request]) -> list[dict[str, str]]:
    return [dict(r.url.params) for r in seen if r.method == "GET" and r.url.path == "/api/api_collections"]


def test_250_new_collections_come_in_three_pages_of_100(workato_url):
    client, seen = recording_client(workato_url)
    create_collections(client, 250)
    collections = list(client.iter_list_api_collections(per_page=100))
    assert len(collections) == 250 + SEEDED_COLLECTIONS
    assert len({c.id for c in collections}) == len(collections)
    assert all(isinstance(c, ApiCollection) for c in collections)
    assert pages_asked(seen) == [{"per_page": "100", "page": str(n)} for n in (1, 2, 3)]


def test_an_exact_multiple_of_100_ends_on_one_empty_page(workato_url):
    client, seen = recording_client(workato_url)
    create_collections(client, 200 - SEEDED_COLLECTIONS)
    assert len(list(client.iter_list_api_collections())) == 200  # per_page: the spec's max_size
    assert pages_asked(seen) == [{"per_page": "100", "page": str(n)} for n in (1, 2, 3)]


def test_an_empty_list_is_one_request_sync_and_async(workato_url):
    client, seen = recording_client(workato_url)
    collection = create_api_collection.sync(
        client=client, body=ApiCollectionInput(name="empty"), project_id=PROJECT
    )
    assert list(client.iter_list_api_endpoints(api_collection_id=collection.id)) == []
    endpoint_pages = [r for r in seen if r.url.path == "/api/api_endpoints"]
    assert [dict(r.url.params) for r in endpoint_pages] == [
        {"api_collection_id": str(collection.id), "per_page": "100", "page": "1"}
    ]

    async def collect() -> list[int]:
        plain = WorkatoPlatformClient(api_token=TOKEN, base_url=workato_url)
        return [c.id async for c in plain.aiter_list_api_collections(per_page=2)]

    assert len(asyncio.run(collect())) == SEEDED_COLLECTIONS + 1


def test_pages_can_start_later(workato_url):
    client, _ = recording_client(workato_url)
    everything = [c.id for c in client.iter_list_api_collections(per_page=1)]
    assert [c.id for c in client.iter_list_api_collections(per_page=1, page=2)] == everything[1:]


def test_an_unknown_data_center_names_the_choices_and_base_url_wins(workato_url):
    with pytest.raises(ValueError) as raised:
        WorkatoPlatformClient(api_token="t", data_center="mars")
    assert str(raised.value).startswith(
        "data_center='mars' is not one of: au, cn, eu, il, jp, sg, trial, us, www.workato.com"
    )
    client = WorkatoPlatformClient(api_token=TOKEN, data_center="eu", base_url=workato_url)
    assert client.base_url == workato_url
    assert len(list_api_collections.sync(client=client)) == SEEDED_COLLECTIONS


def test_workato_errors_carry_the_message_never_the_token(workato_url):
    secret = "workato-secret-token"
    with pytest.raises(AuthenticationError) as raised:
        list_api_collections.sync(client=WorkatoPlatformClient(api_token=secret, base_url=workato_url))
    assert raised.value.status == 401 and raised.value.message
    assert secret not in str(raised.value) and secret not in repr(raised.value)
    with pytest.raises(NotFoundError) as missing:
        enable_api_endpoint.sync(
            client=WorkatoPlatformClient(api_token=TOKEN, base_url=workato_url), api_endpoint_id=424242
        )
    assert missing.value.body["message"] == missing.value.message


def test_iteration_survives_rate_limiting(fake_url, monkeypatch):
    waits: list[float] = []
    monkeypatch.setattr(retries, "pause", waits.append)
    with fake_url("workato-platform", misbehave="429:2:1") as url:
        client = WorkatoPlatformClient(api_token=TOKEN, base_url=url)
        assert len(list(client.iter_list_api_collections(per_page=1))) == SEEDED_COLLECTIONS
    assert waits == [1.0, 1.0]
