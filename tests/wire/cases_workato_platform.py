"""Workato API Platform: the requests of ../shared/api-docs/workato-api-platform.txt (its curls, its
query-parameter tables and the access-profile payload variants), and of the v2 API clients and keys,
which the page predates, from Workato's published OpenAPI (/tmp/vendor-spec.yaml, `workato-api-spec.yaml`
of workato-devs/workato-platform-cli): its parameters and its schemas' example values."""

from __future__ import annotations

from typing import Any

from workato_platform_client.models import (
    AccessProfileInput,
    ApiClientInput,
    ApiClientV2Input,
    ApiCollectionInput,
    ApiKeyInput,
    AuthType,
    JwtMethod,
)

from .harness import Expected, WireCase

PAGE = "workato-api-platform.txt"
# Every curl writes the token as <api_token> and the host as www.workato.com (e.g. lines 53-54).
CLIENT = {"api_token": "<api_token>"}
AUTHORIZATION = "Bearer <api_token>"
API = "https://www.workato.com/api"
JSON = "application/json"
NO_SPACE = (
    "The curl has no space before its line-continuing backslash, so taken literally the next "
    "line's -H is glued to the URL; read as a typo: the URL ends at the quote."
)
FROM_TABLE = (
    "No sample request for this variant: the body is built from the payload table (lines {table}) "
    "with the samples' values where they have one; the untyped list fields (required_claims, "
    'allowed_issuers: "a list of ...") are read as arrays of strings.'
)

# Our operationId -> the vendor spec's (the v2 client calls are renamed: the v1 ones hold their names).
VENDOR_OPERATIONS = {
    "list_v2_api_clients": "list_api_clients",
    "create_v2_api_client": "create_api_client",
    "list_api_keys": "list_api_keys",
    "create_api_key": "create_api_key",
    "refresh_api_key_secret": "refresh_api_key_secret",
}
NO_SAMPLE = (
    "The vendor spec has no sample request: method and path from its path item, query names from its "
    "parameters, body values from its request schema's property examples (ids from its ApiClient and "
    "ApiKey examples: client 1, key 37326); the host and token as in the page's curls."
)
# ApiClientCreateRequest's property examples (vendor spec lines 2883-2955).
V2_TOKEN_CLIENT = {
    "name": "Automation Inc.",
    "description": "API client for Product Catalog",
    "email": "alex.das@workato.com",
    "api_collection_ids": [6883],
    "auth_type": "token",
    "mtls_enabled": True,
    "validation_formula": "OU=Workato",
    "cert_bundle_ids": [3],
}
# ApiKeyCreateRequest's property examples (vendor spec lines 3040-3058).
API_KEY = {
    "name": "Automation Inc.",
    "active": True,
    "ip_allow_list": ["8.8.8.8/24"],
    "ip_deny_list": ["192.168.0.0/16"],
}

# The payload of the two sample requests (Auth token, lines 245-251 and 315-321; JWT RSA, 256-263).
TOKEN_PROFILE = {
    "name": "Sales team",
    "api_collection_ids": [1391, 1388],
    "auth_type": "token",
    "active": True,
    "ip_allow_list": ["192.168.0.1", "192.168.0.0/20"],
}
RSA_KEY = (
    "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4ngjihh5hXDRe0c1qPNc\n"
    "rF7RIoAG/iNZXruTspeX8e2auMBXTwVI0sLgwUo26lMXCRAvC004JWKugzh1UHXY\n"
    "sjmtwZFRznqhb/ojJDi785+zbmVNLWmbIB/ChBUyckBSExsmR0nOpQhiW0przr2J\ncQIDAQAB\n"
    "-----END PUBLIC KEY-----"
)
RSA_PROFILE = {
    "name": "HMAC API",
    "api_collection_ids": [1391, 1388],
    "auth_type": "jwt",
    "jwt_method": "rsa",
    "jwt_secret": RSA_KEY,
    "active": True,
}
# Variants the payload table documents without a sample (lines 229-240 and 299-310).
HMAC_PROFILE = {
    "name": "Sales team",
    "api_collection_ids": [1391, 1388],
    "auth_type": "jwt",
    "jwt_method": "hmac",
    "jwt_secret": "e3a1ce1d46c4hjk8kfj26781c6ed3073312451ee0990035bf8a4bc90c2a2",
    "active": True,
}
OAUTH2_PROFILE = {
    "name": "Sales team",
    "api_collection_ids": [1391, 1388],
    "auth_type": "oauth2",
    "active": True,
}
OIDC_PROFILE = {
    "name": "Sales team",
    "api_collection_ids": [1391, 1388],
    "auth_type": "oidc",
    "active": True,
    "oidc_issuer": "https://accounts.google.com",
    "access_profile_claim": "workato_access_profile",
    "required_claims": ["iss", "sub"],
    "allowed_issuers": ["https://accounts.google.com"],
}
JWKS_PROFILE = {
    "name": "Sales team",
    "api_collection_ids": [1391, 1388],
    "auth_type": "jwt",
    "jwt_method": "rsa",
    "active": True,
    "oidc_jwks_uri": "https://www.googleapis.com/oauth2/v3/certs",
}


