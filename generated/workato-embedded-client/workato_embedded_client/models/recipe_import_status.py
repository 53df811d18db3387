from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, read_enum, unread_attribute
from ..models.recipe_import_status_import_result import RecipeImportStatusImportResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipeImportStatus")


@_attrs_define
class RecipeImportStatus:
    """
    Attributes:
        id (int | Unset): Workato assigns integer ids.
        import_result (RecipeImportStatusImportResult | Unset): What the import did to the recipe.
    """

    id: int | Unset = UNSET
    import_result: RecipeImportStatusImportResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        import_result: str | Unset = UNSET
        if not isinstance(self.import_result, Unset):
            import_result = self.import_result.value

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
        _unread_fields: dict[str, str] | None = None
        try:
            id = d.pop("id", UNSET)
        except READ_ERRORS as _read_error:
            id = UNREAD
            _unread_fields = note_unread(_unread_fields, "id", "id", _read_error)

        try:
            _import_result = d.pop("import_result", UNSET)
            import_result: RecipeImportStatusImportResult | Unset
            if isinstance(_import_result, Unset):
                import_result = UNSET
            else:
                import_result = read_enum(RecipeImportStatusImportResult, _import_result)

        except READ_ERRORS as _read_error:
            import_result = UNREAD
            _unread_fields = note_unread(_unread_fields, "import_result", "import_result", _read_error)

        recipe_import_status = cls(
            id=id,
            import_result=import_result,
        )

        recipe_import_status.additional_properties = d
        return mark_unread(recipe_import_status, _unread_fields)

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
