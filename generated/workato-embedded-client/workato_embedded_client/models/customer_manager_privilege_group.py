from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerManagerPrivilegeGroup")


@_attrs_define
class CustomerManagerPrivilegeGroup:
    """
    Attributes:
        id (int): Workato assigns integer ids.
        name (None | str | Unset):
        system (bool | None | Unset):
    """

    id: int
    name: None | str | Unset = UNSET
    system: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        system: bool | None | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        else:
            system = self.system

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if system is not UNSET:
            field_dict["system"] = system

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
            name = cast("None | str | Unset", d.pop("name", UNSET))

        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            system = cast("bool | None | Unset", d.pop("system", UNSET))

        except READ_ERRORS as _read_error:
            system = UNREAD
            _unread_fields = note_unread(_unread_fields, "system", "system", _read_error)

        customer_manager_privilege_group = cls(
            id=id,
            name=name,
            system=system,
        )

        customer_manager_privilege_group.additional_properties = d
        return mark_unread(customer_manager_privilege_group, _unread_fields)

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
