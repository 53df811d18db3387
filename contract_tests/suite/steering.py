"""Where the stateful phase spends its steps: on the links it has not followed yet.

Schemathesis's state machine picks each step at random among the rules whose precondition holds, and
Hypothesis starts from its simplest scenarios, so at the default budget a run follows the same few
links over and over (11 of Workato Embedded's 128). The ledger keeps, for the whole run, the links
followed (their parameters applied, as the coverage table counts them) and narrows each step's
choice: while a link not yet followed can be taken from what this scenario holds, only such links
may be; otherwise a followed link only as a step towards one, and a new start only from the
operations nearest one; and once every link is followed (or given up), everything schemathesis
allows, as before. It only ever narrows a choice that has an alternative left, so a step always has
a rule to take. `seam.steer_stateful` installs it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["GIVE_UP_AFTER", "Ledger", "ledger_for"]

# A link tried this often without its parameters applied (the source's response did not hold the
# value: an empty list has no first item) is not tried again first; it stays out of the coverage.
GIVE_UP_AFTER = 6
# A root whose response never once succeeded in this many tries leads nowhere (a POST below an id
# it had to make up); it is not preferred again.
UNPRODUCTIVE_AFTER = 2


@dataclass
class _Graph:
    """The run's links by id, by the pair of operations they join, and by the operation they reach."""

    links: dict[str, tuple[str, str, str]]  # link id -> (source label, status, target label)
    by_pair: dict[tuple[str, str], list[str]]
    into: dict[str, list[str]]  # operation label -> ids of the links that lead to it

    @classmethod
    def of(cls, transitions: Any) -> _Graph:
        links: dict[str, tuple[str, str, str]] = {}
        for label, node in transitions.operations.items():
            for link in node.outgoing:
                links[link.full_name] = (label, str(link.status_code), link.target.label)
        by_pair: dict[tuple[str, str], list[str]] = {}
        into: dict[str, list[str]] = {}
        for link_id, (source, _, target) in links.items():
            by_pair.setdefault((source, target), []).append(link_id)
            into.setdefault(target, []).append(link_id)
        return cls(links, by_pair, into)

    def distances(self, done: Callable[[str], bool]) -> dict[str, int]:
        """Steps from each operation to a link not `done` (0: it is the source of one); the
        operations from which none can be reached are left out."""
        far: dict[str, int] = {
            source: 0 for link_id, (source, _, _) in self.links.items() if not done(link_id)
        }
        todo = list(far)
        while todo:
            reached = todo.pop(0)
            for link_id in self.into.get(reached, ()):
                source = self.links[link_id][0]
                if source not in far:
                    far[source] = far[reached] + 1
                    todo.append(source)
        return far


@dataclass
class Ledger:
    """One run's record of the links followed, and the narrowing it gives each step."""

    graph: _Graph
    followed: set[str] = field(default_factory=set)
    unapplied: Counter[str] = field(default_factory=Counter)
    root_tries: Counter[str] = field(default_factory=Counter)
    root_successes: Counter[str] = field(default_factory=Counter)
    _seen: set[str] = field(default_factory=set)  # the case ids already read
    _state: tuple[Any, ...] = ()  # the recorder and machine last read, and how much they held
    _open: frozenset[str] = frozenset()
    _wanted_roots: frozenset[str] | None = None
    _far: dict[str, int] = field(default_factory=dict)

    def done(self, link_id: str) -> bool:
        return link_id in self.followed or self.unapplied[link_id] >= GIVE_UP_AFTER

    def _read(self, machine: Any) -> None:
        """Take in the steps made since the last look: the rest of the scenario last read (its last
        step comes after the last look), then this one's (a recorder only grows)."""
        recorder = machine.recorder
        state = (recorder, machine, len(recorder.cases), len(recorder.interactions))
        if self._state and self._state[0] is recorder and self._state[1] is machine:
            if state[2:] == self._state[2:]:
                return
        elif self._state:
            self._take(self._state[0])
        self._state = state
        self._take(recorder)
        self._open = frozenset(
            link_id
            for link_id, (source, status, target) in self.graph.links.items()
            if not self.done(link_id)
            and machine.bundles.get(f"{source} -> {status}")
            and machine.control.allow_transition(source, target)
        )
        self._far = self.graph.distances(self.done)
        self._wanted_roots = None

    def _take(self, recorder: Any) -> None:
        for case_id, node in recorder.cases.items():
            interaction = recorder.interactions.get(case_id)
            if case_id in self._seen or interaction is None:
                continue
            self._seen.add(case_id)
            if node.transition is not None:
                if node.is_transition_applied:
                    self.followed.add(str(node.transition.id))
                else:
                    self.unapplied[str(node.transition.id)] += 1
            elif node.parent_id is None:
                label = node.value.operation.label
                self.root_tries[label] += 1
                response = interaction.response
                self.root_successes[label] += response is not None and 200 <= response.status_code < 300

    def allows_link(self, machine: Any, source: str, target: str) -> bool:
        """A link already followed waits while one not followed can be taken instead, unless it is a
        step towards one; with none left to reach, it waits for a start that reaches one."""
        self._read(machine)
        if any(not self.done(link_id) for link_id in self.graph.by_pair.get((source, target), ())):
            return True
        if self._open:
            return False
        if target in self._far and self._far[target] < self._far.get(source, len(self.graph.links)):
            return True
        return not self._roots(machine)

    def allows_root(self, machine: Any, label: str) -> bool:
        """No new start while a link not followed can be taken; then only starts that reach one."""
        self._read(machine)
        if self._open:
            return False
        wanted = self._roots(machine)
        return not wanted or label in wanted

    def _roots(self, machine: Any) -> frozenset[str]:
        """The starts schemathesis allows now that are nearest to a link not followed."""
        if self._wanted_roots is None:
            allowed = machine.control.allow_root_transition
            near = {
                root: self._far[root]
                for root in machine._root_labels
                if self._leads_somewhere(root) and allowed(root, machine.bundles)
            }
            self._wanted_roots = frozenset(r for r, far in near.items() if far == min(near.values()))
        return self._wanted_roots

    def _leads_somewhere(self, root: str) -> bool:
        if self.root_tries[root] >= UNPRODUCTIVE_AFTER and not self.root_successes[root]:
            return False
        return root in self._far


_ledgers: dict[int, tuple[Any, Ledger]] = {}


def ledger_for(machine: Any) -> Ledger:
    """The ledger of the run `machine` belongs to (one per state machine's link set)."""
    transitions = machine._transitions
    held = _ledgers.get(id(transitions))
    if held is None or held[0] is not transitions:
        _ledgers.clear()  # a new run: the previous run's ledger is done with
        held = _ledgers[id(transitions)] = (transitions, Ledger(_Graph.of(transitions)))
    return held[1]
