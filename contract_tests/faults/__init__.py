"""Fault injection: plant one class of contract fault in front of any server, and the kill matrix."""

from . import classes as _classes  # registers every fault class
from .injector import FAULTS, FaultClass, Injector, UnknownFault, Upstream, get_fault, not_applicable

__all__ = ["FAULTS", "FaultClass", "Injector", "UnknownFault", "Upstream", "get_fault", "not_applicable"]
del _classes
