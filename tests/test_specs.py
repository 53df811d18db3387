"""Every spec passes the project's rules, and the rules do catch what they claim to."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from contract_tests.spec.lint import check
from contract_tests.spec.loader import discover

SPECS = sorted((Path(__file__).resolve().parent.parent / "specs").glob("*.yaml"))


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_spec_is_valid_with_valid_examples(spec):
    assert check(spec) == []


def test_every_api_has_a_fake_and_a_quirks_config():
    from contract_tests.fake.apis import fake_for
    from contract_tests.suite.fuzz import config_file

    for api in discover().values():
        assert fake_for(api).handlers
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
    assert any("x-vendor-doc needs page and section" in p for p in problems)
    assert any("no summary" in p for p in problems)


def test_a_malformed_or_dangling_pagination_extension_is_reported(tmp_path):
    def misname(spec):
        spec["paths"]["/v2/orders"]["get"]["x-pagination"]["size_param"] = "page_size"

    def unknown_style(spec):
        spec["paths"]["/v2/orders"]["get"]["x-pagination"]["style"] = "offset"

    assert any("'page_size' is not a parameter" in p for p in check(mutate(tmp_path, misname)))
    assert any("neither the cursor nor the page shape" in p for p in check(mutate(tmp_path, unknown_style)))


def test_a_malformed_or_misplaced_soft_delete_extension_is_reported(tmp_path):
    soft = {"field": "status", "values": ["Client Canceled"]}

    def unknown_field(spec):
        spec["paths"]["/v2/orders/{order_number}"]["delete"]["x-soft-delete"]["field"] = "state"

    def no_values(spec):
        spec["paths"]["/v2/orders/{order_number}"]["delete"]["x-soft-delete"]["values"] = []

    def on_a_get(spec):
        spec["paths"]["/v2/tasks"]["get"]["x-soft-delete"] = soft

    assert any("field 'state' is not in the response" in p for p in check(mutate(tmp_path, unknown_field)))
    assert any("needs field (a string) and values" in p for p in check(mutate(tmp_path, no_values)))
    assert any("belongs on a DELETE operation" in p for p in check(mutate(tmp_path, on_a_get)))


def test_a_resource_key_must_name_a_property_of_the_listed_items(tmp_path):
    def unknown_key(spec):
        spec["paths"]["/v2/orders"]["get"]["x-resource-key"] = "number"

    def on_a_delete(spec):
        spec["paths"]["/v2/orders/{order_number}"]["delete"]["x-resource-key"] = "order_number"

    def known_key(spec):
        spec["paths"]["/v2/orders"]["get"]["x-resource-key"] = "order_number"

    assert any("listed items have no property 'number'" in p for p in check(mutate(tmp_path, unknown_key)))
    assert any("on a GET list operation" in p for p in check(mutate(tmp_path, on_a_delete)))
    assert check(mutate(tmp_path, known_key)) == []


@pytest.mark.parametrize(("total", "requests"), [(0, 1), (3, 2), (4, 3), (5, 3)])
def test_a_listing_walks_every_page_and_stops_at_a_short_or_empty_one(total, requests):
    from contract_tests.spec.resources import Listing

    paging = {"style": "page", "page_param": "page", "size_param": "per_page", "max_size": 2}
    listing = Listing("/things", "id", paging, frozenset({"id"}))
    asked = []

    def fetch(query):
        asked.append(query)
        start = (query["page"] - 1) * query["per_page"]
        return [{"id": n} for n in range(total)][start : start + query["per_page"]]

    assert [item["id"] for item in listing.pages(fetch)] == list(range(total))
    assert len(asked) == requests and asked[0] == {"per_page": 2, "page": 1}
