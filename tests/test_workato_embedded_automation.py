"""Workato Embedded, part 2 (connections, connectors, custom connectors, OAuth profiles, recipes,
jobs, lookup tables, recipe lifecycle) through the generated client against the fake."""

from __future__ import annotations

import asyncio
import io
import json
import urllib.request
import zipfile
from collections.abc import Callable
from typing import Any

import pytest
from workato_embedded_client import NotFoundError, ValidationError, WorkatoEmbeddedClient
from workato_embedded_client.api.connections import (
    create_connection,
    delete_connection,
    disconnect_connection,
    list_connections,
    update_connection,
)
from workato_embedded_client.api.connectors import get_connectors_metadata, list_all_connectors
from workato_embedded_client.api.custom_connectors import (
    get_custom_connector,
    list_custom_connectors,
    share_custom_connector_version,
    share_recipe,
    suppress_custom_connector_version,
)
from workato_embedded_client.api.custom_oauth_profiles import (
    assign_custom_oauth_profile,
    unassign_custom_oauth_profile,
)
from workato_embedded_client.api.customers import create_customer
from workato_embedded_client.api.folders import create_folder
from workato_embedded_client.api.jobs import get_job, list_jobs
from workato_embedded_client.api.lookup_tables import (
    add_lookup_table_row,
    batch_delete_lookup_tables,
    create_lookup_table,
    delete_lookup_table_row,
    get_lookup_table_row,
    list_lookup_table_rows,
    list_lookup_tables,
    look_up_lookup_table_row,
    update_lookup_table_row,
)
from workato_embedded_client.api.picklists import list_picklist_values
from workato_embedded_client.api.recipe_lifecycle import (
    create_export_manifest,
    export_package,
    get_export_manifest,
    get_export_status,
    get_import_status,
    import_package,
    update_export_manifest,
)
from workato_embedded_client.api.recipes import (
    create_recipe,
    delete_recipe,
    get_recipe,
    list_recipes,
    search_public_recipes,
    start_recipe,
    stop_recipe,
    update_recipe,
)
from workato_embedded_client.models import (
    ConnectionInput,
    ConnectionUpdate,
    ConnectorNames,
    CustomerInput,
    DisconnectInput,
    ExportManifestInput,
    ExportManifestUpdate,
    FolderInput,
    JobStatus,
    LookUpLookupTableRowBy,
    LookupTableBatchDelete,
    LookupTableInput,
    LookupTableRowInput,
    PackageStatus,
    PicklistRequest,
    RecipeInput,
    RecipeUpdate,
)
from workato_embedded_client.types import File

from contract_tests.openapi.loader import get_api
from contract_tests.openapi.model import ApiModel

from .conftest import TOKEN

ACME = "19029"
SHARED, UNSHARED = 562523, 562524  # seeded custom connectors: version 2 shared; nothing shared
UNSHARED_NAME = "acme_billing_connector_811203_1722000000"
CODE = json.dumps({"number": 0, "provider": "clock", "keyword": "trigger", "block": []})


@pytest.fixture
def client(fake_url):
    with fake_url("workato-embedded") as url:
        yield WorkatoEmbeddedClient(api_token=TOKEN, base_url=url)


def connection(client: WorkatoEmbeddedClient, customer: str = ACME, **fields: Any) -> Any:
    fields.setdefault("provider", "salesforce")
    fields.setdefault("input", {"user": "ops@acme.example", "password": "secret"})
    body = {name: value for name, value in fields.items() if value is not None}
    return create_connection.sync(customer, client=client, body=ConnectionInput.from_dict(body))


def config(*connections: Any) -> str:
    entries = [{"keyword": "application", "name": "clock", "provider": "clock", "account_id": None}]
    entries += [{"keyword": "application", "provider": c.provider, "account_id": c.id} for c in connections]
    return json.dumps(entries)


def recipe(client: WorkatoEmbeddedClient, *connections: Any, customer: str = ACME, **fields: Any) -> int:
    fields = {"name": "Sync accounts", "code": CODE, "config": config(*connections), **fields}
    created = create_recipe.sync(customer, client=client, body=RecipeInput.from_dict({"recipe": fields}))
    assert created.success is True
    return created.id


def refused(call: Callable[[], Any], error: type[Exception] = ValidationError) -> str:
    with pytest.raises(error) as caught:
        call()
    return str(caught.value)


