"""Workato Embedded: the requests of ../shared/api-docs/workato-embedded-partner-api.txt (its two curls and
its resource tables) and of ../shared/research/workato-embedded-public-docs.md (the bodies and query
parameters the notes list). The tables wrap long paths with a space ("/api/managed_users/:id/
api_collections"), read without it. Where the notes give fields without values, the values are chosen
(ids like the page's managed user 19029) and `source` names the line of the field list."""

from __future__ import annotations

import datetime
from io import BytesIO
from typing import Any

from workato_embedded_client.models import (
    ApiAccessProfileInput,
    ApiClientInput,
    ApiCollectionInput,
    CollaboratorInvitation,
    ConnectionInput,
    ConnectionUpdate,
    ConnectorNames,
    CustomerInput,
    CustomerManagerUpdate,
    CustomerUpdate,
    DisconnectInput,
    ExportManifestInput,
    FolderInput,
    JobStatus,
    ListConnectionsIncludesItem,
    LookUpLookupTableRowBy,
    PropertiesInput,
    SignatureVerificationKeyInput,
    StopCause,
)
from workato_embedded_client.types import File

from .harness import NO_BODY, Expected, WireCase

PAGE = "workato-embedded-partner-api.txt"
NOTES = "workato-embedded-public-docs.md"
PLATFORM = "workato-api-platform.txt"  # the developer twin the notes say the OEM endpoints mirror (line 14)
# The page's curls write the token as <api_token>, the host as www.workato.com, the customer as 19029 (18-19).
CLIENT = {"api_token": "<api_token>"}
AUTHORIZATION = "Bearer <api_token>"
API = "https://www.workato.com/api"
JSON = "application/json"
USER = "19029"
MU = f"managed_users/{USER}"
# The customer's external id crm/2300 addresses it as E<external id>, URL-encoded (notes line 26).
EXTERNAL = "Ecrm/2300"
JOB = "j-AK2Xq7dN-vWl9s"  # a job id is "j-…" (notes line 189)
ZIP = b"PK\x05\x06" + bytes(18)  # an empty zip archive: the import's raw body (notes line 227)
PEM = (
    "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4ngjihh5hXDRe0c1qPNc\n"
    "rF7RIoAG/iNZXruTspeX8e2auMBXTwVI0sLgwUo26lMXCRAvC004JWKugzh1UHXY\ncQIDAQAB\n"
    "-----END PUBLIC KEY-----"
)

GET_BODY = (
    "The notes document applications as a body on this GET (line {line}); its media type is not "
    "stated, read as JSON, the rule for every request (notes line 25, page line 21)."
)
NO_ID = "The table (line {line}) writes the path without the customer id; the notes address it as {path}."
MANIFEST_PATH = (
    "Paths conflict (notes line 213): the table (line 174) and an older copy write /api/export_manifests, "
    "the current quick reference /api/managed_users/:managed_user_id/export_manifests (notes line 214), "
    "taken: the top-level path is the developer API's (page line 171)."
)
FROM_PROFILE = (
    "The notes give the access-profile object (line 267), not a request: its input fields are sent, "
    f"with api_client_id in the query as the developer twin does ({PLATFORM}:225, :242)."
)
FOLDER_BODY = (
    "The current Embedded body was not read (notes line 197): the developer twin's body {name, "
    "parent_id (string)} (line 196) is taken over the 2019 query parameter folder_name (line 195)."
)
PROJECT = (
    "The project-level properties (page lines 151-152) take a project ID; its name project_id is the "
    "developer twin's (notes line 210), with the project id of the notes' sample (line 204)."
)

