"""What a user may get wrong; mypy must flag every line marked `# error:` (and nothing else).

tests/test_client_typing.py checks that `mypy --strict` reports exactly these lines, so the typing
test can fail: if the facade were loosely typed, these would pass unnoticed.
"""

from __future__ import annotations

from workreduce_client import WorkReduceClient
from workreduce_client.models import Order

client = WorkReduceClient(api_key="k", timeout="10")  # error: a timeout is seconds or httpx.Timeout
client.orders.list(limt=5)  # error: a misspelt argument
client.orders.list_all(limt=5)  # error: the iterators take the list's own arguments too
client.orders.get(order_number=8)  # error: order numbers are strings
maybe: Order | None = client.orders.get("1")
order: Order = client.orders.list()  # error: a page is a list of orders
client.orders.get()  # error: the path parameter is required
print(client.tasks.list_types().name, maybe)  # error: list_types returns a list
