"""scripts/generate.py under interrupts, failing renames and broken specs; the bundled specs it publishes."""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from contract_tests.openapi.loader import SHARED_SERVERS, discover, load_spec, validate_raw

pytestmark = pytest.mark.slow  # every test here starts processes or fuzzes

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "generate.py"
APIS = ("outwork", "workreduce")  # two clients, so a half-done swap would show as a mix


def run(*args: str, kill_at: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "GENERATE_KILL_AT"}
    if kill_at:
        env["GENERATE_KILL_AT"] = kill_at
    command = [sys.executable, str(SCRIPT), *args]
    return subprocess.run(command, capture_output=True, text=True, check=False, env=env)


def snapshot(tree: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(tree)): p.read_bytes()
        for p in sorted(tree.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def staging_folders(output: Path) -> list[Path]:
    return sorted(output.parent.glob(f".{output.name}.staging-*"))


@pytest.fixture(scope="module")
def changed(tmp_path_factory) -> tuple[Path, dict[str, bytes]]:
    """Specs whose two clients both differ from generated/, and the tree they generate."""
    base = tmp_path_factory.mktemp("changed")
    specs = base / "specs"
    shutil.copytree(ROOT / "specs", specs)
    for name in APIS:
        spec = specs / f"{name}.yaml"
        spec.write_text(re.sub(r"(\n      summary: )", r"\1Changed - ", spec.read_text(), count=1))
    expected = base / "expected"
    shutil.copytree(ROOT / "generated", expected)
    result = run(*APIS, "--specs-dir", str(specs), "--output", str(expected))
    assert result.returncode == 0, result.stderr
    return specs, snapshot(expected)


@pytest.mark.parametrize("step", ["staging", "generated", "assembled", "swapped"])
def test_a_run_killed_at_any_step_leaves_the_old_or_the_new_tree_and_the_next_run_cleans_up(
    tmp_path, changed, step
):
    specs, new = changed
    output = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", output)
    old = snapshot(output)
    assert old != new

    killed = run(*APIS, "--specs-dir", str(specs), "--output", str(output), kill_at=step)

    assert killed.returncode == -9, killed.stderr
    assert snapshot(output) == (new if step == "swapped" else old)
    assert staging_folders(output), "a kill skips all cleanup, so the staging folder is left"

    again = run(*APIS, "--specs-dir", str(specs), "--output", str(output))

    assert again.returncode == 0, again.stderr
    assert "left by an interrupted run" in again.stderr
    assert staging_folders(output) == []
    assert snapshot(output) == new


def load_generate(monkeypatch):
    """scripts/generate.py as a module, with scripts/ on the path (for `generation`) as a script run has."""
    monkeypatch.syspath_prepend(str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("generate_under_test", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_failing_rename_restores_the_old_tree_and_says_so(tmp_path, changed, monkeypatch, capsys):
    """Where no atomic exchange exists, the swap is two renames; the second failing puts the old back."""
    generate = load_generate(monkeypatch)
    swap = importlib.import_module("generation.swap")
    specs, _ = changed
    output = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", output)
    old = snapshot(output)
    real_rename = Path.rename

    def no_exchange(first, second):
        raise NotImplementedError

    def rename(self, target):
        if self.name == "tree" and Path(target) == output:
            raise OSError(28, "No space left on device")
        return real_rename(self, target)

    monkeypatch.setattr(swap, "_exchange", no_exchange)
    monkeypatch.setattr(Path, "rename", rename)

    assert generate.main([*APIS, "--specs-dir", str(specs), "--output", str(output)]) == 1

    assert "No space left on device); the old tree was restored, unchanged" in capsys.readouterr().err
    assert snapshot(output) == old
    assert staging_folders(output) == []


def test_a_run_that_died_between_the_two_renames_is_undone_by_the_next(tmp_path, changed):
    """The state the two-rename swap leaves when killed between them: no output, the old tree retired."""
    specs, new = changed
    output = tmp_path / "generated"
    retired = tmp_path / ".generated.staging-999999999-dead" / "old"
    shutil.copytree(ROOT / "generated", retired)

    result = run(*APIS, "--specs-dir", str(specs), "--output", str(output))

    assert result.returncode == 0, result.stderr
    assert "restored" in result.stderr
    assert staging_folders(output) == []
    assert snapshot(output) == new


def test_a_staging_folder_of_a_live_run_is_not_removed(tmp_path, changed):
    specs, _ = changed
    output = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", output)
    live = tmp_path / f".generated.staging-{os.getppid()}-live"
    live.mkdir()

    assert run("outwork", "--specs-dir", str(specs), "--output", str(output)).returncode == 0
    assert live.is_dir()


def broken_specs(tmp_path: Path, name: str, old: str, new: str) -> Path:
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    spec = specs / name
    text = spec.read_text(encoding="utf-8")
    assert old in text
    spec.write_text(text.replace(old, new, 1), encoding="utf-8")
    return specs


def generate_broken(tmp_path: Path, specs: Path, *apis: str) -> str:
    output = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", output)
    before = snapshot(output)
    result = run(*apis, "--specs-dir", str(specs), "--output", str(output))
    assert result.returncode == 1
    assert snapshot(output) == before
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) <= 6 and len(result.stderr) < 1500, result.stderr
    return result.stderr


def test_an_invalid_spec_is_reported_in_a_few_lines_with_its_line_not_dumped(tmp_path):
    stderr = generate_broken(
        tmp_path, broken_specs(tmp_path, "workreduce.yaml", "info:", "inf0:"), "workreduce"
    )
    assert 'workreduce.yaml:1: (top level): "info" is a required property' in stderr


def test_a_missing_ref_file_is_named_with_the_line_that_refers_to_it(tmp_path):
    specs = broken_specs(
        tmp_path,
        "workato-platform.yaml",
        'api_collection_id: {$ref: "./workato-common.yaml#',
        'api_collection_id: {$ref: "./workato-commn.yaml#',
    )
    stderr = generate_broken(tmp_path, specs, "workato-platform")
    line = next(
        number
        for number, text in enumerate((specs / "workato-platform.yaml").read_text().splitlines(), 1)
        if "workato-commn.yaml" in text
    )
    assert (
        f"workato-platform.yaml:{line}: $ref './workato-commn.yaml#/components/schemas/Id' cannot" in stderr
    )
    assert "collides" not in stderr


def test_a_spec_the_client_generator_rejects_is_reported_cause_first_without_object_reprs(tmp_path):
    specs = broken_specs(
        tmp_path, "workreduce.yaml", "      enum: [Draft, Activated", "      enum: [1, Activated"
    )
    stderr = generate_broken(tmp_path, specs, "workreduce")
    line = next(
        number
        for number, text in enumerate((specs / "workreduce.yaml").read_text().splitlines(), 1)
        if text == "    OrderStatus:"
    )
    assert "object at 0x" not in stderr
    first_reason = stderr.splitlines()[1].strip()
    assert first_reason.startswith(
        f"workreduce.yaml:{line + 1}: Unable to parse schema /components/schemas/OrderStatus"
    )
    assert "Enum values must all be the same type" in first_reason


GENERATION = sorted(f"generation/{p.name}" for p in (SCRIPT.parent / "generation").glob("*.py"))


@pytest.mark.parametrize("script", ["generate.py", "check_specs.py", "bench_client.py", *GENERATION])
def test_scripts_import_the_installed_package_without_touching_sys_path(script):
    tree = ast.parse((ROOT / "scripts" / script).read_text(encoding="utf-8"))
    touched = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr == "path" and getattr(node.value, "id", "") == "sys"
    ]
    assert touched == []


def test_each_api_has_its_bundled_spec_in_generated_and_it_opens_as_it_is():
    for api in discover().values():
        published = ROOT / "generated" / "specs" / f"{api.name}.yaml"
        assert validate_raw(published) == [], api.name
        bundled = {k: v for k, v in load_spec(api.spec_path).items() if k != SHARED_SERVERS}
        assert yaml.safe_load(published.read_text(encoding="utf-8")) == bundled, api.name
        assert "$ref: ./" not in published.read_text(encoding="utf-8")


def test_the_drift_check_covers_the_bundled_specs(tmp_path):
    output = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", output)
    published = output / "specs" / "outwork.yaml"
    published.write_text(published.read_text() + "# edited by hand\n")

    result = run("outwork", "--check", "--output", str(output))

    assert result.returncode == 1
    assert "generated/specs/outwork.yaml (committed)" in result.stdout
    assert "-# edited by hand" in result.stdout