# Connections


def test_connections_shell_stays_disconnected_credentials_authorize(client):
    shell = connection(client, name="Later", shell_connection=True, external_id="crm-1")
    none_sent = connection(client, provider="jira", input=None)
    authorized = connection(client, provider="jira", name="Prod")
    assert shell.authorized_at is None and shell.authorization_status is None
    assert none_sent.authorized_at is None
    assert authorized.authorization_status == "success" and authorized.authorized_at is not None
    assert [c.id for c in list_connections.sync(ACME, client=client, provider="jira").result] == [
        none_sent.id,
        authorized.id,
    ]
    assert [c.id for c in list_connections.sync(ACME, client=client, external_id="crm-1").result] == [
        shell.id
    ]
    renamed = update_connection.sync(
        ACME, shell.id, client=client, body=ConnectionUpdate.from_dict({"name": "Now", "input": {"k": "v"}})
    )
    assert renamed.name == "Now" and renamed.authorization_status == "success"
    assert renamed.external_id == "crm-1"


def test_only_a_disconnected_connection_is_deleted_and_picklists_need_a_connection(client):
    conn = connection(client)
    request = PicklistRequest.from_dict({"pick_list_name": "sobject_fields"})
    values = list_picklist_values.sync(ACME, conn.id, client=client, body=request)
    assert values.data and all(len(pair) >= 2 for pair in values.data)
    assert "disconnect it first" in refused(lambda: delete_connection.sync(ACME, conn.id, client=client))
    assert disconnect_connection.sync(ACME, conn.id, client=client).result == []
    assert "not connected" in refused(
        lambda: list_picklist_values.sync(ACME, conn.id, client=client, body=request)
    )
    assert disconnect_connection.sync(ACME, conn.id, client=client).result == []  # idempotent
    assert delete_connection.sync(ACME, conn.id, client=client).success is True
    assert conn.id not in [c.id for c in list_connections.sync(ACME, client=client).result]
    refused(lambda: delete_connection.sync(ACME, conn.id, client=client), NotFoundError)


def test_a_connection_of_a_running_recipe_disconnects_only_with_force(client):
    conn = connection(client)
    recipe_id = recipe(client, conn)
    assert start_recipe.sync(ACME, recipe_id, client=client).success is True
    message = refused(lambda: disconnect_connection.sync(ACME, conn.id, client=client))
    assert "force" in message
    assert list_connections.sync(ACME, client=client).result[-1].authorized_at is not None
    forced = disconnect_connection.sync(ACME, conn.id, client=client, body=DisconnectInput(force=True))
    assert [(r.id, r.name) for r in forced.result] == [(recipe_id, "Sync accounts")]
    assert get_recipe.sync(ACME, recipe_id, client=client).running is True
    assert list_connections.sync(ACME, client=client).result[-1].authorized_at is None


# Connectors and custom connectors


def test_connector_metadata_by_name_and_all_connectors_paged(client):
    named = get_connectors_metadata.sync(client=client, body=ConnectorNames("salesforce,nope,jira"))
    assert sorted(c.name for c in named.items) == ["jira", "salesforce"]
    first = list_all_connectors.sync(client=client, per_page=3)
    second = list_all_connectors.sync(client=client, page=2, per_page=3)
    assert (first.count, first.page, first.per_page, len(first.items)) == (7, 1, 3, 3)
    assert not {c.name for c in first.items} & {c.name for c in second.items}
    assert refused(lambda: list_all_connectors.sync(client=client, per_page=101))


def test_sharing_a_custom_connector_version_changes_what_customers_can_connect(client):
    assert [c.id for c in list_custom_connectors.sync(client=client, oem_shared=True).result] == [SHARED]
    assert [c.id for c in list_custom_connectors.sync(client=client, title="acme BILL").result] == [UNSHARED]
    assert "not shared" in refused(lambda: connection(client, provider=UNSHARED_NAME))
    assert share_custom_connector_version.sync(UNSHARED, 1, client=client).success is True
    assert get_custom_connector.sync(UNSHARED, client=client).oem_shared_version == 1
    assert connection(client, provider=UNSHARED_NAME).provider == UNSHARED_NAME
    refused(lambda: share_custom_connector_version.sync(UNSHARED, 3, client=client), NotFoundError)
    assert suppress_custom_connector_version.sync(UNSHARED, client=client).success is True
    assert suppress_custom_connector_version.sync(UNSHARED, client=client).success is True
    assert get_custom_connector.sync(UNSHARED, client=client).oem_shared_version is None
    assert list_custom_connectors.sync(client=client, oem_shared=False).result[0].id == UNSHARED
    assert "not shared" in refused(lambda: connection(client, provider=UNSHARED_NAME))
    refused(lambda: get_custom_connector.sync(1, client=client), NotFoundError)


