"""Vendor semantics of each API's fake: `contract_tests.fakes.<api module>.fake`."""

from __future__ import annotations

import importlib

from ..fake import Fake
from ..specs import Api


def fake_for(api: Api) -> Fake:
    module = importlib.import_module(f"{__name__}.{api.module}")
    return module.fake
