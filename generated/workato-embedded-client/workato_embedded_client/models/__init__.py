"""Contains all the data models used in inputs/outputs"""

from .api_access_profile import ApiAccessProfile
from .api_access_profile_input import ApiAccessProfileInput
from .api_access_profile_with_secrets import ApiAccessProfileWithSecrets
from .api_auth_type import ApiAuthType
from .api_client import ApiClient
from .api_client_input import ApiClientInput
from .api_client_list import ApiClientList
from .api_collection import ApiCollection
from .api_collection_import_results import ApiCollectionImportResults
from .api_collection_input import ApiCollectionInput
from .api_collection_input_openapi_spec import ApiCollectionInputOpenapiSpec
from .api_collection_input_openapi_spec_format import ApiCollectionInputOpenapiSpecFormat
from .api_collection_list import ApiCollectionList
from .api_endpoint import ApiEndpoint
from .api_endpoint_list import ApiEndpointList
from .api_jwt_method import ApiJwtMethod
from .collaborator_invitation import CollaboratorInvitation
from .collaborator_invitation_env_roles_item import CollaboratorInvitationEnvRolesItem
from .collaborator_invitation_env_roles_item_environment_type import CollaboratorInvitationEnvRolesItemEnvironmentType
from .collaborator_invitation_result import CollaboratorInvitationResult
from .connection import Connection
from .connection_authorization_status_type_0 import ConnectionAuthorizationStatusType0
from .connection_input import ConnectionInput
from .connection_input_input import ConnectionInputInput
from .connection_list import ConnectionList
from .connection_update import ConnectionUpdate
from .connection_update_input import ConnectionUpdateInput
from .connector import Connector
from .connector_list import ConnectorList
from .connector_names import ConnectorNames
from .connector_operation import ConnectorOperation
from .connector_page import ConnectorPage
from .custom_connector import CustomConnector
from .custom_connector_list import CustomConnectorList
from .custom_connector_version import CustomConnectorVersion
from .customer import Customer
from .customer_auth_settings_type_0 import CustomerAuthSettingsType0
from .customer_environments_type_0_item import CustomerEnvironmentsType0Item
from .customer_input import CustomerInput
from .customer_list import CustomerList
from .customer_manager import CustomerManager
from .customer_manager_input import CustomerManagerInput
from .customer_manager_list import CustomerManagerList
from .customer_manager_list_result import CustomerManagerListResult
from .customer_manager_privilege_group import CustomerManagerPrivilegeGroup
from .customer_manager_result import CustomerManagerResult
from .customer_manager_update import CustomerManagerUpdate
from .customer_manager_user import CustomerManagerUser
from .customer_manager_workspace import CustomerManagerWorkspace
from .customer_update import CustomerUpdate
from .customer_update_environments_type_0_item import CustomerUpdateEnvironmentsType0Item
from .customers_usage import CustomersUsage
from .customers_usage_result import CustomersUsageResult
from .disconnect_input import DisconnectInput
from .disconnect_result import DisconnectResult
from .disconnect_result_result_item import DisconnectResultResultItem
from .error import Error
from .error_errors import ErrorErrors
from .export_manifest import ExportManifest
from .export_manifest_asset import ExportManifestAsset
from .export_manifest_asset_type import ExportManifestAssetType
from .export_manifest_fields import ExportManifestFields
from .export_manifest_input import ExportManifestInput
from .export_manifest_input_export_manifest import ExportManifestInputExportManifest
from .export_manifest_result import ExportManifestResult
from .export_manifest_update import ExportManifestUpdate
from .export_manifest_update_export_manifest import ExportManifestUpdateExportManifest
from .folder import Folder
from .folder_input import FolderInput
from .folder_list import FolderList
from .job import Job
from .job_error_parts import JobErrorParts
from .job_list import JobList
from .job_status import JobStatus
from .list_connections_includes_item import ListConnectionsIncludesItem
from .list_recipes_includes_item import ListRecipesIncludesItem
from .list_recipes_order import ListRecipesOrder
from .look_up_lookup_table_row_by import LookUpLookupTableRowBy
from .lookup_table import LookupTable
from .lookup_table_batch_delete import LookupTableBatchDelete
from .lookup_table_batch_deleted import LookupTableBatchDeleted
from .lookup_table_batch_deleted_data import LookupTableBatchDeletedData
from .lookup_table_column import LookupTableColumn
from .lookup_table_created import LookupTableCreated
from .lookup_table_fields import LookupTableFields
from .lookup_table_input import LookupTableInput
from .lookup_table_list import LookupTableList
from .lookup_table_row import LookupTableRow
from .lookup_table_row_data import LookupTableRowData
from .lookup_table_row_input import LookupTableRowInput
from .lookup_table_row_input_data import LookupTableRowInputData
from .lookup_table_row_list import LookupTableRowList
from .member import Member
from .member_input import MemberInput
from .member_update import MemberUpdate
from .o_auth_token_pair import OAuthTokenPair
from .package import Package
from .package_operation_type import PackageOperationType
from .package_result import PackageResult
from .package_status import PackageStatus
from .picklist_request import PicklistRequest
from .picklist_request_pick_list_params import PicklistRequestPickListParams
from .picklist_values import PicklistValues
from .properties_input import PropertiesInput
from .properties_input_properties import PropertiesInputProperties
from .property_values import PropertyValues
from .property_values_result import PropertyValuesResult
from .public_recipe import PublicRecipe
from .public_recipe_list import PublicRecipeList
from .recipe import Recipe
from .recipe_config_entry import RecipeConfigEntry
from .recipe_created import RecipeCreated
from .recipe_fields import RecipeFields
from .recipe_import_status import RecipeImportStatus
from .recipe_import_status_import_result import RecipeImportStatusImportResult
from .recipe_input import RecipeInput
from .recipe_input_recipe import RecipeInputRecipe
from .recipe_list import RecipeList
from .recipe_parameters import RecipeParameters
from .recipe_start_result import RecipeStartResult
from .recipe_update import RecipeUpdate
from .recipe_update_recipe import RecipeUpdateRecipe
from .role import Role
from .role_copy_input import RoleCopyInput
from .role_privileges import RolePrivileges
from .server_error import ServerError
from .signature_verification_key_input import SignatureVerificationKeyInput
from .signature_verification_key_result import SignatureVerificationKeyResult
from .stop_cause import StopCause
from .success import Success

