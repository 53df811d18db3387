"""curl lines that resend a recorded request byte for byte, with the token left in an environment variable.

Built from what was sent on the wire (schemathesis records the prepared request), not from the test
case, so path parameters are encoded exactly once and no header appears that was not sent. curl's own
defaults (`User-Agent`, `Accept`, a form `Content-Type` for data) are switched off when the request did
not carry them; `-g` and `--path-as-is` stop curl from globbing `[]` or folding `/../`.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping, Sequence

# Headers curl adds on its own; an empty `-H 'Name:'` stops it when the request did not send them.
CURL_DEFAULTS = ("User-Agent", "Accept")
# Computed by curl from the data, to the same value.
CURL_COMPUTES = frozenset({"content-length", "host"})
_PRINTABLE = frozenset(range(0x20, 0x7F)) | {0x0A, 0x09}


def _secret_quoted(text: str, secret: str | None, variable: str | None) -> str:
    """Shell-quote `text`, writing each occurrence of `secret` as "${variable}"."""
    if not secret or not variable or secret not in text:
        return shlex.quote(text)
    pieces = text.split(secret)
    reference = f'"${{{variable}}}"'
    return reference.join(shlex.quote(piece) if piece else "" for piece in pieces)


def _printf_literal(body: bytes) -> str:
    """A printf format that writes `body` exactly, NUL and non-UTF-8 bytes included."""
    out = []
    for byte in body:
        if byte == 0x25:
            out.append("%%")
        elif byte == 0x5C:
            out.append("\\\\")
        elif byte == 0x27:
            out.append("\\047")
        elif 0x20 <= byte < 0x7F:
            out.append(chr(byte))
        else:
            out.append(f"\\{byte:03o}")
    return "'" + "".join(out) + "'"


def curl_command(
    method: str,
    uri: str,
    headers: Mapping[str, Sequence[str] | str],
    body: bytes | None,
    *,
    secret: str | None = None,
    secret_variable: str | None = None,
) -> str:
    """One shell line; `secret` (the token) is printed as a reference to `secret_variable`."""
    parts = ["curl", "-g", "--path-as-is"]
    parts += ["--head"] if method.upper() == "HEAD" else ["-X", shlex.quote(method.upper())]
    parts.append(shlex.quote(uri))
    sent = {name.lower() for name in headers}
    for name, values in headers.items():
        if name.lower() in CURL_COMPUTES:
            continue
        for value in [values] if isinstance(values, str) else values:
            line = f"{name}: {value}"
            if secret and secret in value:  # only the value: a short token must not split a header name
                line = shlex.quote(f"{name}: ") + _secret_quoted(value, secret, secret_variable)
            else:
                line = shlex.quote(line)
            parts += ["-H", line]
    for name in CURL_DEFAULTS:
        if name.lower() not in sent:
            parts += ["-H", shlex.quote(f"{name}:")]
    prefix = ""
    if body is not None:
        if "content-type" not in sent:
            parts += ["-H", shlex.quote("Content-Type:")]
        if body[:1] != b"@" and all(byte in _PRINTABLE for byte in body):
            parts += ["--data-binary", shlex.quote(body.decode("ascii"))]
        else:
            prefix = f"printf {_printf_literal(body)} | "
            parts += ["--data-binary", "@-"]
    return prefix + " ".join(parts)
