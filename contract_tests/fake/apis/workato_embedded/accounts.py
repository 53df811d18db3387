"""Workato Embedded, part 1: customers, members, collaborators, roles, managers, properties, folders
and the JWT key, beyond what the engine serves from the spec."""

from __future__ import annotations

from . import fake  # noqa: F401