def test_share_recipe_and_oauth_profiles_are_idempotent_and_404_for_unknown_ids(client):
    recipe_id = recipe(client)
    assert share_recipe.sync(ACME, recipe_id, client=client).success is True
    refused(lambda: share_recipe.sync(ACME, recipe_id + 1, client=client), NotFoundError)
    for call in (assign_custom_oauth_profile, assign_custom_oauth_profile, unassign_custom_oauth_profile):
        assert call.sync(ACME, 1204, client=client).success is True
    assert unassign_custom_oauth_profile.sync("EA2300", 1204, client=client).success is True
    refused(lambda: assign_custom_oauth_profile.sync(ACME, 999, client=client), NotFoundError)
    refused(lambda: unassign_custom_oauth_profile.sync(ACME, 999, client=client), NotFoundError)


# Recipes and jobs


def test_recipe_create_checks_its_json_and_connections_and_derives_applications(client):
    conn = connection(client)
    recipe_id = recipe(client, conn, description="Hourly")
    got = get_recipe.sync(ACME, recipe_id, client=client)
    assert (got.name, got.running, got.trigger_application) == ("Sync accounts", False, "clock")
    assert got.applications == ["clock", "salesforce"] and got.action_applications == ["salesforce"]
    assert got.config[1].account_id == conn.id and got.code == CODE and got.version_no == 1
    assert "Not JSON" in refused(lambda: recipe(client, code="{not json"))
    assert "JSON array" in refused(lambda: recipe(client, config="{}"))
    missing = json.dumps([{"provider": "jira", "account_id": 999999}])
    assert "No connection 999999" in refused(lambda: recipe(client, config=missing))
    other = create_customer.sync(
        client=client, body=CustomerInput(name="B", notification_email="b@b.example")
    )
    theirs = connection(client, str(other.id))
    assert "No connection" in refused(lambda: recipe(client, config=config(theirs)))


def test_start_needs_authorized_connections_and_a_running_recipe_refuses_changes(client):
    conn = connection(client, shell_connection=True)
    recipe_id = recipe(client, conn)
    result = start_recipe.sync(ACME, recipe_id, client=client)
    assert result.success is False and result.code_errors == []
    assert result.config_errors == [["salesforce", f"Connection {conn.id} is not connected"]]
    assert get_recipe.sync(ACME, recipe_id, client=client).running is False
    update_connection.sync(
        ACME, conn.id, client=client, body=ConnectionUpdate.from_dict({"input": {"a": "b"}})
    )
    assert start_recipe.sync(ACME, recipe_id, client=client).to_dict() == {
        "success": True,
        "code_errors": [],
        "config_errors": [],
    }
    assert "already running" in refused(lambda: start_recipe.sync(ACME, recipe_id, client=client))
    rename = RecipeUpdate.from_dict({"recipe": {"name": "Renamed"}})
    assert update_recipe.sync(ACME, recipe_id, client=client, body=rename).success is True
    new_code = RecipeUpdate.from_dict({"recipe": {"code": CODE}})
    assert "stop it" in refused(lambda: update_recipe.sync(ACME, recipe_id, client=client, body=new_code))
    assert "stop it first" in refused(lambda: delete_recipe.sync(ACME, recipe_id, client=client))
    assert stop_recipe.sync(ACME, recipe_id, client=client).success is True
    assert "not running" in refused(lambda: stop_recipe.sync(ACME, recipe_id, client=client))
    stopped = get_recipe.sync(ACME, recipe_id, client=client)
    assert stopped.name == "Renamed" and stopped.running is False and stopped.stopped_at is not None
    assert update_recipe.sync(ACME, recipe_id, client=client, body=new_code).success is True
    assert get_recipe.sync(ACME, recipe_id, client=client).version_no == 2
    assert delete_recipe.sync(ACME, recipe_id, client=client).success is True
    refused(lambda: get_recipe.sync(ACME, recipe_id, client=client), NotFoundError)


