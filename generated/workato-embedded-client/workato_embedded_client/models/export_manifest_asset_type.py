from enum import StrEnum


class ExportManifestAssetType(StrEnum):
    ACCOUNT_PROPERTY = "account_property"
    AGENTIC_GENIE = "agentic_genie"
    AGENTIC_KNOWLEDGE_BASE = "agentic_knowledge_base"
    AGENTIC_SKILL = "agentic_skill"
    API_ENDPOINT = "api_endpoint"
    API_GROUP = "api_group"
    CONNECTION = "connection"
    CUSTOM_ADAPTER = "custom_adapter"
    DATA_PIPELINE = "data_pipeline"
    DECISION_ENGINE_MODEL = "decision_engine_model"
    LCAP_APP = "lcap_app"
    LCAP_PAGE = "lcap_page"
    LOOKUP_TABLE = "lookup_table"
    MCP_SERVER = "mcp_server"
    PROJECT_PROPERTY = "project_property"
    RECIPE = "recipe"
    TOPIC = "topic"
    WORKATO_DB_TABLE = "workato_db_table"
    WORKATO_SCHEMA = "workato_schema"
    WORKATO_TEMPLATE = "workato_template"

    def __str__(self) -> str:
        return str(self.value)