CUSTOMER_MIN = {"name": "Acme Corp", "notification_email": "admin@acme.com"}
CUSTOMER_ALL = {
    **CUSTOMER_MIN,
    "plan_id": "business",
    "external_id": "crm/2300",
    "origin_url": "https://app.acme.com",
}
CUSTOMER_CHANGES = {
    "name": "Acme Corporation",
    "admin_notification_emails": "ops@acme.com,it@acme.com",
    "in_trial": False,
    "task_limit_adjustment": -5000,
    "custom_task_limit": 250000,
    "frame_ancestors": "https://app.acme.com,https://admin.acme.com",
}
INVITATION = {"name": "Jane Doe", "email": "jane.doe@acme.com", "role_name": "Analyst"}
SHELL_CONNECTION = {
    "provider": "salesforce",
    "name": "Salesforce (Acme)",
    "folder_id": 4111,
    "external_id": "sf-prod",
    "shell_connection": True,
    "oauth_token_pair": {"access_token": "00D5g000004XyZa!AQ0AQ", "refresh_token": "5Aep861TSESvWeug_x"},
}
INPUT_CONNECTION = {
    "provider": "jira",
    "name": "Jira (Acme)",
    "folder_id": 4111,
    "input": {"host_name": "acme.atlassian.net", "auth_type": "api_token", "email": "ops@acme.com"},
}
CONNECTION_CHANGES = {
    "name": "Jira (Acme support)",
    "folder_id": 4112,
    "input": {"host_name": "acme-support.atlassian.net"},
}
APPLICATIONS = {"applications": "salesforce,jira"}
MANAGER_CHANGES = {"role_id": "8871", "permitted_workspace_ids": [19029, 19030]}
PROPERTIES = {"properties": {"salesforce_sync.object_name": "Account", "salesforce_sync.batch_size": "200"}}
FOLDER = {"name": "Salesforce sync", "parent_id": "4111"}
MANIFEST = {
    "export_manifest": {
        "name": "Salesforce sync v3",
        "assets": [
            {
                "id": 3103,
                "type": "recipe",
                "checked": True,
                "version": 4,
                "folder": "",
                "absolute_path": "Salesforce sync",
                "root_folder": False,
                "unreachable": False,
                "zip_name": "salesforce_sync.recipe.json",
            },
            {"id": 562, "type": "connection", "checked": True},
        ],
    }
}
PROFILE = {"name": "Sales team", "api_collection_ids": [1391, 1388], "auth_type": "token", "active": True}


def _case(id: str, operation: str, source: str, call: Any, expected: Expected, reading: str = "") -> WireCase:
    return WireCase(
        id=f"embedded-{id}",
        api="workato_embedded_client",
        operation=operation,
        source=source,
        client=CLIENT,
        call=call,
        expected=expected,
        reading=reading,
    )


def _page(line: int) -> str:
    return f"{PAGE}:{line}"


def _notes(line: int) -> str:
    return f"{NOTES}:{line}"


def _expect(method: str, path: str, query: tuple[tuple[str, str], ...] = (), body: Any = NO_BODY) -> Expected:
    return Expected(method, f"{API}/{path}", AUTHORIZATION, query, None if body is NO_BODY else JSON, body)


def _zip() -> File:
    return File(payload=BytesIO(ZIP), file_name="package.zip", mime_type="application/zip")


def _import(query: tuple[tuple[str, str], ...]) -> Expected:
    return Expected("POST", f"{API}/{MU}/imports", AUTHORIZATION, query, "application/octet-stream", ZIP)


STOPPED_AFTER = datetime.datetime(2023, 11, 1, tzinfo=datetime.UTC)
PROPERTIES_QUERY = (("prefix", "salesforce_sync."),)

