from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        name = d.pop("name", UNSET)

        code = d.pop("code", UNSET)

        config = d.pop("config", UNSET)

        folder_id = d.pop("folder_id", UNSET)

        description = d.pop("description", UNSET)

        recipe_fields = cls(
            name=name,
            code=code,
            config=config,
            folder_id=folder_id,
            description=description,
        )

        recipe_fields.additional_properties = d
        return recipe_fields

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
