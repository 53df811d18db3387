from enum import StrEnum


class ApiAuthType(StrEnum):
    JWT = "jwt"
    OAUTH2 = "oauth2"
    OIDC = "oidc"
    TOKEN = "token"

    def __str__(self) -> str:
        return str(self.value)
