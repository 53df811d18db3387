from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
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
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

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
        _unread_fields: dict[str, str] | None = None
        try:
            name = d.pop("name")
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            email = d.pop("email")
        except READ_ERRORS as _read_error:
            email = UNREAD
            _unread_fields = note_unread(_unread_fields, "email", "email", _read_error)

        try:
            role_name = d.pop("role_name", UNSET)
        except READ_ERRORS as _read_error:
            role_name = UNREAD
            _unread_fields = note_unread(_unread_fields, "role_name", "role_name", _read_error)

        try:
            external_id = d.pop("external_id", UNSET)
        except READ_ERRORS as _read_error:
            external_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "external_id", "external_id", _read_error)

        try:
            time_zone = d.pop("time_zone", UNSET)
        except READ_ERRORS as _read_error:
            time_zone = UNREAD
            _unread_fields = note_unread(_unread_fields, "time_zone", "time_zone", _read_error)

        member_input = cls(
            name=name,
            email=email,
            role_name=role_name,
            external_id=external_id,
            time_zone=time_zone,
        )

        member_input.additional_properties = d
        return mark_unread(member_input, _unread_fields)

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