def test_list_recipes_filters_since_id_and_stopped_after(client):
    conn = connection(client)
    folder = create_folder.sync(ACME, client=client, body=FolderInput(name="Sync")).id
    ids = [recipe(client, conn, folder_id=folder), recipe(client), recipe(client, conn)]
    start_recipe.sync(ACME, ids[2], client=client)
    start_recipe.sync(ACME, ids[0], client=client)
    stop_recipe.sync(ACME, ids[0], client=client)

    def listed(**query: Any) -> list[int]:  # the recipes made here, not those seeded for the API platform
        return [r.id for r in list_recipes.sync(ACME, client=client, **query).result if r.id in ids]

    assert listed() == ids[::-1]
    assert listed(since_id=ids[2]) == [ids[1], ids[0]]
    assert listed(running=True) == [ids[2]] and listed(folder_id=folder) == [ids[0]]
    assert listed(adapter_names_any="jira,salesforce") == [ids[2], ids[0]]
    assert listed(adapter_names_all="clock,salesforce") == [ids[2], ids[0]]
    assert listed(adapter_names_all="clock,jira") == []
    stopped_at = get_recipe.sync(ACME, ids[0], client=client).stopped_at
    assert listed(stopped_after=stopped_at.replace(year=2000)) == [ids[0]]
    assert listed(stopped_after=stopped_at) == []
    assert listed(per_page=2, page=2) == [ids[0]]


def test_jobs_one_per_start_newest_first_with_cursors(client):
    recipe_id = recipe(client)
    for _ in range(3):
        start_recipe.sync(ACME, recipe_id, client=client)
        stop_recipe.sync(ACME, recipe_id, client=client)
    jobs = list_jobs.sync(ACME, recipe_id, client=client)
    assert (jobs.job_count, jobs.job_succeeded_count, jobs.job_failed_count) == (3, 3, 0)
    newest, middle, oldest = (job.id for job in jobs.items)
    assert [j.started_at for j in jobs.items] == sorted((j.started_at for j in jobs.items), reverse=True)
    assert [j.id for j in list_jobs.sync(ACME, recipe_id, client=client, offset_job_id=newest).items] == [
        middle,
        oldest,
    ]
    newer = list_jobs.sync(ACME, recipe_id, client=client, offset_job_id=oldest, prev=True)
    assert [j.id for j in newer.items] == [newest, middle]
    assert list_jobs.sync(ACME, recipe_id, client=client, status=JobStatus.FAILED).items == []
    assert list_jobs.sync(ACME, recipe_id, client=client, rerun_only=True).items == []
    refused(lambda: list_jobs.sync(ACME, recipe_id, client=client, offset_job_id="j-nope"))
    job = get_job.sync(ACME, recipe_id, middle, client=client)
    assert (job.id, job.status, job.is_error) == (middle, JobStatus.SUCCEEDED, False)
    assert get_recipe.sync(ACME, recipe_id, client=client).job_succeeded_count == 3
    refused(lambda: get_job.sync(ACME, recipe_id, "j-nope", client=client), NotFoundError)
    delete_recipe.sync(ACME, recipe_id, client=client)
    refused(lambda: list_jobs.sync(ACME, recipe_id, client=client), NotFoundError)


def test_search_public_recipes_by_connector_and_term_from_page_zero(client):
    def found(applications: str, **query: Any) -> list[int]:
        body = ConnectorNames(applications)
        return [r.id for r in search_public_recipes.sync(client=client, body=body, **query).items]

    assert found(applications="salesforce") == [59, 61]
    assert found(applications="service_now") == [59]
    assert found(applications="jira,salesforce", term="GOOGLE") == [61]
    assert found(applications="salesforce", per_page=1, page=1) == [61]
    assert found(applications="workday") == []
    refused(lambda: found("salesforce", per_page=21))


# Lookup tables


def table(client: WorkatoEmbeddedClient, *labels: str, customer: str = ACME) -> int:
    body = LookupTableInput.from_dict(
        {"lookup_table": {"name": "Countries", "schema": [{"label": x} for x in labels]}}
    )
    return create_lookup_table.sync(customer, client=client, body=body).data.id


