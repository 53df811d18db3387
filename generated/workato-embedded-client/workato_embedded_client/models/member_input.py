from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberInput")


@_attrs_define
class MemberInput:
    """
    Attributes:
        name (str):
        email (str):
        role_name (str | Unset): A role of the account (system or custom).
        external_id (str | Unset): The partner's own id for the member.
        time_zone (str | Unset):
    """

    name: str
    email: str
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
        field_dict.update(
            {
                "name": name,
                "email": email,
            }
        )
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
        name = d.pop("name")

        email = d.pop("email")

        role_name = d.pop("role_name", UNSET)

        external_id = d.pop("external_id", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        member_input = cls(
            name=name,
            email=email,
            role_name=role_name,
            external_id=external_id,
            time_zone=time_zone,
        )

        member_input.additional_properties = d
        return member_input

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
