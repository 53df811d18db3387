"""The schemathesis side of a fuzz run: the project's checks, and a compact event stream for the parent.

Loaded in the schemathesis child through `SCHEMATHESIS_HOOKS`. It registers the project's checks (by
importing `checks`) and a CLI event handler that appends one JSON line per finished scenario to the file
named by `$CONTRACT_TESTS_PROGRESS`: cases, statuses seen per operation, links followed, checks run,
and each failure with curl lines built from the bytes that were sent. The parent reads it while the
run goes on (live progress) and at the end (the table), so no report has to be written for either.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from typing import IO, Any

import schemathesis
from hypothesis.configuration import set_hypothesis_home_dir
from schemathesis.checks import CHECKS
from schemathesis.cli.commands.run.handlers.base import EventHandler
from schemathesis.cli.events import LoadingFinished
from schemathesis.engine import Status, events

from . import checks as project_checks
from . import generation  # noqa: F401  (registers the generation hooks)
from .command import HYPOTHESIS_HOME_ENV, PROGRESS_ENV, TOKEN_ENV, TOKEN_VARIABLE_ENV
from .curl import curl_command
from .promises import broken_promise
from .seam import raw_spec, steer_stateful

_RAN = (Status.SUCCESS, Status.FAILURE)


def own_checks() -> list[str]:
    """Names of the checks the project registers (those defined in `contract_tests.suite.checks`)."""
    home = project_checks.__name__
    return sorted(
        check.__name__
        for check in CHECKS.get_all()
        if (module := str(getattr(check, "__module__", ""))) == home or module.startswith(home + ".")
    )


def _curl(recorder: Any, case_id: str) -> str:
    interaction = recorder.interactions.get(case_id)
    if interaction is None:
        return "(no request recorded)"
    request = interaction.request
    return curl_command(
        request.method,
        request.uri,
        request.headers,
        request.body,
        secret=os.environ.get(TOKEN_ENV) or None,
        secret_variable=os.environ.get(TOKEN_VARIABLE_ENV) or None,
    )


def _promise(recorder: Any, failure: Any, case_id: str) -> str:
    node = recorder.cases.get(case_id)
    interaction = recorder.interactions.get(case_id)
    case = node.value if node is not None else None
    spec = raw_spec(case) if case is not None else None
    return broken_promise(failure, case, interaction.response if interaction else None, spec)


def _failures(recorder: Any) -> list[dict[str, Any]]:
    found = []
    for case_id, nodes in recorder.checks.items():
        for node in nodes:
            if node.status != Status.FAILURE or node.failure_info is None:
                continue
            failure = node.failure_info.failure
            steps = [step.case_id for step in node.failure_info.steps] or [case_id]
            message = str(failure.message or failure.title or "").strip().splitlines()
            found.append(
                {
                    "check": node.name,
                    "operation": str(failure.operation or ""),
                    "message": message[0] if message else str(failure.title),
                    "promise": _promise(recorder, failure, failure.case_id or case_id),
                    "curl": [_curl(recorder, step) for step in steps],
                }
            )
    return found


def scenario_summary(phase: str, label: str | None, recorder: Any) -> dict[str, Any]:
    """What the parent needs from one finished scenario; small enough to write after every one."""
    statuses: dict[str, set[int]] = {}
    refused = responses = 0
    links = set()
    for case_id, node in recorder.cases.items():
        interaction = recorder.interactions.get(case_id)
        response = interaction.response if interaction is not None else None
        if node.transition is not None and node.is_transition_applied:
            links.add(str(node.transition.id))
        case = node.value
        # Requests sent with another method (schemathesis's unsupported-method probes) are not the
        # operation's: a 405 to them says nothing about its statuses or its credentials.
        if response is None or str(case.method).upper() != str(case.operation.method).upper():
            continue
        responses += 1
        refused += response.status_code in (401, 403)
        statuses.setdefault(case.operation.label, set()).add(response.status_code)
    ran = Counter(node.name for nodes in recorder.checks.values() for node in nodes if node.status in _RAN)
    return {
        "type": "scenario",
        "phase": phase,
        "label": label,
        "cases": len(recorder.cases),
        "responses": responses,
        "refused": refused,
        "statuses": {label: sorted(codes) for label, codes in statuses.items()},
        "links": sorted(links),
        "checks": dict(ran),
        "failures": _failures(recorder),
        "gaps": project_checks.drain_gaps(),
    }


class ProgressWriter(EventHandler):  # type: ignore[type-arg]
    """Appends the compact event stream; does nothing when the parent asked for none."""

    def __init__(self, *args: Any, **params: Any) -> None:
        path = os.environ.get(PROGRESS_ENV)
        self.out: IO[str] | None = open(path, "a", encoding="utf-8") if path else None  # noqa: SIM115

    def _write(self, record: dict[str, Any]) -> None:
        if self.out is not None:
            self.out.write(json.dumps(record) + "\n")
            self.out.flush()

    def handle_event(self, ctx: Any, event: events.EngineEvent) -> None:
        if isinstance(event, LoadingFinished):
            self._write(
                {
                    "type": "loaded",
                    "operations": event.statistic.operations.selected,
                    "own_checks": own_checks(),
                }
            )
        elif isinstance(event, events.PhaseStarted) and isinstance(
            event.payload, events.StatefulPhasePayload
        ):
            self._write({"type": "links", "total": event.payload.transitions_total})
        elif isinstance(event, events.ScenarioFinished):
            self._write(scenario_summary(str(event.phase), event.label, event.recorder))
        elif isinstance(event, events.EngineFinished):
            self._write({"type": "finished"})

    def shutdown(self, ctx: Any) -> None:
        if self.out is not None:
            self.out.close()
            self.out = None


schemathesis.cli.handler()(ProgressWriter)
steer_stateful()
if os.environ.get(HYPOTHESIS_HOME_ENV):
    set_hypothesis_home_dir(os.environ[HYPOTHESIS_HOME_ENV])
