from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiEndpoint")


@_attrs_define
class ApiEndpoint:
    """
    Attributes:
        id (int): Workato assigns integer ids.
        api_collection_id (int): Workato assigns integer ids.
        flow_id (int): Workato assigns integer ids.
        name (str):
        method (str): The HTTP method, e.g. `GET`.
        url (str):
        base_path (str):
        path (str):
        active (bool):
        legacy (bool):
        created_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        updated_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        legacy_url (None | str | Unset): The endpoint's former URL, if any.
    """

    id: int
    api_collection_id: int
    flow_id: int
    name: str
    method: str
    url: str
    base_path: str
    path: str
    active: bool
    legacy: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    legacy_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        api_collection_id = self.api_collection_id

        flow_id = self.flow_id

        name = self.name

        method = self.method

        url = self.url

        base_path = self.base_path

        path = self.path

        active = self.active

        legacy = self.legacy

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        legacy_url: None | str | Unset
        if isinstance(self.legacy_url, Unset):
            legacy_url = UNSET
        else:
            legacy_url = self.legacy_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "api_collection_id": api_collection_id,
                "flow_id": flow_id,
                "name": name,
                "method": method,
                "url": url,
                "base_path": base_path,
                "path": path,
                "active": active,
                "legacy": legacy,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if legacy_url is not UNSET:
            field_dict["legacy_url"] = legacy_url

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
            api_collection_id = d.pop("api_collection_id")
        except READ_ERRORS as _read_error:
            api_collection_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "api_collection_id", "api_collection_id", _read_error)

        try:
            flow_id = d.pop("flow_id")
        except READ_ERRORS as _read_error:
            flow_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "flow_id", "flow_id", _read_error)

        try:
            name = d.pop("name")
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            method = d.pop("method")
        except READ_ERRORS as _read_error:
            method = UNREAD
            _unread_fields = note_unread(_unread_fields, "method", "method", _read_error)

        try:
            url = d.pop("url")
        except READ_ERRORS as _read_error:
            url = UNREAD
            _unread_fields = note_unread(_unread_fields, "url", "url", _read_error)

        try:
            base_path = d.pop("base_path")
        except READ_ERRORS as _read_error:
            base_path = UNREAD
            _unread_fields = note_unread(_unread_fields, "base_path", "base_path", _read_error)

        try:
            path = d.pop("path")
        except READ_ERRORS as _read_error:
            path = UNREAD
            _unread_fields = note_unread(_unread_fields, "path", "path", _read_error)

        try:
            active = d.pop("active")
        except READ_ERRORS as _read_error:
            active = UNREAD
            _unread_fields = note_unread(_unread_fields, "active", "active", _read_error)

        try:
            legacy = d.pop("legacy")
        except READ_ERRORS as _read_error:
            legacy = UNREAD
            _unread_fields = note_unread(_unread_fields, "legacy", "legacy", _read_error)

        try:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        except READ_ERRORS as _read_error:
            created_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "created_at", "created_at", _read_error)

        try:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        except READ_ERRORS as _read_error:
            updated_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "updated_at", "updated_at", _read_error)

        try:
            legacy_url = cast("None | str | Unset", d.pop("legacy_url", UNSET))

        except READ_ERRORS as _read_error:
            legacy_url = UNREAD
            _unread_fields = note_unread(_unread_fields, "legacy_url", "legacy_url", _read_error)

        api_endpoint = cls(
            id=id,
            api_collection_id=api_collection_id,
            flow_id=flow_id,
            name=name,
            method=method,
            url=url,
            base_path=base_path,
            path=path,
            active=active,
            legacy=legacy,
            created_at=created_at,
            updated_at=updated_at,
            legacy_url=legacy_url,
        )

        api_endpoint.additional_properties = d
        return mark_unread(api_endpoint, _unread_fields)

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
