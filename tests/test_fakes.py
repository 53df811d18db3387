"""Fake behaviour that the clients cannot reach: malformed input, persistence, routing."""

from __future__ import annotations

import httpx
import pytest

from contract_tests.fake.serve import build_app, running
from contract_tests.openapi.loader import get_api

from .conftest import TOKEN

MALFORMED = [
    (
        "POST",
        "/v2/orders",
        {"content": b"\xff\xfe", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
    ),
    (
        "POST",
        "/v2/orders",
        {"content": b"--x\r\nbroken", "headers": {"Content-Type": "multipart/form-data; boundary=x"}},
    ),
    ("POST", "/v2/orders", {"content": b"{", "headers": {"Content-Type": "application/json"}}),
    ("POST", "/v2/orders", {"content": b"name=a", "headers": {"Content-Type": "text/plain"}}),
    ("GET", "/v2/orders?limit=abc", {}),
    ("GET", "/v2/orders/%00%ff", {}),
    ("PUT", "/v2/orders/00000001", {"data": {"attachments[]": "not a file"}}),
]


@pytest.mark.parametrize(("method", "path", "kwargs"), MALFORMED)
def test_malformed_requests_get_a_4xx_with_a_json_body(workreduce_url, method, path, kwargs):
    response = httpx.request(
        method, workreduce_url + path, headers={"Authorization": TOKEN, **kwargs.pop("headers", {})}, **kwargs
    )
    assert 400 <= response.status_code < 500, response.text
    assert "message" in response.json()


def test_outwork_malformed_json_is_a_400_field_map(outwork_url):
    auth = {"Authorization": f'OUTWORK-TOKEN application_token="{TOKEN}"', "Content-Type": "application/json"}
    response = httpx.post(outwork_url + "/api/apply/", content=b"[1,", headers=auth)
    assert response.status_code == 400
    assert all(isinstance(v, list) for v in response.json().values())
    extra = httpx.post(
        outwork_url + "/api/apply/", json={"organization_name": "a", "x": {"nested": 1}}, headers=auth
    )
    assert extra.status_code == 400 and "x" in extra.json()


def test_unknown_path_is_404_and_wrong_method_is_405_with_allow(workreduce_url):
    auth = {"Authorization": TOKEN}
    assert httpx.get(workreduce_url + "/v3/nothing", headers=auth).status_code == 404
    response = httpx.patch(workreduce_url + "/v2/orders", headers=auth)
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET, POST"


def test_db_file_keeps_orders_across_restarts(tmp_path):
    db = str(tmp_path / "state.sqlite")
    api = get_api("workreduce")
    with running(build_app(api, token=TOKEN, db=db)) as url:
        created = httpx.post(
            url + "/v2/orders", data={"name": "kept", "task_type": "recon"}, headers={"Authorization": TOKEN}
        )
        number = created.json()["order_number"]
    with running(build_app(api, token=TOKEN, db=db)) as url:
        order = httpx.get(f"{url}/v2/orders/{number}", headers={"Authorization": TOKEN}).json()
        tasks = httpx.get(url + "/v2/tasks", headers={"Authorization": TOKEN}).json()
    assert order["name"] == "kept"
    assert len(tasks) == 2  # seeded once, not again on restart


def test_token_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("WORKREDUCE_TOKEN", "from-env")
    with running(build_app(get_api("workreduce"))) as url:
        assert httpx.get(url + "/v2/tasks", headers={"Authorization": "from-env"}).status_code == 200
        assert httpx.get(url + "/v2/tasks", headers={"Authorization": TOKEN}).status_code == 401


def test_serve_refuses_a_spec_its_fake_cannot_serve_in_one_line(tmp_path, monkeypatch):
    """A valid spec with an operation no behaviour serves: a clear error (exit 2), not a traceback."""
    import shutil

    from click.testing import CliRunner

    from contract_tests.cli import main
    from contract_tests.openapi import loader

    specs = tmp_path / "specs"
    shutil.copytree(loader.specs_dir(), specs)
    text = (specs / "workreduce.yaml").read_text(encoding="utf-8")
    archive = """  /v2/tasks/{task_type}/archive:
    post:
      operationId: archive_task_type
      tags: [tasks]
      summary: Archive a task type
      x-vendor-doc: {page: workreduce-api-v2.txt, section: Tasks}
      parameters:
        - {name: task_type, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: Archived.
          content: {application/json: {schema: {$ref: "#/components/schemas/TaskType"}}}
components:
"""
    (specs / "workreduce.yaml").write_text(text.replace("components:\n", archive, 1), encoding="utf-8")
    monkeypatch.setattr(loader, "specs_dir", lambda: specs)
    result = CliRunner().invoke(main, ["serve", "workreduce", "--port", "0"])
    assert result.exit_code == 2, result.output
    assert "Error: the workreduce fake serves no behaviour for: archive_task_type" in result.output
    assert isinstance(result.exception, SystemExit)  # click's own exit, nothing escaped


def test_a_filter_finds_an_integer_beyond_64_bits_and_only_that_one():
    """SQLite reads such a number back as a float: the filter compares it as the JSON text stored."""
    from contract_tests.fake.store import Condition, Store

    store = Store()
    huge = 42992942736704345735168
    store.insert("things", 1, {"id": 1, "parent_id": huge})
    store.insert("things", 2, {"id": 2, "parent_id": huge + 1})
    store.insert("things", 3, {"id": 3, "parent_id": 7})
    found = store.select("things", "", [Condition("parent_id", huge)], None, False, -1, 0, None, None)
    assert [item["id"] for item in found] == [1]
    assert [
        item["id"]
        for item in store.select("things", "", [Condition("parent_id", 7)], None, False, -1, 0, None, None)
    ] == [3]
