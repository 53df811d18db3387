"""Resource classes of the Outwork Partner API: one pair (sync and async) per tag of the spec."""

from .applications import ApplicationsResource, AsyncApplicationsResource
from .partner_types import AsyncPartnerTypesResource, PartnerTypesResource

__all__ = (
    "AsyncApplicationsResource",
    "ApplicationsResource",
    "AsyncPartnerTypesResource",
    "PartnerTypesResource",
)
