"""Workato API Platform beyond its spec: the platform's rules (`_workato.api_platform`) for the
account's own objects, and seed data beyond the page's examples (`workato_platform.seed.yaml`):
collections with endpoints whose recipes run or are stopped, and a profile of each auth type, under
the ids the vendor's examples use, so the page's sample calls work against the fake.
"""

from __future__ import annotations

from pathlib import Path

from ..hooks import Fake
from ._workato import api_platform, error_body, now

EXAMPLES = ("list_api_collections", "list_api_endpoints", "list_api_clients")
fake = Fake(error_body, now=now, examples=EXAMPLES, seeds=Path(__file__).with_suffix(".seed.yaml"))
api_platform(fake, "/api", recipes="recipe")
