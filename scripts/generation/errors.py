"""The one error every generation step raises, so the entry point reports them all alike."""

from __future__ import annotations

__all__ = ["GenerationError"]


class GenerationError(Exception):
    """A spec, openapi-python-client or a post-processing step failed; the message says where."""
