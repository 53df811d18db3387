from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
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
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

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
        _unread_fields: dict[str, str] | None = None
        try:
            id = d.pop("id")
        except READ_ERRORS as _read_error:
            id = UNREAD
            _unread_fields = note_unread(_unread_fields, "id", "id", _read_error)

        try:
            grant_type = cast("None | str | Unset", d.pop("grant_type", UNSET))

        except READ_ERRORS as _read_error:
            grant_type = UNREAD
            _unread_fields = note_unread(_unread_fields, "grant_type", "grant_type", _read_error)

        try:
            role_name = cast("None | str | Unset", d.pop("role_name", UNSET))

        except READ_ERRORS as _read_error:
            role_name = UNREAD
            _unread_fields = note_unread(_unread_fields, "role_name", "role_name", _read_error)

        try:
            external_id = cast("None | str | Unset", d.pop("external_id", UNSET))

        except READ_ERRORS as _read_error:
            external_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "external_id", "external_id", _read_error)

        try:
            name = cast("None | str | Unset", d.pop("name", UNSET))

        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            email = cast("None | str | Unset", d.pop("email", UNSET))

        except READ_ERRORS as _read_error:
            email = UNREAD
            _unread_fields = note_unread(_unread_fields, "email", "email", _read_error)

        try:
            time_zone = cast("None | str | Unset", d.pop("time_zone", UNSET))

        except READ_ERRORS as _read_error:
            time_zone = UNREAD
            _unread_fields = note_unread(_unread_fields, "time_zone", "time_zone", _read_error)

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
        return mark_unread(member, _unread_fields)

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
