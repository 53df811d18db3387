"""Independent reference server for the Outwork partner API.

Written from /work/shared/api-docs/outwork-partner-api.txt only.
See DECISIONS.md (same directory) for every interpretation made.

Run:
    python server.py --port PORT --token TOKEN
"""

from __future__ import annotations

import argparse
import hmac
import json
import re
import threading

import uvicorn
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

# --------------------------------------------------------------------------
# Configuration / state
# --------------------------------------------------------------------------

MAX_BODY_BYTES = 1024 * 1024  # 1 MiB

REQUIRED_FIELDS = (
    "organization_name",
    "organization_domain",
    "first_name",
    "last_name",
    "email",
)
OPTIONAL_FIELDS = ("partner_type", "comment")

MSG_REQUIRED = "This field is required."
MSG_NULL = "This field may not be null."
MSG_BLANK = "This field may not be blank."
MSG_NOT_STRING = "Not a valid string."
MSG_EMAIL = "Enter a valid email address."
MSG_DOMAIN = "Enter a valid domain name."
MSG_DUPLICATE = "This organization is already registered"  # verbatim, page line 100-101
MSG_AUTH = "Authentication credentials were not provided."  # verbatim, page lines 68/96


class State:
    def __init__(self, token: str):
        self.token = token
        self.lock = threading.Lock()
        # Seeded with the partner types shown on the page (lines 71-74).
        self.partner_types = [
            {"id": "1", "name": "Default"},
            {"id": "2", "name": "Tech Partner"},
        ]
        self.applications: list[dict] = []
        self.org_names: set[str] = set()
        self.org_domains: set[str] = set()


STATE = State(token="")

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

_AUTH_RE = re.compile(
    r'^\s*OUTWORK-TOKEN\s+application_token\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s",]+))\s*$',
    re.IGNORECASE | re.DOTALL,
)


def _json(data, status=200, headers=None) -> JSONResponse:
    return JSONResponse(data, status_code=status, headers=headers)


def _forbidden() -> JSONResponse:
    return _json({"detail": MSG_AUTH}, status=403)


def _bad_request(errors: dict) -> JSONResponse:
    return _json(errors, status=400)


def _non_field(msg: str) -> JSONResponse:
    return _bad_request({"non_field_errors": [msg]})


def _method_not_allowed(method: str, allowed: list[str]) -> JSONResponse:
    return _json(
        {"detail": f'Method "{method}" not allowed.'},
        status=405,
        headers={"Allow": ", ".join(allowed)},
    )


def is_authenticated(request: Request) -> bool:
    raw = request.headers.get("authorization")
    if raw is None:
        return False
    m = _AUTH_RE.match(raw)
    if not m:
        return False
    if m.group(1) is not None:
        value = re.sub(r"\\(.)", r"\1", m.group(1), flags=re.DOTALL)
    else:
        value = m.group(2)
    try:
        presented = value.encode("latin-1")
    except UnicodeEncodeError:
        return False
    expected = STATE.token.encode("utf-8")
    return hmac.compare_digest(presented, expected)


_LABEL_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_TLD_RE = re.compile(r"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")
_LOCAL_RE = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"
)


def normalize_domain(value: str) -> str | None:
    """Return the lower-case ASCII (IDNA) form of a host name, or None."""
    if not value or len(value) > 253:
        return None
    if any(c.isspace() for c in value):
        return None
    try:
        ascii_form = value.encode("idna").decode("ascii").lower()
    except (UnicodeError, ValueError):
        return None
    if len(ascii_form) > 253:
        return None
    labels = ascii_form.split(".")
    if len(labels) < 2:
        return None
    if not all(_LABEL_RE.match(lbl) for lbl in labels):
        return None
    if not _TLD_RE.match(labels[-1]):
        return None
    return ascii_form


def valid_email(value: str) -> bool:
    if len(value) > 254 or "@" not in value:
        return False
    local, _, domain = value.rpartition("@")
    if not local or len(local) > 64 or not _LOCAL_RE.match(local):
        return False
    return normalize_domain(domain) is not None


def org_name_key(value: str) -> str:
    return " ".join(value.split()).casefold()


async def read_body_limited(request: Request) -> bytes | None:
    """Read the body; None if it exceeds MAX_BODY_BYTES."""
    cl = request.headers.get("content-length")
    if cl is not None:
        try:
            if int(cl) > MAX_BODY_BYTES:
                return None
        except ValueError:
            pass
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _reject_constant(name):
    raise ValueError(f"invalid JSON constant {name}")


def parse_json(body: bytes):
    """Parse a JSON document strictly (no NaN/Infinity). Raises ValueError."""
    try:
        return json.loads(body, parse_constant=_reject_constant)
    except (ValueError, RecursionError, UnicodeError, TypeError) as exc:
        raise ValueError(str(exc)) from None


# --------------------------------------------------------------------------
# Endpoints
# --------------------------------------------------------------------------


