from enum import StrEnum


class OrderStatus(StrEnum):
    ACCEPTED = "Accepted"
    ACTIVATED = "Activated"
    APPROVED = "Approved"
    CANCELED = "Canceled"
    CLIENT_CANCELED = "Client Canceled"
    COMPLETE = "Complete"
    COMPLETED = "Completed"
    DELIVERED = "Delivered"
    DRAFT = "Draft"
    IN_PROGRESS = "In Progress"
    IN_QA = "In QA"
    QA_COMPLETE = "QA Complete"
    SUBMITTED = "Submitted"

    def __str__(self) -> str:
        return str(self.value)
