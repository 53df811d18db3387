"""Every Workato API Platform operation through the generated client against the fake."""

from __future__ import annotations

import asyncio

import pytest
from workato_platform_client import NotFoundError, ValidationError, WorkatoPlatformClient
from workato_platform_client.api.api_access_profiles import (
    create_api_access_profile,
    disable_api_access_profile,
    enable_api_access_profile,
    list_api_access_profiles,
    refresh_api_access_profile_secret,
    update_api_access_profile,
)
from workato_platform_client.api.api_clients import create_api_client, list_api_clients
from workato_platform_client.api.api_collections import create_api_collection, list_api_collections
from workato_platform_client.api.api_endpoints import (
    disable_api_endpoint,
    enable_api_endpoint,
    list_api_endpoints,
)
from workato_platform_client.models import (
    AccessProfile,
    AccessProfileInput,
    AccessProfileWithSecrets,
    ApiClientInput,
    ApiClientV2Input,
    ApiCollection,
    ApiCollectionInput,
    ApiKeyInput,
    AuthType,
    Error,
    JwtMethod,
    Success,
)

from .conftest import TOKEN

PROJECT = "523144"
RUNNING_ENDPOINT, STOPPED_ENDPOINT, SEEDED_COLLECTION = 1213, 9903, 1391


@pytest.fixture
def client(fake_url):
    with fake_url("workato-platform") as url:
        yield WorkatoPlatformClient(api_token=TOKEN, base_url=url)


def new_collection(client: WorkatoPlatformClient, name: str = "Netsuite customers") -> ApiCollection:
    created = create_api_collection.sync(
        client=client, body=ApiCollectionInput(name=name), project_id=PROJECT
    )
    assert isinstance(created, ApiCollection)
    return created


def new_profile(client: WorkatoPlatformClient, **fields) -> AccessProfileWithSecrets:
    client_id = fields.pop("api_client_id", None)
    if client_id is None:
        client_id = create_api_client.sync(
            client=client, body=ApiClientInput(name="C"), project_id=PROJECT
        ).id
    fields.setdefault("api_collection_ids", [new_collection(client).id])
    body = AccessProfileInput(name="Sales team", active=True, **fields)
    return create_api_access_profile.sync(client=client, body=body, api_client_id=client_id)


def test_create_collection_then_list_it_with_project_and_offset_timestamps(client):
    created = new_collection(client, "Quote to cash")
    listed = list_api_collections.sync(client=client)
    assert [c.id for c in listed if c.name == "Quote to cash"] == [1361, created.id]
    mine = next(c for c in listed if c.id == created.id)
    assert mine.project_id == PROJECT and isinstance(mine.id, int)
    assert mine.created_at.utcoffset() is not None
    assert mine.url.startswith("https://") and mine.api_spec_url.startswith("https://")


def test_250_collections_page_by_100_into_three_pages(client):
    seeded = len(list_api_collections.sync(client=client))
    for n in range(250 - seeded):
        new_collection(client, f"Collection {n}")
    pages = [list_api_collections.sync(client=client, per_page=100, page=n) for n in (1, 2, 3, 4)]
    assert [len(p) for p in pages] == [100, 100, 50, 0]
    ids = [c.id for p in pages for c in p]
    assert len(set(ids)) == 250


def test_per_page_above_100_is_refused_not_clamped(client):
    response = list_api_collections.sync_detailed(client=client, per_page=101)
    assert response.status_code == 400
    assert isinstance(response.parsed, Error) and "per_page" in response.parsed.errors.additional_properties


def test_list_endpoints_of_a_collection(client):
    endpoints = list_api_endpoints.sync(client=client, api_collection_id=SEEDED_COLLECTION)
    assert {e.id for e in endpoints} == {RUNNING_ENDPOINT, STOPPED_ENDPOINT}
    assert all(e.api_collection_id == SEEDED_COLLECTION for e in endpoints)
    assert list_api_endpoints.sync(client=client, api_collection_id=new_collection(client).id) == []


def active(client: WorkatoPlatformClient, endpoint_id: int) -> bool:
    return next(e.active for e in list_api_endpoints.sync(client=client) if e.id == endpoint_id)


def test_enable_and_disable_an_endpoint_whose_recipe_runs(client):
    assert enable_api_endpoint.sync(client=client, api_endpoint_id=RUNNING_ENDPOINT) == Success(success=True)
    assert active(client, RUNNING_ENDPOINT)
    assert disable_api_endpoint.sync(client=client, api_endpoint_id=RUNNING_ENDPOINT) == Success(success=True)
    assert not active(client, RUNNING_ENDPOINT)


def test_enabling_an_endpoint_whose_recipe_is_stopped_fails_and_changes_nothing(client):
    response = enable_api_endpoint.sync_detailed(client=client, api_endpoint_id=STOPPED_ENDPOINT)
    assert response.status_code == 400
    assert "not running" in response.parsed.message
    assert not active(client, STOPPED_ENDPOINT)


