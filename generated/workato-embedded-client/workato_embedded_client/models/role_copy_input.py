from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        name = d.pop("name", UNSET)

        folder_ids = cast(list[int], d.pop("folder_ids", UNSET))

        role_copy_input = cls(
            name=name,
            folder_ids=folder_ids,
        )

        role_copy_input.additional_properties = d
        return role_copy_input

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
