from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberUpdate")


@_attrs_define
class MemberUpdate:
    """
    Attributes:
        name (str | Unset):
        email (str | Unset):
        role_name (str | Unset):
        external_id (str | Unset):
        time_zone (str | Unset):
    """

    name: str | Unset = UNSET
    email: str | Unset = UNSET
    role_name: str | Unset = UNSET
    external_id: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        role_name = self.role_name

        external_id = self.external_id

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if role_name is not UNSET:
            field_dict["role_name"] = role_name
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        role_name = d.pop("role_name", UNSET)

        external_id = d.pop("external_id", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        member_update = cls(
            name=name,
            email=email,
            role_name=role_name,
            external_id=external_id,
            time_zone=time_zone,
        )

        member_update.additional_properties = d
        return member_update

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
