"""Hand-written runtime shared by every generated client (copied from overrides/runtime)."""

from .client import ApiClient, ServerVariable

__all__ = ("ApiClient", "ServerVariable")
