from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_endpoint_method import ApiEndpointMethod

T = TypeVar("T", bound="ApiEndpoint")


@_attrs_define
class ApiEndpoint:
    """
    Attributes:
        id (int): Workato assigns integer ids.
        api_collection_id (int): Workato assigns integer ids.
        flow_id (int): Workato assigns integer ids.
        name (str):
        method (ApiEndpointMethod):
        url (str):
        legacy_url (None | str):
        base_path (str):
        path (str):
        active (bool):
        legacy (bool):
        created_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        updated_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
    """

    id: int
    api_collection_id: int
    flow_id: int
    name: str
    method: ApiEndpointMethod
    url: str
    legacy_url: None | str
    base_path: str
    path: str
    active: bool
    legacy: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        api_collection_id = self.api_collection_id

        flow_id = self.flow_id

        name = self.name

        method = self.method.value

        url = self.url

        legacy_url: None | str
        legacy_url = self.legacy_url

        base_path = self.base_path

        path = self.path

        active = self.active

        legacy = self.legacy

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "api_collection_id": api_collection_id,
                "flow_id": flow_id,
                "name": name,
                "method": method,
                "url": url,
                "legacy_url": legacy_url,
                "base_path": base_path,
                "path": path,
                "active": active,
                "legacy": legacy,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        api_collection_id = d.pop("api_collection_id")

        flow_id = d.pop("flow_id")

        name = d.pop("name")

        method = ApiEndpointMethod(d.pop("method"))

        url = d.pop("url")

        legacy_url = cast("None | str", d.pop("legacy_url"))

        base_path = d.pop("base_path")

        path = d.pop("path")

        active = d.pop("active")

        legacy = d.pop("legacy")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        api_endpoint = cls(
            id=id,
            api_collection_id=api_collection_id,
            flow_id=flow_id,
            name=name,
            method=method,
            url=url,
            legacy_url=legacy_url,
            base_path=base_path,
            path=path,
            active=active,
            legacy=legacy,
            created_at=created_at,
            updated_at=updated_at,
        )

        api_endpoint.additional_properties = d
        return api_endpoint

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