def row(client: WorkatoEmbeddedClient, table_id: int, **data: Any) -> Any:
    return add_lookup_table_row.sync(
        ACME, table_id, client=client, body=LookupTableRowInput.from_dict({"data": data})
    )


def test_lookup_table_rows_are_typed_by_the_table_columns(client):
    table_id = table(client, "code", "name")
    listed = list_lookup_tables.sync(ACME, client=client).result[-1]
    assert [(c["label"], c["name"]) for c in json.loads(listed.schema)] == [
        ("code", "col1"),
        ("name", "col2"),
    ]
    assert "unique" in refused(lambda: table(client, "code", "code"))
    au = row(client, table_id, code="AU", name="Australia")
    sg = row(client, table_id, code="SG")
    assert sg.data.to_dict() == {"code": "SG", "name": None}
    assert "no column 'capital'" in refused(lambda: row(client, table_id, capital="Canberra"))
    change = LookupTableRowInput.from_dict({"data": {"name": "Singapore"}})
    updated = update_lookup_table_row.sync(ACME, table_id, sg.id, client=client, body=change)
    assert updated.data.to_dict() == {"code": "SG", "name": "Singapore"}
    assert get_lookup_table_row.sync(ACME, table_id, sg.id, client=client).data["name"] == "Singapore"
    rows = list_lookup_table_rows.sync(ACME, table_id, client=client).result
    assert [r.id for r in rows] == [au.id, sg.id]


def test_look_up_by_column_values_answers_the_first_match_or_404(client):
    table_id = table(client, "code", "name")
    first = row(client, table_id, code="AU", name="Australia")
    row(client, table_id, code="AU", name="Austria?")
    row(client, table_id, code="Ö", name="Österreich 😀")

    def look_up(**by: str) -> Any:
        wanted = LookUpLookupTableRowBy.from_dict(by)
        return look_up_lookup_table_row.sync(ACME, table_id, client=client, by=wanted)

    assert look_up(code="AU").id == first.id
    assert look_up(code="AU", name="Austria?").data["name"] == "Austria?"
    assert look_up(name="Österreich 😀").data["code"] == "Ö"  # sent as by[name]=%C3%96sterreich…
    refused(lambda: look_up(code="NZ"), NotFoundError)
    assert "no column 'capital'" in refused(lambda: look_up(capital="Canberra"))
    refused(lambda: look_up())  # no by[…] pair at all


def test_batch_delete_removes_exactly_the_tables_named_or_nothing(client):
    ids = [table(client, "a"), table(client, "b"), table(client, "c")]
    kept_row = row(client, ids[2], c="x")
    doomed_row = row(client, ids[0], a="x")
    refused(
        lambda: batch_delete_lookup_tables.sync(
            ACME, client=client, body=LookupTableBatchDelete(ids=[ids[0], 999])
        ),
        NotFoundError,
    )
    assert [t.id for t in list_lookup_tables.sync(ACME, client=client).result] == ids
    done = batch_delete_lookup_tables.sync(
        ACME, client=client, body=LookupTableBatchDelete(ids=[ids[0], ids[1]])
    )
    assert done.data.status == "success"
    assert [t.id for t in list_lookup_tables.sync(ACME, client=client).result] == [ids[2]]
    assert get_lookup_table_row.sync(ACME, ids[2], kept_row.id, client=client).data["c"] == "x"
    refused(lambda: get_lookup_table_row.sync(ACME, ids[0], doomed_row.id, client=client), NotFoundError)
    assert delete_lookup_table_row.sync(ACME, ids[2], kept_row.id, client=client).success is True
    assert list_lookup_table_rows.sync(ACME, ids[2], client=client).result == []


# Recipe lifecycle


def settle(read: Callable[[], Any]) -> Any:
    """Read a package's status until it settles; it is in progress at least once."""
    seen = [read()]
    while seen[-1].status == PackageStatus.IN_PROGRESS and len(seen) < 5:
        seen.append(read())
    assert seen[0].status == PackageStatus.IN_PROGRESS and len(seen) > 1
    return seen[-1]


def manifest(client: WorkatoEmbeddedClient, *assets: tuple[int, str], customer: str = ACME) -> int:
    body = {"name": "Sync package", "assets": [{"id": i, "type": t} for i, t in assets]}
    result = create_export_manifest.sync(
        customer, client=client, body=ExportManifestInput.from_dict({"export_manifest": body})
    )
    return result.result.id


