"""Workato Embedded, part 1, through the generated client against the fake: customer accounts, their
members, collaborators, roles, managers, properties, folders, the JWT key and the API platform
inside each account. Every scenario runs twice, through `sync` and through `asyncio`."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from workato_embedded_client import NotFoundError, ValidationError, WorkatoEmbeddedClient
from workato_embedded_client.api.api_access_profiles import (
    create_api_access_profile,
    disable_api_access_profile,
    enable_api_access_profile,
    list_api_access_profiles,
    refresh_api_access_profile_secret,
    update_api_access_profile,
)
from workato_embedded_client.api.api_clients import create_api_client, list_api_clients
from workato_embedded_client.api.api_collections import create_api_collection, list_api_collections
from workato_embedded_client.api.api_endpoints import (
    disable_api_endpoint,
    enable_api_endpoint,
    list_api_endpoints,
)
from workato_embedded_client.api.collaborators import invite_collaborator
from workato_embedded_client.api.customer_managers import (
    create_customer_manager,
    delete_customer_manager,
    list_customer_managers,
    update_customer_manager,
)
from workato_embedded_client.api.customers import (
    create_customer,
    delete_customer,
    get_customer,
    get_customers_usage,
    list_customers,
    update_customer,
)
from workato_embedded_client.api.folders import create_folder, list_folders
from workato_embedded_client.api.jwt_direct_link import update_signature_verification_key
from workato_embedded_client.api.members import (
    add_member,
    get_member,
    list_members,
    remove_member,
    update_member,
)
from workato_embedded_client.api.properties import list_properties, upsert_properties
from workato_embedded_client.api.roles import copy_role, list_roles
from workato_embedded_client.models import (
    ApiAccessProfileInput,
    ApiAuthType,
    ApiClientInput,
    ApiCollectionInput,
    CollaboratorInvitation,
    CollaboratorInvitationEnvRolesItem,
    CollaboratorInvitationEnvRolesItemEnvironmentType,
    CustomerInput,
    CustomerManagerInput,
    CustomerManagerUpdate,
    CustomerUpdate,
    FolderInput,
    MemberInput,
    MemberUpdate,
    PropertiesInput,
    PropertiesInputProperties,
    RoleCopyInput,
    SignatureVerificationKeyInput,
)

from contract_tests.fake.serve import build_app, running
from contract_tests.openapi.loader import Api, get_api

from .conftest import TOKEN

ACME, ACME_EXTERNAL, GLOBEX = "19029", "EA2300", "19030"
PROJECT, PROJECT_FOLDER = 523144, 5201
RUNNING_ENDPOINT, STOPPED_ENDPOINT = 1213, 9903
PEM = (
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4ngjihh5hXDRe0c1\n"
    "-----END PUBLIC KEY-----"
)


class Caller:
    """Calls an operation module through `sync` or through `asyncio` (on one event loop per test)."""

    def __init__(self, client: WorkatoEmbeddedClient, mode: str, loop: asyncio.AbstractEventLoop) -> None:
        self.client, self.mode, self.loop = client, mode, loop

    def __call__(self, operation: Any, **kwargs: Any) -> Any:
        if self.mode == "sync":
            return operation.sync(client=self.client, **kwargs)
        return self.loop.run_until_complete(operation.asyncio(client=self.client, **kwargs))

    def status(self, operation: Any, **kwargs: Any) -> int:
        """The status of a call, whatever it is (the non-detailed calls raise for 4xx)."""
        if self.mode == "sync":
            return operation.sync_detailed(client=self.client, **kwargs).status_code
        return self.loop.run_until_complete(
            operation.asyncio_detailed(client=self.client, **kwargs)
        ).status_code


@pytest.fixture(scope="module")
def api() -> Api:
    return get_api("workato-embedded")  # read once: parsing the specs costs more than a fresh fake


@pytest.fixture
def served(api: Api) -> Iterator[tuple[str, Any]]:
    """A fresh fake, and its store for what the API cannot show (what a deleted customer left)."""
    app = build_app(api, token=TOKEN)
    with running(app) as url:
        yield url, app.store


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, served: tuple[str, Any]) -> Iterator[Caller]:
    loop = asyncio.new_event_loop()
    client = WorkatoEmbeddedClient(api_token=TOKEN, base_url=served[0])
    yield Caller(client, request.param, loop)
    loop.close()


def new_customer(call: Caller, external_id: str | None = None, name: str = "Initech") -> str:
    body = CustomerInput(name=name, notification_email="ops@initech.example")
    if external_id is not None:
        body.external_id = external_id
    return str(call(create_customer, body=body).id)


def properties(**values: str) -> PropertiesInput:
    sent = PropertiesInputProperties()
    sent.additional_properties = dict(values)
    return PropertiesInput(properties=sent)


# Customers


def test_customer_lifecycle_by_id_and_by_external_id(call: Caller) -> None:
    created = call(
        create_customer, body=CustomerInput(name="Initech", notification_email="a@initech.example")
    )
    assert created.name == "Initech" and created.plan_id == "oem_standard_plan" and created.in_trial is False
    customer_id = str(created.id)
    call(update_customer, managed_user_id=customer_id, body=CustomerUpdate(external_id="IN-7"))
    by_external = call(get_customer, managed_user_id="EIN-7")
    assert by_external.id == created.id and by_external.external_id == "IN-7"
    changed = call(update_customer, managed_user_id="EIN-7", body=CustomerUpdate(name="Initrode"))
    assert changed.name == "Initrode" and changed.notification_email == "a@initech.example"
    assert call(get_customer, managed_user_id=customer_id).name == "Initrode"
    assert created.id in [c.id for c in call(list_customers, per_page=100).result]
    assert call(delete_customer, managed_user_id="EIN-7").success is True
    assert call.status(get_customer, managed_user_id=customer_id) == 404
    assert call.status(get_customer, managed_user_id="EIN-7") == 404
    with pytest.raises(NotFoundError):
        call(delete_customer, managed_user_id=customer_id)


def test_seeded_customer_answers_to_its_external_id(call: Caller) -> None:
    by_id, by_external = (
        call(get_customer, managed_user_id=ACME),
        call(get_customer, managed_user_id=ACME_EXTERNAL),
    )
    assert by_id == by_external and by_id.external_id == "A2300"
    assert call.status(get_customer, managed_user_id="ENOPE") == 404


def test_external_ids_are_unique_on_create_and_update(call: Caller) -> None:
    body = CustomerInput(name="Copycat", notification_email="c@copycat.example", external_id="A2300")
    with pytest.raises(ValidationError) as raised:
        call(create_customer, body=body)
    assert "external_id" in raised.value.model.errors.additional_properties
    other = new_customer(call, external_id="X1")
    assert (
        call.status(update_customer, managed_user_id=other, body=CustomerUpdate(external_id="A2300")) == 400
    )
    assert (
        call(update_customer, managed_user_id=other, body=CustomerUpdate(external_id="X1")).external_id
        == "X1"
    )
    assert call(get_customer, managed_user_id=ACME_EXTERNAL).id == int(ACME)  # unchanged


def test_usage_has_twelve_months_per_customer(call: Caller) -> None:
    mine = new_customer(call)
    usage = call(get_customers_usage).result.additional_properties
    assert {ACME, GLOBEX, mine} <= set(usage)
    months = list(usage[mine])
    assert len(months) == 12 and months == sorted(months) and all(len(m) == 7 and m[4] == "-" for m in months)
    assert set(usage[mine].values()) == {0}


def test_250_customers_page_by_100(call: Caller) -> None:
    for n in range(250 - len(call(list_customers).result)):
        new_customer(call, name=f"Customer {n}")
    pages = [call(list_customers, page=page, per_page=100).result for page in (1, 2, 3, 4)]
    assert [len(p) for p in pages] == [100, 100, 50, 0]
    ids = [c.id for page in pages for c in page]
    assert len(set(ids)) == 250 and ids == sorted(ids)
    if call.mode == "sync":
        every = [c.id for c in call.client.iter_list_customers(per_page=100)]
    else:

        async def collect() -> list[int]:
            return [c.id async for c in call.client.aiter_list_customers(per_page=100)]

        every = call.loop.run_until_complete(collect())
    assert every == ids
    assert call.status(list_customers, per_page=101) == 400


# Members, collaborators, roles


def test_members_add_get_update_remove(call: Caller) -> None:
    assert [m.id for m in call(list_members, managed_user_id=ACME_EXTERNAL)] == [7342]
    body = MemberInput(name="Ana Ruiz", email="ana@acme.example", role_name="Analyst", external_id="u-2")
    added = call(add_member, managed_user_id=ACME_EXTERNAL, body=body)
    assert added.role_name == "Analyst" and added.email == "ana@acme.example"
    assert call(get_member, managed_user_id=ACME, member_id=added.id) == added
    changed = call(
        update_member, managed_user_id=ACME, member_id=added.id, body=MemberUpdate(role_name="Admin")
    )
    assert changed.role_name == "Admin" and changed.name == "Ana Ruiz"
    assert [m.id for m in call(list_members, managed_user_id=ACME)] == [7342, added.id]
    assert call(remove_member, managed_user_id=ACME_EXTERNAL, member_id=added.id).success is True
    assert call.status(get_member, managed_user_id=ACME, member_id=added.id) == 404
    assert [m.id for m in call(list_members, managed_user_id=ACME)] == [7342]


def test_invited_collaborators_are_listed_as_team_members(call: Caller) -> None:
    invitation = CollaboratorInvitation(name="Sam Park", email="sam@acme.example", role_name="Analyst")
    assert call(invite_collaborator, managed_user_id=ACME_EXTERNAL, body=invitation).result == "ok"
    env = CollaboratorInvitationEnvRolesItemEnvironmentType
    roles = [
        CollaboratorInvitationEnvRolesItem(environment_type=env.PROD, role_name="Operator"),
        CollaboratorInvitationEnvRolesItem(environment_type=env.DEV, role_name="Builder"),
    ]
    both = CollaboratorInvitation(
        name="Lee Wu", email="lee@acme.example", role_name="Analyst", env_roles=roles
    )
    call(invite_collaborator, managed_user_id=ACME, body=both)
    invited = {m.email: m for m in call(list_members, managed_user_id=ACME)}
    assert invited["sam@acme.example"].grant_type == "team member"
    assert (
        invited["sam@acme.example"].role_name == "Analyst" and invited["sam@acme.example"].name == "Sam Park"
    )
    assert invited["lee@acme.example"].role_name == "Builder"  # env_roles wins over role_name
    assert call.status(invite_collaborator, managed_user_id="424242", body=invitation) == 404


def test_role_copies_default_their_name_and_folders_and_are_listed(call: Caller) -> None:
    (original,) = call(list_roles, managed_user_id=ACME)
    plain = call(copy_role, managed_user_id=ACME_EXTERNAL, role_id=original.id, body=RoleCopyInput())
    assert plain.name == "Copy of Support" and plain.folder_ids == original.folder_ids == [5201, 5202]
    assert plain.privileges == original.privileges and plain.id != original.id
    narrowed = call(
        copy_role,
        managed_user_id=ACME,
        role_id=original.id,
        body=RoleCopyInput(name="Support (EU)", folder_ids=[5203]),
    )
    assert narrowed.name == "Support (EU)" and narrowed.folder_ids == [5203]
    listed = call(list_roles, managed_user_id=ACME, per_page=2)
    assert [r.id for r in listed] == [original.id, plain.id]
    assert [r.id for r in call(list_roles, managed_user_id=ACME, page=2, per_page=2)] == [narrowed.id]
    assert call.status(copy_role, managed_user_id=ACME, role_id=999999, body=RoleCopyInput()) == 404


# Customer managers


def test_customer_managers_create_update_delete(call: Caller) -> None:
    (seeded,) = call(list_customer_managers).result.items
    assert seeded.id == 301 and [w.id for w in seeded.moderated_workspaces] == [19029]
    body = CustomerManagerInput(
        email="kai@partner.example", name="Kai", role_id="12", permitted_workspace_ids=[19029]
    )
    created = call(create_customer_manager, body=body).result
    assert created.user.email == "kai@partner.example" and created.user.name == "Kai"
    assert created.privilege_group.id == 12 and created.privilege_group.name == "Customer success"
    assert [(w.id, w.name) for w in created.moderated_workspaces] == [(19029, "Acme Corp")]
    everything = call(
        update_customer_manager, customer_manager_id=created.id, body=CustomerManagerUpdate(role_id="1")
    )
    assert everything.result.privilege_group.name == "Admin" and everything.result.moderated_workspaces == []
    assert everything.result.user == created.user
    listed = {m.id: m for m in call(list_customer_managers).result.items}
    assert listed[created.id].privilege_group.id == 1
    assert call(delete_customer_manager, customer_manager_id=created.id).success is True
    assert [m.id for m in call(list_customer_managers).result.items] == [301]
    assert call.status(delete_customer_manager, customer_manager_id=created.id) == 404


def test_customer_managers_need_a_known_role_and_known_customers(call: Caller) -> None:
    unknown_role = CustomerManagerInput(email="x@partner.example", role_id="999")
    with pytest.raises(ValidationError) as raised:
        call(create_customer_manager, body=unknown_role)
    assert "role_id" in raised.value.model.errors.additional_properties
    unknown_customer = CustomerManagerUpdate(role_id="12", permitted_workspace_ids=[19029, 424242])
    assert call.status(update_customer_manager, customer_manager_id=301, body=unknown_customer) == 400
    assert (
        call.status(
            update_customer_manager, customer_manager_id=424242, body=CustomerManagerUpdate(role_id="12")
        )
        == 404
    )
    assert [w.id for w in call(list_customer_managers).result.items[0].moderated_workspaces] == [19029]


# Properties, folders, the JWT key


def test_properties_upsert_and_filter_by_prefix_and_project(call: Caller) -> None:
    sent = properties(**{"sf.object": "Account", "sf.email": "a@acme.example", "ns.region": "EU"})
    assert call(upsert_properties, managed_user_id=ACME_EXTERNAL, body=sent).success is True
    call(
        upsert_properties,
        managed_user_id=ACME,
        body=properties(**{"sf.object": "Contact"}),
        project_id=PROJECT,
    )
    call(upsert_properties, managed_user_id=ACME, body=properties(**{"sf.object": "Lead", "sf.new": "1"}))
    environment = call(list_properties, managed_user_id=ACME, prefix="sf.").result.additional_properties
    assert environment == {"sf.object": "Lead", "sf.email": "a@acme.example", "sf.new": "1"}
    project = call(list_properties, managed_user_id=ACME_EXTERNAL, prefix="sf", project_id=PROJECT)
    assert project.result.additional_properties == {"sf.object": "Contact"}
    assert call(list_properties, managed_user_id=GLOBEX, prefix="sf.").result.additional_properties == {}
    assert call.status(list_properties, managed_user_id="424242", prefix="sf.") == 404


def test_at_most_1000_properties_in_one_scope(call: Caller) -> None:
    many = properties(**{f"p.{n}": str(n) for n in range(1000)})
    call(upsert_properties, managed_user_id=ACME, body=many)
    call(upsert_properties, managed_user_id=ACME, body=properties(**{"p.0": "again"}))  # overwriting is fine
    assert call.status(upsert_properties, managed_user_id=ACME, body=properties(**{"p.new": "x"})) == 400
    assert call(
        upsert_properties, managed_user_id=ACME, body=properties(**{"p.new": "x"}), project_id=PROJECT
    )
    assert len(call(list_properties, managed_user_id=ACME, prefix="p.").result.additional_properties) == 1000


def test_folders_nest_in_projects(call: Caller) -> None:
    seeded = call(list_folders, managed_user_id=ACME).result
    assert [f.id for f in seeded] == [5201, 5202, 5203]
    inner = call(
        create_folder,
        managed_user_id=ACME_EXTERNAL,
        body=FolderInput(name="Netsuite", parent_id=str(PROJECT_FOLDER)),
    )
    assert inner.parent_id == PROJECT_FOLDER and inner.project_id == PROJECT and inner.is_project is False
    top = call(create_folder, managed_user_id=ACME, body=FolderInput(name="Marketing"))
    assert top.parent_id is None and top.is_project is True and top.project_id not in (None, PROJECT)
    children = call(list_folders, managed_user_id=ACME, parent_id=PROJECT_FOLDER).result
    assert [f.id for f in children] == [5202, 5203, inner.id]
    assert [f.id for f in call(list_folders, managed_user_id=ACME, page=2, per_page=4).result] == [top.id]
    assert (
        call.status(create_folder, managed_user_id=ACME, body=FolderInput(name="X", parent_id="424242"))
        == 400
    )
    elsewhere = FolderInput(name="X", parent_id=str(PROJECT_FOLDER))  # Acme's folder is unknown in Globex
    assert call.status(create_folder, managed_user_id=GLOBEX, body=elsewhere) == 400


def test_signature_verification_key(call: Caller, served: tuple[str, Any]) -> None:
    answer = call(update_signature_verification_key, body=SignatureVerificationKeyInput(key=PEM))
    assert answer.success is True and answer.vendor_id == "4821"
    call(update_signature_verification_key, body=SignatureVerificationKeyInput(key=PEM.replace("c1", "c2")))
    assert [item["key"] for item in served[1].all("signature_verification_key")] == [PEM.replace("c1", "c2")]
    bad = SignatureVerificationKeyInput(key="not a key")
    assert call.status(update_signature_verification_key, body=bad) == 400


# The API platform inside a customer account


def test_api_platform_inside_a_customer(call: Caller) -> None:
    assert [c.id for c in call(list_api_collections, managed_user_id=ACME).result] == [1361, 1391]
    collection = call(
        create_api_collection,
        managed_user_id=ACME_EXTERNAL,
        body=ApiCollectionInput(name="Orders"),
        project_id=str(PROJECT),
    )
    assert collection.project_id == str(PROJECT) and collection.url.startswith("https://")
    assert (
        call.status(
            create_api_collection, managed_user_id=ACME, body=ApiCollectionInput(name="X"), project_id="9"
        )
        == 400
    )
    endpoints = call(list_api_endpoints, managed_user_id=ACME, api_collection_id=1391).result
    assert {e.id for e in endpoints} == {RUNNING_ENDPOINT, STOPPED_ENDPOINT}
    assert call(enable_api_endpoint, managed_user_id=ACME, api_endpoint_id=RUNNING_ENDPOINT).success is True
    assert call.status(enable_api_endpoint, managed_user_id=ACME, api_endpoint_id=STOPPED_ENDPOINT) == 400
    assert call(disable_api_endpoint, managed_user_id=ACME_EXTERNAL, api_endpoint_id=RUNNING_ENDPOINT).success
    assert not any(e.active for e in call(list_api_endpoints, managed_user_id=ACME).result)
    api_client = call(create_api_client, managed_user_id=ACME, body=ApiClientInput(name="Partner app"))
    assert [c.id for c in call(list_api_clients, managed_user_id=ACME).result] == [1255, api_client.id]
    body = ApiAccessProfileInput(
        name="Orders", api_collection_ids=[collection.id], active=True, auth_type=ApiAuthType.TOKEN
    )
    profile = call(create_api_access_profile, managed_user_id=ACME, body=body, api_client_id=api_client.id)
    assert profile.secret and profile.oauth_client_id is None and profile.api_client_id == api_client.id
    body.auth_type = ApiAuthType.OAUTH2
    updated = call(
        update_api_access_profile, managed_user_id=ACME, api_access_profile_id=profile.id, body=body
    )
    assert updated.secret is None and updated.oauth_client_id and updated.oauth_client_secret
    refreshed = call(
        refresh_api_access_profile_secret, managed_user_id=ACME_EXTERNAL, api_access_profile_id=profile.id
    )
    assert refreshed.oauth_client_secret != updated.oauth_client_secret
    assert call(disable_api_access_profile, managed_user_id=ACME, api_access_profile_id=profile.id).success
    mine = call(list_api_access_profiles, managed_user_id=ACME, api_client_id=api_client.id)
    assert [(p.id, p.active) for p in mine] == [(profile.id, False)]
    assert call(enable_api_access_profile, managed_user_id=ACME, api_access_profile_id=profile.id).success
    assert call(list_api_access_profiles, managed_user_id=ACME, api_client_id=api_client.id)[0].active is True
    assert (
        call.status(refresh_api_access_profile_secret, managed_user_id=ACME, api_access_profile_id=26990)
        == 400
    )


# What belongs to one customer


def test_another_customers_objects_are_404(call: Caller) -> None:
    other = new_customer(call)
    assert call(list_members, managed_user_id=other) == []
    assert call.status(get_member, managed_user_id=other, member_id=7342) == 404
    assert (
        call.status(update_member, managed_user_id=GLOBEX, member_id=7342, body=MemberUpdate(name="X")) == 404
    )
    assert call.status(remove_member, managed_user_id=other, member_id=7342) == 404
    assert call.status(copy_role, managed_user_id=other, role_id=1123, body=RoleCopyInput()) == 404
    assert call.status(enable_api_endpoint, managed_user_id=other, api_endpoint_id=RUNNING_ENDPOINT) == 404
    assert (
        call.status(
            update_api_access_profile,
            managed_user_id=other,
            api_access_profile_id=26985,
            body=profile_input(),
        )
        == 404
    )
    assert (
        call.status(refresh_api_access_profile_secret, managed_user_id=other, api_access_profile_id=26985)
        == 404
    )
    assert call(list_api_collections, managed_user_id=other).result == []
    # Acme's client and collections are unknown inside the other account.
    assert (
        call.status(
            create_api_access_profile, managed_user_id=other, body=profile_input(), api_client_id=1255
        )
        == 404
    )
    own_client = call(create_api_client, managed_user_id=other, body=ApiClientInput(name="C")).id
    assert (
        call.status(
            create_api_access_profile, managed_user_id=other, body=profile_input(), api_client_id=own_client
        )
        == 400
    )
    assert call(get_member, managed_user_id=ACME, member_id=7342).name == "Kim Lee"  # still Acme's


def profile_input() -> ApiAccessProfileInput:
    return ApiAccessProfileInput(
        name="P", api_collection_ids=[1391], active=True, auth_type=ApiAuthType.TOKEN
    )


def test_deleting_a_customer_removes_what_it_owns(call: Caller, served: tuple[str, Any]) -> None:
    store = served[1]
    doomed = new_customer(call, external_id="DOOMED")
    member = call(add_member, managed_user_id=doomed, body=MemberInput(name="M", email="m@doomed.example")).id
    folder = call(create_folder, managed_user_id=doomed, body=FolderInput(name="Project")).id
    call(create_folder, managed_user_id=doomed, body=FolderInput(name="Inner", parent_id=str(folder)))
    collection = call(create_api_collection, managed_user_id=doomed, body=ApiCollectionInput(name="C")).id
    api_client = call(create_api_client, managed_user_id=doomed, body=ApiClientInput(name="C")).id
    body = ApiAccessProfileInput(
        name="P", api_collection_ids=[collection], active=True, auth_type=ApiAuthType.TOKEN
    )
    call(create_api_access_profile, managed_user_id=doomed, body=body, api_client_id=api_client)
    call(upsert_properties, managed_user_id=doomed, body=properties(a="1"))
    call(upsert_properties, managed_user_id=doomed, body=properties(b="2"), project_id=PROJECT)
    owned = f"/api/managed_users/{doomed}"
    assert _held_under(store, owned) == 8

    call(delete_customer, managed_user_id="EDOOMED")
    assert _held_under(store, owned) == 0
    for operation, kwargs in [
        (list_members, {}),
        (get_member, {"member_id": member}),
        (list_folders, {}),
        (list_api_collections, {}),
        (list_api_clients, {}),
        (list_api_access_profiles, {}),
        (list_properties, {"prefix": "a"}),
    ]:
        assert call.status(operation, managed_user_id=doomed, **kwargs) == 404
    assert len(call(list_members, managed_user_id=ACME)) == 1  # the others' are untouched


def _held_under(store: Any, customer: str) -> int:
    """Items the store holds under a customer (its environment and the seeded project's scope)."""
    kinds = ("members", "folders", "api_collections", "api_clients", "api_access_profiles", "properties")
    scopes = (customer, f"{customer}/projects/{PROJECT}")
    return sum(
        store.count(f"/api/managed_users/{{managed_user_id}}/{kind}", scope)
        for kind in kinds
        for scope in scopes
    )


def test_unknown_customer_is_404_everywhere(call: Caller) -> None:
    checks: list[tuple[Callable[..., Any], dict[str, Any]]] = [
        (list_members, {}),
        (list_roles, {}),
        (list_folders, {}),
        (list_api_endpoints, {}),
        (upsert_properties, {"body": properties(a="1")}),
        (add_member, {"body": MemberInput(name="M", email="m@x.example")}),
    ]
    for operation, kwargs in checks:
        assert call.status(operation, managed_user_id="424242", **kwargs) == 404
        assert call.status(operation, managed_user_id="EUNKNOWN", **kwargs) == 404
