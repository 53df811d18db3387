"""Contains all the data models used in inputs/outputs"""

from .access_profile import AccessProfile
from .access_profile_input import AccessProfileInput
from .access_profile_with_secrets import AccessProfileWithSecrets
from .api_client import ApiClient
from .api_client_input import ApiClientInput
from .api_collection import ApiCollection
from .api_collection_input import ApiCollectionInput
from .api_endpoint import ApiEndpoint
from .api_endpoint_method import ApiEndpointMethod
from .auth_type import AuthType
from .error import Error
from .error_errors import ErrorErrors
from .jwt_method import JwtMethod
from .server_error import ServerError
from .success import Success

__all__ = (
    "AccessProfile",
    "AccessProfileInput",
    "AccessProfileWithSecrets",
    "ApiClient",
    "ApiClientInput",
    "ApiCollection",
    "ApiCollectionInput",
    "ApiEndpoint",
    "ApiEndpointMethod",
    "AuthType",
    "Error",
    "ErrorErrors",
    "JwtMethod",
    "ServerError",
    "Success",
)
