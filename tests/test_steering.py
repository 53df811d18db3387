"""The ledger that spends the stateful phase's steps on links not yet followed (suite/steering.py).

The unit tests drive it with a stand-in for schemathesis's state machine (its recorder, bundles,
controller and links), so each narrowing is shown on a graph small enough to read; the last test
runs the real stateful phase on a fake and reads the coverage the table reports.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

from contract_tests.fake.serve import build_app, running
from contract_tests.openapi.loader import get_api
from contract_tests.suite.children import Children
from contract_tests.suite.coverage import coverage
from contract_tests.suite.fuzz import fuzz
from contract_tests.suite.options import FuzzOptions
from contract_tests.suite.steering import GIVE_UP_AFTER, ledger_for

LIST, CREATE, READ, DELETE, CHILDREN = "GET /a", "POST /a", "GET /a/{id}", "DELETE /a/{id}", "GET /a/{id}/b"
# (source, target): the links of the stand-in API, all on status 200.
_IDS = itertools.count()
EDGES = [(CREATE, READ), (CREATE, DELETE), (LIST, CREATE), (READ, CHILDREN)]


def _link(source: str, target: str) -> SimpleNamespace:
    return SimpleNamespace(
        full_name=f"{source} -> [200] {target}", status_code="200", target=SimpleNamespace(label=target)
    )


def link_id(source: str, target: str) -> str:
    return _link(source, target).full_name


@dataclass
class Machine:
    """What the ledger reads of schemathesis's state machine, and schemathesis's own answers."""

    transitions: Any = None
    bundles: dict[str, list[Any]] = field(default_factory=dict)
    recorder: Any = field(default_factory=lambda: SimpleNamespace(cases={}, interactions={}))
    base_allows: bool = True

    def __post_init__(self) -> None:
        operations: dict[str, Any] = {}
        for source, target in EDGES:
            operations.setdefault(source, SimpleNamespace(outgoing=[])).outgoing.append(_link(source, target))
            operations.setdefault(target, SimpleNamespace(outgoing=[]))
        self.transitions = self.transitions or SimpleNamespace(operations=operations)
        self.control = SimpleNamespace(
            allow_transition=lambda s, t: self.base_allows, allow_root_transition=lambda r, b: True
        )

    @property
    def _transitions(self) -> Any:
        return self.transitions

    _root_labels = frozenset({LIST, CREATE})

    def step(self, label: str, status: int, via: tuple[str, str] | None = None, applied: bool = True) -> None:
        """A step as the recorder holds it: the case, its transition, its response. Schemathesis asks
        the preconditions before each step, so the ledger looks first."""
        ledger_for(self).allows_root(self, LIST)
        case_id = f"{id(self)}-{len(self.recorder.cases)}-{len(self.bundles)}-{next(_IDS)}"
        transition = SimpleNamespace(id=link_id(*via)) if via else None
        self.recorder.cases[case_id] = SimpleNamespace(
            value=SimpleNamespace(operation=SimpleNamespace(label=label)),
            transition=transition,
            is_transition_applied=applied,
            parent_id="parent" if via else None,
        )
        self.recorder.interactions[case_id] = SimpleNamespace(response=SimpleNamespace(status_code=status))
        if 200 <= status < 300:
            self.bundles.setdefault(f"{label} -> 200", []).append(case_id)


def test_while_a_link_not_followed_can_be_taken_no_followed_link_and_no_new_start_may():
    machine = Machine()
    ledger = ledger_for(machine)
    machine.step(CREATE, 200)
    machine.step(READ, 200, via=(CREATE, READ))
    assert ledger.allows_link(machine, CREATE, DELETE)  # not followed yet, and its source answered
    assert not ledger.allows_link(machine, CREATE, READ)  # followed: waits
    assert not ledger.allows_root(machine, LIST)
    assert not ledger.allows_root(machine, CREATE)


def test_a_followed_link_on_the_way_to_one_not_followed_may_be_taken_and_only_the_nearest_start():
    machine = Machine()
    ledger = ledger_for(machine)
    for via in [(CREATE, READ), (CREATE, DELETE), (LIST, CREATE)]:
        machine.step(via[1], 200, via=via)
    # A new scenario, nothing in hand: the last scenario's steps are read when the next one looks.
    machine.recorder = SimpleNamespace(cases={}, interactions={})
    machine.bundles.clear()
    # What is left is READ -> CHILDREN: CREATE is one step from it, LIST two.
    assert ledger.allows_root(machine, CREATE)
    assert not ledger.allows_root(machine, LIST)
    machine.step(CREATE, 200)
    assert ledger.allows_link(machine, CREATE, READ)  # followed, but the way to READ -> CHILDREN
    assert not ledger.allows_link(machine, CREATE, DELETE)  # followed, and leads nowhere new


def test_once_every_link_is_followed_nothing_is_narrowed():
    machine = Machine()
    ledger = ledger_for(machine)
    for via in EDGES:
        machine.step(via[1], 200, via=via)
    assert all(ledger.allows_link(machine, *edge) for edge in EDGES)
    assert ledger.allows_root(machine, LIST) and ledger.allows_root(machine, CREATE)


def test_the_ledger_only_narrows_what_schemathesis_allows():
    machine = Machine(base_allows=False)  # schemathesis's own cap: no link from CREATE again
    ledger = ledger_for(machine)
    machine.step(CREATE, 200)
    # The link not followed cannot be taken, so it does not hold the others back.
    assert ledger.allows_root(machine, LIST)


def test_a_link_whose_parameters_never_apply_is_given_up_and_a_start_that_never_succeeds_too():
    machine = Machine()
    ledger = ledger_for(machine)
    for _ in range(GIVE_UP_AFTER):
        machine.step(CREATE, 200, via=(LIST, CREATE), applied=False)
    machine.step(LIST, 200)  # its look reads them
    assert ledger.done(link_id(LIST, CREATE)) and link_id(LIST, CREATE) not in ledger.followed
    machine.step(LIST, 404)
    machine.step(LIST, 404)
    machine.bundles.clear()
    assert not ledger.allows_root(machine, LIST)
    assert ledger.allows_root(machine, CREATE)


def test_a_new_run_gets_a_new_ledger():
    first = Machine()
    ledger_for(first).followed.add("x")
    assert ledger_for(Machine()).followed == set()


@pytest.mark.slow
def test_the_stateful_phase_follows_most_of_the_platforms_links_on_fifteen_scenarios():
    """Before the ledger (six steps, schemathesis's roots, random choice) 25 scenarios followed 7 of 27;
    fifteen scenarios of 8 steps now follow them all (the default budget's table is measured apart)."""
    api = get_api("workato-platform")
    with running(build_app(api, token="t")) as url:
        options = FuzzOptions(base_url=url, token="t", phases=("stateful",), max_examples=15, quiet=True)
        result = fuzz(api, options, children=Children())
    followed, total = coverage(api.spec(), result).share("links")
    assert result.exit_code == 0 and total == 27
    assert followed >= 0.8 * total, f"{followed}/{total}"
