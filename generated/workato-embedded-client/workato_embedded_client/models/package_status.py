from enum import StrEnum


class PackageStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    IN_PROGRESS = "in_progress"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
