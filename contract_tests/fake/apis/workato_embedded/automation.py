"""Workato Embedded, part 2: connections, connectors, custom connectors, OAuth profiles, recipes,
jobs, lookup tables and the recipe lifecycle, beyond what the engine serves from the spec."""

from __future__ import annotations

from . import fake  # noqa: F401
