"""The validating proxy: `contract-tests proxy API --upstream URL` between any client and any server."""

from .app import DEFAULT_MAX_HELD, ValidatingProxy
from .report import write_reports
from .validate import Validator, Violation

__all__ = ["DEFAULT_MAX_HELD", "ValidatingProxy", "Validator", "Violation", "write_reports"]
