"""Generation is deterministic, atomic, and carries the overrides into every client."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # every test here starts processes or fuzzes

ROOT = Path(__file__).resolve().parent.parent
GENERATE = [sys.executable, str(ROOT / "scripts" / "generate.py")]


def run(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*GENERATE, *args], capture_output=True, text=True, check=False, **kwargs)


def snapshot(tree: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(tree)): p.read_bytes()
        for p in sorted(tree.rglob("*"))
        if p.is_file() and not {"__pycache__", ".pdm-build"} & set(p.parts) and ".egg-info" not in str(p)
    }


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("fresh")
    result = run("--output", str(out))
    assert result.returncode == 0, result.stderr
    return out


def test_two_runs_are_byte_identical(fresh, tmp_path):
    again = tmp_path / "again"
    assert run("--output", str(again)).returncode == 0
    assert snapshot(fresh) == snapshot(again)


def test_committed_tree_matches_a_fresh_generation(fresh):
    for project in fresh.iterdir():
        assert snapshot(project) == snapshot(ROOT / "generated" / project.name), project.name


@pytest.mark.parametrize(
    "breakage",
    [
        pytest.param(lambda text: text + "\n  : [unclosed", id="yaml-syntax"),
        pytest.param(
            lambda text: text.replace("operationId: list_orders", "operationId: ''"), id="no-operation-id"
        ),
        pytest.param(lambda text: text.replace("openapi: 3.1.0", "openapi: 9.9"), id="not-openapi"),
    ],
)
def test_a_broken_spec_fails_naming_the_file_and_changes_nothing(tmp_path, breakage):
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    broken = specs / "workreduce.yaml"
    broken.write_text(breakage(broken.read_text()))
    output = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", output)
    before = snapshot(output)

    result = run("--specs-dir", str(specs), "--output", str(output))

    assert result.returncode == 1
    assert "workreduce.yaml" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(output) == before
    assert sorted(p.name for p in output.iterdir()) == sorted(p.name for p in (ROOT / "generated").iterdir())


def test_drift_check_reports_a_readable_diff(tmp_path):
    output = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", output)
    (output / "outwork-client" / "outwork_client" / "sdk.py").write_text("# edited by hand\n")
    result = run("outwork", "--check", "--output", str(output))
    assert result.returncode == 1
    assert "generated/outwork-client/outwork_client/sdk.py" in result.stdout
    assert "-# edited by hand" in result.stdout
    # The untouched tree passes: test_committed_tree_matches_a_fresh_generation (the same comparison).


def test_unknown_api_is_a_usage_error():
    result = run("nope")
    assert result.returncode == 2
    assert "unknown API nope" in result.stderr


def test_overrides_reach_a_client_generated_from_scratch(fresh):
    runtime = fresh / "outwork-client" / "outwork_client" / "_runtime"
    for source in (ROOT / "overrides" / "runtime").glob("*.py"):
        assert filecmp.cmp(source, runtime / source.name, shallow=False), source.name
    probe = (
        "from outwork_client import OutworkClient\n"
        "c = OutworkClient(application_token='tok', tenant='doe')\n"
        "h = c.get_httpx_client()\n"
        "print(h.headers['Authorization'], c.base_url, repr(c))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=fresh / "outwork-client",
    )
    assert result.stdout.startswith('OUTWORK-TOKEN application_token="tok" https://doe.outwork.com ')
    assert "tok" not in result.stdout.split("https://doe.outwork.com", 1)[1]


def test_documented_refusals_of_valid_calls_reach_the_docstrings(fresh):
    """`x-refusals` reaches the module and the resource method; the published spec stays as written."""
    module = fresh / "workreduce-client" / "workreduce_client" / "api" / "orders" / "update_order.py"
    resource = fresh / "workreduce-client" / "workreduce_client" / "resources" / "orders.py"
    for source in (module, resource):
        text = source.read_text(encoding="utf-8")
        assert "Refused although valid:" in text
        assert "- 410: The order is canceled: it takes no more changes." in text
    assert "Refused although valid" not in (fresh / "specs" / "workreduce.yaml").read_text(encoding="utf-8")


def test_a_new_paginated_list_gets_its_iterators_without_new_code(tmp_path):
    """Page-style `x-pagination` added to a spec is all it takes; nothing in overrides/ names an API."""
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    outwork = specs / "outwork.yaml"
    paged = outwork.read_text().replace(
        '        section: "Endpoints; Examples / Partner Types Endpoint"\n',
        '        section: "Endpoints; Examples / Partner Types Endpoint"\n'
        "      x-pagination: {style: page, page_param: page, size_param: per_page, max_size: 50}\n"
        "      parameters:\n"
        "        - {name: page, in: query, schema: {type: integer, minimum: 1}}\n"
        "        - {name: per_page, in: query, schema: {type: integer, minimum: 1, maximum: 50}}\n",
        1,
    )
    assert paged != outwork.read_text()
    outwork.write_text(paged)
    output = tmp_path / "generated"
    result = run("outwork", "--specs-dir", str(specs), "--output", str(output))
    assert result.returncode == 0, result.stderr
    probe = (
        "import inspect\n"
        "from outwork_client import OutworkClient\n"
        "from outwork_client.api.partner_types import list_partner_types\n"
        "print(OutworkClient.pagination['list_partner_types'])\n"
        "print(inspect.signature(OutworkClient.iter_list_partner_types).return_annotation)\n"
        "print(inspect.signature(list_partner_types.sync).parameters['per_page'])\n"
    )
    probed = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=output / "outwork-client",
    )
    paging, item_type, parameter = probed.stdout.splitlines()
    assert paging == (
        "Paging(style='page', size_param='per_page', max_size=50, next_param=None, previous_param=None,"
        " cursor_field=None, page_param='page', first_page=1, items=None)"
    )
    assert item_type == "collections.abc.Iterator[outwork_client.models.partner_type.PartnerType]"
    assert parameter.startswith("per_page: int | outwork_client.types.Unset")


def test_a_union_of_models_picks_the_variant_that_reads_whole(tmp_path):
    """Models read tolerantly, so a union must not take the first model variant that merely parses: an
    item with only the second variant's fields is read as the second."""
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    outwork = specs / "outwork.yaml"
    text = outwork.read_text()
    variants = '[{$ref: "#/components/schemas/PartnerType"}, {$ref: "#/components/schemas/Code"}]'
    code = "    Code:\n      type: object\n      required: [code]\n      properties: {code: {type: string}}\n"
    union = text.replace(
        '                items: {$ref: "#/components/schemas/PartnerType"}\n',
        f"                items:\n                  oneOf: {variants}\n",
        1,
    ).replace("  schemas:\n", "  schemas:\n" + code, 1)
    assert text.count("Code") == 0 and union.count("Code") == 2
    outwork.write_text(union)
    output = tmp_path / "generated"
    result = run("outwork", "--specs-dir", str(specs), "--output", str(output))
    assert result.returncode == 0, result.stderr
    probe = (
        "import httpx\n"
        "from outwork_client.api.partner_types import list_partner_types as op\n"
        'body = [{"id": "1", "name": "Reseller"}, {"code": "x"}]\n'
        "items = op._parse_success(httpx.Response(200, json=body))\n"
        "print(*(type(item).__name__ for item in items))\n"
    )
    probed = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=output / "outwork-client",
    )
    assert probed.stdout.split() == ["PartnerType", "Code"]
