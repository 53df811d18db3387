from enum import StrEnum


class CollaboratorInvitationEnvRolesItemEnvironmentType(StrEnum):
    DEV = "dev"
    PROD = "prod"
    TEST = "test"

    def __str__(self) -> str:
        return str(self.value)