async def partner_type(request: Request) -> Response:
    if not is_authenticated(request):
        return _forbidden()
    if request.method not in ("GET", "HEAD"):
        return _method_not_allowed(request.method, ["GET", "HEAD"])
    with STATE.lock:
        data = [dict(pt) for pt in STATE.partner_types]
    return _json(data)


async def apply(request: Request) -> Response:
    if not is_authenticated(request):
        return _forbidden()
    if request.method != "POST":
        return _method_not_allowed(request.method, ["POST"])

    try:
        body = await read_body_limited(request)
    except Exception:  # client disconnect etc.
        return _non_field("Could not read request body.")
    if body is None:
        return _non_field("Request body too large.")
    if not body.strip():
        return _non_field("Request body must be a JSON object.")
    try:
        data = parse_json(body)
    except ValueError:
        return _non_field("Malformed JSON.")
    if not isinstance(data, dict):
        return _non_field("Request body must be a JSON object.")

    errors: dict[str, list[str]] = {}
    clean: dict[str, str] = {}

    # Required fields.
    for field in REQUIRED_FIELDS:
        if field not in data:
            errors[field] = [MSG_REQUIRED]
            continue
        value = data[field]
        if value is None:
            errors[field] = [MSG_NULL]
            continue
        if not isinstance(value, str):
            errors[field] = [MSG_NOT_STRING]
            continue
        value = value.strip()
        if not value:
            errors[field] = [MSG_BLANK]
            continue
        clean[field] = value

    # Formats.
    domain_key = None
    if "organization_domain" in clean:
        domain_key = normalize_domain(clean["organization_domain"])
        if domain_key is None:
            errors["organization_domain"] = [MSG_DOMAIN]
            del clean["organization_domain"]
    if "email" in clean and not valid_email(clean["email"]):
        errors["email"] = [MSG_EMAIL]
        del clean["email"]

    # Optional: partner_type (must be the name of an existing partner type).
    with STATE.lock:
        type_names = [pt["name"] for pt in STATE.partner_types]
    if "partner_type" in data and data["partner_type"] is not None:
        pt = data["partner_type"]
        if not isinstance(pt, str):
            errors["partner_type"] = [MSG_NOT_STRING]
        elif pt not in type_names:
            shown = pt if len(pt) <= 100 else pt[:100] + "..."
            errors["partner_type"] = [
                f'Select a valid choice. "{shown}" is not one of the available partner types.'
            ]
        else:
            clean["partner_type"] = pt

    # Optional: comment (free text, may be empty).
    if "comment" in data and data["comment"] is not None:
        if not isinstance(data["comment"], str):
            errors["comment"] = [MSG_NOT_STRING]
        else:
            clean["comment"] = data["comment"]

    # Additional text fields.
    additional: dict[str, str] = {}
    for key, value in data.items():
        if key in REQUIRED_FIELDS or key in OPTIONAL_FIELDS:
            continue
        if value is None:
            continue
        if not isinstance(value, str):
            errors[key] = [MSG_NOT_STRING]
            continue
        additional[key] = value

    with STATE.lock:
        # Uniqueness of the organization (page lines 98-102).
        name_key = None
        if "organization_name" in clean:
            name_key = org_name_key(clean["organization_name"])
            if name_key in STATE.org_names:
                errors["organization_name"] = [MSG_DUPLICATE]
        if "organization_domain" in clean and domain_key is not None:
            if domain_key in STATE.org_domains:
                errors["organization_domain"] = [MSG_DUPLICATE]

        if errors:
            return _bad_request(errors)

        record = dict(clean)
        record["additional_information"] = additional
        STATE.applications.append(record)
        STATE.org_names.add(name_key)
        STATE.org_domains.add(domain_key)

    return _json({})


# --------------------------------------------------------------------------
# App
# --------------------------------------------------------------------------


async def not_found(request: Request, exc: HTTPException) -> Response:
    if exc.status_code == 404:
        return _json({"detail": "Not found."}, status=404)
    return _json({"detail": exc.detail}, status=exc.status_code, headers=exc.headers)


async def server_error(request: Request, exc: Exception) -> Response:
    # Should never be reached; kept so a bug never leaks a traceback.
    return _json({"detail": "Internal error."}, status=500)


class _Endpoint:
    """Raw ASGI endpoint: with a non-function endpoint Starlette's Route
    matches every HTTP method, so the handler itself decides 403 before 405."""

    def __init__(self, handler):
        self.handler = handler

    async def __call__(self, scope, receive, send):
        request = Request(scope, receive)
        response = await self.handler(request)
        await response(scope, receive, send)


routes = [
    Route("/api/apply/", _Endpoint(apply)),
    Route("/api/partner_type/", _Endpoint(partner_type)),
]

app = Starlette(
    routes=routes,
    exception_handlers={HTTPException: not_found, Exception: server_error},
)
app.router.redirect_slashes = False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    STATE.token = args.token
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
