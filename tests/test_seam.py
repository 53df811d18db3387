"""The schemathesis internals the checks rely on (contract_tests/suite/seam.py), exercised for real.

If an upgrade of schemathesis moves any of them, this fails here, naming what moved, instead of the
project's checks quietly never running.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contract_tests.fake.serve import build_app, running
from contract_tests.openapi.loader import get_api
from contract_tests.suite import seam


def test_raw_spec_operation_lookup_and_recorded_probe_work_on_the_installed_schemathesis():
    api = get_api("workreduce")
    seen: dict[str, object] = {}

    @schemathesis.check
    def seam_probe(ctx, response, case):
        spec = seam.raw_spec(case)
        seen["title"] = spec["info"]["title"]
        tasks = seam.sibling_operation(case, "/v2/tasks", "get")
        seen["status"] = seam.probe(ctx, case, tasks).status_code

    try:
        with running(build_app(api, token="t")) as url:
            schema = schemathesis.openapi.from_dict(api.spec())
            schema.config.update(base_url=url, headers={"Authorization": "t"})
            case = schema["/v2/orders"]["GET"].Case(query={"limit": 1})
            case.call_and_validate(checks=[seam_probe], headers={"Authorization": "t"})
    finally:
        schemathesis.checks.CHECKS.unregister("seam_probe")
    assert seen == {"title": api.spec()["info"]["title"], "status": 200}


_ORDERS = schemathesis.openapi.from_dict(get_api("workreduce").spec())["/v2/orders"]["GET"]


@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_generated_valid_tells_positive_cases_from_negative_ones(data):
    from schemathesis import GenerationMode

    positive = data.draw(_ORDERS.as_strategy(generation_mode=GenerationMode.POSITIVE))
    negative = data.draw(_ORDERS.as_strategy(generation_mode=GenerationMode.NEGATIVE))
    assert seam.generated_valid(positive)
    assert not seam.generated_valid(negative)
    assert not seam.generated_valid(_ORDERS.Case(query={"limit": 1}))  # made by hand: no generation meta


def test_the_stateful_steering_hooks_into_the_installed_schemathesis():
    """`steer_stateful` wraps three functions of schemathesis's state machine module; a machine built
    afterwards starts from every list and creation without a path parameter, and asks the ledger."""
    from schemathesis.specs.openapi import stateful

    from contract_tests.suite.command import spec_for_run

    seam.steer_stateful()
    seam.steer_stateful()  # once is enough: a second call wraps nothing again
    assert stateful.is_transition_allowed.steered
    schema = schemathesis.openapi.from_dict(spec_for_run(get_api("workato-platform").spec()))
    machine = schema.as_state_machine()
    assert "POST /api/api_collections" in machine._root_labels  # schemathesis alone leaves it out
    assert "POST /api/v2/api_clients/{api_client_id}/api_keys" not in machine._root_labels
