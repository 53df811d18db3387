"""The fakes take what a deletion takes with it from the spec (`x-cascade`), not from a rule of their own.

Workato Embedded's customer deletion declares `x-cascade` (every list below the account); the same
fake built from a copy of the spec without it keeps the rows below the deleted account.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import yaml

from contract_tests.fake.serve import build_app, running
from contract_tests.openapi.loader import discover, get_api, specs_dir

TOKEN = "t0k3n"


def _rows_left_below_a_deleted_customer(api) -> int:
    app = build_app(api, token=TOKEN)
    credentials = {"Authorization": f"Bearer {TOKEN}"}
    with running(app) as url, httpx.Client(base_url=url, headers=credentials) as client:
        account = {"name": "Acme", "notification_email": "ops@acme.example"}
        made = client.post("/api/managed_users", json=account)
        customer = made.json()["id"]
        folder = client.post(f"/api/managed_users/{customer}/folders", json={"name": "Sales"})
        assert folder.status_code == 200, folder.text
        assert client.delete(f"/api/managed_users/{customer}").status_code == 200
        assert client.get(f"/api/managed_users/{customer}/folders").status_code == 404
    rows = app.store._db.execute("SELECT count(*) FROM items WHERE parent LIKE ?", (f"%/{customer}%",))
    return int(rows.fetchone()[0])


def test_a_deletion_with_x_cascade_leaves_nothing_below_it_in_the_fake():
    assert _rows_left_below_a_deleted_customer(get_api("workato-embedded")) == 0


def test_without_x_cascade_the_same_fake_keeps_what_was_below(tmp_path: Path):
    copy = tmp_path / "specs"
    shutil.copytree(specs_dir(), copy)
    spec_file = copy / "workato-embedded.yaml"
    spec = yaml.safe_load(spec_file.read_text())
    del spec["paths"]["/api/managed_users/{managed_user_id}"]["delete"]["x-cascade"]
    spec_file.write_text(yaml.safe_dump(spec, sort_keys=False))
    assert _rows_left_below_a_deleted_customer(discover(copy)["workato-embedded"]) > 0
