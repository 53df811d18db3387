"""Resource classes of the Workato API Platform: one pair (sync and async) per tag of the spec."""

from .api_access_profiles import ApiAccessProfilesResource, AsyncApiAccessProfilesResource
from .api_clients import ApiClientsResource, AsyncApiClientsResource
from .api_collections import ApiCollectionsResource, AsyncApiCollectionsResource
from .api_endpoints import ApiEndpointsResource, AsyncApiEndpointsResource

__all__ = (
    "AsyncApiAccessProfilesResource",
    "ApiAccessProfilesResource",
    "AsyncApiClientsResource",
    "ApiClientsResource",
    "AsyncApiCollectionsResource",
    "ApiCollectionsResource",
    "AsyncApiEndpointsResource",
    "ApiEndpointsResource",
)