def test_full_lifecycle_connection_recipe_jobs_export_then_import_into_another_customer(client):
    conn = connection(client, name="ACME Salesforce")
    recipe_id = recipe(client, conn, description="Hourly")
    assert start_recipe.sync(ACME, recipe_id, client=client).success is True
    assert len(list_jobs.sync(ACME, recipe_id, client=client).items) == 1
    assert stop_recipe.sync(ACME, recipe_id, client=client).success is True
    table_id = table(client, "code", "name")
    row(client, table_id, code="AU", name="Australia")

    manifest_id = manifest(client, (recipe_id, "recipe"), (conn.id, "connection"))
    change = ExportManifestUpdate.from_dict(
        {
            "export_manifest": {
                "name": "Renamed",
                "assets": [
                    {"id": recipe_id, "type": "recipe"},
                    {"id": conn.id, "type": "connection"},
                    {"id": table_id, "type": "lookup_table"},
                ],
            }
        }
    )
    assert update_export_manifest.sync(ACME, manifest_id, client=client, body=change).result.name == "Renamed"
    got = get_export_manifest.sync(ACME, manifest_id, client=client).result
    assert (got.name, got.status, len(got.assets)) == ("Renamed", "working", 3)
    assert "No recipe 999" in refused(lambda: manifest(client, (999, "recipe")))

    started = export_package.sync(ACME, manifest_id, client=client).result
    assert (started.operation_type.value, started.status, started.download_url) == (
        "export",
        PackageStatus.IN_PROGRESS,
        None,
    )
    done = settle(lambda: get_export_status.sync(ACME, started.id, client=client).result)
    assert done.status == PackageStatus.COMPLETED and done.export_manifest_id == manifest_id
    zipped = urllib.request.urlopen(done.download_url).read()  # a data: URL
    assert len(zipfile.ZipFile(io.BytesIO(zipped)).namelist()) == 3
    assert get_export_manifest.sync(ACME, manifest_id, client=client).result.last_exported_at is not None
    refused(lambda: get_export_status.sync(ACME, manifest_id, client=client), NotFoundError)

    other = str(
        create_customer.sync(
            client=client, body=CustomerInput(name="Beta", notification_email="it@beta.example")
        ).id
    )
    folder = create_folder.sync(other, client=client, body=FolderInput(name="Imported")).id
    package = import_package.sync(
        other, client=client, body=File(payload=io.BytesIO(zipped)), folder_id=folder
    )
    assert package.status == PackageStatus.IN_PROGRESS
    imported = settle(lambda: get_import_status.sync(other, package.id, client=client))
    assert imported.status == PackageStatus.COMPLETED and len(imported.recipe_status) == 1
    theirs = list_recipes.sync(other, client=client, folder_id=folder).result
    assert [(r.id, r.name, r.description, r.running) for r in theirs] == [
        (imported.recipe_status[0].id, "Sync accounts", "Hourly", False)
    ]
    assert theirs[0].id != recipe_id and theirs[0].code == CODE
    their_conn = list_connections.sync(other, client=client, folder_id=folder).result
    assert [(c.name, c.provider, c.authorized_at) for c in their_conn] == [
        ("ACME Salesforce", "salesforce", None)
    ]
    assert theirs[0].config[1].account_id == their_conn[0].id
    their_table = list_lookup_tables.sync(other, client=client).result[0]
    assert [
        r.data.to_dict() for r in list_lookup_table_rows.sync(other, their_table.id, client=client).result
    ] == [{"code": "AU", "name": "Australia"}]
    source = list_recipes.sync(ACME, client=client).result
    assert recipe_id in [r.id for r in source]  # the source is untouched

    again = import_package.sync(other, client=client, body=File(payload=io.BytesIO(zipped)), folder_id=folder)
    assert (
        settle(lambda: get_import_status.sync(other, again.id, client=client)).status
        == PackageStatus.COMPLETED
    )
    assert [r.id for r in list_recipes.sync(other, client=client).result] == [
        theirs[0].id
    ]  # updated, not doubled


