"""Spec files other tools can open, lint rules for the mistakes seen, and the schemas' documented forms."""

from __future__ import annotations

import datetime
import ipaddress
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import FormatChecker
from openapi_schema_validator import OAS31Validator

from contract_tests.openapi.lint import check
from contract_tests.openapi.loader import load_spec, validate_raw

SPECS_DIR = Path(__file__).resolve().parent.parent / "specs"
SPECS = sorted(SPECS_DIR.glob("*.yaml"))
PROPERTY = settings(max_examples=300, database=None, deadline=None, suppress_health_check=list(HealthCheck))


def copy_specs(tmp_path: Path) -> Path:
    target = tmp_path / "specs"
    shutil.copytree(SPECS_DIR, target)
    return target


def edit(path: Path, old: str, new: str) -> Path:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_every_spec_file_is_valid_openapi_as_written(spec):
    """openapi-spec-validator on the raw file, relative refs resolved from its folder (no bundling)."""
    assert validate_raw(spec) == []


def test_a_referenced_servers_list_is_reported_with_file_and_line(tmp_path):
    platform = copy_specs(tmp_path) / "workato-platform.yaml"
    text = platform.read_text(encoding="utf-8")
    servers = text[text.index("servers:\n") : text.index("security:\n")]
    edit(platform, servers, 'servers: {$ref: "./workato-common.yaml#/servers"}\n')
    line = text[: text.index("servers:\n")].count("\n") + 1

    assert validate_raw(platform) == [
        f'workato-platform.yaml:{line}: servers: {{"$ref":"./workato-common.yaml#/servers"}}'
        ' is not of type "array"'
    ]


def test_a_missing_ref_file_is_reported_as_missing_not_as_a_collision(tmp_path):
    platform = edit(
        copy_specs(tmp_path) / "workato-platform.yaml",
        'api_collection_id: {$ref: "./workato-common.yaml#',
        'api_collection_id: {$ref: "./workato-commn.yaml#',
    )
    problems = check(platform)
    assert len(problems) == 1 and "workato-commn.yaml: cannot read" in problems[0]
    assert "collides" not in problems[0]
    (raw,) = validate_raw(platform)
    assert re.match(r"workato-platform\.yaml:\d+: \$ref './workato-commn\.yaml#/components/schemas/Id'", raw)


def test_servers_copied_from_a_shared_file_must_stay_equal_to_it(tmp_path):
    specs = copy_specs(tmp_path)
    edit(specs / "workato-platform.yaml", "          - app.au.workato.com\n", "")
    assert check(specs / "workato-platform.yaml") == [
        "workato-platform.yaml: servers differ from those of workato-common.yaml, which this spec"
        " references; copy them from there"
    ]


def test_a_key_that_is_no_schema_keyword_is_reported(tmp_path):
    """The YAML flow-mapping mistake: an unquoted comma makes `ISO 8601` a key of the schema."""
    workreduce = edit(
        copy_specs(tmp_path) / "workreduce.yaml",
        "        description: {type: string, description: Instructions for executing the order}",
        "        description: {type: string, description: Instructions, in words}",
    )
    assert check(workreduce) == [
        "workreduce.yaml: components/schemas/NewOrderForm/properties/description: 'in words' is not a JSON"
        " Schema or OpenAPI keyword (an unquoted comma in a YAML flow mapping makes one; quote the value,"
        " or name an extension x-…)"
    ]


def validator(api: str, schema: str) -> OAS31Validator:
    spec = load_spec(SPECS_DIR / f"{api}.yaml")
    return OAS31Validator(
        {"$ref": f"#/components/schemas/{schema}", "components": spec["components"]},
        format_checker=FormatChecker(),
    )


@pytest.mark.parametrize(
    ("body", "valid"),
    [
        ({"attachments[]": []}, False),  # sends no part at all: not "at least one parameter"
        ({"attachments": ["a file"]}, False),  # the table's name: refused, not dropped
        ({"attachments[]": ["a file"], "attachments": ["another"]}, False),
        ({"attachments[]": ["a file"]}, True),
        ({"name": "renamed"}, True),
    ],
)
def test_workreduce_update_needs_a_file_under_attachments_brackets(body, valid):
    assert validator("workreduce", "OrderUpdateMultipart").is_valid(body) is valid


def test_workreduce_create_refuses_files_under_the_table_name():
    create = validator("workreduce", "NewOrderMultipart")
    order = {"name": "n", "task_type": "qa_screenshot"}
    assert create.is_valid({**order, "attachments[]": ["a file"]})
    assert not create.is_valid({**order, "attachments": ["a file"]})
    assert not create.is_valid({**order, "attachments[]": []})


@pytest.mark.parametrize(
    ("due_date", "valid"),
    [
        ("2018-05-14T18:30:00Z", True),  # the page's example
        ("2018-05-14T18:30:00.25+02:00", True),
        ("2018-05-14", True),  # a calendar date
        ("20180514", True),  # basic format
        ("20180514T183000Z", True),
        ("20180514T183000.5-0130", True),
        ("2018-05-14T18:30:00", False),  # no time zone
        ("20180514T183000", False),
        ("20180230", False),
        ("2018-W20-1", False),
        ("2018-05", False),
        ("tomorrow", False),
    ],
)
def test_workreduce_due_date_takes_the_iso_8601_forms_the_spec_records(due_date, valid):
    for schema in ("OrderUpdateForm", "NewOrderForm"):
        body = {"name": "n", "task_type": "qa_screenshot", "due_date": due_date}
        assert validator("workreduce", schema).is_valid(body) is valid, (schema, due_date)


def pattern_of(api: str, schema: str, index: int) -> str:
    return load_spec(SPECS_DIR / f"{api}.yaml")["components"]["schemas"][schema]["anyOf"][index]["pattern"]


@PROPERTY
@given(st.data())
def test_every_basic_format_due_date_the_spec_allows_is_a_real_moment(data):
    """What a fake or server must parse: Python's own ISO 8601 parser takes all of them."""
    text = data.draw(st.from_regex(pattern_of("workreduce", "DueDate", 2), fullmatch=True))
    parsed: Any = datetime.datetime.fromisoformat(text) if "T" in text else datetime.date.fromisoformat(text)
    assert "T" not in text or parsed.tzinfo is not None


@pytest.mark.parametrize(
    ("entry", "valid"),
    [
        ("192.168.0.1", True),
        ("192.168.0.0/20", True),
        ("2001:db8::1", True),
        ("2001:db8::/32", True),
        ("::/0", True),
        ("::ffff:192.168.0.0/120", True),
        ("1:2:3:4:5:6:7::/112", True),
        ("2001:db8::/129", False),
        ("1::2::3/64", False),
        ("12345::/64", False),
        ("192.168.0.0/33", False),
        ("fe80::1%eth0/64", False),
    ],
)
def test_workato_ip_allow_list_takes_ipv4_and_ipv6_addresses_and_ranges(entry, valid):
    profile = {"name": "p", "api_collection_ids": [1], "active": True, "auth_type": "token"}
    assert (
        validator("workato-platform", "AccessProfileInput").is_valid({**profile, "ip_allow_list": [entry]})
        is valid
    )


@PROPERTY
@given(st.data())
def test_every_ipv6_range_the_spec_allows_is_a_network(data):
    text = data.draw(st.from_regex(pattern_of("workato-platform", "IpAllowEntry", 3), fullmatch=True))
    ipaddress.IPv6Network(text, strict=False)
