from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="LookupTableRow")


@_attrs_define
class LookupTableRow:
    """
    Attributes:
        id (int): Workato assigns integer ids.
        data (LookupTableRowData): Column label → value. Lookup tables hold text.
        created_at (datetime.datetime | Unset): ISO 8601 with the account's UTC offset, e.g.
            `2020-06-15T22:20:15.327-07:00`.
        updated_at (datetime.datetime | Unset): ISO 8601 with the account's UTC offset, e.g.
            `2020-06-15T22:20:15.327-07:00`.
    """

    id: int
    data: LookupTableRowData
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        data = self.data.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "data": data,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
            data = LookupTableRowData.from_dict(d.pop("data"))

        except READ_ERRORS as _read_error:
            data = UNREAD
            _unread_fields = note_unread(_unread_fields, "data", "data", _read_error)

        try:
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except READ_ERRORS as _read_error:
            created_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "created_at", "created_at", _read_error)

        try:
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except READ_ERRORS as _read_error:
            updated_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "updated_at", "updated_at", _read_error)

        lookup_table_row = cls(
            id=id,
            data=data,
            created_at=created_at,
            updated_at=updated_at,
        )

        lookup_table_row.additional_properties = d
        return mark_unread(lookup_table_row, _unread_fields)

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


from ..models.lookup_table_row_data import LookupTableRowData  # noqa: E402
