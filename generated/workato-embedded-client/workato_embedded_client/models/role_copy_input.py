from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleCopyInput")


@_attrs_define
class RoleCopyInput:
    """
    Attributes:
        name (str | Unset): Name of the copy; "Copy of <name>" when omitted.
        folder_ids (list[int] | Unset): Folders the copy grants access to; the original's when omitted.
    """

    name: str | Unset = UNSET
    folder_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        folder_ids: list[int] | Unset = UNSET
        if not isinstance(self.folder_ids, Unset):
            folder_ids = self.folder_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if folder_ids is not UNSET:
            field_dict["folder_ids"] = folder_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            name = d.pop("name", UNSET)
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            folder_ids = cast(list[int], d.pop("folder_ids", UNSET))

        except READ_ERRORS as _read_error:
            folder_ids = UNREAD
            _unread_fields = note_unread(_unread_fields, "folder_ids", "folder_ids", _read_error)

        role_copy_input = cls(
            name=name,
            folder_ids=folder_ids,
        )

        role_copy_input.additional_properties = d
        return mark_unread(role_copy_input, _unread_fields)

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
