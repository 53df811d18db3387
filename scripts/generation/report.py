"""The change report: each client's spec and Python API against a git ref, and the version it requires.

The old side is read out of git (`git archive`: the ref's specs/, generated/ and overrides/), never
out of a work tree, so uncommitted edits and the checkout's state play no part. The new side is the
working tree: its specs, and its generated/ as `nox -s generate` leaves it.
"""

from __future__ import annotations

import contextlib
import filecmp
import io
import re
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import tomlkit
from packaging.version import Version

from contract_tests.openapi.changes import Change, spec_changes
from contract_tests.openapi.loader import Api, SpecError

from .drift import source_files
from .errors import GenerationError
from .paths import ROOT
from .surface import SurfaceChange, surface_changes
from .versions import VERSIONS, bumped, changelog_section, client_version, parse_version, read_versions

__all__ = ["ClientReport", "GitError", "base_ref", "client_report", "ref_tree", "release_commit"]

_VERSION_LINE = re.compile(r"^__version__ = .*$", re.MULTILINE)


class GitError(GenerationError):
    """git could not give what the report compares against; the message says what to pass instead."""


def _git(repo: Path, *args: str) -> bytes:
    try:
        completed = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)
    except OSError as exc:
        raise GitError(f"cannot run git: {exc.strerror}") from exc
    if completed.returncode != 0:
        reason = completed.stderr.decode(errors="replace").strip().splitlines()
        raise GitError(f"git {' '.join(args)}: {reason[-1] if reason else 'failed'}")
    return completed.stdout


def base_ref(against: str | None, repo: Path = ROOT) -> tuple[str, str]:
    """(what the user named, the commit): `against`, or the merge base of HEAD with main."""
    if against:
        commit = _git(repo, "rev-parse", "--verify", "--quiet", f"{against}^{{commit}}").decode().strip()
        return against, commit
    for main in ("main", "origin/main"):
        with contextlib.suppress(GitError):
            return f"merge base with {main}", _git(repo, "merge-base", "HEAD", main).decode().strip()
    raise GitError("no branch `main` or `origin/main` to compare with; pass `--against REF`")


def release_commit(project: str, upto: str, repo: Path = ROOT) -> str:
    """The last commit at or before `upto` that set `project`'s version in the versions file, else `upto`.

    Comparing with the merge base alone would check nothing on main itself (HEAD against HEAD): what a
    version promises is measured from the commit that gave it, so a change that landed on main without
    its bump stays red there until the version moves.
    """
    found = _git(
        repo, "log", "-n1", "--format=%H", f"-G^{project} *=", upto, "--", str(VERSIONS.relative_to(ROOT))
    )
    return found.decode().strip() or upto


@contextlib.contextmanager
def ref_tree(commit: str, repo: Path = ROOT) -> Iterator[Path]:
    """A temporary folder holding the commit's specs/, generated/ and overrides/."""
    listed = _git(repo, "ls-tree", "--name-only", commit).decode().split()
    wanted = [name for name in ("specs", "generated", "overrides") if name in listed]
    if "specs" not in wanted:
        raise GitError(f"{commit[:12]} has no specs/ folder to compare with")
    archive = _git(repo, "archive", "--format=tar", commit, *wanted)
    with tempfile.TemporaryDirectory(prefix="changes-") as folder:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        yield Path(folder)