__all__ = (
    "ApiAccessProfile",
    "ApiAccessProfileInput",
    "ApiAccessProfileWithSecrets",
    "ApiAuthType",
    "ApiClient",
    "ApiClientInput",
    "ApiClientList",
    "ApiCollection",
    "ApiCollectionImportResults",
    "ApiCollectionInput",
    "ApiCollectionInputOpenapiSpec",
    "ApiCollectionInputOpenapiSpecFormat",
    "ApiCollectionList",
    "ApiEndpoint",
    "ApiEndpointList",
    "ApiJwtMethod",
    "CollaboratorInvitation",
    "CollaboratorInvitationEnvRolesItem",
    "CollaboratorInvitationEnvRolesItemEnvironmentType",
    "CollaboratorInvitationResult",
    "Connection",
    "ConnectionAuthorizationStatusType0",
    "ConnectionInput",
    "ConnectionInputInput",
    "ConnectionList",
    "ConnectionUpdate",
    "ConnectionUpdateInput",
    "Connector",
    "ConnectorList",
    "ConnectorNames",
    "ConnectorOperation",
    "ConnectorPage",
    "CustomConnector",
    "CustomConnectorList",
    "CustomConnectorVersion",
    "Customer",
    "CustomerAuthSettingsType0",
    "CustomerEnvironmentsType0Item",
    "CustomerInput",
    "CustomerList",
    "CustomerManager",
    "CustomerManagerInput",
    "CustomerManagerList",
    "CustomerManagerListResult",
    "CustomerManagerPrivilegeGroup",
    "CustomerManagerResult",
    "CustomerManagerUpdate",
    "CustomerManagerUser",
    "CustomerManagerWorkspace",
    "CustomersUsage",
    "CustomersUsageResult",
    "CustomerUpdate",
    "CustomerUpdateEnvironmentsType0Item",
    "DisconnectInput",
    "DisconnectResult",
    "DisconnectResultResultItem",
    "Error",
    "ErrorErrors",
    "ExportManifest",
    "ExportManifestAsset",
    "ExportManifestAssetType",
    "ExportManifestFields",
    "ExportManifestInput",
    "ExportManifestInputExportManifest",
    "ExportManifestResult",
    "ExportManifestUpdate",
    "ExportManifestUpdateExportManifest",
    "Folder",
    "FolderInput",
    "FolderList",
    "Job",
    "JobErrorParts",
    "JobList",
    "JobStatus",
    "ListConnectionsIncludesItem",
    "ListRecipesIncludesItem",
    "ListRecipesOrder",
    "LookUpLookupTableRowBy",
    "LookupTable",
    "LookupTableBatchDelete",
    "LookupTableBatchDeleted",
    "LookupTableBatchDeletedData",
    "LookupTableColumn",
    "LookupTableCreated",
    "LookupTableFields",
    "LookupTableInput",
    "LookupTableList",
    "LookupTableRow",
    "LookupTableRowData",
    "LookupTableRowInput",
    "LookupTableRowInputData",
    "LookupTableRowList",
    "Member",
    "MemberInput",
    "MemberUpdate",
    "OAuthTokenPair",
    "Package",
    "PackageOperationType",
    "PackageResult",
    "PackageStatus",
    "PicklistRequest",
    "PicklistRequestPickListParams",
    "PicklistValues",
    "PropertiesInput",
    "PropertiesInputProperties",
    "PropertyValues",
    "PropertyValuesResult",
    "PublicRecipe",
    "PublicRecipeList",
    "Recipe",
    "RecipeConfigEntry",
    "RecipeCreated",
    "RecipeFields",
    "RecipeImportStatus",
    "RecipeImportStatusImportResult",
    "RecipeInput",
    "RecipeInputRecipe",
    "RecipeList",
    "RecipeParameters",
    "RecipeStartResult",
    "RecipeUpdate",
    "RecipeUpdateRecipe",
    "Role",
    "RoleCopyInput",
    "RolePrivileges",
    "ServerError",
    "SignatureVerificationKeyInput",
    "SignatureVerificationKeyResult",
    "StopCause",
    "Success",
)
