"""Resource classes of the Workato Embedded Partner API: one pair (sync and async) per tag of the spec."""

from .api_access_profiles import ApiAccessProfilesResource, AsyncApiAccessProfilesResource
from .api_clients import ApiClientsResource, AsyncApiClientsResource
from .api_collections import ApiCollectionsResource, AsyncApiCollectionsResource
from .api_endpoints import ApiEndpointsResource, AsyncApiEndpointsResource
from .collaborators import AsyncCollaboratorsResource, CollaboratorsResource
from .connections import AsyncConnectionsResource, ConnectionsResource
from .connectors import AsyncConnectorsResource, ConnectorsResource
from .custom_connectors import AsyncCustomConnectorsResource, CustomConnectorsResource
from .custom_oauth_profiles import AsyncCustomOauthProfilesResource, CustomOauthProfilesResource
from .customer_managers import AsyncCustomerManagersResource, CustomerManagersResource
from .customers import AsyncCustomersResource, CustomersResource
from .folders import AsyncFoldersResource, FoldersResource
from .jobs import AsyncJobsResource, JobsResource
from .jwt_direct_link import AsyncJwtDirectLinkResource, JwtDirectLinkResource
from .lookup_tables import AsyncLookupTablesResource, LookupTablesResource
from .members import AsyncMembersResource, MembersResource
from .picklists import AsyncPicklistsResource, PicklistsResource
from .properties import AsyncPropertiesResource, PropertiesResource
from .recipe_lifecycle import AsyncRecipeLifecycleResource, RecipeLifecycleResource
from .recipes import AsyncRecipesResource, RecipesResource
from .roles import AsyncRolesResource, RolesResource

__all__ = (
    "AsyncApiAccessProfilesResource",
    "ApiAccessProfilesResource",
    "AsyncApiClientsResource",
    "ApiClientsResource",
    "AsyncApiCollectionsResource",
    "ApiCollectionsResource",
    "AsyncApiEndpointsResource",
    "ApiEndpointsResource",
    "AsyncCollaboratorsResource",
    "CollaboratorsResource",
    "AsyncConnectionsResource",
    "ConnectionsResource",
    "AsyncConnectorsResource",
    "ConnectorsResource",
    "AsyncCustomConnectorsResource",
    "CustomConnectorsResource",
    "AsyncCustomOauthProfilesResource",
    "CustomOauthProfilesResource",
    "AsyncCustomerManagersResource",
    "CustomerManagersResource",
    "AsyncCustomersResource",
    "CustomersResource",
    "AsyncFoldersResource",
    "FoldersResource",
    "AsyncJobsResource",
    "JobsResource",
    "AsyncJwtDirectLinkResource",
    "JwtDirectLinkResource",
    "AsyncLookupTablesResource",
    "LookupTablesResource",
    "AsyncMembersResource",
    "MembersResource",
    "AsyncPicklistsResource",
    "PicklistsResource",
    "AsyncPropertiesResource",
    "PropertiesResource",
    "AsyncRecipeLifecycleResource",
    "RecipeLifecycleResource",
    "AsyncRecipesResource",
    "RecipesResource",
    "AsyncRolesResource",
    "RolesResource",
)
