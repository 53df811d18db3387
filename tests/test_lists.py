"""What `filters_respected` and `order_respected` judge, on items written here (not read from a fake)."""

from __future__ import annotations

import pytest

from contract_tests.openapi.loader import get_api
from contract_tests.openapi.model import ApiModel
from contract_tests.suite.lists import filtered_out, out_of_order

CONNECTIONS = ApiModel.of(get_api("workato-embedded").spec()).by_id["list_connections"]
JIRA = {"id": 1, "name": "Tickets", "provider": "jira"}
SALESFORCE = {"id": 2, "name": "CRM", "provider": "salesforce"}


@pytest.mark.parametrize(
    ("query", "items", "broken"),
    [
        ({"provider": "salesforce"}, [SALESFORCE], False),
        ({"provider": "salesforce"}, [SALESFORCE, JIRA], True),  # control: the filter was ignored
        # An empty filter is not judged: a server may ignore it (every item) or match nothing.
        ({"provider": ""}, [SALESFORCE, JIRA], False),
        ({"provider": ""}, [], False),
        ({}, [SALESFORCE, JIRA], False),
    ],
)
def test_a_filtered_list_holds_only_what_matches(query, items, broken):
    assert (filtered_out(CONNECTIONS, items, query) is not None) is broken


def test_a_list_out_of_its_documented_order_is_named():
    orders = ApiModel.of(get_api("workreduce").spec()).by_id["list_orders"]  # newest first (x-order)
    newer, older = {"created_at": "2018-05-04T00:00:00Z"}, {"created_at": "2018-05-03T00:00:00Z"}
    assert out_of_order(orders, [newer, older]) is None
    assert "comes before" in (out_of_order(orders, [older, newer]) or "")
