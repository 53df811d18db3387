"""Schemathesis's output as `contract-tests` users should read it: our options, our usage line.

Schemathesis speaks of its own CLI (`python -m schemathesis.cli run`, `--include-operation-id`,
`--auth`); a user of ours can act only on our command and option names, so every line passes
through `output_filter` before it is shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import IO

from ..openapi.loader import Api

__all__ = ["OPTION_NAMES", "Usage", "output_filter", "pump"]

# Schemathesis options we set from one of ours, by name: theirs -> ours.
OPTION_NAMES = {
    "--generation-deterministic": "--deterministic",
    "--include-operation-id": "--operation-id",
    "--include-tag": "--tag",
    "--url": "--base-url",
    "--report-junit-path": "--report-dir",
    "--report-har-path": "--report-dir",
    "--report-ndjson-path": "--report-dir",
}
_OPTION = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, OPTION_NAMES)) + r")(?![\w-])")
_THEIR_USAGE = re.compile(r"^Usage: .*schemathesis(\.cli)? run\b")
_THEIR_HELP = re.compile(r"^Try '.*schemathesis(\.cli)? run (--help|-h)' for help\.$")
_AUTH_HINTS = re.compile(r"`--auth` or `-H`|`--header` or `--auth`|-H, --auth")

# Our usage line and help hint, as click prints them for our own usage errors.
Usage = tuple[str, str]


def output_filter(
    api: Api, replacements: dict[str, str], usage: Usage | None = None
) -> Callable[[str], str | None]:
    """Rewrite schemathesis's output for `contract-tests` users: our options, our usage line, our curl
    lines, final paths. A line it maps to None is dropped."""
    hint = f"`--token` or ${api.token_env}"

    def rewrite(line: str) -> str | None:
        stripped = line.strip()
        if stripped.startswith("st replay ") or stripped == "Reproduce with:":
            return None
        if stripped.startswith("curl "):
            return line[: len(line) - len(line.lstrip())] + "(the curl line is in the summary below)"
        if usage is not None and _THEIR_USAGE.match(stripped):
            return usage[0]
        if usage is not None and _THEIR_HELP.match(stripped):
            return usage[1]
        line = _AUTH_HINTS.sub(hint, line)
        line = _OPTION.sub(lambda match: OPTION_NAMES[match.group(1)], line)
        for old, new in replacements.items():
            line = line.replace(old, new)
        return line

    return rewrite


def pump(stream: IO[str], rewrite: Callable[[str], str | None], echo: Callable[[str], None]) -> None:
    """Pass each line of `stream` through `rewrite` to `echo` until the stream ends."""
    for raw in stream:
        line = rewrite(raw.rstrip("\n"))
        if line is not None:
            echo(line)
