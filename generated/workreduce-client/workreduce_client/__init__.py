"""WorkReduce API: a client generated from specs/workreduce.yaml.

Start with ``WorkReduceClient``; the operations are functions in ``workreduce_client.api.<tag>``.
"""

from .client import AuthenticatedClient, Client
from .sdk import WorkReduceClient

__all__ = ("AuthenticatedClient", "Client", "WorkReduceClient")
