from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """
    Attributes:
        id (int): Workato assigns integer ids.
        name (str):
        auth_type (str): How the key authenticates (`token` for keys Workato issues).
        active (bool):
        active_since (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        auth_token (str): The key's token; a refresh replaces it.
        ip_allow_list (list[str] | Unset):
        ip_deny_list (list[str] | Unset):
    """

    id: int
    name: str
    auth_type: str
    active: bool
    active_since: datetime.datetime
    auth_token: str
    ip_allow_list: list[str] | Unset = UNSET
    ip_deny_list: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        auth_type = self.auth_type

        active = self.active

        active_since = self.active_since.isoformat().replace("+00:00", "Z")

        auth_token = self.auth_token

        ip_allow_list: list[str] | Unset = UNSET
        if not isinstance(self.ip_allow_list, Unset):
            ip_allow_list = self.ip_allow_list

        ip_deny_list: list[str] | Unset = UNSET
        if not isinstance(self.ip_deny_list, Unset):
            ip_deny_list = self.ip_deny_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "auth_type": auth_type,
                "active": active,
                "active_since": active_since,
                "auth_token": auth_token,
            }
        )
        if ip_allow_list is not UNSET:
            field_dict["ip_allow_list"] = ip_allow_list
        if ip_deny_list is not UNSET:
            field_dict["ip_deny_list"] = ip_deny_list

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
            name = d.pop("name")
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            auth_type = d.pop("auth_type")
        except READ_ERRORS as _read_error:
            auth_type = UNREAD
            _unread_fields = note_unread(_unread_fields, "auth_type", "auth_type", _read_error)

        try:
            active = d.pop("active")
        except READ_ERRORS as _read_error:
            active = UNREAD
            _unread_fields = note_unread(_unread_fields, "active", "active", _read_error)

        try:
            active_since = datetime.datetime.fromisoformat(d.pop("active_since"))

        except READ_ERRORS as _read_error:
            active_since = UNREAD
            _unread_fields = note_unread(_unread_fields, "active_since", "active_since", _read_error)

        try:
            auth_token = d.pop("auth_token")
        except READ_ERRORS as _read_error:
            auth_token = UNREAD
            _unread_fields = note_unread(_unread_fields, "auth_token", "auth_token", _read_error)

        try:
            ip_allow_list = cast(list[str], d.pop("ip_allow_list", UNSET))

        except READ_ERRORS as _read_error:
            ip_allow_list = UNREAD
            _unread_fields = note_unread(_unread_fields, "ip_allow_list", "ip_allow_list", _read_error)

        try:
            ip_deny_list = cast(list[str], d.pop("ip_deny_list", UNSET))

        except READ_ERRORS as _read_error:
            ip_deny_list = UNREAD
            _unread_fields = note_unread(_unread_fields, "ip_deny_list", "ip_deny_list", _read_error)

        api_key = cls(
            id=id,
            name=name,
            auth_type=auth_type,
            active=active,
            active_since=active_since,
            auth_token=auth_token,
            ip_allow_list=ip_allow_list,
            ip_deny_list=ip_deny_list,
        )

        api_key.additional_properties = d
        return mark_unread(api_key, _unread_fields)

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
