"""Every operation of the three clients through the facade (`client.<tag>.<method>`), sync and async,
against the fakes; and, for every client, that each method mirrors its functional module exactly."""

from __future__ import annotations

import asyncio
import importlib
import inspect
from pathlib import Path
from types import ModuleType
from typing import Any

import outwork_client
import pytest
import workato_platform_client
import workreduce_client
from outwork_client import AsyncOutworkClient, OutworkClient
from outwork_client.models import ApplicationAccepted, PartnerApplication
from workato_platform_client import AsyncWorkatoPlatformClient, WorkatoPlatformClient
from workato_platform_client.models import (
    AccessProfileInput,
    ApiClientInput,
    ApiCollectionInput,
    AuthType,
    Success,
)
from workreduce_client import AsyncWorkReduceClient, NotFoundError, WorkReduceClient
from workreduce_client.api.orders import get_order, list_orders
from workreduce_client.models import NewOrderForm, OrderStatus, OrderUpdateForm

from .conftest import TOKEN

PROJECT, RUNNING_ENDPOINT, SEEDED_COLLECTION = "523144", 1213, 1391


def test_workreduce_every_operation_sync(workreduce_url):
    client = WorkReduceClient(api_key=TOKEN, base_url=workreduce_url)
    assert {t.task_type for t in client.tasks.list_types()} >= {"qa_screenshot", "recon"}
    numbers = [
        client.orders.create(body=NewOrderForm(name=f"o{i}", task_type="recon")).order_number
        for i in range(3)
    ]
    order = client.orders.get(numbers[0])
    assert order == get_order.sync(client=client, order_number=numbers[0])  # facade == functional
    assert order.name == "o0" and order.status == OrderStatus.ACTIVATED
    assert client.orders.update(numbers[0], body=OrderUpdateForm(name="renamed")).order_number == numbers[0]
    assert client.orders.get(numbers[0]).name == "renamed"
    assert [o.order_number for o in client.orders.list(limit=2)] == numbers[:0:-1]
    assert client.orders.list(limit=2) == list_orders.sync(client=client, limit=2)
    assert [o.order_number for o in client.orders.list_all(limit=2)] == numbers[::-1]
    assert client.orders.cancel(numbers[1]).order_number == numbers[1]
    assert client.orders.get(numbers[1]).status == OrderStatus.CLIENT_CANCELED
    with pytest.raises(NotFoundError):
        client.orders.get("99999999")


def test_workreduce_every_operation_async(workreduce_url):
    async def scenario() -> tuple[list[str], list[str], str, str]:
        async with AsyncWorkReduceClient(api_key=TOKEN, base_url=workreduce_url) as client:
            types = [t.task_type for t in await client.tasks.list_types()]
            created = await client.orders.create(body=NewOrderForm(name="a", task_type="recon"))
            number = created.order_number
            await client.orders.update(number, body=OrderUpdateForm(name="b"))
            listed = [o.order_number async for o in client.orders.list_all()]
            assert [o.order_number for o in await client.orders.list()] == listed
            canceled = await client.orders.cancel(number)
            got = await client.orders.get(number)
            return types, listed, canceled.order_number, f"{got.name} {got.status}"

    types, listed, canceled, got = asyncio.run(scenario())
    assert "recon" in types and listed == [canceled]
    assert got == f"b {OrderStatus.CLIENT_CANCELED}"


def application(**fields: Any) -> PartnerApplication:
    return PartnerApplication(
        organization_name=fields.pop("organization_name", "Doe, Inc."),
        organization_domain=fields.pop("organization_domain", "example.com"),
        first_name="John",
        last_name="Doe",
        email="jdoe@example.com",
        partner_type=fields.pop("partner_type", "Tech Partner"),
    )


def test_outwork_every_operation_sync_and_async(outwork_url):
    client = OutworkClient(application_token=TOKEN, base_url=outwork_url)
    assert [t.name for t in client.partner_types.list()] == ["Default", "Tech Partner"]
    assert isinstance(client.applications.apply_partner(body=application()), ApplicationAccepted)
    with pytest.raises(outwork_client.ValidationError) as raised:
        client.applications.apply_partner(
            body=application(partner_type="Nope", organization_name="X", organization_domain="x.example")
        )
    assert "partner_type" in raised.value.errors

    async def scenario() -> tuple[list[str], object]:
        async with AsyncOutworkClient(application_token=TOKEN, base_url=outwork_url) as aclient:
            names = [t.name for t in await aclient.partner_types.list()]
            accepted = await aclient.applications.apply_partner(
                body=application(organization_name="Y", organization_domain="y.example")
            )
            return names, accepted

    names, accepted = asyncio.run(scenario())
    assert names == ["Default", "Tech Partner"] and isinstance(accepted, ApplicationAccepted)


