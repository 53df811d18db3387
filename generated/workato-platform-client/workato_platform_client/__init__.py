"""Workato API Platform: a client generated from specs/workato-platform.yaml.

Start with ``WorkatoPlatformClient``; the operations are functions in ``workato_platform_client.api.<tag>``.
"""

from .client import AuthenticatedClient, Client
from .sdk import WorkatoPlatformClient

__all__ = ("AuthenticatedClient", "Client", "WorkatoPlatformClient")
