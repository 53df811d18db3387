"""A Workato API Platform user's script: data centers, every resource, paging, async, errors."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import assert_type

from workato_platform_client import (
    APIError,
    AsyncWorkatoPlatformClient,
    AuthenticationError,
    WorkatoPlatformClient,
)
from workato_platform_client.api.api_collections import list_api_collections
from workato_platform_client.models import (
    AccessProfileInput,
    AccessProfileWithSecrets,
    ApiClient,
    ApiClientInput,
    ApiCollection,
    ApiCollectionInput,
    ApiEndpoint,
    AuthType,
    Success,
)


def sync_calls(token: str) -> None:
    client = WorkatoPlatformClient(api_token=token, data_center="eu", timeout=15.0)
    collection = client.api_collections.create(project_id="p1", body=ApiCollectionInput(name="Sales"))
    assert_type(collection, ApiCollection)
    assert_type(client.api_collections.list(per_page=10, page=2), list[ApiCollection])
    assert_type(client.api_collections.list_all(), Iterator[ApiCollection])
    assert_type(client.api_endpoints.list(api_collection_id=collection.id), list[ApiEndpoint])
    assert_type(client.api_endpoints.enable(7), Success)
    assert_type(client.api_endpoints.disable(api_endpoint_id=7), Success)
    api_client = client.api_clients.create(project_id="p1", body=ApiClientInput(name="partner"))
    assert_type(api_client, ApiClient)
    profile = client.api_access_profiles.create(
        api_client_id=api_client.id,
        body=AccessProfileInput(
            name="p", api_collection_ids=[collection.id], active=True, auth_type=AuthType.TOKEN
        ),
    )
    assert_type(profile, AccessProfileWithSecrets)
    assert_type(client.api_access_profiles.refresh_secret(profile.id), AccessProfileWithSecrets)
    assert_type(list_api_collections.sync(client=client, page=1), list[ApiCollection])
    try:
        client.api_clients.list()
    except AuthenticationError as error:
        print(error.status, error.message)
    except APIError as error:
        print(error.method, error.url)


async def async_calls(token: str) -> list[int]:
    async with AsyncWorkatoPlatformClient(api_token=token, base_url="http://127.0.0.1:1") as client:
        endpoints = client.api_endpoints.list_all(api_collection_id=1, per_page=5)
        assert_type(endpoints, AsyncIterator[ApiEndpoint])
        assert_type(await client.api_clients.list(), list[ApiClient])
        return [endpoint.id async for endpoint in endpoints]


if __name__ == "__main__":
    sync_calls("token")
    print(asyncio.run(async_calls("token")))
