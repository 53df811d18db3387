from enum import StrEnum


class RecipeImportStatusImportResult(StrEnum):
    NO_UPDATE_OR_UPDATED_WITHOUT_RESTART = "no_update_or_updated_without_restart"
    RESTARTED = "restarted"
    RESTART_FAILED = "restart_failed"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