@dataclass
class ClientReport:
    """One client's changes against the ref and the version they call for."""

    api: Api
    base: Version | None  # the ref's version; None: the client is new
    version: Version  # the working tree's
    spec: list[Change] = field(default_factory=list)
    surface: list[SurfaceChange] = field(default_factory=list)
    code_changed: bool = False

    @property
    def level(self) -> str | None:
        """The semver level the changes require: a client break is major, an addition minor."""
        if any(c.breaks_clients for c in self.spec) or any(c.breaking for c in self.surface):
            return "major"
        if any(c.addition for c in self.spec) or any(c.addition for c in self.surface):
            return "minor"
        return "patch" if self.spec or self.surface or self.code_changed else None

    @property
    def required(self) -> Version | None:
        return bumped(self.base, self.level) if self.base is not None else None

    @property
    def ok(self) -> bool:
        return self.required is None or self.version >= self.required

    def changelog(self) -> str:
        """The changelog section for the working tree's version: client breaks, additions, the rest."""
        lines = [f"Breaking: {c.operation}: {c.what}" for c in self.spec if c.breaks_clients]
        lines += [f"Breaking in Python: `{c.name}`: {c.what}" for c in self.surface if c.breaking]
        lines += [f"Added: {c.operation}: {c.what}" for c in self.spec if c.addition and not c.breaks_clients]
        rest = [c for c in self.spec if not c.breaks_clients and not c.addition]
        lines += [
            f"Changed: {c.operation}: {c.what}" + (" (servers must follow)" if c.breaks_servers else "")
            for c in rest
        ]
        if not lines:
            lines = ["Regenerated: the package's code changed with no change to its API."]
        return changelog_section(self.version, lines)

    def render(self, against: str) -> list[str]:
        name = self.api.project
        if self.base is None:
            return [f"{name} {self.version}: new client (not in {against})"]
        needs = f"needs >= {self.required} ({self.level})" if self.level else "no change"
        verdict = "ok" if self.ok else f"TOO LOW: raise it to {self.required} (`nox -s generate` does)"
        lines = [f"{name} {self.base} -> {self.version}: {needs}: {verdict}"]
        broken = sum(c.breaks_clients for c in self.spec), sum(c.breaks_servers for c in self.spec)
        if self.spec:
            lines.append(
                f"  spec: {len(self.spec)} change(s); {broken[0]} break clients, {broken[1]} break servers"
            )
            lines += [f"    {c.line}" for c in self.spec]
        if self.surface:
            breaking = sum(c.breaking for c in self.surface)
            lines.append(
                f"  Python API of {self.api.package}: {len(self.surface)} change(s); {breaking} breaking"
            )
            lines += [f"    {c.line}" for c in self.surface]
        if self.code_changed and not self.surface:
            lines.append("  code: the package changed; its public API did not")
        return lines


def client_report(
    api: Api, old_tree: Path, generated: Path = ROOT / "generated", versions: Path = VERSIONS
) -> ClientReport:
    """`api` as the working tree has it (its spec, `generated`, `versions`) against the ref extracted at
    `old_tree` (see `ref_tree`)."""
    version = parse_version(client_version(api.project, versions))
    old_spec = old_tree / "specs" / api.spec_path.name
    if not old_spec.is_file():
        return ClientReport(api, None, version)
    report = ClientReport(api, _old_version(api, old_tree), version)
    try:
        report.spec = spec_changes(Api(api.name, old_spec).spec(), api.spec())
    except SpecError as exc:
        raise GenerationError(f"the spec at the ref cannot be read: {exc}") from exc
    old_project, new_project = old_tree / "generated" / api.project, generated / api.project
    if (old_project / api.package).is_dir() and (new_project / api.package).is_dir():
        report.surface = surface_changes(api.package, old_project, new_project)
        report.code_changed = _code_changed(old_project / api.package, new_project / api.package)
    return report


def _old_version(api: Api, old_tree: Path) -> Version:
    """The ref's version of the client: its versions file, else (before there was one) its pyproject."""
    versions = old_tree / VERSIONS.relative_to(ROOT)
    if versions.is_file() and api.project in (known := read_versions(versions)):
        return parse_version(known[api.project])
    pyproject = old_tree / "generated" / api.project / "pyproject.toml"
    if pyproject.is_file():
        return parse_version(str(tomlkit.parse(pyproject.read_text(encoding="utf-8"))["project"]["version"]))  # type: ignore[index]
    return Version("0.0.0")


def _code_changed(old: Path, new: Path) -> bool:
    """Whether any source file of the package differs, its `__version__` line aside."""
    names = source_files(old)
    if names != source_files(new):
        return True
    for name in names:
        if filecmp.cmp(old / name, new / name, shallow=False):
            continue
        texts = [_VERSION_LINE.sub("", (root / name).read_text(encoding="utf-8")) for root in (old, new)]
        if texts[0] != texts[1]:
            return True
    return False
