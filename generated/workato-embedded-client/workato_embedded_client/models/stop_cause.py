from enum import StrEnum


class StopCause(StrEnum):
    ACTION_QUOTA_LIMIT = "action_quota_limit"
    TRIAL_EXPIRED = "trial_expired"
    TRIGGER_ERRORS_LIMIT = "trigger_errors_limit"
    TXN_QUOTA_LIMIT = "txn_quota_limit"

    def __str__(self) -> str:
        return str(self.value)
