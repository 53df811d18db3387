"""The change report: spec edits classed for clients and servers, the Python API diff, the version gate.

Each expectation below is the issue's rule applied by hand to the edit (a client built on the old spec
breaks when a request it sends is refused or a response holds what it cannot read; a server breaks when
it must accept more or return what it did not), never read back from the report's own output.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from contract_tests.openapi.changes import spec_changes
from contract_tests.openapi.loader import Api, get_api

pytestmark = pytest.mark.slow  # generates clients and runs git

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
WORKREDUCE = get_api("workreduce")
# The version the tree holds (the repositories below copy it), and the ones a change would require.
BASE = tomllib.loads((ROOT / "overrides" / "versions.toml").read_text(encoding="utf-8"))["clients"][
    "workreduce-client"
]
_major, _minor, _patch = (int(part) for part in BASE.split("."))
PATCH, MINOR, MAJOR = f"{_major}.{_minor}.{_patch + 1}", f"{_major}.{_minor + 1}.0", f"{_major + 1}.0.0"


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]


def remove_operation(spec: dict[str, Any]) -> None:
    del spec["paths"]["/v2/tasks"]  # workreduce-api-v2.txt "Tasks / Get All Task Types"


def add_required_parameter(spec: dict[str, Any]) -> None:
    spec["paths"]["/v2/orders"]["get"]["parameters"].append(
        {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def rename_field(spec: dict[str, Any]) -> None:
    attachment = _schemas(spec)["Attachment"]["properties"]
    attachment["file_name"] = attachment.pop("name")


def widen_enum(spec: dict[str, Any]) -> None:
    _schemas(spec)["OrderStatus"]["enum"].append("Archived")


def add_response_field(spec: dict[str, Any]) -> None:
    _schemas(spec)["Attachment"]["properties"]["checksum"] = {"type": "string"}


def integer_to_string(spec: dict[str, Any]) -> None:
    _schemas(spec)["Attachment"]["properties"]["size"] = {"type": "string"}


# edit -> (spec: breaks clients, breaks servers, an addition), (Python API: breaking, an addition), level
EXPECTED: dict[Callable[[dict[str, Any]], None], tuple[tuple[bool, bool, bool], tuple[bool, bool], str]] = {
    # Calls to list_task_types fail; a server need not serve it any more.
    remove_operation: ((True, False, False), (True, False), "major"),
    # Old calls lack `region` and are refused; the functions gain a required argument.
    add_required_parameter: ((True, False, True), (True, False), "major"),
    # `name` gone (a client read it) and `file_name` added; the model loses an attribute.
    rename_field: ((True, False, True), (True, True), "major"),
    # The status filter accepts a value a server may refuse; a response value is kept by a tolerant reader.
    widen_enum: ((False, True, True), (False, True), "minor"),
    # An optional response field: nobody breaks, a client gains an attribute.
    add_response_field: ((False, False, True), (False, True), "minor"),
    # Neither side can read the other's `size` any more.
    integer_to_string: ((True, True, False), (True, False), "major"),
}


@pytest.fixture(scope="module")
def generation() -> Iterator[Any]:
    """scripts/generation, imported as the scripts import it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(SCRIPTS))
        import generation.report
        import generation.run

        yield generation


@pytest.fixture(scope="module")
def repository(tmp_path_factory) -> Path:
    """A git repository holding the project's specs, generated clients and overrides as one commit."""
    return make_repository(tmp_path_factory.mktemp("repo"))


def make_repository(repo: Path) -> Path:
    for folder in ("specs", "generated", "overrides", "scripts"):
        shutil.copytree(ROOT / folder, repo / folder, ignore=shutil.ignore_patterns("__pycache__"))
    git(repo, "init", "--quiet", "--initial-branch=main")
    commit_all(repo, "base")
    return repo


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout


def edited(tmp_path: Path, edit: Callable[[dict[str, Any]], None], generation: Any) -> tuple[Api, Path]:
    """WorkReduce's spec with `edit` applied (still a valid spec), and its client generated from it."""
    spec = yaml.safe_load(WORKREDUCE.spec_path.read_text(encoding="utf-8"))
    edit(spec)
    specs = tmp_path / "specs"
    specs.mkdir()
    api = Api("workreduce", specs / "workreduce.yaml")
    api.spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    generation.run.validate_specs([api])
    generation.run.generate_one(api, tmp_path / "generated")
    return api, tmp_path / "generated"


@pytest.mark.parametrize("edit", list(EXPECTED), ids=lambda edit: edit.__name__)
def test_each_edit_is_classed_for_clients_servers_and_the_python_api(edit, tmp_path, repository, generation):
    (clients, servers, addition), (python_breaking, python_addition), level = EXPECTED[edit]
    api, generated = edited(tmp_path, edit, generation)
    commit = git(repository, "rev-parse", "HEAD").strip()
    with generation.report.ref_tree(commit, repository) as old:
        report = generation.report.client_report(api, old, generated, repository / "overrides/versions.toml")
    assert report.spec, "the edit shows no spec change"
    assert any(c.breaks_clients for c in report.spec) is clients, [c.line for c in report.spec]
    assert any(c.breaks_servers for c in report.spec) is servers, [c.line for c in report.spec]
    assert any(c.addition for c in report.spec) is addition, [c.line for c in report.spec]
    assert any(c.breaking for c in report.surface) is python_breaking, [c.line for c in report.surface]
    assert any(c.addition for c in report.surface) is python_addition, [c.line for c in report.surface]
    assert report.level == level
    # The gate: the version the tree holds against what the changes require (the ref has BASE).
    assert str(report.base) == BASE
    for version, passes in {BASE: False, PATCH: False, MINOR: level == "minor", MAJOR: True}.items():
        report.version = type(report.base)(version)
        assert report.ok is passes, (version, report.required)


