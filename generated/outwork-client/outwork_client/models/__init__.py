"""Contains all the data models used in inputs/outputs"""

from .application_accepted import ApplicationAccepted
from .detail import Detail
from .field_errors import FieldErrors
from .partner_application import PartnerApplication
from .partner_type import PartnerType

__all__ = (
    "ApplicationAccepted",
    "Detail",
    "FieldErrors",
    "PartnerApplication",
    "PartnerType",
)