def _profile(body: dict[str, Any]) -> AccessProfileInput:
    typed = {
        **body,
        "auth_type": AuthType(body["auth_type"]),
        **({"jwt_method": JwtMethod(body["jwt_method"])} if "jwt_method" in body else {}),
    }
    return AccessProfileInput(**typed)


def _case(id: str, operation: str, line: int, call: Any, expected: Expected, reading: str = "") -> WireCase:
    return WireCase(
        id=f"platform-{id}",
        api="workato_platform_client",
        operation=operation,
        source=f"{PAGE}:{line}",
        client=CLIENT,
        call=call,
        expected=expected,
        reading=reading,
    )


def _vendor_case(
    id: str, operation: str, line: int, call: Any, expected: Expected, reading: str = ""
) -> WireCase:
    """A case written from the vendor spec: `vendor_operation` is its operationId, `line` where the
    request's parts are declared in /tmp/vendor-spec.yaml."""
    vendor_operation = VENDOR_OPERATIONS[operation]
    return WireCase(
        id=f"platform-{id}",
        api="workato_platform_client",
        operation=operation,
        source=f"vendor-spec:{vendor_operation}:{line}",
        client=CLIENT,
        call=call,
        expected=expected,
        reading=reading or NO_SAMPLE,
    )


def _get(path: str, query: tuple[tuple[str, str], ...] = ()) -> Expected:
    return Expected("GET", f"{API}/{path}", AUTHORIZATION, query)


def _put(path: str, body: Any = None) -> Expected:
    if body is None:
        return Expected("PUT", f"{API}/{path}", AUTHORIZATION)
    return Expected("PUT", f"{API}/{path}", AUTHORIZATION, content_type=JSON, body=body)


def _create_profile(id: str, line: int, body: dict[str, Any], reading: str) -> WireCase:
    return _case(
        id,
        "create_api_access_profile",
        line,
        lambda c: c.api_access_profiles.create(api_client_id=1255, body=_profile(body)),
        Expected(
            "POST",
            f"{API}/api_access_profiles",
            AUTHORIZATION,
            (("api_client_id", "1255"),),
            JSON,
            body,
        ),
        reading,
    )


def _update_profile(id: str, line: int, body: dict[str, Any], reading: str) -> WireCase:
    return _case(
        id,
        "update_api_access_profile",
        line,
        lambda c: c.api_access_profiles.update(27894, body=_profile(body)),
        _put("api_access_profiles/27894", body),
        reading,
    )


# Sorted: `Recorded.query` is sorted and the dataclass comparison is order-sensitive.
PAGING = (("page", "2"), ("per_page", "100"))

