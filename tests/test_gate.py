"""`--fail-under`: a run that passed but exercised less than asked exits 1, with a line per shortfall."""

from __future__ import annotations

import copy

import pytest
from click.testing import CliRunner

from contract_tests.cli import main
from contract_tests.openapi.loader import get_api
from contract_tests.suite.coverage import coverage
from contract_tests.suite.gate import FailUnder
from contract_tests.suite.results import FuzzResult


def cli(*args: str):
    return CliRunner().invoke(main, list(args), prog_name="contract-tests", catch_exceptions=False)


def workreduce_run(links: int, statuses: frozenset[int]):
    """A WorkReduce run that followed `links` of 8 links and saw `statuses` on GET /v2/orders only."""
    result = FuzzResult(
        "workreduce",
        0,
        6,
        10,
        0,
        1.0,
        statuses={"GET /v2/orders": statuses},
        links=frozenset(str(n) for n in range(links)),
        links_total=8,
        checks_ran={"x": 1},
        own_checks=("x",),
    )
    return coverage(get_api("workreduce").spec(), result)


def test_any_subset_of_the_measures_parses():
    assert FailUnder.parse("links=80,statuses=80").minimum == {"links": 80, "statuses": 80}
    assert FailUnder.parse(" checks = 100 ").minimum == {"checks": 100}
    assert FailUnder.parse("links=12.5").minimum == {"links": 12.5}


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("branches=80", "MEASURE one of links, statuses, checks"),
        ("links", "MEASURE=PERCENT"),
        ("links=101", "from 0 to 100"),
        ("links=lots", "from 0 to 100"),
        ("links=80,links=90", "named twice"),
        ("", "at least one"),
    ],
)
def test_a_wrong_threshold_is_a_usage_error_that_says_why(text, says):
    with pytest.raises(ValueError, match=says):
        FailUnder.parse(text)
    result = cli("fuzz", "workreduce", "--fail-under", text)
    assert result.exit_code == 2 and says in result.output and "Traceback" not in result.output


def test_a_measure_under_its_minimum_is_named_with_its_figures():
    cover = workreduce_run(links=6, statuses=frozenset({200}))
    lines = FailUnder.parse("links=80,statuses=10").shortfalls("workreduce", cover)
    assert lines == [
        "workreduce: links 6/8 (75.0%) is under --fail-under links=80",
        "workreduce: statuses 1/23 (4.3%) is under --fail-under statuses=10",
    ]


def test_a_minimum_met_exactly_or_with_nothing_to_exercise_passes():
    exactly = workreduce_run(links=6, statuses=frozenset({200}))
    assert FailUnder.parse("links=75,checks=100").shortfalls("workreduce", exactly) == []
    nothing = coverage(get_api("workreduce").spec(), FuzzResult("workreduce", 0, 6, 10, 0, 1.0))
    assert nothing.links_total == 0
    assert FailUnder.parse("links=100").shortfalls("workreduce", nothing) == []


@pytest.mark.slow
def test_fuzz_exits_1_only_for_the_measure_the_run_fell_short_of(tmp_path):
    # Outwork's fake: its one link followed, its 5 documented statuses seen, but 11 of the project's 14
    # checks have nothing to run on (no list, no update, no tenant, cascade or action), so checks=100
    # cannot be met.
    met = cli("fuzz", "outwork", "--max-examples", "5", "--fail-under", "links=100,statuses=100")
    assert met.exit_code == 0, met.output[-3000:]
    assert "--fail-under asks" not in met.output
    short = cli("fuzz", "outwork", "--max-examples", "5", "--fail-under", "links=100,checks=100")
    assert short.exit_code == 1, short.output[-3000:]
    assert "- outwork: checks 3/14 (21.4%) is under --fail-under checks=100" in short.output
    assert "links" not in short.output.split("--fail-under asks:")[1].split("checks")[0]


@pytest.mark.slow
def test_suite_gates_each_api_on_its_own_figures():
    result = cli("suite", "outwork", "workreduce", "--max-examples", "2", "--fail-under", "statuses=99")
    assert result.exit_code == 1, result.output[-3000:]
    tail = result.output.split("Exercised less than --fail-under asks:")[1]
    assert "- workreduce: statuses " in tail and "outwork" not in tail  # outwork saw 5/5


def test_an_unprovokable_status_is_counted_apart_and_without_its_declaration_is_unobserved():
    spec = get_api("workreduce").spec()
    seen = FuzzResult("workreduce", 0, 6, 10, 0, 1.0, statuses={"GET /v2/tasks": frozenset({200, 401})})
    declared = coverage(spec, seen)
    tasks = declared.per_operation["GET /v2/tasks"]
    assert "500" not in tasks["documented"] and "a server fault" in tasks["unprovokable"]["500"]
    # 403, 429, 500 and 503 on each of the six operations, and the 201 a creation may answer instead
    # of the fake's 200 (workreduce-api-v2.txt "New Order" gives no status)
    assert declared.statuses_unprovokable == 25
    stripped = copy.deepcopy(spec)
    for response in stripped["components"]["responses"].values():
        response.pop("x-unprovokable", None)
    stripped["paths"]["/v2/orders"]["post"]["responses"]["201"].pop("x-unprovokable")
    bare = coverage(stripped, seen)
    assert bare.statuses_unprovokable == 0
    assert bare.statuses_documented == declared.statuses_documented + 25
    assert bare.statuses_observed == declared.statuses_observed == 2
    assert FailUnder.parse("statuses=8").shortfalls("workreduce", declared) == []  # 2 of 23
    assert FailUnder.parse("statuses=8").shortfalls("workreduce", bare)  # 2 of 48
