from enum import StrEnum


class ListConnectionsIncludesItem(StrEnum):
    TAGS = "tags"

    def __str__(self) -> str:
        return str(self.value)
