"""The links a spec's paths imply, on a spec written here (not one of ours), and the run's spec."""

from __future__ import annotations

import copy
from typing import Any

from contract_tests.openapi.links import add_implied_links, implied_links
from contract_tests.openapi.loader import discover
from contract_tests.openapi.relations import create_links
from contract_tests.suite.command import spec_for_run

ITEM = {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}


def _op(op_id: str, schema: Any = None, links: dict[str, Any] | None = None) -> dict[str, Any]:
    response: dict[str, Any] = {"description": "ok"}
    if schema is not None:
        response["content"] = {"application/json": {"schema": schema}}
    if links:
        response["links"] = links
    return {"operationId": op_id, "responses": {"200": response}}


def _spec() -> dict[str, Any]:
    """Parents holding children, a batch action beside the children, and one written link."""
    written = {"Read": {"operationId": "get_parent", "parameters": {"parent_id": "$response.body#/id"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/parents": {
                "get": _op("list_parents", {"type": "array", "items": ITEM}),
                "post": _op("create_parent", ITEM, written),
            },
            "/parents/{parent_id}": {"get": _op("get_parent", ITEM), "delete": _op("delete_parent")},
            "/parents/{parent_id}/children": {
                "get": _op("list_children", {"type": "array", "items": ITEM}),
                "post": _op("create_child", {"type": "object", "properties": {"result": ITEM}}),
            },
            "/parents/{parent_id}/children/{child_id}": {"get": _op("get_child", ITEM)},
            "/parents/{parent_id}/children/{child_id}/start": {"put": _op("start_child")},
            "/parents/{parent_id}/children/batch_delete": {"post": _op("batch_delete_children")},
            "/parents/{parent_id}/children/{child_id}/runs/{run_id}": {"get": _op("get_run")},
        },
    }


def test_a_creation_links_to_its_item_its_child_collections_and_its_list():
    found = {(link.source, link.target): link.parameters for link in implied_links(_spec())}
    by_id, from_path = "$response.body#/id", "$request.path.parent_id"
    first_parent, first_child = "$response.body#/0/id", "$response.body#/0/id"
    created_child = "$response.body#/result/id"
    assert found == {
        ("create_parent", "list_parents"): {},
        ("create_parent", "delete_parent"): {"parent_id": by_id},
        ("create_parent", "list_children"): {"parent_id": by_id},
        ("create_parent", "create_child"): {"parent_id": by_id},
        ("list_parents", "create_parent"): {},
        ("list_parents", "get_parent"): {"parent_id": first_parent},
        ("list_parents", "list_children"): {"parent_id": first_parent},
        ("list_parents", "create_child"): {"parent_id": first_parent},
        ("create_child", "list_children"): {"parent_id": from_path},
        ("create_child", "get_child"): {"parent_id": from_path, "child_id": created_child},
        ("create_child", "start_child"): {"parent_id": from_path, "child_id": created_child},
        ("list_children", "create_child"): {"parent_id": from_path},
        ("list_children", "get_child"): {"parent_id": from_path, "child_id": first_child},
        ("list_children", "start_child"): {"parent_id": from_path, "child_id": first_child},
    }
    # create_parent -> get_parent is written already; no list links to a deletion (the next scenario
    # reads what the fake holds); batch_delete acts on ids its body names; get_run needs a run id.


def test_implied_links_land_in_the_run_spec_and_not_in_the_written_promises():
    spec = _spec()
    view = copy.deepcopy(spec)
    add_implied_links(spec, view)
    links = view["paths"]["/parents"]["post"]["responses"]["200"]["links"]
    assert set(links) == {
        "Read",
        "implied_list_parents",
        "implied_delete_parent",
        "implied_list_children",
        "implied_create_child",
    }
    assert "links" not in spec["paths"]["/parents/{parent_id}/children"]["post"]["responses"]["200"]
    assert [(c.post_path, c.get_path) for c in create_links(view)] == [("/parents", "/parents/{parent_id}")]


def test_every_api_run_spec_links_name_operations_it_has():
    for api in discover().values():
        view = spec_for_run(api.spec())
        ids = {
            op["operationId"]
            for item in view["paths"].values()
            for op in item.values()
            if isinstance(op, dict) and "operationId" in op
        }
        for item in view["paths"].values():
            for op in item.values():
                for response in (op.get("responses") or {}).values() if isinstance(op, dict) else ():
                    assert {link["operationId"] for link in (response.get("links") or {}).values()} <= ids
