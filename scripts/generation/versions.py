"""Each client's own semver version (overrides/versions.toml) and its changelog (overrides/changelogs/).

One place owns a client's version: generation writes it into the package, the change report raises it.
tomlkit rewrites the file keeping its comments; `packaging` parses and orders versions.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import tomlkit
from packaging.version import InvalidVersion, Version

from .errors import GenerationError
from .paths import OVERRIDES

__all__ = [
    "CHANGELOGS",
    "VERSIONS",
    "Level",
    "bumped",
    "changelog_section",
    "client_version",
    "parse_version",
    "read_versions",
    "set_version",
    "write_changelog",
]

VERSIONS = OVERRIDES / "versions.toml"
CHANGELOGS = OVERRIDES / "changelogs"
LEVELS = ("patch", "minor", "major")
Level = str  # one of LEVELS


def parse_version(text: str) -> Version:
    """A release version as semver reads it: `2` and `1.0` (the vendors' style) are 2.0.0 and 1.0.0."""
    try:
        version = Version(text)
    except InvalidVersion as exc:
        raise GenerationError(f"{text!r} is not a version (semver: MAJOR.MINOR.PATCH)") from exc
    return Version(".".join(str(part) for part in (*version.release, 0, 0)[:3]))


def read_versions(path: Path = VERSIONS) -> dict[str, str]:
    """Client project name -> version, as the file gives it."""
    try:
        document = tomlkit.parse(path.read_text(encoding="utf-8"))
    except (OSError, tomlkit.exceptions.ParseError) as exc:
        raise GenerationError(f"{path}: cannot read the client versions: {exc}") from exc
    return {str(name): str(value) for name, value in (document.get("clients") or {}).items()}


def client_version(project: str, path: Path = VERSIONS) -> str:
    """The version `project` is generated with; a client without one is an error that says what to add."""
    versions = read_versions(path)
    if project not in versions:
        raise GenerationError(f'{path}: no version for {project}; add `{project} = "0.1.0"` under [clients]')
    return str(parse_version(versions[project]))


def set_version(project: str, version: Version, path: Path = VERSIONS) -> None:
    document = tomlkit.parse(path.read_text(encoding="utf-8"))
    document.setdefault("clients", tomlkit.table())[project] = str(version)  # type: ignore[index]
    _replace(path, tomlkit.dumps(document))


def bumped(version: Version, level: Level | None) -> Version:
    """The lowest version after `version` that a change of `level` asks for (itself for no change)."""
    major, minor, patch = version.release[:3]
    if level == "major":
        return Version(f"{major + 1}.0.0")
    if level == "minor":
        return Version(f"{major}.{minor + 1}.0")
    if level == "patch":
        return Version(f"{major}.{minor}.{patch + 1}")
    return version


def changelog_section(version: Version, lines: list[str]) -> str:
    return "\n".join([f"## {version}", "", *(f"- {line}" for line in lines)]) + "\n"


_SECTION = re.compile(r"^## (\S+)\s*$", re.MULTILINE)


def write_changelog(project: str, section: str, directory: Path = CHANGELOGS) -> Path:
    """Put `section` first in the client's changelog, replacing a section for the same version."""
    path = directory / f"{project}.md"
    text = path.read_text(encoding="utf-8") if path.is_file() else f"# Changelog of `{project}`\n"
    version = section.splitlines()[0].removeprefix("## ").strip()
    starts = [(m.start(), m[1]) for m in _SECTION.finditer(text)]
    head = text[: starts[0][0]] if starts else text.rstrip("\n") + "\n\n"
    kept = [
        text[start : (starts[i + 1][0] if i + 1 < len(starts) else len(text))]
        for i, (start, name) in enumerate(starts)
        if name != version
    ]
    _replace(path, head + "\n".join(part.rstrip("\n") + "\n" for part in [section, *kept]))
    return path


def _replace(path: Path, text: str) -> None:
    """Write `text` to `path` in one step: an interrupt leaves the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
