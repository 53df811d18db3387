"""Independent reference server for the Workato "API Platform" API.

Written from /work/shared/api-docs/workato-api-platform.txt only.
See DECISIONS.md (next to this file) for every place where the page is
wrong, silent or ambiguous and what this server does about it.

Run:
    python server.py --port PORT --token TOKEN [--no-seed]
"""

from __future__ import annotations

import argparse
import hmac
import ipaddress
import json
import re
import secrets
import traceback
from datetime import datetime, timezone
from urllib.parse import urlsplit

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

MAX_BODY_BYTES = 1024 * 1024  # 1 MiB
MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 100
WORKSPACE_BASE = "https://api.na.workato.com/abstergoi"
SPEC_BASE = "https://www.workato.com/doc/service"

AUTH_TYPES = ("token", "jwt", "oauth2", "oidc")
JWT_METHODS = ("hmac", "rsa")
ID_RE = re.compile(r"^[0-9]{1,18}$")
INT_RE = re.compile(r"^[0-9]+$")


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


class ApiError(Exception):
    def __init__(self, status: int, message: str, errors: list[str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors


def bad_request(*errors: str) -> ApiError:
    return ApiError(400, "Bad request", list(errors))


def not_found() -> ApiError:
    return ApiError(404, "Not found")


def error_response(err: ApiError) -> JSONResponse:
    body: dict = {"message": err.message}
    if err.errors:
        body["errors"] = err.errors
    headers = {}
    if err.status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse(body, status_code=err.status, headers=headers)


def now_ts() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def parse_path_id(raw: str) -> int:
    """Path ids: unknown / non-numeric / absurd ids are simply 'not found'."""
    if not ID_RE.match(raw):
        raise not_found()
    return int(raw)


def query_value(request: Request, name: str) -> str | None:
    values = request.query_params.getlist(name)
    if not values:
        return None
    return values[0]


def parse_pagination(request: Request) -> tuple[int, int]:
    errors = []
    per_page = DEFAULT_PER_PAGE
    page = 1
    raw = query_value(request, "per_page")
    if raw is not None:
        raw = raw.strip()
        if not INT_RE.match(raw) or int(raw) < 1:
            errors.append("per_page must be a positive integer")
        else:
            per_page = min(int(raw), MAX_PER_PAGE)
    raw = query_value(request, "page")
    if raw is not None:
        raw = raw.strip()
        if not INT_RE.match(raw) or int(raw) < 1:
            errors.append("page must be a positive integer")
        else:
            page = int(raw)
    if errors:
        raise bad_request(*errors)
    return page, per_page


def paginate(items: list, page: int, per_page: int) -> list:
    start = (page - 1) * per_page
    if start >= len(items):
        return []
    return items[start:start + per_page]


def parse_filter_id(request: Request, name: str) -> int | None:
    raw = query_value(request, name)
    if raw is None or raw.strip() == "":
        return None
    raw = raw.strip()
    if not INT_RE.match(raw):
        raise bad_request(f"{name} must be a numeric ID")
    return int(raw)


def _reject_constant(value: str):
    raise ValueError(f"invalid JSON constant {value}")


async def read_json_object(request: Request) -> dict:
    ctype = request.headers.get("content-type", "")
    media = ctype.split(";", 1)[0].strip().lower()
    if not (media == "application/json" or (media.startswith("application/") and media.endswith("+json"))):
        raise bad_request("Content-Type must be application/json")
    clen = request.headers.get("content-length")
    if clen is not None:
        try:
            if int(clen) > MAX_BODY_BYTES:
                raise ApiError(413, "Payload too large")
        except ValueError:
            raise bad_request("invalid Content-Length")
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise ApiError(413, "Payload too large")
        chunks.append(chunk)
    raw = b"".join(chunks)
    if not raw.strip():
        raise bad_request("request body must be a JSON object")
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise bad_request("malformed JSON in request body")
    if not isinstance(data, dict):
        raise bad_request("request body must be a JSON object")
    return data


def require_name(body: dict, errors: list[str]) -> str | None:
    if "name" not in body or body["name"] is None:
        errors.append("name is required")
        return None
    name = body["name"]
    if not isinstance(name, str):
        errors.append("name must be a string")
        return None
    if name.strip() == "":
        errors.append("name must not be blank")
        return None
    return name


def require_project_id(request: Request) -> str:
    raw = query_value(request, "project_id")
    if raw is None or raw.strip() == "":
        raise bad_request("project_id query parameter is required")
    return raw.strip()


def is_int_id(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


# --------------------------------------------------------------------------
# state
# --------------------------------------------------------------------------


class Store:
    def __init__(self, seed: bool = True):
        self.collections: dict[int, dict] = {}
        self.endpoints: dict[int, dict] = {}
        self.clients: dict[int, dict] = {}
        self.profiles: dict[int, dict] = {}
        self.next_collection_id = 1392
        self.next_client_id = 1255
        self.next_profile_id = 26985
        if seed:
            self._seed()

    def _seed(self):
        # The page offers no way to create API endpoints; seed the documented
        # example endpoint (line 86-98) and its parent collection (line 60-68).
        self.collections[1391] = {
            "id": 1391,
            "name": "Netsuite customers",
            "version": "1.0",
            "url": "https://api.na.workato.com/abstergoi/netsuite-customers-v1",
            "api_spec_url": "https://www.workato.com/doc/service/netsuite-customers-v1/swagger?token=774513f8a712djkls90s7f5a3165eb96d",
            "created_at": "2020-07-31T08:24:31.439-07:00",
            "updated_at": "2020-07-31T08:24:31.439-07:00",
            "project_id": "523144",
        }
        self.endpoints[9903] = {
            "id": 9903,
            "api_collection_id": 1391,
            "flow_id": 39999,
            "name": "salesforce search",
            "method": "GET",
            "url": "https://api.na.workato.com/abstergoi/netsuite-customers-v1/salesforce/search",
            "legacy_url": None,
            "base_path": "/abstergoi/netsuite-customers-v1/salesforce/search",
            "path": "salesforce/search",
            "active": False,
            "legacy": False,
            "created_at": "2020-08-05T05:59:55.991-07:00",
            "updated_at": "2020-08-05T05:59:55.991-07:00",
        }


STORE = Store()


# --------------------------------------------------------------------------
# representations
# --------------------------------------------------------------------------

COLLECTION_LIST_KEYS = ("id", "name", "version", "url", "api_spec_url", "created_at", "updated_at", "project_id")
COLLECTION_CREATE_KEYS = ("id", "name", "version", "url", "api_spec_url", "created_at", "updated_at")
CLIENT_LIST_KEYS = ("id", "name", "created_at", "updated_at", "project_id")
CLIENT_CREATE_KEYS = ("id", "name", "created_at", "updated_at")
ENDPOINT_KEYS = ("id", "api_collection_id", "flow_id", "name", "method", "url", "legacy_url", "base_path",
                 "path", "active", "legacy", "created_at", "updated_at")
PROFILE_LIST_KEYS = ("id", "name", "api_client_id", "api_collection_ids", "active", "auth_type",
                     "created_at", "updated_at")
PROFILE_FULL_KEYS = ("id", "name", "api_client_id", "api_collection_ids", "active", "auth_type",
                     "jwt_method", "jwt_secret", "oauth_client_id", "oauth_client_secret", "secret",
                     "created_at", "updated_at")


def view(obj: dict, keys) -> dict:
    out = {}
    for k in keys:
        v = obj.get(k)
        if isinstance(v, list):
            v = list(v)
        out[k] = v
    return out


# --------------------------------------------------------------------------
# handlers: API collections
# --------------------------------------------------------------------------


async def list_collections(request: Request, **_):
    page, per_page = parse_pagination(request)
    items = [STORE.collections[k] for k in sorted(STORE.collections)]
    return JSONResponse([view(c, COLLECTION_LIST_KEYS) for c in paginate(items, page, per_page)])


async def create_collection(request: Request, **_):
    project_id = require_project_id(request)
    body = await read_json_object(request)
    errors: list[str] = []
    name = require_name(body, errors)
    if errors:
        raise bad_request(*errors)
    cid = STORE.next_collection_id
    STORE.next_collection_id += 1
    slug = slugify(name) or f"collection-{cid}"
    ts = now_ts()
    coll = {
        "id": cid,
        "name": name,
        "version": "1.0",
        "url": f"{WORKSPACE_BASE}/{slug}-v1",
        "api_spec_url": f"{SPEC_BASE}/{slug}-v1/swagger?token={secrets.token_hex(16)}",
        "created_at": ts,
        "updated_at": ts,
        "project_id": project_id,
    }
    STORE.collections[cid] = coll
    return JSONResponse(view(coll, COLLECTION_CREATE_KEYS), status_code=200)


# --------------------------------------------------------------------------
# handlers: API endpoints
# --------------------------------------------------------------------------


async def list_endpoints(request: Request, **_):
    collection_id = parse_filter_id(request, "api_collection_id")
    page, per_page = parse_pagination(request)
    items = [STORE.endpoints[k] for k in sorted(STORE.endpoints)]
    if collection_id is not None:
        items = [e for e in items if e["api_collection_id"] == collection_id]
    return JSONResponse([view(e, ENDPOINT_KEYS) for e in paginate(items, page, per_page)])


async def set_endpoint_active(request: Request, *, ident: str, active: bool):
    eid = parse_path_id(ident)
    ep = STORE.endpoints.get(eid)
    if ep is None:
        raise not_found()
    if ep["active"] != active:
        ep["active"] = active
        ep["updated_at"] = now_ts()
    return JSONResponse({"success": True})


async def enable_endpoint(request: Request, ident: str):
    return await set_endpoint_active(request, ident=ident, active=True)


async def disable_endpoint(request: Request, ident: str):
    return await set_endpoint_active(request, ident=ident, active=False)


# --------------------------------------------------------------------------
# handlers: API clients
# --------------------------------------------------------------------------


async def list_clients(request: Request, **_):
    items = [STORE.clients[k] for k in sorted(STORE.clients)]
    return JSONResponse([view(c, CLIENT_LIST_KEYS) for c in items])


async def create_client(request: Request, **_):
    project_id = require_project_id(request)
    body = await read_json_object(request)
    errors: list[str] = []
    name = require_name(body, errors)
    if errors:
        raise bad_request(*errors)
    cid = STORE.next_client_id
    STORE.next_client_id += 1
    ts = now_ts()
    client = {"id": cid, "name": name, "created_at": ts, "updated_at": ts, "project_id": project_id}
    STORE.clients[cid] = client
    return JSONResponse(view(client, CLIENT_CREATE_KEYS), status_code=200)


# --------------------------------------------------------------------------
# handlers: access profiles
# --------------------------------------------------------------------------


def _valid_url(value) -> bool:
    if not isinstance(value, str) or value.strip() != value or value == "":
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _string_list(body: dict, key: str, errors: list[str]) -> list[str] | None:
    v = body.get(key)
    if v is None:
        return None
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        errors.append(f"{key} must be an array of strings")
        return None
    return list(v)


def validate_profile_payload(body: dict) -> dict:
    """Validate a create/update payload; returns the normalised fields."""
    errors: list[str] = []
    out: dict = {}

    out["name"] = require_name(body, errors)

    # api_collection_ids: required, non-empty array of existing collection ids
    ids = body.get("api_collection_ids")
    if ids is None:
        errors.append("api_collection_ids is required")
    elif not isinstance(ids, list):
        errors.append("api_collection_ids must be an array")
    elif len(ids) == 0:
        errors.append("api_collection_ids must contain at least one API collection ID")
    else:
        norm: list[int] = []
        bad_type = False
        for x in ids:
            if is_int_id(x) and x > 0:
                n = x
            elif isinstance(x, str) and ID_RE.match(x.strip() or "x"):
                n = int(x.strip())
            else:
                bad_type = True
                continue
            if n not in norm:
                norm.append(n)
        if bad_type:
            errors.append("api_collection_ids must contain API collection IDs (integers)")
        else:
            missing = [n for n in norm if n not in STORE.collections]
            if missing:
                errors.append("API collection(s) not found: " + ", ".join(str(m) for m in missing))
            else:
                out["api_collection_ids"] = norm

    # active: required boolean
    if "active" not in body or body["active"] is None:
        errors.append("active is required")
    elif not isinstance(body["active"], bool):
        errors.append("active must be a boolean")
    else:
        out["active"] = body["active"]

    # auth_type: required enum
    auth_type = body.get("auth_type")
    if auth_type is None:
        errors.append("auth_type is required")
    elif not isinstance(auth_type, str) or auth_type not in AUTH_TYPES:
        errors.append("auth_type must be one of: " + ", ".join(AUTH_TYPES))
        auth_type = None
    out["auth_type"] = auth_type

    # ip_allow_list: optional array of IP addresses / CIDR ranges
    ip_list = body.get("ip_allow_list")
    if ip_list is not None:
        if not isinstance(ip_list, list):
            errors.append("ip_allow_list must be an array")
        else:
            ok = True
            for ip in ip_list:
                if not isinstance(ip, str):
                    ok = False
                    break
                try:
                    ipaddress.ip_network(ip.strip(), strict=False)
                except ValueError:
                    ok = False
                    break
            if not ok:
                errors.append("ip_allow_list must contain IP addresses or CIDR ranges")
            else:
                out["ip_allow_list"] = list(ip_list)
    out.setdefault("ip_allow_list", None)

    # jwt fields
    jwt_method = body.get("jwt_method")
    jwt_secret = body.get("jwt_secret")
    out["jwt_method"] = None
    out["jwt_secret"] = None
    if auth_type == "jwt":
        if jwt_method is None:
            errors.append("jwt_method is required when auth_type is jwt")
        elif not isinstance(jwt_method, str) or jwt_method not in JWT_METHODS:
            errors.append("jwt_method must be one of: " + ", ".join(JWT_METHODS))
        else:
            out["jwt_method"] = jwt_method
        if jwt_secret is None:
            errors.append("jwt_secret is required when auth_type is jwt")
        elif not isinstance(jwt_secret, str) or jwt_secret.strip() == "":
            errors.append("jwt_secret must be a non-empty string")
        else:
            out["jwt_secret"] = jwt_secret
    else:
        # Only validate types if supplied; they are not applicable and are ignored.
        if jwt_method is not None and (not isinstance(jwt_method, str) or jwt_method not in JWT_METHODS):
            errors.append("jwt_method must be one of: " + ", ".join(JWT_METHODS))
        if jwt_secret is not None and not isinstance(jwt_secret, str):
            errors.append("jwt_secret must be a string")

    # oidc / claim fields: only applicable for jwt and oidc
    issuer = body.get("oidc_issuer")
    jwks = body.get("oidc_jwks_uri")
    for key, val in (("oidc_issuer", issuer), ("oidc_jwks_uri", jwks)):
        if val is not None and not _valid_url(val):
            errors.append(f"{key} must be an http(s) URL")
    claim = body.get("access_profile_claim")
    if claim is not None and not isinstance(claim, str):
        errors.append("access_profile_claim must be a string")
    required_claims = _string_list(body, "required_claims", errors)
    allowed_issuers = _string_list(body, "allowed_issuers", errors)
    applicable = auth_type in ("jwt", "oidc")
    if applicable:
        if issuer is not None and jwks is not None:
            errors.append("provide only one of oidc_issuer or oidc_jwks_uri, not both")
        if auth_type == "oidc" and issuer is None and jwks is None:
            errors.append("one of oidc_issuer or oidc_jwks_uri is required when auth_type is oidc")
    out["oidc_issuer"] = issuer if applicable else None
    out["oidc_jwks_uri"] = jwks if applicable else None
    out["access_profile_claim"] = claim if applicable else None
    out["required_claims"] = required_claims if applicable else None
    out["allowed_issuers"] = allowed_issuers if applicable else None

    if errors:
        raise bad_request(*errors)
    return out


def _new_token_secret() -> str:
    return secrets.token_hex(30)


def _new_oauth_credentials() -> tuple[str, str]:
    return secrets.token_hex(16), secrets.token_hex(32)


def apply_credentials(profile: dict, previous_auth_type: str | None):
    """Keep/generate/clear the credential fields according to auth_type."""
    auth_type = profile["auth_type"]
    if auth_type == "token":
        if previous_auth_type != "token" or not profile.get("secret"):
            profile["secret"] = _new_token_secret()
        profile["oauth_client_id"] = None
        profile["oauth_client_secret"] = None
    elif auth_type == "oauth2":
        if previous_auth_type != "oauth2" or not profile.get("oauth_client_id"):
            profile["oauth_client_id"], profile["oauth_client_secret"] = _new_oauth_credentials()
        profile["secret"] = None
    else:  # jwt / oidc
        profile["secret"] = None
        profile["oauth_client_id"] = None
        profile["oauth_client_secret"] = None


async def list_profiles(request: Request, **_):
    client_id = parse_filter_id(request, "api_client_id")
    page, per_page = parse_pagination(request)
    # newest first, as in the page's example (line 184-209)
    items = [STORE.profiles[k] for k in sorted(STORE.profiles, reverse=True)]
    if client_id is not None:
        items = [p for p in items if p["api_client_id"] == client_id]
    return JSONResponse([view(p, PROFILE_LIST_KEYS) for p in paginate(items, page, per_page)])


async def create_profile(request: Request, **_):
    raw = query_value(request, "api_client_id")
    if raw is None or raw.strip() == "":
        raise bad_request("api_client_id query parameter is required")
    raw = raw.strip()
    if not ID_RE.match(raw) or int(raw) not in STORE.clients:
        raise ApiError(404, "Not found", ["API client not found"])
    client_id = int(raw)
    body = await read_json_object(request)
    fields = validate_profile_payload(body)
    pid = STORE.next_profile_id
    STORE.next_profile_id += 1
    ts = now_ts()
    profile = {"id": pid, "api_client_id": client_id, **fields,
               "secret": None, "oauth_client_id": None, "oauth_client_secret": None,
               "created_at": ts, "updated_at": ts}
    apply_credentials(profile, None)
    STORE.profiles[pid] = profile
    return JSONResponse(view(profile, PROFILE_FULL_KEYS), status_code=200)


def _get_profile(ident: str) -> dict:
    pid = parse_path_id(ident)
    prof = STORE.profiles.get(pid)
    if prof is None:
        raise not_found()
    return prof


async def update_profile(request: Request, ident: str):
    profile = _get_profile(ident)
    body = await read_json_object(request)
    fields = validate_profile_payload(body)
    previous = profile["auth_type"]
    profile.update(fields)
    apply_credentials(profile, previous)
    profile["updated_at"] = now_ts()
    return JSONResponse(view(profile, PROFILE_FULL_KEYS))


async def set_profile_active(ident: str, active: bool):
    profile = _get_profile(ident)
    if profile["active"] != active:
        profile["active"] = active
        profile["updated_at"] = now_ts()
    return JSONResponse({"success": True})


async def enable_profile(request: Request, ident: str):
    return await set_profile_active(ident, True)


async def disable_profile(request: Request, ident: str):
    return await set_profile_active(ident, False)


async def refresh_secret(request: Request, ident: str):
    profile = _get_profile(ident)
    if profile["auth_type"] == "token":
        profile["secret"] = _new_token_secret()
    elif profile["auth_type"] == "oauth2":
        profile["oauth_client_id"], profile["oauth_client_secret"] = _new_oauth_credentials()
    else:
        raise bad_request(
            f"cannot refresh secret for an access profile with auth_type {profile['auth_type']}; "
            "only token and oauth2 access profiles have a secret"
        )
    profile["updated_at"] = now_ts()
    return JSONResponse(view(profile, PROFILE_FULL_KEYS))


# --------------------------------------------------------------------------
# routing / auth
# --------------------------------------------------------------------------

ROUTES = [
    (re.compile(r"^/api/api_collections$"), {"GET": list_collections, "POST": create_collection}),
    (re.compile(r"^/api/api_endpoints$"), {"GET": list_endpoints}),
    (re.compile(r"^/api/api_endpoints/(?P<ident>[^/]+)/enable$"), {"PUT": enable_endpoint}),
    (re.compile(r"^/api/api_endpoints/(?P<ident>[^/]+)/disable$"), {"PUT": disable_endpoint}),
    (re.compile(r"^/api/api_clients$"), {"GET": list_clients, "POST": create_client}),
    (re.compile(r"^/api/api_access_profiles$"), {"GET": list_profiles, "POST": create_profile}),
    (re.compile(r"^/api/api_access_profiles/(?P<ident>[^/]+)$"), {"PUT": update_profile}),
    (re.compile(r"^/api/api_access_profiles/(?P<ident>[^/]+)/enable$"), {"PUT": enable_profile}),
    (re.compile(r"^/api/api_access_profiles/(?P<ident>[^/]+)/disable$"), {"PUT": disable_profile}),
    (re.compile(r"^/api/api_access_profiles/(?P<ident>[^/]+)/refresh_secret$"), {"PUT": refresh_secret}),
]

TOKEN: str = ""


def authorized(request: Request) -> bool:
    header = request.headers.get("authorization")
    if not header:
        return False
    parts = header.strip().split(None, 1)
    if len(parts) != 2 or parts[0].lower() != "bearer":
        return False
    given = parts[1].strip()
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"), TOKEN.encode("utf-8"))


async def dispatch(request: Request) -> Response:
    try:
        if not authorized(request):
            raise ApiError(401, "Unauthorized")
        path = request.url.path
        for pattern, methods in ROUTES:
            m = pattern.match(path)
            if not m:
                continue
            method = "GET" if request.method == "HEAD" else request.method
            handler = methods.get(method)
            if handler is None:
                resp = JSONResponse({"message": "Method not allowed"}, status_code=405)
                allowed = list(methods) + (["HEAD"] if "GET" in methods else [])
                resp.headers["Allow"] = ", ".join(allowed)
                return resp
            return await handler(request, **m.groupdict())
        raise not_found()
    except ApiError as err:
        return error_response(err)
    except Exception:  # never leak a 5xx for client input; should not happen
        traceback.print_exc()
        return JSONResponse({"message": "Bad request"}, status_code=400)


ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]

app = Starlette(routes=[
    Route("/", dispatch, methods=ALL_METHODS),
    Route("/{path:path}", dispatch, methods=ALL_METHODS),
])


def main():
    global TOKEN, STORE
    parser = argparse.ArgumentParser(description="Workato API Platform reference server")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--no-seed", action="store_true",
                        help="start with no seeded collection/endpoint")
    args = parser.parse_args()
    TOKEN = args.token
    if args.no_seed:
        STORE = Store(seed=False)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
