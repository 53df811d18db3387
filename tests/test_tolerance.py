"""Proof that the suite lets pass what the vendor allows: every API and liberty, the tolerance matrix.

Each cell serves a fresh fake behind the injector planting one liberty a conformant server may take
(clamp an out-of-range page size, normalize instants, ...); the run must exit 0 and the liberty must
have been taken at least once ("tolerated"; a liberty never taken proves nothing). The negative
controls strip from a copy of the spec the declaration that makes the liberty legitimate: the same
server is then judged against a promise the page never made, and the run must fail (FALSE ALARM), so
each declaration is shown to be what the suite reads.
"""

from __future__ import annotations

import functools
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from contract_tests.fake.serve import build_app, running
from contract_tests.faults import LIBERTIES, Injector, not_applicable
from contract_tests.faults.injector import Forward, Planted, RawCall, RawReply
from contract_tests.faults.killmatrix import Cell, run_cell
from contract_tests.openapi.loader import Api, discover, get_api, specs_dir
from contract_tests.openapi.relations import without_optional_nulls
from contract_tests.suite.children import Children
from contract_tests.suite.fuzz import fuzz
from contract_tests.suite.options import FuzzOptions

pytestmark = pytest.mark.slow

# The coverage phase adds nothing a liberty needs (the page-size probe runs in every phase) and is
# most of the Embedded run's time; the negative controls keep it, where the false alarms came from.
BUDGET = FuzzOptions(
    token="test-token",
    seed=20261124,
    max_examples=2,
    max_failures=1,
    quiet=True,
    in_process=True,
    phases=("examples", "fuzzing", "stateful"),
)
FULL = FuzzOptions(
    token="test-token", seed=20261124, max_examples=3, max_failures=1, quiet=True, in_process=True
)


@functools.cache
def cell(api: str, liberty: str) -> Cell:
    return run_cell(get_api(api), LIBERTIES[liberty], BUDGET, Children())


@pytest.mark.parametrize(
    ("api", "liberty"), [pytest.param(a, name, id=f"{a}-{name}") for a in discover() for name in LIBERTIES]
)
def test_liberty_is_tolerated(api, liberty):
    verdict = cell(api, liberty)
    if verdict.verdict == "n/a":
        pytest.skip(f"n/a for {api}: {verdict.reason}")
    assert verdict.verdict == "tolerated", verdict


def test_every_liberty_applies_somewhere():
    """A liberty that is n/a on every API would be a stub called done."""
    for liberty in LIBERTIES.values():
        assert any(not not_applicable(liberty, api.spec()) for api in discover().values()), liberty.name


def _without(tmp_path: Path, api: str, edit) -> Api:
    """`api` with its spec files copied to `tmp_path` and `edit` applied to the API's own spec."""
    for source in specs_dir().glob("*.yaml"):
        shutil.copy(source, tmp_path / source.name)
    path = tmp_path / get_api(api).spec_path.name
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(spec)
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return Api(api, path)


def _strip(key: str):
    def edit(node):
        if isinstance(node, dict):
            node.pop(key, None)
            for value in node.values():
                edit(value)
        elif isinstance(node, list):
            for value in node:
                edit(value)

    return edit


def _strip_common(tmp_path: Path, key: str) -> None:
    common = tmp_path / "workato-common.yaml"
    spec = yaml.safe_load(common.read_text(encoding="utf-8"))
    _strip(key)(spec)
    common.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


@pytest.mark.parametrize(
    ("api", "liberty", "key"),
    [
        ("workreduce", "clamp_page_size", "x-out-of-range"),
        ("workato-platform", "dangling_reference_404", "x-references"),
    ],
)
def test_without_its_declaration_the_liberty_is_a_false_alarm(tmp_path, api, liberty, key):
    """The server takes the liberty the real spec allows; the suite judges it by the stripped copy."""
    stripped = _without(tmp_path, api, _strip(key))
    _strip_common(tmp_path, key)
    injector = Injector(build_app(get_api(api), token=FULL.token), get_api(api), LIBERTIES[liberty])
    with running(injector) as url:
        result = fuzz(stripped, replace(FULL, base_url=url), children=Children())
    assert injector.taken and result.exit_code == 1, result.summary
    # control: the same server and budget judged by the real spec pass
    injector = Injector(build_app(get_api(api), token=FULL.token), get_api(api), LIBERTIES[liberty])
    with running(injector) as url:
        assert fuzz(get_api(api), replace(FULL, base_url=url), children=Children()).exit_code == 0


