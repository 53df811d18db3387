from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerManagerUpdate")


@_attrs_define
class CustomerManagerUpdate:
    """
    Attributes:
        role_id (str): ID of the privilege group (role) the manager gets.
        permitted_workspace_ids (list[int] | Unset): IDs of the customer accounts it may access; empty or omitted means
            all.
    """

    role_id: str
    permitted_workspace_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        permitted_workspace_ids: list[int] | Unset = UNSET
        if not isinstance(self.permitted_workspace_ids, Unset):
            permitted_workspace_ids = self.permitted_workspace_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role_id": role_id,
            }
        )
        if permitted_workspace_ids is not UNSET:
            field_dict["permitted_workspace_ids"] = permitted_workspace_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_id = d.pop("role_id")

        permitted_workspace_ids = cast(list[int], d.pop("permitted_workspace_ids", UNSET))

        customer_manager_update = cls(
            role_id=role_id,
            permitted_workspace_ids=permitted_workspace_ids,
        )

        customer_manager_update.additional_properties = d
        return customer_manager_update

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
