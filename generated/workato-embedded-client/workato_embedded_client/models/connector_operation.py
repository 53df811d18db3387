from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectorOperation")


@_attrs_define
class ConnectorOperation:
    """A trigger or action of a connector.

    Attributes:
        name (str):
        title (str):
        deprecated (bool | Unset):
        bulk (bool | Unset):
        batch (bool | Unset):
    """

    name: str
    title: str
    deprecated: bool | Unset = UNSET
    bulk: bool | Unset = UNSET
    batch: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title = self.title

        deprecated = self.deprecated

        bulk = self.bulk

        batch = self.batch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "title": title,
            }
        )
        if deprecated is not UNSET:
            field_dict["deprecated"] = deprecated
        if bulk is not UNSET:
            field_dict["bulk"] = bulk
        if batch is not UNSET:
            field_dict["batch"] = batch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        title = d.pop("title")

        deprecated = d.pop("deprecated", UNSET)

        bulk = d.pop("bulk", UNSET)

        batch = d.pop("batch", UNSET)

        connector_operation = cls(
            name=name,
            title=title,
            deprecated=deprecated,
            bulk=bulk,
            batch=batch,
        )

        connector_operation.additional_properties = d
        return connector_operation

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
