"""Outwork Partner API: a client generated from specs/outwork.yaml.

Start with ``OutworkClient``; the operations are functions in ``outwork_client.api.<tag>``.
"""

from .client import AuthenticatedClient, Client
from .sdk import OutworkClient

__all__ = ("AuthenticatedClient", "Client", "OutworkClient")
