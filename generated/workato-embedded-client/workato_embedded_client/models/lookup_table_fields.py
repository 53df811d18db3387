from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        name = d.pop("name")

        schema = []
        _schema = d.pop("schema")
        for schema_item_data in _schema:
            schema_item = LookupTableColumn.from_dict(schema_item_data)

            schema.append(schema_item)

        project_id = d.pop("project_id", UNSET)

        lookup_table_fields = cls(
            name=name,
            schema=schema,
            project_id=project_id,
        )

        lookup_table_fields.additional_properties = d
        return lookup_table_fields

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
