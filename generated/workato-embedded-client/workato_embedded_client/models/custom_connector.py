from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomConnector")


@_attrs_define
class CustomConnector:
    """
    Attributes:
        id (int): Workato assigns integer ids.
        name (str): The connector's identifier, used as a connection's `provider`.
        title (str):
        latest_released_version (int | None | Unset):
        latest_released_version_note (None | str | Unset):
        released_versions (list[CustomConnectorVersion] | Unset):
        static_webhook_url (None | str | Unset):
        oem_shared_version (int | None | Unset): The version Embedded customers get; null when none is shared.
    """

    id: int
    name: str
    title: str
    latest_released_version: int | None | Unset = UNSET
    latest_released_version_note: None | str | Unset = UNSET
    released_versions: list[CustomConnectorVersion] | Unset = UNSET
    static_webhook_url: None | str | Unset = UNSET
    oem_shared_version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        title = self.title

        latest_released_version: int | None | Unset
        if isinstance(self.latest_released_version, Unset):
            latest_released_version = UNSET
        else:
            latest_released_version = self.latest_released_version

        latest_released_version_note: None | str | Unset
        if isinstance(self.latest_released_version_note, Unset):
            latest_released_version_note = UNSET
        else:
            latest_released_version_note = self.latest_released_version_note

        released_versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.released_versions, Unset):
            released_versions = []
            for released_versions_item_data in self.released_versions:
                released_versions_item = released_versions_item_data.to_dict()
                released_versions.append(released_versions_item)

        static_webhook_url: None | str | Unset
        if isinstance(self.static_webhook_url, Unset):
            static_webhook_url = UNSET
        else:
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
            }
        )
        if latest_released_version is not UNSET:
            field_dict["latest_released_version"] = latest_released_version
        if latest_released_version_note is not UNSET:
            field_dict["latest_released_version_note"] = latest_released_version_note
        if released_versions is not UNSET:
            field_dict["released_versions"] = released_versions
        if static_webhook_url is not UNSET:
            field_dict["static_webhook_url"] = static_webhook_url
        if oem_shared_version is not UNSET:
            field_dict["oem_shared_version"] = oem_shared_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        title = d.pop("title")

        latest_released_version = cast("int | None | Unset", d.pop("latest_released_version", UNSET))

        latest_released_version_note = cast("None | str | Unset", d.pop("latest_released_version_note", UNSET))

        _released_versions = d.pop("released_versions", UNSET)
        released_versions: list[CustomConnectorVersion] | Unset = UNSET
        if _released_versions is not UNSET:
            released_versions = []
            for released_versions_item_data in _released_versions:
                released_versions_item = CustomConnectorVersion.from_dict(released_versions_item_data)

                released_versions.append(released_versions_item)

        static_webhook_url = cast("None | str | Unset", d.pop("static_webhook_url", UNSET))

        oem_shared_version = cast("int | None | Unset", d.pop("oem_shared_version", UNSET))

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
        return custom_connector

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