def test_workato_platform_every_operation_sync(fake_url):
    with fake_url("workato-platform") as url:
        client = WorkatoPlatformClient(api_token=TOKEN, base_url=url)
        collection = client.api_collections.create(project_id=PROJECT, body=ApiCollectionInput(name="C"))
        assert collection.id in {c.id for c in client.api_collections.list_all()}
        assert collection.id in {c.id for c in client.api_collections.list(per_page=100)}
        endpoints = client.api_endpoints.list(api_collection_id=SEEDED_COLLECTION)
        assert RUNNING_ENDPOINT in {e.id for e in endpoints}
        assert [e.id for e in client.api_endpoints.list_all(api_collection_id=SEEDED_COLLECTION)] == [
            e.id for e in endpoints
        ]
        assert client.api_endpoints.enable(RUNNING_ENDPOINT) == Success(success=True)
        assert client.api_endpoints.disable(RUNNING_ENDPOINT) == Success(success=True)
        api_client = client.api_clients.create(project_id=PROJECT, body=ApiClientInput(name="partner"))
        assert api_client.id in {c.id for c in client.api_clients.list()}
        body = AccessProfileInput(
            name="p", api_collection_ids=[collection.id], active=True, auth_type=AuthType.TOKEN
        )
        profile = client.api_access_profiles.create(api_client_id=api_client.id, body=body)
        assert profile.secret
        listed = client.api_access_profiles.list(api_client_id=api_client.id)
        assert [p.id for p in listed] == [profile.id]
        assert [p.id for p in client.api_access_profiles.list_all(api_client_id=api_client.id)] == [
            profile.id
        ]
        body.name = "renamed"
        assert client.api_access_profiles.update(profile.id, body=body).name == "renamed"
        assert client.api_access_profiles.disable(profile.id).success
        assert client.api_access_profiles.enable(profile.id).success
        assert client.api_access_profiles.refresh_secret(profile.id).secret != profile.secret


def test_workato_platform_async(fake_url):
    with fake_url("workato-platform") as url:

        async def scenario() -> tuple[int, list[int], int]:
            async with AsyncWorkatoPlatformClient(api_token=TOKEN, base_url=url) as client:
                made = await client.api_collections.create(
                    project_id=PROJECT, body=ApiCollectionInput(name="A")
                )
                every = [c.id async for c in client.api_collections.list_all()]
                clients = await client.api_clients.list()
                return made.id, every, len(clients)

        made, every, clients = asyncio.run(scenario())
    assert made in every and clients >= 1


def functional_module(method: Any) -> ModuleType:
    """The `api.<tag>.<operation>` module a facade method calls (the module-level name in its body)."""
    function = method.__func__
    (module,) = [
        function.__globals__[name]
        for name in function.__code__.co_names
        if isinstance(function.__globals__.get(name), ModuleType)
    ]
    return module


@pytest.mark.parametrize("package", [outwork_client, workato_platform_client, workreduce_client])
def test_every_method_mirrors_its_functional_module(package):
    """Same parameters (names, kinds, annotations, defaults) and return type as `sync` / `asyncio`,
    the spec's summary in the docstring; every operation of the spec is a method of both clients."""
    name = next(n for n in package.__all__ if n.startswith("Async"))
    api_dir = Path(importlib.import_module(f"{package.__name__}.api").__path__[0])
    operations = {p.stem for p in api_dir.glob("*/*.py") if p.stem != "__init__"}
    for kind, client_class in (
        ("sync", getattr(package, name.removeprefix("Async"))),
        ("async", getattr(package, name)),
    ):
        client = client_class(**{client_class.credential_field: "t"}, base_url="http://x")
        seen = set()
        for field in client_class.__attrs_attrs__:
            resource = getattr(client, field.name)
            if not type(resource).__name__.endswith("Resource"):
                continue
            for method_name, method in inspect.getmembers(resource, inspect.ismethod):
                if method_name.startswith("_") or method_name.endswith("_all"):
                    continue
                module = functional_module(method)
                target = module.asyncio if kind == "async" else module.sync
                assert inspect.iscoroutinefunction(method) == (kind == "async")
                mine = inspect.signature(method, eval_str=True)
                theirs = inspect.signature(target, eval_str=True)
                expected = [p for p in theirs.parameters.values() if p.name != "client"]
                assert list(mine.parameters.values()) == expected, f"{field.name}.{method_name}"
                assert mine.return_annotation == theirs.return_annotation
                summary = (target.__doc__ or "").strip().splitlines()[0]
                assert summary and summary in (method.__doc__ or "")
                assert module.__name__.split(".")[-2] == field.name  # the resource of its tag
                seen.add(module.__name__.rsplit(".", 1)[-1])
        assert seen == operations, kind
