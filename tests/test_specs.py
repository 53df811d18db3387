"""Every spec passes the project's rules, and the rules do catch what they claim to."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from contract_tests.openapi.lint import check
from contract_tests.openapi.loader import discover

SPECS = sorted((Path(__file__).resolve().parent.parent / "specs").glob("*.yaml"))


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_spec_is_valid_with_valid_examples(spec):
    assert check(spec) == []


def test_every_api_has_a_fake_and_a_quirks_config():
    from contract_tests.fake.apis import fake_for
    from contract_tests.fake.serve import build_app
    from contract_tests.suite.command import config_file

    for api in discover().values():
        assert fake_for(api).error_body(404, "Not Found", {})
        assert build_app(api).resources.plans  # refuses to start unless every operation is served
        assert config_file(api).is_file()


def mutate(tmp_path: Path, change) -> Path:
    source = next(p for p in SPECS if p.name == "workreduce.yaml")
    spec = yaml.safe_load(source.read_text())
    change(spec)
    target = tmp_path / "workreduce.yaml"
    target.write_text(yaml.safe_dump(spec))
    return target


def test_an_invalid_example_is_reported(tmp_path):
    def break_example(spec):
        example = spec["paths"]["/v2/tasks"]["get"]["responses"]["200"]["content"]["application/json"][
            "examples"
        ]
        example["vendor"]["value"][0]["task_type"] = 42

    problems = check(mutate(tmp_path, break_example))
    assert any("example 'vendor' is invalid" in p and "42 is not of type 'string'" in p for p in problems)


def test_missing_provenance_and_summary_are_reported(tmp_path):
    def strip(spec):
        operation = spec["paths"]["/v2/tasks"]["get"]
        del operation["x-vendor-doc"], operation["summary"]

    problems = check(mutate(tmp_path, strip))
    assert any("no x-vendor-doc" in p for p in problems)
    assert any("no summary" in p for p in problems)


def test_a_malformed_or_dangling_pagination_extension_is_reported(tmp_path):
    def misname(spec):
        spec["paths"]["/v2/orders"]["get"]["x-pagination"]["size_param"] = "page_size"

    def unknown_style(spec):
        spec["paths"]["/v2/orders"]["get"]["x-pagination"]["style"] = "offset"

    assert any("'page_size' is not a parameter" in p for p in check(mutate(tmp_path, misname)))
    assert any("x-pagination" in p and "'offset'" in p for p in check(mutate(tmp_path, unknown_style)))


def test_a_malformed_or_misplaced_soft_delete_extension_is_reported(tmp_path):
    soft = {"field": "status", "values": ["Client Canceled"]}

    def unknown_field(spec):
        spec["paths"]["/v2/orders/{order_number}"]["delete"]["x-soft-delete"]["field"] = "state"

    def no_values(spec):
        spec["paths"]["/v2/orders/{order_number}"]["delete"]["x-soft-delete"]["values"] = []

    def on_a_get(spec):
        spec["paths"]["/v2/tasks"]["get"]["x-soft-delete"] = soft

    assert any("field 'state' is not shown by a GET" in p for p in check(mutate(tmp_path, unknown_field)))
    assert any(
        "x-soft-delete: values: [] should be non-empty" in p for p in check(mutate(tmp_path, no_values))
    )
    assert any("belongs on a DELETE operation" in p for p in check(mutate(tmp_path, on_a_get)))


def test_a_resource_key_must_name_a_property_of_the_listed_items(tmp_path):
    def unknown_key(spec):
        spec["paths"]["/v2/orders"]["get"]["x-resource-key"] = "number"

    def on_a_delete(spec):
        spec["paths"]["/v2/orders/{order_number}"]["delete"]["x-resource-key"] = "order_number"

    def known_key(spec):
        spec["paths"]["/v2/orders"]["get"]["x-resource-key"] = "order_number"

    assert any(
        "'number' is not a property of the listed items" in p for p in check(mutate(tmp_path, unknown_key))
    )
    assert any("belongs on a GET list operation" in p for p in check(mutate(tmp_path, on_a_delete)))
    assert check(mutate(tmp_path, known_key)) == []


@pytest.mark.parametrize(("total", "requests"), [(0, 1), (3, 2), (4, 3), (5, 3)])
def test_a_listing_walks_every_page_and_stops_at_a_short_or_empty_one(total, requests):
    from contract_tests.openapi.extensions import Pagination
    from contract_tests.openapi.relations import Listing

    paging = Pagination(style="page", page_param="page", size_param="per_page", max_size=2)
    listing = Listing("/things", "id", paging, (), frozenset({"id"}))
    asked = []

    def fetch(query):
        asked.append(query)
        start = (query["page"] - 1) * query["per_page"]
        return [{"id": n} for n in range(total)][start : start + query["per_page"]]

    assert [item["id"] for item in listing.pages(fetch)] == list(range(total))
    assert len(asked) == requests and asked[0] == {"per_page": 2, "page": 1}


def test_filter_order_and_toggle_must_name_fields_of_the_resource(tmp_path):
    def filter_on_unknown_field(spec):
        spec["paths"]["/v2/orders"]["get"]["parameters"][0]["x-filter"] = "state"

    def order_malformed(spec):
        spec["paths"]["/v2/orders"]["get"]["x-order"] = {"field": "created_at", "direction": "sideways"}

    def toggle_unknown_field(spec):
        spec["paths"]["/v2/orders/{order_number}"]["put"]["x-toggle"] = {"field": "archived", "value": True}

    def unknown_place(spec):
        spec["paths"]["/v2/orders"]["get"]["x-filter"] = "status"

    assert any(
        "x-filter on 'status': 'state' is not" in p for p in check(mutate(tmp_path, filter_on_unknown_field))
    )
    assert any("x-order: direction: 'sideways'" in p for p in check(mutate(tmp_path, order_malformed)))
    assert any("x-toggle field 'archived'" in p for p in check(mutate(tmp_path, toggle_unknown_field)))
    assert any("x-filter belongs on a parameter" in p for p in check(mutate(tmp_path, unknown_place)))


def test_every_extension_parses_into_its_typed_form():
    from contract_tests.openapi.extensions import (
        EXTENSIONS,
        Filter,
        Order,
        Pagination,
        Refusal,
        SoftDelete,
        Toggle,
        parse,
    )

    assert parse("x-filter", "status") == Filter("status")
    assert parse("x-filter", {"field": "name", "match": "prefix"}).keeps({"name": "abc"}, "ab")
    assert parse("x-order", {"field": "created_at", "direction": "descending"}) == Order(
        "created_at", "descending"
    )
    assert parse("x-toggle", {"field": "active", "value": False}) == Toggle("active", False)
    assert parse("x-soft-delete", {"field": "s", "values": ["x"]}) == SoftDelete("s", ("x",))
    assert parse(
        "x-pagination", {"style": "cursor", "size_param": "l", "next_param": "n", "cursor_field": "id"}
    ) == (Pagination(style="cursor", size_param="l", next_param="n", cursor_field="id"))
    assert parse("x-refusals", [{"status": 410, "when": "canceled"}]) == (Refusal(410, "canceled"),)
    assert parse("x-refusals", [{"status": 400, "when": "w", "fields": ["a.b"]}])[0].fields == ("a.b",)
    assert parse("x-field-errors", "/errors") == "/errors"
    with pytest.raises(ValueError, match="x-order"):
        parse("x-order", {"direction": "up"})
    with pytest.raises(ValueError, match="x-refusals"):
        parse("x-refusals", [{"status": 500, "when": "a crash is no refusal"}])
    assert all(ext.example.startswith(name) for name, ext in EXTENSIONS.items())


def test_a_refusal_must_name_a_documented_status_and_fields_the_request_carries(tmp_path):
    def refusal(**entry):
        def change(spec):
            spec["paths"]["/v2/orders"]["post"]["x-refusals"] = [{"when": "documented", **entry}]

        return check(mutate(tmp_path, change))

    assert any("409 is not a documented response" in p for p in refusal(status=409))
    assert any(
        "'lookup_table.schema' is not a parameter" in p
        for p in refusal(status=400, fields=["lookup_table.schema"])
    )
    # The order forms admit undeclared fields: a refusal may name one (the page's update-by-POST).
    assert refusal(status=400, fields=["order_number"]) == []

    def no_field_map(spec):
        del spec["components"]["schemas"]["Error"]["x-field-errors"]

    assert any("has no x-field-errors" in p for p in check(mutate(tmp_path, no_field_map)))


def test_what_a_valid_request_may_get_comes_from_the_spec():
    from contract_tests.openapi.loader import get_api
    from contract_tests.openapi.model import ApiModel
    from contract_tests.openapi.refusals import accepted_statuses

    orders = ApiModel.of(get_api("workreduce").spec()).by_id
    assert accepted_statuses(orders["create_order"]) == ["2xx", "400", "429"]
    assert accepted_statuses(orders["update_order"]) == ["2xx", "400", "410", "404", "429"]
    # an unknown cursor: "an existing Order Number" (workreduce-api-v2.txt, Pagination); 400 or 404 fit
    assert accepted_statuses(orders["list_orders"]) == ["2xx", "400", "404", "429"]
    platform = ApiModel.of(get_api("workato-platform").spec()).by_id
    assert accepted_statuses(platform["list_api_collections"]) == ["2xx"]  # no 401/403: valid credentials


def test_x_unprovokable_stands_on_a_response_and_gives_a_reason(tmp_path):
    def empty_reason(spec):
        spec["components"]["responses"]["InternalServerError"]["x-unprovokable"] = ""

    def on_an_operation(spec):
        spec["paths"]["/v2/tasks"]["get"]["x-unprovokable"] = "a server fault"

    def inline(spec):
        spec["paths"]["/v2/tasks"]["get"]["responses"]["500"] = {
            "description": "Server fault",
            "x-unprovokable": 5,
        }

    assert check(mutate(tmp_path, lambda spec: None)) == []  # control: the spec as committed
    assert any(
        "components/responses/InternalServerError: x-unprovokable: '' should be non-empty" in p
        for p in check(mutate(tmp_path, empty_reason))
    )
    assert any(
        "belongs on a response, not a operation" in p for p in check(mutate(tmp_path, on_an_operation))
    )
    assert any(
        "GET /v2/tasks response 500: x-unprovokable: 5 is not of type 'string'" in p
        for p in check(mutate(tmp_path, inline))
    )


def test_a_cascade_or_tenant_must_name_what_exists(tmp_path):
    def cascade_to_a_post(spec):
        spec["paths"]["/v2/orders/{order_number}"]["delete"]["x-cascade"] = ["create_order"]

    def cascade_on_a_get(spec):
        spec["paths"]["/v2/tasks"]["get"]["x-cascade"] = ["list_orders"]

    def tenant_in_the_query(spec):
        status = next(p for p in spec["paths"]["/v2/orders"]["get"]["parameters"] if p["name"] == "status")
        status["x-tenant"] = {"operation": "list_orders", "field": "order_number"}

    def tenant_list_missing(spec):
        for param in spec["paths"]["/v2/orders/{order_number}"].get("parameters") or []:
            param["x-tenant"] = {"operation": "no_such_list", "field": "id"}

    assert any("x-cascade names 'create_order'" in p for p in check(mutate(tmp_path, cascade_to_a_post)))
    assert any("x-cascade belongs on a DELETE" in p for p in check(mutate(tmp_path, cascade_on_a_get)))
    assert any("x-tenant on" in p for p in check(mutate(tmp_path, tenant_in_the_query)))
    assert any("x-tenant on 'order_number'" in p for p in check(mutate(tmp_path, tenant_list_missing)))
    assert not [p for p in check(mutate(tmp_path, lambda spec: None)) if "x-cascade" in p or "x-tenant" in p]
