from enum import StrEnum


class ApiCollectionInputOpenapiSpecFormat(StrEnum):
    JSON = "json"
    YAML = "yaml"

    def __str__(self) -> str:
        return str(self.value)
