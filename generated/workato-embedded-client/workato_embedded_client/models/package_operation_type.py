from enum import StrEnum


class PackageOperationType(StrEnum):
    EXPORT = "export"
    IMPORT = "import"

    def __str__(self) -> str:
        return str(self.value)
