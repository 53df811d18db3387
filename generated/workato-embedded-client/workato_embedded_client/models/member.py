from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """A member of a customer account (research S1). Only `id` is always present.

    Attributes:
        id (int): Workato assigns integer ids.
        grant_type (None | str | Unset): "team member" or "customer manager".
        role_name (None | str | Unset):
        external_id (None | str | Unset):
        name (None | str | Unset):
        email (None | str | Unset):
        time_zone (None | str | Unset):
    """

    id: int
    grant_type: None | str | Unset = UNSET
    role_name: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        grant_type: None | str | Unset
        if isinstance(self.grant_type, Unset):
            grant_type = UNSET
        else:
            grant_type = self.grant_type

        role_name: None | str | Unset
        if isinstance(self.role_name, Unset):
            role_name = UNSET
        else:
            role_name = self.role_name

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type
        if role_name is not UNSET:
            field_dict["role_name"] = role_name
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        grant_type = cast("None | str | Unset", d.pop("grant_type", UNSET))

        role_name = cast("None | str | Unset", d.pop("role_name", UNSET))

        external_id = cast("None | str | Unset", d.pop("external_id", UNSET))

        name = cast("None | str | Unset", d.pop("name", UNSET))

        email = cast("None | str | Unset", d.pop("email", UNSET))

        time_zone = cast("None | str | Unset", d.pop("time_zone", UNSET))

        member = cls(
            id=id,
            grant_type=grant_type,
            role_name=role_name,
            external_id=external_id,
            name=name,
            email=email,
            time_zone=time_zone,
        )

        member.additional_properties = d
        return member

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
