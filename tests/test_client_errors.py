"""Typed errors from the non-detailed calls, against the fakes; `*_detailed` still never raises."""

from __future__ import annotations

import asyncio

import outwork_client
import pytest
from outwork_client import OutworkClient
from outwork_client.api.partner_types import list_partner_types
from outwork_client.models import Detail
from workreduce_client import (
    APIError,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    ServerError,
    ValidationError,
    WorkReduceClient,
)
from workreduce_client.api.orders import cancel_order, create_order, get_order, list_orders
from workreduce_client.api.tasks import list_task_types
from workreduce_client.models import Error, NewOrderForm

from .conftest import TOKEN

SECRET = "very-secret-key-123"


def workreduce(url: str, key: str = TOKEN, **options) -> WorkReduceClient:
    return WorkReduceClient(api_key=key, base_url=url, **options)


def assert_carries(error: APIError, status: int, method: str, path: str) -> None:
    assert error.status == status == error.response.status_code
    assert error.method == method
    assert error.url.endswith(path)
    assert isinstance(error.body, dict)


def test_wrong_key_is_an_authentication_error_without_the_key(workreduce_url):
    with pytest.raises(AuthenticationError) as raised:
        list_task_types.sync(client=workreduce(workreduce_url, key=SECRET))
    error = raised.value
    assert_carries(error, 401, "GET", "/v2/tasks")
    assert error.message == "Unauthorized" and isinstance(error.model, Error)
    for text in (str(error), repr(error), *map(str, error.args)):
        assert SECRET not in text
    assert SECRET not in str(error.response.request.headers)
    assert error.response.request.headers["Authorization"] == "[redacted]"


def test_outwork_403_is_an_authentication_error_with_its_detail(outwork_url):
    client = OutworkClient(application_token=SECRET, base_url=outwork_url)
    with pytest.raises(outwork_client.AuthenticationError) as raised:
        list_partner_types.sync(client=client)
    assert raised.value.status == 403
    assert isinstance(raised.value.model, Detail)
    assert SECRET not in str(raised.value) and SECRET not in repr(raised.value)


def test_not_found_conflict_and_validation(workreduce_url):
    client = workreduce(workreduce_url)
    with pytest.raises(NotFoundError) as missing:
        get_order.sync(client=client, order_number="99999999")
    assert_carries(missing.value, 404, "GET", "/v2/orders/99999999")

    with pytest.raises(ValidationError) as invalid:
        create_order.sync(client=client, body=NewOrderForm(name="x", task_type="nope"))
    assert_carries(invalid.value, 400, "POST", "/v2/orders")
    assert list(invalid.value.errors) == ["task_type"]
    assert invalid.value.message == "Bad Request"
    assert str(invalid.value).endswith(
        ": Bad Request (task_type: Unknown task type 'nope'; see GET /v2/tasks.)"
    )

    number = create_order.sync(client=client, body=NewOrderForm(name="x", task_type="recon")).order_number
    cancel_order.sync(client=client, order_number=number)
    with pytest.raises(ConflictError) as gone:
        cancel_order.sync(client=client, order_number=number)
    assert gone.value.status == 410 and "already canceled" in gone.value.message


def test_query_parameter_errors_are_validation_errors(workreduce_url):
    with pytest.raises(ValidationError) as raised:
        list_orders.sync(client=workreduce(workreduce_url), limit=101)
    assert "limit" in raised.value.errors


def test_detailed_calls_return_the_raw_response_without_raising(workreduce_url):
    response = get_order.sync_detailed(client=workreduce(workreduce_url), order_number="99999999")
    assert response.status_code == 404 and isinstance(response.parsed, Error)
    assert b"does not exist" in response.content


def test_rate_limit_after_retries_carries_retry_after(fake_url):
    with fake_url("workreduce", misbehave="429:5:7") as url:
        client = workreduce(url, max_retries=0)
        with pytest.raises(RateLimitError) as raised:
            list_task_types.sync(client=client)
    assert raised.value.retry_after == 7.0
    assert raised.value.status == 429


def test_server_errors_are_typed_sync_and_async(fake_url):
    with fake_url("workreduce", misbehave="500:2") as url:
        client = workreduce(url)
        with pytest.raises(ServerError):
            list_task_types.sync(client=client)  # 500 is not retried: it may have been processed
        with pytest.raises(ServerError):
            asyncio.run(list_task_types.asyncio(client=client))
        assert len(list_task_types.sync(client=client)) == 2


def test_field_errors_are_read_where_the_spec_says():
    """`errors` comes from the field map `x-field-errors` names (`/errors` for WorkReduce, the body
    itself for Outwork), not from any other list-valued key of the body."""
    import httpx

    def answer(body):
        return {"transport": httpx.MockTransport(lambda request: httpx.Response(400, json=body))}

    body = {"message": "Bad Request", "errors": {"task_type": ["Unknown"]}, "hint": ["not a field"]}
    client = WorkReduceClient(api_key=TOKEN, base_url="http://test", httpx_args=answer(body))
    with pytest.raises(ValidationError) as raised:
        create_order.sync(client=client, body=NewOrderForm(name="n", task_type="x"))
    assert raised.value.errors == {"task_type": ["Unknown"]}
    loose = {"message": "Bad Request", "name": ["a list, but not under /errors"]}
    client = WorkReduceClient(api_key=TOKEN, base_url="http://test", httpx_args=answer(loose))
    with pytest.raises(ValidationError) as raised:
        create_order.sync(client=client, body=NewOrderForm(name="n", task_type="x"))
    assert raised.value.errors == {}
    assert WorkReduceClient.field_errors_at == "/errors" and OutworkClient.field_errors_at == ""

    outwork = OutworkClient(
        application_token=TOKEN,
        base_url="http://test",
        httpx_args=answer({"organization_name": ["This organization is already registered"]}),
    )
    with pytest.raises(outwork_client.ValidationError) as refused:
        list_partner_types.sync(client=outwork)
    assert refused.value.errors == {"organization_name": ["This organization is already registered"]}
