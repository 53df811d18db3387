from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute

T = TypeVar("T", bound="CustomConnectorVersion")


@_attrs_define
class CustomConnectorVersion:
    """
    Attributes:
        version (int):
        version_note (None | str):
        created_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        released_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
    """

    version: int
    version_note: None | str
    created_at: datetime.datetime
    released_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        version_note: None | str
        version_note = self.version_note

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        released_at = self.released_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "version_note": version_note,
                "created_at": created_at,
                "released_at": released_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            version = d.pop("version")
        except READ_ERRORS as _read_error:
            version = UNREAD
            _unread_fields = note_unread(_unread_fields, "version", "version", _read_error)

        try:
            version_note = cast("None | str", d.pop("version_note"))

        except READ_ERRORS as _read_error:
            version_note = UNREAD
            _unread_fields = note_unread(_unread_fields, "version_note", "version_note", _read_error)

        try:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        except READ_ERRORS as _read_error:
            created_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "created_at", "created_at", _read_error)

        try:
            released_at = datetime.datetime.fromisoformat(d.pop("released_at"))

        except READ_ERRORS as _read_error:
            released_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "released_at", "released_at", _read_error)

        custom_connector_version = cls(
            version=version,
            version_note=version_note,
            created_at=created_at,
            released_at=released_at,
        )

        custom_connector_version.additional_properties = d
        return mark_unread(custom_connector_version, _unread_fields)

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
