"""Resource classes of the WorkReduce API: one pair (sync and async) per tag of the spec."""

from .orders import AsyncOrdersResource, OrdersResource
from .tasks import AsyncTasksResource, TasksResource

__all__ = (
    "AsyncOrdersResource",
    "OrdersResource",
    "AsyncTasksResource",
    "TasksResource",
)