def test_the_named_field_and_operation_appear_in_the_lines(tmp_path, generation):
    """A reviewer reads which operation and field changed, not only a verdict."""
    before = WORKREDUCE.spec()
    spec = yaml.safe_load(WORKREDUCE.spec_path.read_text(encoding="utf-8"))
    integer_to_string(spec)
    lines = [c.line for c in spec_changes(before, spec)]
    assert any(
        line.startswith("get_order: response 200.work_request.attachments[].size: type changed from integer")
        for line in lines
    ), lines


def test_an_unchanged_spec_has_no_changes():
    spec = WORKREDUCE.spec()
    assert spec_changes(spec, spec) == []


def changes(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(repo / "scripts" / "changes.py"), *args]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=repo)


def test_from_a_real_ref_the_gate_fails_until_generate_bumps_then_passes(tmp_path):
    """The whole loop in a repository of its own: edit, regenerate, gate red, bump, gate green, no drift."""
    repo = make_repository(tmp_path / "repo")
    clean = changes(repo, "workreduce", "--check")
    assert clean.returncode == 0, clean.stderr
    assert f"workreduce-client {BASE} -> {BASE}: no change: ok" in clean.stdout

    spec = repo / "specs" / "workreduce.yaml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("size: {type: integer, minimum: 0,", "size: {type: string,")
    )
    generated = subprocess.run(
        [sys.executable, str(repo / "scripts" / "generate.py"), "workreduce"],
        capture_output=True,
        text=True,
        cwd=repo,
    )
    assert generated.returncode == 0, generated.stderr
    red = changes(repo, "workreduce", "--check")
    assert red.returncode == 1
    assert f"client version too low for its changes: workreduce-client {BASE} < {MAJOR}" in red.stderr

    bump = changes(repo, "workreduce", "--bump")
    assert bump.returncode == 0, bump.stderr
    versions = (repo / "overrides" / "versions.toml").read_text(encoding="utf-8")
    assert f'workreduce-client = "{MAJOR}"' in versions
    changelog = (repo / "generated" / "workreduce-client" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {MAJOR}" in changelog and "size: type changed from integer to string" in changelog
    assert changelog.index(f"## {MAJOR}") < changelog.index(f"## {BASE}")
    assert (
        f'__version__ = "{MAJOR}"'
        in (repo / "generated/workreduce-client/workreduce_client/__init__.py").read_text()
    )
    assert changes(repo, "workreduce", "--check").returncode == 0
    drift = subprocess.run(
        [sys.executable, str(repo / "scripts" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=repo,
    )
    assert drift.returncode == 0, drift.stdout[-2000:]


def commit_all(repo: Path, message: str) -> None:
    git(repo, "add", "--all")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "-m", message)


def test_on_main_a_change_committed_without_its_bump_stays_red_until_the_version_moves(tmp_path):
    """CI runs on main itself, where the merge base is HEAD: the gate measures from the commit that set
    the version, so a committed break is still red there, and a later commit that does not touch the
    specs does not hide it."""
    repo = make_repository(tmp_path / "repo")
    spec = repo / "specs" / "workreduce.yaml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("size: {type: integer, minimum: 0,", "size: {type: string,")
    )
    generate = [sys.executable, str(repo / "scripts" / "generate.py"), "workreduce"]
    assert subprocess.run(generate, capture_output=True, cwd=repo).returncode == 0
    commit_all(repo, "break without a bump")
    (repo / "NOTES.md").write_text("an unrelated commit\n")
    commit_all(repo, "unrelated")

    red = changes(repo, "workreduce", "--check")
    assert red.returncode == 1, red.stdout
    assert f"workreduce-client {BASE} < {MAJOR}" in red.stderr
    # Negative control: comparing with HEAD itself (what the merge base alone would do) sees nothing.
    assert changes(repo, "workreduce", "--check", "--against", "HEAD").returncode == 0

    assert changes(repo, "workreduce", "--bump").returncode == 0
    commit_all(repo, "bump")
    green = changes(repo, "workreduce", "--check")
    assert green.returncode == 0, green.stderr
    assert f"workreduce-client {MAJOR} -> {MAJOR}: no change: ok" in green.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--against", "no-such-ref"], 1, "error: git rev-parse"),
        (["nowhere"], 2, "unknown API nowhere"),
        (["--check", "--bump"], 2, "not allowed with argument"),
    ],
)
def test_bad_input_gets_a_clear_error_and_no_traceback(args, code, message, repository):
    result = changes(repository, *args)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
