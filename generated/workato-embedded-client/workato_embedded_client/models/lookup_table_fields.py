from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="LookupTableFields")


@_attrs_define
class LookupTableFields:
    """
    Attributes:
        name (str):
        schema (list[LookupTableColumn]):
        project_id (int | Unset): Workato assigns integer ids.
    """

    name: str
    schema: list[LookupTableColumn]
    project_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        schema = []
        for schema_item_data in self.schema:
            schema_item = schema_item_data.to_dict()
            schema.append(schema_item)

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "schema": schema,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

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
            schema = []
            _schema = d.pop("schema")
            for schema_item_data in _schema:
                schema_item = LookupTableColumn.from_dict(schema_item_data)

                schema.append(schema_item)

        except READ_ERRORS as _read_error:
            schema = UNREAD
            _unread_fields = note_unread(_unread_fields, "schema", "schema", _read_error)

        try:
            project_id = d.pop("project_id", UNSET)
        except READ_ERRORS as _read_error:
            project_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "project_id", "project_id", _read_error)

        lookup_table_fields = cls(
            name=name,
            schema=schema,
            project_id=project_id,
        )

        lookup_table_fields.additional_properties = d
        return mark_unread(lookup_table_fields, _unread_fields)

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


from ..models.lookup_table_column import LookupTableColumn  # noqa: E402
