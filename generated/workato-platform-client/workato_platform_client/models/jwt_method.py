from enum import StrEnum


class JwtMethod(StrEnum):
    HMAC = "hmac"
    RSA = "rsa"

    def __str__(self) -> str:
        return str(self.value)
