from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipeFields")


@_attrs_define
class RecipeFields:
    """
    Attributes:
        name (str | Unset):
        code (str | Unset): The recipe's steps as JSON text (a JSON object), as Workato exports it.
        config (str | Unset): The connectors and connections as JSON text (a JSON array of RecipeConfigEntry).
        folder_id (int | Unset): Workato assigns integer ids.
        description (str | Unset):
    """

    name: str | Unset = UNSET
    code: str | Unset = UNSET
    config: str | Unset = UNSET
    folder_id: int | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code = self.code

        config = self.config

        folder_id = self.folder_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if config is not UNSET:
            field_dict["config"] = config
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if description is not UNSET:
            field_dict["description"] = description

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
            code = d.pop("code", UNSET)
        except READ_ERRORS as _read_error:
            code = UNREAD
            _unread_fields = note_unread(_unread_fields, "code", "code", _read_error)

        try:
            config = d.pop("config", UNSET)
        except READ_ERRORS as _read_error:
            config = UNREAD
            _unread_fields = note_unread(_unread_fields, "config", "config", _read_error)

        try:
            folder_id = d.pop("folder_id", UNSET)
        except READ_ERRORS as _read_error:
            folder_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "folder_id", "folder_id", _read_error)

        try:
            description = d.pop("description", UNSET)
        except READ_ERRORS as _read_error:
            description = UNREAD
            _unread_fields = note_unread(_unread_fields, "description", "description", _read_error)

        recipe_fields = cls(
            name=name,
            code=code,
            config=config,
            folder_id=folder_id,
            description=description,
        )

        recipe_fields.additional_properties = d
        return mark_unread(recipe_fields, _unread_fields)

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