def test_a_malformed_package_or_a_vanished_asset_ends_failed(client):
    folder = create_folder.sync(ACME, client=client, body=FolderInput(name="In")).id
    bad = import_package.sync(
        ACME, client=client, body=File(payload=io.BytesIO(b"PK\x03\x04 nope")), folder_id=folder
    )
    failed = settle(lambda: get_import_status.sync(ACME, bad.id, client=client))
    assert failed.status == PackageStatus.FAILED and "not a valid export zip" in failed.error
    refused(
        lambda: import_package.sync(ACME, client=client, body=File(payload=io.BytesIO(b"x")), folder_id=999),
        NotFoundError,
    )
    recipe_id = recipe(client)
    manifest_id = manifest(client, (recipe_id, "recipe"))
    delete_recipe.sync(ACME, recipe_id, client=client)
    started = export_package.sync(ACME, manifest_id, client=client).result
    gone = settle(lambda: get_export_status.sync(ACME, started.id, client=client).result)
    assert gone.status == PackageStatus.FAILED and gone.download_url is None and str(recipe_id) in gone.error
    refused(lambda: export_package.sync(ACME, 999, client=client), NotFoundError)


# Every operation, sync and async


# Part 2's operations, by their tags in the spec (part 1 has the other tags).
AUTOMATION_TAGS = {"connections", "picklists", "connectors", "custom_connectors", "custom_oauth_profiles"}
AUTOMATION_TAGS |= {"recipes", "jobs", "lookup_tables", "recipe_lifecycle"}
OPERATIONS = {
    op.id for op in ApiModel.of(get_api("workato-embedded").spec()).operations if op.tag in AUTOMATION_TAGS
}


