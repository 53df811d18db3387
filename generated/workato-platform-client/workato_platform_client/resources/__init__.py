"""Resource classes of the Workato API Platform: one pair (sync and async) per tag of the spec."""

from .api_access_profiles import ApiAccessProfilesResource, AsyncApiAccessProfilesResource
from .api_clients import ApiClientsResource, AsyncApiClientsResource
from .api_collections import ApiCollectionsResource, AsyncApiCollectionsResource
from .api_endpoints import ApiEndpointsResource, AsyncApiEndpointsResource
from .api_keys import ApiKeysResource, AsyncApiKeysResource
from .v2_api_clients import AsyncV2ApiClientsResource, V2ApiClientsResource

__all__ = (
    "AsyncApiAccessProfilesResource",
    "ApiAccessProfilesResource",
    "AsyncApiClientsResource",
    "ApiClientsResource",
    "AsyncApiCollectionsResource",
    "ApiCollectionsResource",
    "AsyncApiEndpointsResource",
    "ApiEndpointsResource",
    "AsyncApiKeysResource",
    "ApiKeysResource",
    "AsyncV2ApiClientsResource",
    "V2ApiClientsResource",
)
