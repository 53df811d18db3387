from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKeyInput")


@_attrs_define
class ApiKeyInput:
    """An API key as a create request sends it; Workato assigns its token.

    Attributes:
        name (str): Name of the key.
        active (bool): An inactive key cannot call any API.
        ip_allow_list (list[str] | Unset): Addresses the key may call from.
        ip_deny_list (list[str] | Unset): Addresses whose calls are refused.
    """

    name: str
    active: bool
    ip_allow_list: list[str] | Unset = UNSET
    ip_deny_list: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        active = self.active

        ip_allow_list: list[str] | Unset = UNSET
        if not isinstance(self.ip_allow_list, Unset):
            ip_allow_list = []
            for ip_allow_list_item_data in self.ip_allow_list:
                ip_allow_list_item: str
                ip_allow_list_item = ip_allow_list_item_data
                ip_allow_list.append(ip_allow_list_item)

        ip_deny_list: list[str] | Unset = UNSET
        if not isinstance(self.ip_deny_list, Unset):
            ip_deny_list = []
            for ip_deny_list_item_data in self.ip_deny_list:
                ip_deny_list_item: str
                ip_deny_list_item = ip_deny_list_item_data
                ip_deny_list.append(ip_deny_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "active": active,
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
            name = d.pop("name")
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            active = d.pop("active")
        except READ_ERRORS as _read_error:
            active = UNREAD
            _unread_fields = note_unread(_unread_fields, "active", "active", _read_error)

        try:
            _ip_allow_list = d.pop("ip_allow_list", UNSET)
            ip_allow_list: list[str] | Unset = UNSET
            if _ip_allow_list is not UNSET:
                ip_allow_list = []
                for ip_allow_list_item_data in _ip_allow_list:
                    ip_allow_list_item = cast("str", ip_allow_list_item_data)

                    ip_allow_list.append(ip_allow_list_item)

        except READ_ERRORS as _read_error:
            ip_allow_list = UNREAD
            _unread_fields = note_unread(_unread_fields, "ip_allow_list", "ip_allow_list", _read_error)

        try:
            _ip_deny_list = d.pop("ip_deny_list", UNSET)
            ip_deny_list: list[str] | Unset = UNSET
            if _ip_deny_list is not UNSET:
                ip_deny_list = []
                for ip_deny_list_item_data in _ip_deny_list:
                    ip_deny_list_item = cast("str", ip_deny_list_item_data)

                    ip_deny_list.append(ip_deny_list_item)

        except READ_ERRORS as _read_error:
            ip_deny_list = UNREAD
            _unread_fields = note_unread(_unread_fields, "ip_deny_list", "ip_deny_list", _read_error)

        api_key_input = cls(
            name=name,
            active=active,
            ip_allow_list=ip_allow_list,
            ip_deny_list=ip_deny_list,
        )

        api_key_input.additional_properties = d
        return mark_unread(api_key_input, _unread_fields)

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
