"""Where the repository's inputs are, found from this file rather than the working directory."""

from __future__ import annotations

from pathlib import Path

__all__ = ["OVERRIDES", "ROOT"]

ROOT = Path(__file__).resolve().parent.parent.parent
OVERRIDES = ROOT / "overrides"