CASES = [
    # API collections
    _case(
        "list-api-collections",
        "list_api_collections",
        22,
        lambda c: c.api_collections.list(),
        _get("api_collections"),
    ),
    _case(
        "list-api-collections-paged",
        "list_api_collections",
        26,
        lambda c: c.api_collections.list(per_page=100, page=2),
        _get("api_collections", PAGING),
    ),
    _case(
        "create-api-collection",
        "create_api_collection",
        53,
        lambda c: c.api_collections.create(
            project_id="523144", body=ApiCollectionInput(name="Netsuite customers")
        ),
        Expected(
            "POST",
            f"{API}/api_collections",
            AUTHORIZATION,
            (("project_id", "523144"),),
            JSON,
            {"name": "Netsuite customers"},
        ),
    ),
    # API endpoints
    _case(
        "list-api-endpoints-all",
        "list_api_endpoints",
        76,
        lambda c: c.api_endpoints.list(),
        _get("api_endpoints"),
    ),
    _case(
        "list-api-endpoints",
        "list_api_endpoints",
        80,
        lambda c: c.api_endpoints.list(api_collection_id=1391),
        _get("api_endpoints", (("api_collection_id", "1391"),)),
    ),
    _case(
        "list-api-endpoints-paged",
        "list_api_endpoints",
        77,
        lambda c: c.api_endpoints.list(api_collection_id=1391, per_page=100, page=2),
        _get("api_endpoints", (("api_collection_id", "1391"), *PAGING)),
    ),
    _case(
        "enable-api-endpoint",
        "enable_api_endpoint",
        109,
        lambda c: c.api_endpoints.enable(1213),
        _put("api_endpoints/1213/enable"),
    ),
    _case(
        "disable-api-endpoint",
        "disable_api_endpoint",
        120,
        lambda c: c.api_endpoints.disable(1213),
        _put("api_endpoints/1213/disable"),
    ),
    # API clients
    _case("list-api-clients", "list_api_clients", 126, lambda c: c.api_clients.list(), _get("api_clients")),
    _case(
        "create-api-client",
        "create_api_client",
        156,
        lambda c: c.api_clients.create(project_id="523144", body=ApiClientInput(name="Automation Inc.")),
        Expected(
            "POST",
            f"{API}/api_clients",
            AUTHORIZATION,
            (("project_id", "523144"),),
            JSON,
            {"name": "Automation Inc."},
        ),
        "The curl's body has a trailing comma (line 160), which is not JSON; read as the object with "
        "its one documented field, name (line 154).",
    ),
    # API access profiles
    _case(
        "list-api-access-profiles-all",
        "list_api_access_profiles",
        171,
        lambda c: c.api_access_profiles.list(),
        _get("api_access_profiles"),
    ),
    _case(
        "list-api-access-profiles",
        "list_api_access_profiles",
        179,
        lambda c: c.api_access_profiles.list(api_client_id=933084),
        _get("api_access_profiles", (("api_client_id", "933084"),)),
    ),
    _case(
        "list-api-access-profiles-paged",
        "list_api_access_profiles",
        176,
        lambda c: c.api_access_profiles.list(api_client_id=933084, per_page=100, page=2),
        _get("api_access_profiles", (("api_client_id", "933084"), *PAGING)),
    ),
    _create_profile("create-access-profile-token", 242, TOKEN_PROFILE, NO_SPACE),
    _create_profile("create-access-profile-jwt-rsa", 253, RSA_PROFILE, NO_SPACE),
    _create_profile("create-access-profile-jwt-hmac", 233, HMAC_PROFILE, FROM_TABLE.format(table="229-240")),
    _create_profile("create-access-profile-oauth2", 232, OAUTH2_PROFILE, FROM_TABLE.format(table="229-240")),
    _create_profile("create-access-profile-oidc", 236, OIDC_PROFILE, FROM_TABLE.format(table="229-240")),
    _create_profile("create-access-profile-jwt-jwks", 237, JWKS_PROFILE, FROM_TABLE.format(table="229-240")),
    _update_profile("update-access-profile-token", 312, TOKEN_PROFILE, NO_SPACE),
    _update_profile("update-access-profile-jwt-rsa", 304, RSA_PROFILE, FROM_TABLE.format(table="299-310")),
    _update_profile("update-access-profile-oidc", 306, OIDC_PROFILE, FROM_TABLE.format(table="299-310")),
    _case(
        "enable-access-profile",
        "enable_api_access_profile",
        332,
        lambda c: c.api_access_profiles.enable(1213),
        _put("api_access_profiles/1213/enable"),
    ),
    _case(
        "disable-access-profile",
        "disable_api_access_profile",
        345,
        lambda c: c.api_access_profiles.disable(1213),
        _put("api_access_profiles/1213/disable"),
    ),
    _case(
        "refresh-access-profile-secret",
        "refresh_api_access_profile_secret",
        357,
        lambda c: c.api_access_profiles.refresh_secret(26962),
        _put("api_access_profiles/26962/refresh_secret"),
        "No sample request: the path is the section's line 357 (the quick reference, line 18, drops "
        "/api), with the id of the section's response (line 364).",
    ),
    # v2 API clients and their keys (the vendor spec; the page has no v2 section)
    _vendor_case(
        "list-v2-api-clients",
        "list_v2_api_clients",
        907,
        lambda c: c.v2_api_clients.list(),
        _get("v2/api_clients"),
    ),
    _vendor_case(
        "list-v2-api-clients-of-project-paged",
        "list_v2_api_clients",
        915,
        lambda c: c.v2_api_clients.list(project_id=523144, per_page=100, page=2),
        _get("v2/api_clients", (("project_id", "523144"), *PAGING)),
        NO_SAMPLE + " project_id (line 915) is an integer; page and per_page at lines 920 and 927.",
    ),
    _vendor_case(
        "list-v2-api-clients-by-cert-bundles",
        "list_v2_api_clients",
        934,
        lambda c: c.v2_api_clients.list(cert_bundle_ids=[3, 4]),
        _get("v2/api_clients", (("cert_bundle_ids", "3"), ("cert_bundle_ids", "4"))),
        "cert_bundle_ids (line 934) is a query array with no style or explode, so OpenAPI's default "
        "applies: form, exploded, one cert_bundle_ids=<id> pair per bundle (3 is ApiClient's example).",
    ),
    _vendor_case(
        "create-v2-api-client-token",
        "create_v2_api_client",
        952,
        lambda c: c.v2_api_clients.create(
            body=ApiClientV2Input(
                name="Automation Inc.",
                description="API client for Product Catalog",
                email="alex.das@workato.com",
                api_collection_ids=[6883],
                auth_type=AuthType.TOKEN,
                mtls_enabled=True,
                validation_formula="OU=Workato",
                cert_bundle_ids=[3],
            )
        ),
        Expected("POST", f"{API}/v2/api_clients", AUTHORIZATION, (), JSON, V2_TOKEN_CLIENT),
    ),
    _vendor_case(
        "create-v2-api-client-jwt",
        "create_v2_api_client",
        2916,
        lambda c: c.v2_api_clients.create(
            body=ApiClientV2Input(
                name="Automation Inc.",
                project_id=523144,
                api_collection_ids=[6883],
                auth_type=AuthType.JWT,
                jwt_method=JwtMethod.HMAC,
                jwt_secret="e3a1ce1d46c4hjk8kfj26781c6ed3073312451ee0990035bf8a4bc90c2a2",
            )
        ),
        Expected(
            "POST",
            f"{API}/v2/api_clients",
            AUTHORIZATION,
            (),
            JSON,
            {
                "name": "Automation Inc.",
                "project_id": 523144,
                "api_collection_ids": [6883],
                "auth_type": "jwt",
                "jwt_method": "hmac",
                "jwt_secret": "e3a1ce1d46c4hjk8kfj26781c6ed3073312451ee0990035bf8a4bc90c2a2",
            },
        ),
        "jwt_method and jwt_secret are required for jwt (lines 2916-2922) and have no example: the "
        "method is hmac from the enum, the secret the page's HMAC secret; project_id an integer "
        "(line 2891) with the page's project 523144.",
    ),
    _vendor_case(
        "list-api-keys",
        "list_api_keys",
        977,
        lambda c: c.api_keys.list(1),
        _get("v2/api_clients/1/api_keys"),
    ),
    _vendor_case(
        "create-api-key",
        "create_api_key",
        1002,
        lambda c: c.api_keys.create(
            1,
            body=ApiKeyInput(
                name="Automation Inc.",
                active=True,
                ip_allow_list=["8.8.8.8/24"],
                ip_deny_list=["192.168.0.0/16"],
            ),
        ),
        Expected("POST", f"{API}/v2/api_clients/1/api_keys", AUTHORIZATION, (), JSON, API_KEY),
    ),
    _vendor_case(
        "refresh-api-key-secret",
        "refresh_api_key_secret",
        1034,
        lambda c: c.api_keys.refresh_secret(1, 37326),
        _put("v2/api_clients/1/api_keys/37326/refresh_secret"),
    ),
]