def test_unknown_endpoint_is_404(client):
    response = disable_api_endpoint.sync_detailed(client=client, api_endpoint_id=424242)
    assert response.status_code == 404 and isinstance(response.parsed, Error)


def test_create_and_list_clients(client):
    created = create_api_client.sync(
        client=client, body=ApiClientInput(name="Automation Inc."), project_id="9"
    )
    listed = list_api_clients.sync(client=client)
    assert created.id in {c.id for c in listed}
    assert next(c for c in listed if c.id == created.id).project_id == "9"


def test_token_profile_returns_its_secret_and_nulls_the_rest(client):
    profile = new_profile(client, auth_type=AuthType.TOKEN, ip_allow_list=["192.168.0.1", "10.0.0.0/8"])
    assert isinstance(profile, AccessProfileWithSecrets)
    assert profile.secret
    assert (profile.jwt_method, profile.jwt_secret, profile.oauth_client_id, profile.oauth_client_secret) == (
        None,
        None,
        None,
        None,
    )
    assert profile.ip_allow_list == ["192.168.0.1", "10.0.0.0/8"]


def test_list_profiles_of_a_client_leaves_out_secrets(client):
    profile = new_profile(client, auth_type=AuthType.OAUTH2)
    listed = list_api_access_profiles.sync(client=client, api_client_id=profile.api_client_id)
    assert [p.id for p in listed] == [profile.id]
    assert isinstance(listed[0], AccessProfile)
    assert not {"secret", "oauth_client_secret"} & set(listed[0].additional_properties)


def test_refresh_gives_a_token_profile_a_new_secret(client):
    profile = new_profile(client, auth_type=AuthType.TOKEN)
    refreshed = refresh_api_access_profile_secret.sync(client=client, api_access_profile_id=profile.id)
    assert refreshed.secret and refreshed.secret != profile.secret


def test_refresh_gives_an_oauth2_profile_new_client_credentials(client):
    profile = new_profile(client, auth_type=AuthType.OAUTH2)
    refreshed = refresh_api_access_profile_secret.sync(client=client, api_access_profile_id=profile.id)
    assert refreshed.oauth_client_id != profile.oauth_client_id
    assert refreshed.oauth_client_secret != profile.oauth_client_secret


def test_refresh_fails_for_a_jwt_profile(client):
    profile = new_profile(client, auth_type=AuthType.JWT, jwt_method=JwtMethod.HMAC, jwt_secret="s3cr3t")
    assert (profile.jwt_method, profile.secret) == (JwtMethod.HMAC, None)
    response = refresh_api_access_profile_secret.sync_detailed(
        client=client, api_access_profile_id=profile.id
    )
    assert response.status_code == 400
    assert "jwt" in response.parsed.message


def test_jwt_needs_a_method_and_oidc_urls_exclude_each_other(client):
    with pytest.raises(ValidationError) as no_method:
        new_profile(client, auth_type=AuthType.JWT, jwt_secret="s3cr3t")
    with pytest.raises(ValidationError) as both_urls:
        new_profile(
            client,
            auth_type=AuthType.OIDC,
            oidc_issuer="https://idp.example.com",
            oidc_jwks_uri="https://idp.example.com/jwks",
        )
    assert isinstance(no_method.value.model, Error) and isinstance(both_urls.value.model, Error)


def test_profile_for_a_missing_client_is_404(client):
    response = create_api_access_profile.sync_detailed(
        client=client,
        body=AccessProfileInput(name="x", api_collection_ids=[1391], active=True, auth_type=AuthType.TOKEN),
        api_client_id=999999,
    )
    assert response.status_code == 404 and "999999" in response.parsed.message


def test_profile_with_a_missing_collection_is_400_naming_it(client):
    with pytest.raises(ValidationError) as raised:
        new_profile(client, auth_type=AuthType.TOKEN, api_collection_ids=[1391, 777777])
    assert "777777" in raised.value.errors["api_collection_ids"][0]
    assert "777777" in raised.value.model.errors.additional_properties["api_collection_ids"][0]


def test_update_replaces_settings_and_keeps_or_reissues_secrets(client):
    profile = new_profile(client, auth_type=AuthType.TOKEN)
    body = AccessProfileInput(
        name="Renamed", api_collection_ids=profile.api_collection_ids, active=False, auth_type=AuthType.TOKEN
    )
    same_type = update_api_access_profile.sync(client=client, api_access_profile_id=profile.id, body=body)
    assert (same_type.name, same_type.active, same_type.secret) == ("Renamed", False, profile.secret)
    body.auth_type = AuthType.OAUTH2
    new_type = update_api_access_profile.sync(client=client, api_access_profile_id=profile.id, body=body)
    assert new_type.secret is None and new_type.oauth_client_secret


