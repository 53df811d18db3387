"""The GitHub action (action.yml) and the workflow that uses it.

Both validate against the JSON Schemas SchemaStore publishes for them (vendored by check-jsonschema),
and a mutilated copy of each does not (the negative control). The action's one script is run here as
the action runs it, against a bundled fake and against a fake with a planted fault: the exit code,
the step's outputs, the step summary, and the token in none of what it writes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml

from contract_tests.fake.serve import build_app, running
from contract_tests.faults import FAULTS, Injector
from contract_tests.openapi.loader import get_api

ROOT = Path(__file__).resolve().parents[1]
ACTION = ROOT / "action.yml"
WORKFLOW = ROOT / ".github" / "workflows" / "contract.yml"
SCRIPT = ROOT / "scripts" / "action_fuzz.sh"
TOKEN = "s3cr3t-action-token-7Q"


def _schema(name: str) -> dict:
    vendored = resources.files("check_jsonschema") / "builtin_schemas" / "vendor" / name
    return json.loads(vendored.read_text(encoding="utf-8"))


def _load(path: Path) -> dict:
    # GitHub reads `on:` as a key; YAML 1.1 reads it as True.
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if True in data:
        data["on"] = data.pop(True)
    return data


@pytest.mark.parametrize(
    ("path", "schema"), [(ACTION, "github-actions.json"), (WORKFLOW, "github-workflows.json")]
)
def test_valid_against_its_published_schema(path, schema):
    jsonschema.validate(_load(path), _schema(schema))


def test_a_broken_action_or_workflow_is_refused():
    action = _load(ACTION)
    del action["runs"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(action, _schema("github-actions.json"))
    workflow = _load(WORKFLOW)
    workflow["jobs"]["fuzz"]["runs-on"] = {"group": 3}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(workflow, _schema("github-workflows.json"))


def test_the_action_takes_what_a_user_gives_and_the_token_has_no_default():
    inputs = _load(ACTION)["inputs"]
    assert {"api", "base-url", "token", "seed", "max-examples", "fail-under", "shard", "report-dir"} <= set(
        inputs
    )
    assert inputs["token"]["required"] is True and "default" not in inputs["token"]


def test_the_repository_ci_runs_the_action_itself():
    steps = _load(WORKFLOW)["jobs"]["fuzz"]["steps"]
    assert any(step.get("uses") == "./" for step in steps)


def _run_action(tmp_path: Path, api: str, base_url: str, **inputs: str) -> tuple[int, dict[str, str], str]:
    output, summary = tmp_path / "output", tmp_path / "summary.md"
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "API": api,
        "BASE_URL": base_url,
        "TOKEN": TOKEN,
        "SEED": "20261124",
        "MAX_EXAMPLES": "2",
        "FAIL_UNDER": "",
        "SHARD": "1/1",
        "REPORT_DIR": str(tmp_path / "reports"),
        "GITHUB_OUTPUT": str(output),
        "GITHUB_STEP_SUMMARY": str(summary),
        **inputs,
    }
    done = subprocess.run(["bash", str(SCRIPT)], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert TOKEN not in done.stdout + done.stderr
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines()) if output.exists() else {}
    return done.returncode, outputs, summary.read_text() if summary.exists() else ""


def _token_written_anywhere(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and TOKEN.encode() in p.read_bytes()]


@pytest.mark.slow
def test_the_action_passes_a_conformant_server_and_summarises_the_run(tmp_path):
    with running(build_app(get_api("outwork"), token=TOKEN)) as url:
        code, outputs, summary = _run_action(tmp_path, "outwork", url)
    assert code == 0, summary
    assert outputs == {"exit-code": "0", "artifact": "contract-reports-outwork-shard-1-of-1"}
    assert "### Contract suite: passed" in summary and "| outwork | 2 |" in summary
    assert (tmp_path / "reports" / "outwork" / "junit.xml").is_file()
    assert not _token_written_anywhere(tmp_path)


@pytest.mark.slow
def test_the_action_fails_a_broken_server_and_names_the_break(tmp_path):
    api = get_api("outwork")
    with running(Injector(build_app(api, token=TOKEN), api, FAULTS["server_error"])) as url:
        code, outputs, summary = _run_action(tmp_path, "outwork", url, SHARD="1/1")
    assert code == 1 and outputs["exit-code"] == "1"
    assert "### Contract suite: FAILED" in summary and "- not_a_server_error on POST /api/apply/" in summary
    assert not _token_written_anywhere(tmp_path)


@pytest.mark.slow
def test_the_action_refuses_an_unknown_api(tmp_path):
    code, outputs, _ = _run_action(tmp_path, "nowhere", "http://127.0.0.1:9")
    assert code == 2 and outputs == {"exit-code": "2"}
