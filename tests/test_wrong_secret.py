"""A well-formed credential with a wrong secret: built like the real header, refused by a server that
compares the secret, accepted by one that checks only its format (the planted `wrong_secret_accepted`).

Expected header formats are written from the vendor pages, not read from the specs: Outwork's page
shows `Authorization: OUTWORK-TOKEN application_token="…"`, WorkReduce's `Authorization: meowmeowmeow`,
both Workato pages `Authorization: Bearer <api_token>`.
"""

from __future__ import annotations

import string
from dataclasses import replace

import httpx
import pytest

from contract_tests.fake.serve import build_app, running
from contract_tests.faults import FAULTS, Injector
from contract_tests.faults.killmatrix import run_cell
from contract_tests.openapi.loader import discover, get_api
from contract_tests.openapi.model import ApiModel, auth_header, header_token, token_shape, wrong_secret
from contract_tests.suite.children import Children
from contract_tests.suite.options import FuzzOptions

TOKEN = "a1B2-c3D4.e5f6_Token9"
FORMATS = {
    "outwork": 'OUTWORK-TOKEN application_token="{}"',
    "workreduce": "{}",
    "workato-platform": "Bearer {}",
    "workato-embedded": "Bearer {}",
}


@pytest.mark.parametrize("token", [TOKEN, "meowmeowmeow", "0123456789", "Z", "x-" * 40])
def test_a_wrong_secret_has_the_real_ones_shape_and_another_value(token):
    wrong = wrong_secret(token, seed="GET /v2/orders")
    assert wrong is not None and wrong != token
    assert len(wrong) == len(token) and token_shape(wrong) == token_shape(token)
    for real, fake in zip(token, wrong, strict=True):
        if real not in string.ascii_letters + string.digits:
            assert fake == real  # punctuation is part of the format and stays


def test_a_wrong_secret_repeats_for_a_seed_and_differs_across_seeds():
    assert wrong_secret(TOKEN, "a") == wrong_secret(TOKEN, "a")
    assert len({wrong_secret(TOKEN, seed) for seed in "abcdefgh"}) > 1


def test_no_wrong_secret_when_nothing_can_change():
    assert wrong_secret("--..--", "a") is None


def test_token_shape_tells_case_digits_and_punctuation_apart():
    assert token_shape("aZ9-") == "aA0-"
    assert token_shape("aZ9-") != token_shape("Za9-") and token_shape("ab") != token_shape("abc")


@pytest.mark.parametrize("api", sorted(FORMATS))
def test_the_header_is_built_and_read_in_the_vendors_format(api):
    spec = get_api(api).spec()
    name, value = auth_header(spec, TOKEN)
    assert (name, value) == ("Authorization", FORMATS[api].format(TOKEN))
    assert header_token(spec, value) == TOKEN


@pytest.mark.parametrize("api", ["outwork", "workato-platform"])
def test_a_header_not_in_the_format_holds_no_token(api):
    spec = get_api(api).spec()
    assert header_token(spec, TOKEN) is None  # the bare token lacks the scheme word
    assert header_token(spec, FORMATS[api].format("")) is None  # the format with no token in it


def _simple_get(api: str) -> str:
    """A GET with no path or required query parameters, from the spec."""
    for op in ApiModel.of(get_api(api).spec()).operations:
        if op.method == "get" and "{" not in op.path and not any(p.required for p in op.parameters):
            return op.path
    raise AssertionError(f"{api} has no simple GET")


@pytest.mark.parametrize("api", sorted(discover()))
def test_the_planted_fault_lets_in_only_a_well_formed_wrong_secret(api):
    """Missing and malformed credentials stay refused (what `ignored_auth` sends), so only a wrong
    secret in the right shape tells this server apart from a correct one."""
    spec, path = get_api(api).spec(), _simple_get(api)
    real = auth_header(spec, TOKEN)
    wrong = auth_header(spec, str(wrong_secret(TOKEN, "x")))
    short = auth_header(spec, TOKEN[:-1])
    injector = Injector(build_app(get_api(api), token=TOKEN), get_api(api), "wrong_secret_accepted")
    with running(injector) as url, running(build_app(get_api(api), token=TOKEN)) as honest:
        first = httpx.get(url + path, headers=dict([real]))
        statuses = {
            "wrong": httpx.get(url + path, headers=dict([wrong])).status_code,
            "short": httpx.get(url + path, headers=dict([short])).status_code,
            "none": httpx.get(url + path).status_code,
            "honest wrong": httpx.get(honest + path, headers=dict([wrong])).status_code,
        }
    assert first.status_code == 200
    assert statuses["wrong"] == 200
    assert statuses["short"] in (401, 403) and statuses["none"] in (401, 403)
    assert statuses["honest wrong"] in (401, 403)  # control: the fake itself compares the secret


BUDGET = FuzzOptions(token=TOKEN, seed=20261124, max_examples=3, quiet=True, in_process=True)


@pytest.mark.slow
def test_only_wrong_secret_refused_catches_a_format_only_check():
    """Negative control for the check: with it left out, schemathesis's own checks pass the server
    that checks only the credential's format (the miss the issue reported); with it, the run fails."""
    api = get_api("outwork")
    without = replace(BUDGET, extra_args=("--exclude-checks", "wrong_secret_refused"))
    missed = run_cell(api, FAULTS["wrong_secret_accepted"], without, Children())
    caught = run_cell(api, FAULTS["wrong_secret_accepted"], BUDGET, Children())
    assert missed.verdict == "MISSED", missed.summary
    assert caught.verdict == "caught" and caught.checks == ("wrong_secret_refused",), caught
