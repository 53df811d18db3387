"""Vendor semantics of each API's fake: `contract_tests.fake.apis.<api module>.fake`."""

from __future__ import annotations

import importlib

from ...openapi.loader import Api
from ..hooks import Fake


def fake_for(api: Api) -> Fake:
    module = importlib.import_module(f"{__name__}.{api.module}")
    fake: Fake = module.fake
    return fake
