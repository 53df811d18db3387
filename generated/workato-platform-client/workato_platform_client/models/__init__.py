"""Contains all the data models used in inputs/outputs"""

from .access_profile import AccessProfile
from .access_profile_input import AccessProfileInput
from .access_profile_with_secrets import AccessProfileWithSecrets
from .api_client import ApiClient
from .api_client_input import ApiClientInput
from .api_client_v2 import ApiClientV2
from .api_client_v2_input import ApiClientV2Input
from .api_client_v2_page import ApiClientV2Page
from .api_client_v2_response import ApiClientV2Response
from .api_collection import ApiCollection
from .api_collection_input import ApiCollectionInput
from .api_collection_summary import ApiCollectionSummary
from .api_endpoint import ApiEndpoint
from .api_key import ApiKey
from .api_key_input import ApiKeyInput
from .api_key_page import ApiKeyPage
from .api_key_response import ApiKeyResponse
from .api_policy_summary import ApiPolicySummary
from .auth_type import AuthType
from .error import Error
from .error_errors import ErrorErrors
from .import_results import ImportResults
from .jwt_method import JwtMethod
from .open_api_spec_input import OpenApiSpecInput
from .open_api_spec_input_format import OpenApiSpecInputFormat
from .server_error import ServerError
from .success import Success

__all__ = (
    "AccessProfile",
    "AccessProfileInput",
    "AccessProfileWithSecrets",
    "ApiClient",
    "ApiClientInput",
    "ApiClientV2",
    "ApiClientV2Input",
    "ApiClientV2Page",
    "ApiClientV2Response",
    "ApiCollection",
    "ApiCollectionInput",
    "ApiCollectionSummary",
    "ApiEndpoint",
    "ApiKey",
    "ApiKeyInput",
    "ApiKeyPage",
    "ApiKeyResponse",
    "ApiPolicySummary",
    "AuthType",
    "Error",
    "ErrorErrors",
    "ImportResults",
    "JwtMethod",
    "OpenApiSpecInput",
    "OpenApiSpecInputFormat",
    "ServerError",
    "Success",
)
