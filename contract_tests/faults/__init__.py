"""Fault injection: plant one fault class (or one liberty) in front of any server; the two matrices."""

from . import classes as _classes  # registers every fault class
from . import liberties as _liberties  # registers every liberty
from .injector import FAULTS, LIBERTIES, Injector, Planted, UnknownFault, Upstream, get_fault, not_applicable

__all__ = [
    "FAULTS",
    "LIBERTIES",
    "Injector",
    "Planted",
    "UnknownFault",
    "Upstream",
    "get_fault",
    "not_applicable",
]
del _classes, _liberties
