from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomConnector")


@_attrs_define
class CustomConnector:
    """
    Attributes:
        id (int): Workato assigns integer ids.
        name (str): The connector's identifier, used as a connection's `provider`.
        title (str):
        latest_released_version (int):
        latest_released_version_note (None | str):
        released_versions (list[CustomConnectorVersion]):
        static_webhook_url (None | str):
        oem_shared_version (int | None | Unset): The version Embedded customers get; null when none is shared.
    """

    id: int
    name: str
    title: str
    latest_released_version: int
    latest_released_version_note: None | str
    released_versions: list[CustomConnectorVersion]
    static_webhook_url: None | str
    oem_shared_version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        title = self.title

        latest_released_version = self.latest_released_version

        latest_released_version_note: None | str
        latest_released_version_note = self.latest_released_version_note

        released_versions = []
        for released_versions_item_data in self.released_versions:
            released_versions_item = released_versions_item_data.to_dict()
            released_versions.append(released_versions_item)

        static_webhook_url: None | str
        static_webhook_url = self.static_webhook_url

        oem_shared_version: int | None | Unset
        if isinstance(self.oem_shared_version, Unset):
            oem_shared_version = UNSET
        else:
            oem_shared_version = self.oem_shared_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "title": title,
                "latest_released_version": latest_released_version,
                "latest_released_version_note": latest_released_version_note,
                "released_versions": released_versions,
                "static_webhook_url": static_webhook_url,
            }
        )
        if oem_shared_version is not UNSET:
            field_dict["oem_shared_version"] = oem_shared_version

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
            name = d.pop("name")
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            title = d.pop("title")
        except READ_ERRORS as _read_error:
            title = UNREAD
            _unread_fields = note_unread(_unread_fields, "title", "title", _read_error)

        try:
            latest_released_version = d.pop("latest_released_version")
        except READ_ERRORS as _read_error:
            latest_released_version = UNREAD
            _unread_fields = note_unread(
                _unread_fields, "latest_released_version", "latest_released_version", _read_error
            )

        try:
            latest_released_version_note = cast("None | str", d.pop("latest_released_version_note"))

        except READ_ERRORS as _read_error:
            latest_released_version_note = UNREAD
            _unread_fields = note_unread(
                _unread_fields, "latest_released_version_note", "latest_released_version_note", _read_error
            )

        try:
            released_versions = []
            _released_versions = d.pop("released_versions")
            for released_versions_item_data in _released_versions:
                released_versions_item = CustomConnectorVersion.from_dict(released_versions_item_data)

                released_versions.append(released_versions_item)

        except READ_ERRORS as _read_error:
            released_versions = UNREAD
            _unread_fields = note_unread(_unread_fields, "released_versions", "released_versions", _read_error)

        try:
            static_webhook_url = cast("None | str", d.pop("static_webhook_url"))

        except READ_ERRORS as _read_error:
            static_webhook_url = UNREAD
            _unread_fields = note_unread(_unread_fields, "static_webhook_url", "static_webhook_url", _read_error)

        try:
            oem_shared_version = cast("int | None | Unset", d.pop("oem_shared_version", UNSET))

        except READ_ERRORS as _read_error:
            oem_shared_version = UNREAD
            _unread_fields = note_unread(_unread_fields, "oem_shared_version", "oem_shared_version", _read_error)

        custom_connector = cls(
            id=id,
            name=name,
            title=title,
            latest_released_version=latest_released_version,
            latest_released_version_note=latest_released_version_note,
            released_versions=released_versions,
            static_webhook_url=static_webhook_url,
            oem_shared_version=oem_shared_version,
        )

        custom_connector.additional_properties = d
        return mark_unread(custom_connector, _unread_fields)

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


from ..models.custom_connector_version import CustomConnectorVersion  # noqa: E402
