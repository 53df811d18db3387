from enum import StrEnum


class ConnectionAuthorizationStatusType0(StrEnum):
    EXCEPTION = "exception"
    FAILED = "failed"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