CASES = [
    # The page's two curls (environment properties)
    _case(
        "properties-auth-curl",
        "list_properties",
        _page(18),
        lambda c: c.properties.list(USER, prefix="salesforce_sync."),
        _expect("GET", f"{MU}/properties", PROPERTIES_QUERY),
        "The curl illustrates the bearer header and sends no prefix; the table (line 105: 'that matches "
        "a prefix') and the notes (line 208: prefix=<required>) require one: line 22's prefix is sent.",
    ),
    _case(
        "properties-by-prefix",
        "list_properties",
        _page(22),
        lambda c: c.properties.list(USER, prefix="salesforce_sync."),
        _expect("GET", f"{MU}/properties", PROPERTIES_QUERY),
        "The curl sets Content-Type: application/json (as line 21 asks) on a GET without a body, so no "
        "media type is expected; its last line's backslash runs into prose (line 25), read as the end.",
    ),
    _case(
        "properties-project",
        "list_properties",
        _page(151),
        lambda c: c.properties.list(USER, prefix="salesforce_sync.", project_id=523144),
        _expect("GET", f"{MU}/properties", (*PROPERTIES_QUERY, ("project_id", "523144"))),
        PROJECT,
    ),
    _case(
        "properties-upsert",
        "upsert_properties",
        _notes(209),
        lambda c: c.properties.upsert(USER, body=PropertiesInput.from_dict(PROPERTIES)),
        _expect("POST", f"{MU}/properties", body=PROPERTIES),
    ),
    _case(
        "properties-upsert-project",
        "upsert_properties",
        _page(152),
        lambda c: c.properties.upsert(USER, project_id=523144, body=PropertiesInput.from_dict(PROPERTIES)),
        _expect("POST", f"{MU}/properties", (("project_id", "523144"),), PROPERTIES),
        PROJECT,
    ),
    # Customers
    _case(
        "customers-create",
        "create_customer",
        _notes(53),
        lambda c: c.customers.create(body=CustomerInput.from_dict(CUSTOMER_MIN)),
        _expect("POST", "managed_users", body=CUSTOMER_MIN),
    ),
    _case(
        "customers-create-all-fields",
        "create_customer",
        _notes(52),
        lambda c: c.customers.create(body=CustomerInput.from_dict(CUSTOMER_ALL)),
        _expect("POST", "managed_users", body=CUSTOMER_ALL),
    ),
    _case(
        "customers-update",
        "update_customer",
        _notes(63),
        lambda c: c.customers.update(USER, body=CustomerUpdate.from_dict(CUSTOMER_CHANGES)),
        _expect("PUT", MU, body=CUSTOMER_CHANGES),
        NO_ID.format(line=137, path="/api/managed_users/:managed_user_id (notes line 63)")
        + " task_limit_adjustment is typed integer though its example is quoted (line 71).",
    ),
    _case(
        "customers-update-clear",
        "update_customer",
        _notes(64),
        lambda c: c.customers.update(USER, body=CustomerUpdate.from_dict({"origin_url": None})),
        _expect("PUT", MU, body={"origin_url": None}),
    ),
    _case("customers-get", "get_customer", _page(139), lambda c: c.customers.get(USER), _expect("GET", MU)),
    _case(
        "customers-get-by-external-id",
        "get_customer",
        _notes(26),
        lambda c: c.customers.get(EXTERNAL),
        _expect("GET", "managed_users/Ecrm%2F2300"),
        "The notes' example (EA2300, line 26) needs no encoding; the '/' of the external id crm/2300 "
        "is read as percent-encoded (%2F), so the id stays one path segment.",
    ),
    _case(
        "customers-list",
        "list_customers",
        _page(140),
        lambda c: c.customers.list(),
        _expect("GET", "managed_users"),
        "The table writes GET /api/managed_users/ with a trailing slash, no other row (line 136) or the "
        "notes (line 95) do; read without it.",
    ),
    _case(
        "customers-list-paged",
        "list_customers",
        _notes(96),
        lambda c: c.customers.list(per_page=100, page=2),
        _expect("GET", "managed_users", (("page", "2"), ("per_page", "100"))),
        "The notes did not read the query (line 99); page and per_page are what the S5 tap sends (line 96).",
    ),
    _case(
        "customers-delete",
        "delete_customer",
        _page(138),
        lambda c: c.customers.delete(USER),
        _expect("DELETE", MU),
        NO_ID.format(
            line=138, path="/api/managed_users/:managed_user_id, the only one (notes lines 101, 104)"
        ),
    ),
    _case(
        "customers-usage",
        "get_customers_usage",
        _page(147),
        lambda c: c.customers.get_usage(),
        _expect("GET", "managed_users/usage"),
    ),
    # Members and collaborators
    _case(
        "members-list",
        "list_members",
        _page(141),
        lambda c: c.members.list(USER),
        _expect("GET", f"{MU}/members"),
        NO_ID.format(line=141, path="…/:managed_user_id/members (notes lines 7, 111)"),
    ),
    _case(
        "members-get",
        "get_member",
        _page(142),
        lambda c: c.members.get(USER, 4848),
        _expect("GET", f"{MU}/members/4848"),
        NO_ID.format(line=142, path="…/:managed_user_id/members/:member_id (notes lines 6, 111)"),
    ),
    _case(
        "members-remove",
        "remove_member",
        _page(145),
        lambda c: c.members.remove(USER, 4848),
        _expect("DELETE", f"{MU}/members/4848"),
    ),
    _case(
        "collaborators-invite",
        "invite_collaborator",
        _notes(117),
        lambda c: c.collaborators.invite(USER, body=CollaboratorInvitation.from_dict(INVITATION)),
        _expect("POST", f"{MU}/member_invitations", body=INVITATION),
        "The table (line 189) writes /member_invitation; the notes (line 120) say the current reference "
        "(S1, line 7) and workato4py use /member_invitations: the current reference is taken.",
    ),
    # Connections
    _case(
        "connections-list",
        "list_connections",
        _page(72),
        lambda c: c.connections.list(USER),
        _expect("GET", f"{MU}/connections"),
    ),
    _case(
        "connections-list-filters",
        "list_connections",
        _notes(129),
        lambda c: c.connections.list(
            USER,
            provider="salesforce",
            folder_id=4111,
            parent_id=560,
            external_id="sf-prod",
            include_runtime_connections=True,
            includes=[ListConnectionsIncludesItem.TAGS],
        ),
        _expect(
            "GET",
            f"{MU}/connections",
            (
                ("provider", "salesforce"),
                ("folder_id", "4111"),
                ("parent_id", "560"),
                ("external_id", "sf-prod"),
                ("include_runtime_connections", "true"),
                ("includes[]", "tags"),
            ),
        ),
    ),
    _case(
        "connections-create-shell",
        "create_connection",
        _notes(143),
        lambda c: c.connections.create(USER, body=ConnectionInput.from_dict(SHELL_CONNECTION)),
        _expect("POST", f"{MU}/connections", body=SHELL_CONNECTION),
    ),
    _case(
        "connections-create-with-input",
        "create_connection",
        _notes(142),
        lambda c: c.connections.create(USER, body=ConnectionInput.from_dict(INPUT_CONNECTION)),
        _expect("POST", f"{MU}/connections", body=INPUT_CONNECTION),
    ),
    _case(
        "connections-update",
        "update_connection",
        _notes(147),
        lambda c: c.connections.update(USER, 562, body=ConnectionUpdate.from_dict(CONNECTION_CHANGES)),
        _expect("PUT", f"{MU}/connections/562", body=CONNECTION_CHANGES),
    ),
    _case(
        "connections-disconnect",
        "disconnect_connection",
        _page(75),
        lambda c: c.connections.disconnect(USER, 562),
        _expect("POST", f"{MU}/connections/562/disconnect"),
        "The body {force} defaults to false (notes line 150); a caller who gives no force sends no body.",
    ),
    _case(
        "connections-disconnect-force",
        "disconnect_connection",
        _notes(150),
        lambda c: c.connections.disconnect(USER, 562, body=DisconnectInput.from_dict({"force": True})),
        _expect("POST", f"{MU}/connections/562/disconnect", body={"force": True}),
        "force is a string on the OEM page and a boolean on the developer page (notes lines 150, 276); "
        "read as the boolean its default (false) is.",
    ),
    _case(
        "connections-delete",
        "delete_connection",
        _page(76),
        lambda c: c.connections.delete(USER, 562),
        _expect("DELETE", f"{MU}/connections/562"),
    ),
    # Connectors and custom connectors
    _case(
        "connectors-metadata",
        "get_connectors_metadata",
        _notes(245),
        lambda c: c.connectors.get_metadata(body=ConnectorNames.from_dict(APPLICATIONS)),
        _expect("GET", "integrations", body=APPLICATIONS),
        GET_BODY.format(line=245),
    ),
    _case(
        "connectors-list-all",
        "list_all_connectors",
        _page(81),
        lambda c: c.connectors.list_all(),
        _expect("GET", "integrations/all"),
    ),
    _case(
        "connectors-list-all-paged",
        "list_all_connectors",
        _notes(248),
        lambda c: c.connectors.list_all(page=2, per_page=100),
        _expect("GET", "integrations/all", (("page", "2"), ("per_page", "100"))),
    ),
    _case(
        "custom-connectors-list",
        "list_custom_connectors",
        _page(85),
        lambda c: c.custom_connectors.list(),
        _expect("GET", "custom_connectors"),
    ),
    _case(
        "custom-connectors-list-filters",
        "list_custom_connectors",
        _notes(249),
        lambda c: c.custom_connectors.list(title="Acme", oem_shared=True),
        _expect("GET", "custom_connectors", (("title", "Acme"), ("oem_shared", "true"))),
    ),
    _case(
        "custom-connectors-get",
        "get_custom_connector",
        _page(86),
        lambda c: c.custom_connectors.get(3124),
        _expect("GET", "custom_connectors/3124"),
    ),
    _case(
        "custom-connectors-share-version",
        "share_custom_connector_version",
        _page(87),
        lambda c: c.custom_connectors.share_version(3124, 2),
        _expect("POST", "custom_connectors/3124/oem_share/2"),
    ),
    _case(
        "custom-connectors-share-recipe",
        "share_recipe",
        _page(88),
        lambda c: c.custom_connectors.share_recipe(USER, 3103),
        _expect("POST", f"{MU}/recipes/3103/share"),
        "The row's path has no leading slash (api/managed_users/…); read as /api/managed_users/… like every "
        "other row and the notes (line 180).",
    ),
    _case(
        "custom-connectors-suppress",
        "suppress_custom_connector_version",
        _page(89),
        lambda c: c.custom_connectors.suppress_version(3124),
        _expect("DELETE", "custom_connectors/3124/suppress_oem_version"),
    ),
    # Custom OAuth profiles and customer managers
    _case(
        "oauth-profile-assign",
        "assign_custom_oauth_profile",
        _page(93),
        lambda c: c.custom_oauth_profiles.assign(USER, 54),
        _expect("POST", f"{MU}/custom_oauth_profiles/54/assign"),
    ),
    _case(
        "oauth-profile-unassign",
        "unassign_custom_oauth_profile",
        _page(94),
        lambda c: c.custom_oauth_profiles.unassign(USER, 54),
        _expect("DELETE", f"{MU}/custom_oauth_profiles/54/unassign"),
    ),
    _case(
        "customer-managers-list",
        "list_customer_managers",
        _page(98),
        lambda c: c.customer_managers.list(),
        _expect("GET", "customer_managers"),
    ),
    _case(
        "customer-managers-update",
        "update_customer_manager",
        _notes(234),
        lambda c: c.customer_managers.update(91, body=CustomerManagerUpdate.from_dict(MANAGER_CHANGES)),
        _expect("PUT", "customer_managers/91", body=MANAGER_CHANGES),
    ),
    _case(
        "customer-managers-delete",
        "delete_customer_manager",
        _page(101),
        lambda c: c.customer_managers.delete(91),
        _expect("DELETE", "customer_managers/91"),
    ),
    # Folders
    _case(
        "folders-list",
        "list_folders",
        _page(110),
        lambda c: c.folders.list(USER),
        _expect("GET", f"{MU}/folders"),
    ),
    _case(
        "folders-list-children",
        "list_folders",
        _notes(193),
        lambda c: c.folders.list(USER, parent_id=4111, per_page=100, page=2),
        _expect("GET", f"{MU}/folders", (("parent_id", "4111"), ("page", "2"), ("per_page", "100"))),
        "The query is the developer twin's, marked GUESS for the Embedded API (notes line 193).",
    ),
    _case(
        "folders-create",
        "create_folder",
        _notes(196),
        lambda c: c.folders.create(USER, body=FolderInput.from_dict(FOLDER)),
        _expect("POST", f"{MU}/folders", body=FOLDER),
        FOLDER_BODY,
    ),
    # Jobs
    _case(
        "jobs-list",
        "list_jobs",
        _page(115),
        lambda c: c.jobs.list(USER, 3103),
        _expect("GET", f"{MU}/recipes/3103/jobs"),
    ),
    _case(
        "jobs-list-cursor",
        "list_jobs",
        _notes(188),
        lambda c: c.jobs.list(
            USER, 3103, offset_job_id=JOB, prev=True, status=JobStatus.FAILED, rerun_only=True
        ),
        _expect(
            "GET",
            f"{MU}/recipes/3103/jobs",
            (("offset_job_id", JOB), ("prev", "true"), ("status", "failed"), ("rerun_only", "true")),
        ),
    ),
    _case(
        "jobs-get",
        "get_job",
        _page(116),
        lambda c: c.jobs.get(USER, 3103, JOB),
        _expect("GET", f"{MU}/recipes/3103/jobs/{JOB}"),
    ),
    # JWT direct link
    _case(
        "signature-key-update",
        "update_signature_verification_key",
        _notes(251),
        lambda c: c.jwt_direct_link.update_signature_verification_key(
            body=SignatureVerificationKeyInput(key=PEM)
        ),
        _expect("PUT", "account/signature_verification_key", body={"key": PEM}),
    ),
    # Lookup tables
    _case(
        "lookup-tables-list",
        "list_lookup_tables",
        _page(124),
        lambda c: c.lookup_tables.list(USER),
        _expect("GET", f"{MU}/lookup_tables"),
    ),
    _case(
        "lookup-tables-list-paged",
        "list_lookup_tables",
        _notes(202),
        lambda c: c.lookup_tables.list(USER, page=2, per_page=100),
        _expect("GET", f"{MU}/lookup_tables", (("page", "2"), ("per_page", "100"))),
    ),
    _case(
        "lookup-tables-look-up",
        "look_up_lookup_table_row",
        _page(125),
        lambda c: c.lookup_tables.look_up_row(
            USER, 1422, by=LookUpLookupTableRowBy.from_dict({"code": "AU"})
        ),
        _expect("GET", f"{MU}/lookup_tables/1422/lookup", (("by[code]", "AU"),)),
        "Neither the page (line 125) nor the notes (line 205) give the lookup's parameters; the "
        "by[<column>]=<value> query is Workato's form as issue 19 (item 2) states it.",
    ),
    _case(
        "lookup-rows-list",
        "list_lookup_table_rows",
        _page(126),
        lambda c: c.lookup_tables.list_rows(USER, 1422),
        _expect("GET", f"{MU}/lookup_tables/1422/rows"),
    ),
    _case(
        "lookup-row-get",
        "get_lookup_table_row",
        _page(127),
        lambda c: c.lookup_tables.get_row(USER, 1422, 88),
        _expect("GET", f"{MU}/lookup_tables/1422/rows/88"),
    ),
    _case(
        "lookup-row-delete",
        "delete_lookup_table_row",
        _page(132),
        lambda c: c.lookup_tables.delete_row(USER, 1422, 88),
        _expect("DELETE", f"{MU}/lookup_tables/1422/rows/88"),
    ),
    # Recipes
    _case(
        "recipes-list",
        "list_recipes",
        _page(160),
        lambda c: c.recipes.list(USER),
        _expect("GET", f"{MU}/recipes"),
    ),
    _case(
        "recipes-list-filters",
        "list_recipes",
        _notes(160),
        lambda c: c.recipes.list(
            USER, adapter_names_any="salesforce,jira", folder_id=4111, running=True, page=2, per_page=100
        ),
        _expect(
            "GET",
            f"{MU}/recipes",
            (
                ("adapter_names_any", "salesforce,jira"),
                ("folder_id", "4111"),
                ("running", "true"),
                ("page", "2"),
                ("per_page", "100"),
            ),
        ),
    ),
    _case(
        "recipes-list-stopped",
        "list_recipes",
        _notes(166),
        lambda c: c.recipes.list(
            USER,
            adapter_names_all="salesforce,jira",
            running=False,
            since_id=3200,
            stopped_after=STOPPED_AFTER,
            stop_cause=StopCause.TRIGGER_ERRORS_LIMIT,
        ),
        _expect(
            "GET",
            f"{MU}/recipes",
            (
                ("adapter_names_all", "salesforce,jira"),
                ("running", "false"),
                ("since_id", "3200"),
                ("stopped_after", "2023-11-01T00:00:00Z"),
                ("stop_cause", "trigger_errors_limit"),
            ),
        ),
    ),
    _case(
        "recipes-get",
        "get_recipe",
        _page(161),
        lambda c: c.recipes.get(USER, 3103),
        _expect("GET", f"{MU}/recipes/3103"),
    ),
    _case(
        "recipes-delete",
        "delete_recipe",
        _page(165),
        lambda c: c.recipes.delete(USER, 3103),
        _expect("DELETE", f"{MU}/recipes/3103"),
    ),
    _case(
        "recipes-start",
        "start_recipe",
        _page(166),
        lambda c: c.recipes.start(USER, 3103),
        _expect("PUT", f"{MU}/recipes/3103/start"),
    ),
    _case(
        "recipes-stop",
        "stop_recipe",
        _page(167),
        lambda c: c.recipes.stop(USER, 3103),
        _expect("PUT", f"{MU}/recipes/3103/stop"),
    ),
    _case(
        "recipes-search",
        "search_public_recipes",
        _notes(183),
        lambda c: c.recipes.search_public(
            body=ConnectorNames.from_dict(APPLICATIONS),
            term="lead sync",
            boost_owned=True,
            page=1,
            per_page=20,
        ),
        _expect(
            "GET",
            "recipes/search",
            (("term", "lead sync"), ("boost_owned", "true"), ("page", "1"), ("per_page", "20")),
            APPLICATIONS,
        ),
        GET_BODY.format(line=184),
    ),
    # Recipe lifecycle
    _case(
        "export-manifest-create",
        "create_export_manifest",
        _notes(217),
        lambda c: c.recipe_lifecycle.create_export_manifest(
            USER, body=ExportManifestInput.from_dict(MANIFEST)
        ),
        _expect("POST", f"{MU}/export_manifests", body=MANIFEST),
        MANIFEST_PATH + " The fields of lines 218-219 are sent wrapped in export_manifest, as the developer "
        "twin does (line 220) and the OEM endpoints mirror it (line 14).",
    ),
    _case(
        "export-manifest-get",
        "get_export_manifest",
        _page(176),
        lambda c: c.recipe_lifecycle.get_export_manifest(USER, 12),
        _expect("GET", f"{MU}/export_manifests/12"),
        MANIFEST_PATH,
    ),
    _case(
        "export-package",
        "export_package",
        _page(179),
        lambda c: c.recipe_lifecycle.export_package(USER, 12),
        _expect("POST", f"{MU}/exports/12"),
    ),
    _case(
        "export-status",
        "get_export_status",
        _page(180),
        lambda c: c.recipe_lifecycle.get_export_status(USER, 305),
        _expect("GET", f"{MU}/exports/305"),
    ),
    _case(
        "import-package",
        "import_package",
        _notes(227),
        lambda c: c.recipe_lifecycle.import_package(USER, folder_id=4111, body=_zip()),
        _import((("folder_id", "4111"),)),
    ),
    _case(
        "import-package-options",
        "import_package",
        _notes(226),
        lambda c: c.recipe_lifecycle.import_package(
            USER,
            folder_id=4111,
            restart_recipes=True,
            include_tags=True,
            folder_id_for_home_assets=4112,
            body=_zip(),
        ),
        _import(
            (
                ("folder_id", "4111"),
                ("restart_recipes", "true"),
                ("include_tags", "true"),
                ("folder_id_for_home_assets", "4112"),
            )
        ),
    ),
    _case(
        "import-status",
        "get_import_status",
        _page(178),
        lambda c: c.recipe_lifecycle.get_import_status(USER, 305),
        _expect("GET", f"{MU}/imports/305"),
        "The table gives the import status the recipe list's path (GET …/:id/recipes, line 160); the "
        "notes give GET …/imports/:package_id (lines 216, 230).",
    ),
    # Roles
    _case(
        "roles-list", "list_roles", _page(184), lambda c: c.roles.list(USER), _expect("GET", f"{MU}/roles")
    ),
    _case(
        "roles-list-paged",
        "list_roles",
        _notes(238),
        lambda c: c.roles.list(USER, per_page=100, page=2),
        _expect("GET", f"{MU}/roles", (("page", "2"), ("per_page", "100"))),
    ),
    # API platform under a customer account
    _case(
        "api-collections-list",
        "list_api_collections",
        _page(56),
        lambda c: c.api_collections.list(USER),
        _expect("GET", f"{MU}/api_collections"),
    ),
    _case(
        "api-collections-create",
        "create_api_collection",
        _notes(265),
        lambda c: c.api_collections.create(
            USER, project_id="523144", body=ApiCollectionInput(name="Netsuite customers")
        ),
        _expect("POST", f"{MU}/api_collections", (("project_id", "523144"),), {"name": "Netsuite customers"}),
        "The notes list project_id among the developer twin's body fields (line 265); the developer page "
        f"sends it in the query ({PLATFORM}:47, :53), the form taken. The optional proxy_connection_id "
        "and openapi_spec are not sent.",
    ),
    _case(
        "api-endpoints-list",
        "list_api_endpoints",
        _page(58),
        lambda c: c.api_endpoints.list(USER),
        _expect("GET", f"{MU}/api_endpoints"),
    ),
    _case(
        "api-endpoints-list-by-collection",
        "list_api_endpoints",
        _notes(256),
        lambda c: c.api_endpoints.list(USER, api_collection_id=1391),
        _expect("GET", f"{MU}/api_endpoints", (("api_collection_id", "1391"),)),
    ),
    _case(
        "api-endpoints-enable",
        "enable_api_endpoint",
        _page(59),
        lambda c: c.api_endpoints.enable(USER, 1213),
        _expect("PUT", f"{MU}/api_endpoints/1213/enable"),
    ),
    _case(
        "api-endpoints-disable",
        "disable_api_endpoint",
        _page(60),
        lambda c: c.api_endpoints.disable(USER, 1213),
        _expect("PUT", f"{MU}/api_endpoints/1213/disable"),
    ),
    _case(
        "api-clients-list",
        "list_api_clients",
        _page(61),
        lambda c: c.api_clients.list(USER),
        _expect("GET", f"{MU}/api_clients"),
    ),
    _case(
        "api-clients-create",
        "create_api_client",
        _page(62),
        lambda c: c.api_clients.create(USER, body=ApiClientInput(name="Automation Inc.")),
        _expect("POST", f"{MU}/api_clients", body={"name": "Automation Inc."}),
        "Neither the page nor the notes give the body (the notes list the client's fields, line 264, and "
        f"say the OEM endpoints mirror the developer ones, line 14): the developer body {{name}} "
        f"({PLATFORM}:154) is taken.",
    ),
    _case(
        "access-profiles-list",
        "list_api_access_profiles",
        _page(63),
        lambda c: c.api_access_profiles.list(USER),
        _expect("GET", f"{MU}/api_access_profiles"),
    ),
    _case(
        "access-profiles-list-by-client",
        "list_api_access_profiles",
        _page(63),
        lambda c: c.api_access_profiles.list(USER, api_client_id=933084),
        _expect("GET", f"{MU}/api_access_profiles", (("api_client_id", "933084"),)),
        "The row lists the profiles 'belonging to an API client'; the filter is the developer twin's "
        f"api_client_id query ({PLATFORM}:175, :179).",
    ),
    _case(
        "access-profiles-create",
        "create_api_access_profile",
        _notes(267),
        lambda c: c.api_access_profiles.create(
            USER, api_client_id=1255, body=ApiAccessProfileInput.from_dict(PROFILE)
        ),
        _expect("POST", f"{MU}/api_access_profiles", (("api_client_id", "1255"),), PROFILE),
        FROM_PROFILE,
    ),
    _case(
        "access-profiles-update",
        "update_api_access_profile",
        _page(65),
        lambda c: c.api_access_profiles.update(USER, 27894, body=ApiAccessProfileInput.from_dict(PROFILE)),
        _expect("PUT", f"{MU}/api_access_profiles/27894", body=PROFILE),
        "The row's path has no profile id; the developer twin's PUT …/api_access_profiles/"
        f":api_access_profile_id ({PLATFORM}:291) is taken under the customer, with the body of create.",
    ),
    _case(
        "access-profiles-enable",
        "enable_api_access_profile",
        _page(66),
        lambda c: c.api_access_profiles.enable(USER, 27894),
        _expect("PUT", f"{MU}/api_access_profiles/27894/enable"),
    ),
    _case(
        "access-profiles-disable",
        "disable_api_access_profile",
        _page(67),
        lambda c: c.api_access_profiles.disable(USER, 27894),
        _expect("PUT", f"{MU}/api_access_profiles/27894/disable"),
        "The row writes PUT …/api_access_profiles for disable (line 67); the notes give "
        "…/api_access_profiles/:id/disable (line 259), like enable (line 66).",
    ),
    _case(
        "access-profiles-refresh-secret",
        "refresh_api_access_profile_secret",
        _page(68),
        lambda c: c.api_access_profiles.refresh_secret(USER, 27894),
        _expect("PUT", f"{MU}/api_access_profiles/27894/refresh_secret"),
    ),
]
