from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipeImportStatus")


@_attrs_define
class RecipeImportStatus:
    """
    Attributes:
        id (int | Unset): Workato assigns integer ids.
        import_result (str | Unset): What the import did to the recipe: no_update_or_updated_without_restart, restarted,
            stopped or restart_failed.
    """

    id: int | Unset = UNSET
    import_result: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        import_result = self.import_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if import_result is not UNSET:
            field_dict["import_result"] = import_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        import_result = d.pop("import_result", UNSET)

        recipe_import_status = cls(
            id=id,
            import_result=import_result,
        )

        recipe_import_status.additional_properties = d
        return recipe_import_status

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