async def _null_as_absent(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """A server that reads an optional JSON field sent as null (where the schema allows none) as not
    sent, as many do with `{"origin_url": null}` on a create."""
    op = injector.operation(call)
    body = RawReply(200, (), call.body).json() if op else None
    media = {media: c for media, c in (op.request_content.items() if op else ()) if "json" in media}
    for content in media.values():
        kept = without_optional_nulls(injector.spec, content.get("schema"), body)
        if isinstance(body, dict) and kept != body:
            injector.taken += 1
            call = replace(call, body=RawReply(200, (), b"").with_json(kept).body)
            break
    return await forward(call)


NULL_AS_ABSENT = Planted(
    "null_as_absent", "optional nulls read as not sent", _null_as_absent, lambda spec: None
)


@pytest.mark.parametrize("stance", [True, False], ids=["as-run", "without-the-stance"])
def test_a_server_reading_optional_nulls_as_absent_passes_and_without_the_stance_is_a_false_alarm(
    monkeypatch, stance
):
    """The suite sends no case invalid only by optional nulls (`invalid_only_by_nulls`): a server
    that reads such a null as not sent passes. With the stance off, the same server is judged against
    a refusal no page promises and fails. On the Platform, whose create bodies have such fields and
    whose fake refuses no second identical create (Outwork's refuses a duplicate organization)."""
    from contract_tests.suite import generation

    if not stance:
        monkeypatch.setattr(generation, "invalid_only_by_nulls", lambda case: False)
    api = get_api("workato-platform")
    injector = Injector(build_app(api, token=FULL.token), api, NULL_AS_ABSENT)
    with running(injector) as url:
        result = fuzz(api, replace(FULL, base_url=url, max_failures=None), children=Children())
    assert injector.taken, "the server never read a null as absent: this proves nothing"
    if stance:
        assert result.exit_code == 0, result.summary
    else:
        assert result.exit_code == 1 and "negative_data_rejection" in result.failed_checks, result.summary


@pytest.mark.parametrize(
    ("auth_type", "declared", "applies"),
    [
        ("token", True, False),  # OIDC fields under `auth_type: token` need not be stored
        ("oidc", True, True),  # control: under the variant they belong to they must be
        ("token", False, True),  # control: without `x-applies-when` every field sent must be stored
    ],
)
def test_only_fields_that_apply_to_the_variant_sent_are_compared(tmp_path, auth_type, declared, applies):
    """The fuzzer seldom pairs `auth_type: token` with OIDC fields at a small budget, so the
    declaration `update_applied` reads is proven on the operation directly."""
    from contract_tests.openapi.model import ApiModel
    from contract_tests.openapi.relations import applies as field_applies

    api = (
        get_api("workato-platform")
        if declared
        else _without(tmp_path, "workato-platform", _strip("x-applies-when"))
    )
    spec = api.spec()
    op = ApiModel.of(spec).by_id["update_api_access_profile"]
    body = {"auth_type": auth_type, "oidc_issuer": "https://id.example.com/.well-known/openid-configuration"}
    assert field_applies(spec, op, "oidc_issuer", body) is applies


@pytest.mark.parametrize(
    ("sent", "shown", "precision", "same"),
    [
        ("2026-12-05T10:00:04.5Z", "2026-12-05T10:00:04Z", "second", True),  # truncated to the second
        ("2026-12-05T10:00:04.5Z", "2026-12-05T10:00:04Z", None, False),  # control: no precision documented
        ("2026-12-05T10:00:04.5Z", "2026-12-05T10:00:06Z", "second", False),  # control: another instant
        ("2026-12-05T10:00:04Z", "2026-12-05T10:00:04+00:00", None, True),  # one instant, two spellings
    ],
)
def test_instants_compare_at_the_documented_precision(sent, shown, precision, same):
    from contract_tests.suite.checks import _same

    assert _same(sent, shown, precision) is same
