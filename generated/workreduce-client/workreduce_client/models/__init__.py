"""Contains all the data models used in inputs/outputs"""

from .attachment import Attachment
from .error import Error
from .error_errors import ErrorErrors
from .new_order_form import NewOrderForm
from .new_order_multipart import NewOrderMultipart
from .note import Note
from .order import Order
from .order_created import OrderCreated
from .order_deleted import OrderDeleted
from .order_status import OrderStatus
from .order_update_form import OrderUpdateForm
from .order_update_multipart import OrderUpdateMultipart
from .order_updated import OrderUpdated
from .task_type import TaskType
from .work_request import WorkRequest
from .work_result import WorkResult

__all__ = (
    "Attachment",
    "Error",
    "ErrorErrors",
    "NewOrderForm",
    "NewOrderMultipart",
    "Note",
    "Order",
    "OrderCreated",
    "OrderDeleted",
    "OrderStatus",
    "OrderUpdated",
    "OrderUpdateForm",
    "OrderUpdateMultipart",
    "TaskType",
    "WorkRequest",
    "WorkResult",
)
