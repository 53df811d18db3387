from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute

T = TypeVar("T", bound="TaskType")


@_attrs_define
class TaskType:
    """
    Attributes:
        task_type (str):
        task_type_category (str):
        description (str):
    """

    task_type: str
    task_type_category: str
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        task_type_category = self.task_type_category

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "task_type_category": task_type_category,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            task_type = d.pop("task_type")
        except READ_ERRORS as _read_error:
            task_type = UNREAD
            _unread_fields = note_unread(_unread_fields, "task_type", "task_type", _read_error)

        try:
            task_type_category = d.pop("task_type_category")
        except READ_ERRORS as _read_error:
            task_type_category = UNREAD
            _unread_fields = note_unread(_unread_fields, "task_type_category", "task_type_category", _read_error)

        try:
            description = d.pop("description")
        except READ_ERRORS as _read_error:
            description = UNREAD
            _unread_fields = note_unread(_unread_fields, "description", "description", _read_error)

        task_type = cls(
            task_type=task_type,
            task_type_category=task_type_category,
            description=description,
        )

        task_type.additional_properties = d
        return mark_unread(task_type, _unread_fields)

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