async def every_operation(call: Callable[..., Any]) -> None:
    """Each of the 41 operations once, in an order where each one succeeds."""
    conn = await call(
        create_connection, ACME, body=ConnectionInput.from_dict({"provider": "jira", "input": {"k": "v"}})
    )
    await call(update_connection, ACME, conn.id, body=ConnectionUpdate(name="Jira"))
    assert (await call(list_connections, ACME, provider="jira")).result[0].name == "Jira"
    assert (
        await call(list_picklist_values, ACME, conn.id, body=PicklistRequest(pick_list_name="projects"))
    ).data
    assert (await call(get_connectors_metadata, body=ConnectorNames("jira"))).items[0].name == "jira"
    assert (await call(list_all_connectors, per_page=2)).count == 7
    assert (await call(list_custom_connectors)).result[0].id == SHARED
    assert (await call(get_custom_connector, SHARED)).oem_shared_version == 2
    assert (await call(share_custom_connector_version, SHARED, 1)).success is True
    assert (await call(suppress_custom_connector_version, SHARED)).success is True
    assert (await call(assign_custom_oauth_profile, ACME, 1204)).success is True
    assert (await call(unassign_custom_oauth_profile, ACME, 1204)).success is True
    fields = {"name": "R", "code": CODE, "config": config(conn)}
    recipe_id = (await call(create_recipe, ACME, body=RecipeInput.from_dict({"recipe": fields}))).id
    assert (
        await call(update_recipe, ACME, recipe_id, body=RecipeUpdate.from_dict({"recipe": {"name": "R2"}}))
    ).success
    assert (await call(get_recipe, ACME, recipe_id)).name == "R2"
    assert (await call(share_recipe, ACME, recipe_id)).success is True
    assert (await call(start_recipe, ACME, recipe_id)).success is True
    assert (await call(list_recipes, ACME, running=True)).result[0].id == recipe_id
    job = (await call(list_jobs, ACME, recipe_id)).items[0]
    assert (await call(get_job, ACME, recipe_id, job.id)).id == job.id
    assert (await call(search_public_recipes, body=ConnectorNames("jira"))).items[0].id == 60
    forced = await call(disconnect_connection, ACME, conn.id, body=DisconnectInput(force=True))
    assert forced.result[0].id == recipe_id
    assert (await call(stop_recipe, ACME, recipe_id)).success is True
    body = LookupTableInput.from_dict(
        {"lookup_table": {"name": "T", "schema": [{"label": "k"}, {"label": "v"}]}}
    )
    table_id = (await call(create_lookup_table, ACME, body=body)).data.id
    assert (await call(list_lookup_tables, ACME)).result[0].id == table_id
    new_row = await call(
        add_lookup_table_row, ACME, table_id, body=LookupTableRowInput.from_dict({"data": {"k": "a"}})
    )
    change = LookupTableRowInput.from_dict({"data": {"v": "b"}})
    assert (await call(update_lookup_table_row, ACME, table_id, new_row.id, body=change)).data["v"] == "b"
    assert (await call(get_lookup_table_row, ACME, table_id, new_row.id)).data["k"] == "a"
    assert (
        await call(look_up_lookup_table_row, ACME, table_id, by=LookUpLookupTableRowBy.from_dict({"v": "b"}))
    ).id == new_row.id
    assert [r.id for r in (await call(list_lookup_table_rows, ACME, table_id)).result] == [new_row.id]
    assert (await call(delete_lookup_table_row, ACME, table_id, new_row.id)).success is True
    manifest_body = {"export_manifest": {"name": "M", "assets": [{"id": recipe_id, "type": "recipe"}]}}
    manifest_id = (
        await call(create_export_manifest, ACME, body=ExportManifestInput.from_dict(manifest_body))
    ).result.id
    rename = ExportManifestUpdate.from_dict({"export_manifest": {"name": "M2"}})
    assert (await call(update_export_manifest, ACME, manifest_id, body=rename)).result.name == "M2"
    assert (await call(get_export_manifest, ACME, manifest_id)).result.name == "M2"
    package_id = (await call(export_package, ACME, manifest_id)).result.id
    while (
        status := (await call(get_export_status, ACME, package_id)).result
    ).status == PackageStatus.IN_PROGRESS:
        pass
    zipped = urllib.request.urlopen(status.download_url).read()  # a data: URL
    folder = (await call(create_folder, ACME, body=FolderInput(name="F"))).id
    imported = await call(import_package, ACME, body=File(payload=zipped), folder_id=folder)
    while (await call(get_import_status, ACME, imported.id)).status == PackageStatus.IN_PROGRESS:
        pass
    assert (await call(list_recipes, ACME, folder_id=folder)).result[0].name == "R2"
    assert (
        await call(batch_delete_lookup_tables, ACME, body=LookupTableBatchDelete(ids=[table_id]))
    ).data.status
    assert (await call(delete_recipe, ACME, recipe_id)).success is True
    assert (await call(delete_connection, ACME, conn.id)).success is True


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_every_operation_sync_and_async(client, mode):
    called: set[str] = set()

    async def call(module: Any, *args: Any, **kwargs: Any) -> Any:
        called.add(module.__name__.rpartition(".")[2])
        if mode == "sync":
            return module.sync(*args, client=client, **kwargs)
        return await module.asyncio(*args, client=client, **kwargs)

    asyncio.run(every_operation(call))
    assert called - {"create_folder"} == OPERATIONS and len(OPERATIONS) == 41


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("kind", ["BytesIO", "bytes", "open file"])
def test_an_import_takes_a_file_object_bytes_or_an_open_file_sync_and_async(client, tmp_path, kind, mode):
    """The package arrives whole whatever holds it: the fake imports its recipe (a truncated or empty
    body would end failed). httpx's AsyncClient refuses a synchronous file object, so the client reads it."""
    manifest_id = manifest(client, (recipe(client), "recipe"))
    started = export_package.sync(ACME, manifest_id, client=client).result
    zipped = urllib.request.urlopen(
        settle(lambda: get_export_status.sync(ACME, started.id, client=client).result).download_url
    ).read()
    (tmp_path / "package.zip").write_bytes(zipped)
    folder = create_folder.sync(ACME, client=client, body=FolderInput(name=f"{kind} {mode}")).id
    with open(tmp_path / "package.zip", "rb") as opened:
        payload = {"BytesIO": io.BytesIO(zipped), "bytes": zipped, "open file": opened}[kind]
        body = File(payload=payload, file_name="package.zip")
        if mode == "sync":
            package = import_package.sync(ACME, client=client, body=body, folder_id=folder)
        else:
            package = asyncio.run(import_package.asyncio(ACME, client=client, body=body, folder_id=folder))
    imported = settle(lambda: get_import_status.sync(ACME, package.id, client=client))
    assert imported.status == PackageStatus.COMPLETED, imported.error
    assert [r.name for r in list_recipes.sync(ACME, client=client, folder_id=folder).result] == [
        "Sync accounts"
    ]
