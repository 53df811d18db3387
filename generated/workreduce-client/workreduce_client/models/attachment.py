from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """
    Attributes:
        created_at (datetime.datetime):
        url (str):
        name (str | Unset): File name as uploaded (not in the page's examples).
        size (int | Unset): Size in bytes (not in the page's examples).
        content_type (str | Unset): Media type as uploaded (not in the page's examples).
    """

    created_at: datetime.datetime
    url: str
    name: str | Unset = UNSET
    size: int | Unset = UNSET
    content_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        url = self.url

        name = self.name

        size = self.size

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "url": url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        except READ_ERRORS as _read_error:
            created_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "created_at", "created_at", _read_error)

        try:
            url = d.pop("url")
        except READ_ERRORS as _read_error:
            url = UNREAD
            _unread_fields = note_unread(_unread_fields, "url", "url", _read_error)

        try:
            name = d.pop("name", UNSET)
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            size = d.pop("size", UNSET)
        except READ_ERRORS as _read_error:
            size = UNREAD
            _unread_fields = note_unread(_unread_fields, "size", "size", _read_error)

        try:
            content_type = d.pop("content_type", UNSET)
        except READ_ERRORS as _read_error:
            content_type = UNREAD
            _unread_fields = note_unread(_unread_fields, "content_type", "content_type", _read_error)

        attachment = cls(
            created_at=created_at,
            url=url,
            name=name,
            size=size,
            content_type=content_type,
        )

        attachment.additional_properties = d
        return mark_unread(attachment, _unread_fields)

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
