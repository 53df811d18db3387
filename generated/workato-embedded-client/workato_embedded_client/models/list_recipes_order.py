from enum import StrEnum


class ListRecipesOrder(StrEnum):
    ACTIVITY = "activity"
    DEFAULT = "default"

    def __str__(self) -> str:
        return str(self.value)