def test_enable_and_disable_a_profile(client):
    profile = new_profile(client, auth_type=AuthType.TOKEN)

    def is_active() -> bool:
        (listed,) = list_api_access_profiles.sync(client=client, api_client_id=profile.api_client_id)
        return listed.active

    assert disable_api_access_profile.sync(client=client, api_access_profile_id=profile.id).success
    assert not is_active()
    assert enable_api_access_profile.sync(client=client, api_access_profile_id=profile.id).success
    assert is_active()


def test_v2_client_keys_live_under_it_and_a_refresh_shows_in_later_lists(client):
    body = ApiClientV2Input(
        name="Partner", project_id=777, api_collection_ids=[SEEDED_COLLECTION], auth_type=AuthType.TOKEN
    )
    created = client.v2_api_clients.create(body=body).data
    assert created.api_token and created.is_legacy is False and created.logo is None
    assert [(c.id, c.name) for c in created.api_collections] == [(SEEDED_COLLECTION, "Netsuite customers")]
    assert (created.total_api_keys_count, created.active_api_keys_count) == (0, 0)
    page = client.v2_api_clients.list(project_id=777)
    assert [c.id for c in page.data] == [created.id] and (page.count, page.page) == (1, 1)
    assert client.api_keys.list(created.id).data == []

    key = client.api_keys.create(created.id, body=ApiKeyInput(name="prod", active=True)).data
    client.api_keys.create(
        created.id, body=ApiKeyInput(name="off", active=False, ip_deny_list=["10.0.0.0/8"])
    )
    assert key.auth_type == "token" and len(key.auth_token) == 64 and key.active_since.utcoffset() is not None
    (listed_client,) = client.v2_api_clients.list(project_id=777).data
    assert (listed_client.total_api_keys_count, listed_client.active_api_keys_count) == (2, 1)

    refreshed = client.api_keys.refresh_secret(created.id, key.id).data
    assert refreshed.id == key.id and refreshed.auth_token != key.auth_token
    keys = client.api_keys.list(created.id)
    assert keys.count == 2 and [k.name for k in keys.data] == ["prod", "off"]
    assert keys.data[0].auth_token == refreshed.auth_token
    assert client.api_keys.list(2101).count == 1  # the seeded client's key is not among them


def test_v2_refusals_unknown_collection_client_and_key_and_jwt_without_secret(client):
    with pytest.raises(ValidationError) as raised:
        client.v2_api_clients.create(
            body=ApiClientV2Input(name="x", api_collection_ids=[777777], auth_type=AuthType.TOKEN)
        )
    assert "777777" in raised.value.errors["api_collection_ids"][0]
    with pytest.raises(ValidationError):
        client.v2_api_clients.create(
            body=ApiClientV2Input(
                name="x",
                api_collection_ids=[SEEDED_COLLECTION],
                auth_type=AuthType.JWT,
                jwt_method=JwtMethod.HMAC,
            )
        )
    with pytest.raises(NotFoundError):
        client.api_keys.create(999999, body=ApiKeyInput(name="k", active=True))
    with pytest.raises(NotFoundError):
        client.api_keys.refresh_secret(2101, 999999)


def test_every_operation_needs_the_bearer_token(client):
    stranger = WorkatoPlatformClient(api_token="wrong", base_url=client.base_url)
    response = list_api_clients.sync_detailed(client=stranger)
    assert response.status_code == 401
    assert response.parsed == Error(message="Unauthorized")


def test_async_calls_work_the_same(client):
    async def both():
        return await asyncio.gather(
            list_api_collections.asyncio(client=client, per_page=2),
            list_api_clients.asyncio(client=client),
        )

    collections, clients = asyncio.run(both())
    assert len(collections) == 2 and {c.id for c in clients} >= {1255, 1890}


@pytest.mark.parametrize(
    ("data_center", "url"),
    [
        (None, "https://www.workato.com"),
        ("us", "https://www.workato.com"),
        ("eu", "https://app.eu.workato.com"),
        ("jp", "https://app.jp.workato.com"),
        ("sg", "https://app.sg.workato.com"),
        ("au", "https://app.au.workato.com"),
        ("il", "https://app.il.workato.com"),
        ("cn", "https://app.workatoapp.cn"),
        ("app.eu.workato.com", "https://app.eu.workato.com"),
    ],
)
def test_data_center_selects_the_base_url(data_center, url):
    assert WorkatoPlatformClient(api_token="t", data_center=data_center).base_url == url


def test_unknown_data_center_is_refused_and_base_url_wins():
    with pytest.raises(ValueError, match="data_center='mars'"):
        WorkatoPlatformClient(api_token="t", data_center="mars")
    explicit = WorkatoPlatformClient(api_token="t", data_center="eu", base_url="http://localhost:1")
    assert explicit.base_url == "http://localhost:1"


def test_token_is_not_in_repr():
    client = WorkatoPlatformClient(api_token="very-secret-token", data_center="eu")
    assert "very-secret-token" not in repr(client) and "very-secret-token" not in str(client)
