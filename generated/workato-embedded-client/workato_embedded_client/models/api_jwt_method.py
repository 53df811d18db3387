from enum import StrEnum


class ApiJwtMethod(StrEnum):
    HMAC = "hmac"
    RSA = "rsa"

    def __str__(self) -> str:
        return str(self.value)
