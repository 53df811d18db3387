from enum import StrEnum


class ListRecipesIncludesItem(StrEnum):
    TAGS = "tags"

    def __str__(self) -> str:
        return str(self.value)
