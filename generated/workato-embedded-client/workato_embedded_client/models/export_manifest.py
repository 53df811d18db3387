from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportManifest")


@_attrs_define
class ExportManifest:
    """
    Attributes:
        id (int): Workato assigns integer ids.
        name (str):
        last_exported_at (datetime.datetime | None):
        created_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        updated_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        deleted_at (datetime.datetime | None):
        project_path (str): The folder path of the manifest's folder; empty without `folder_id`.
        status (str): The manifest's state, e.g. `working`.
        assets (list[ExportManifestAsset] | Unset):
    """

    id: int
    name: str
    last_exported_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    deleted_at: datetime.datetime | None
    project_path: str
    status: str
    assets: list[ExportManifestAsset] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        last_exported_at: None | str
        if isinstance(self.last_exported_at, datetime.datetime):
            last_exported_at = self.last_exported_at.isoformat().replace("+00:00", "Z")
        else:
            last_exported_at = self.last_exported_at

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        deleted_at: None | str
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat().replace("+00:00", "Z")
        else:
            deleted_at = self.deleted_at

        project_path = self.project_path

        status = self.status

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "last_exported_at": last_exported_at,
                "created_at": created_at,
                "updated_at": updated_at,
                "deleted_at": deleted_at,
                "project_path": project_path,
                "status": status,
            }
        )
        if assets is not UNSET:
            field_dict["assets"] = assets

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
            _last_exported_at = d.pop("last_exported_at")
            last_exported_at: datetime.datetime | None
            if _last_exported_at is None:
                last_exported_at = _last_exported_at
            else:
                try:
                    if not isinstance(_last_exported_at, str):
                        raise TypeError()
                    last_exported_at_type_0 = datetime.datetime.fromisoformat(_last_exported_at)

                    last_exported_at = last_exported_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    last_exported_at = cast("datetime.datetime | None", _last_exported_at)

        except READ_ERRORS as _read_error:
            last_exported_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "last_exported_at", "last_exported_at", _read_error)

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
            _deleted_at = d.pop("deleted_at")
            deleted_at: datetime.datetime | None
            if _deleted_at is None:
                deleted_at = _deleted_at
            else:
                try:
                    if not isinstance(_deleted_at, str):
                        raise TypeError()
                    deleted_at_type_0 = datetime.datetime.fromisoformat(_deleted_at)

                    deleted_at = deleted_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    deleted_at = cast("datetime.datetime | None", _deleted_at)

        except READ_ERRORS as _read_error:
            deleted_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "deleted_at", "deleted_at", _read_error)

        try:
            project_path = d.pop("project_path")
        except READ_ERRORS as _read_error:
            project_path = UNREAD
            _unread_fields = note_unread(_unread_fields, "project_path", "project_path", _read_error)

        try:
            status = d.pop("status")
        except READ_ERRORS as _read_error:
            status = UNREAD
            _unread_fields = note_unread(_unread_fields, "status", "status", _read_error)

        try:
            _assets = d.pop("assets", UNSET)
            assets: list[ExportManifestAsset] | Unset = UNSET
            if _assets is not UNSET:
                assets = []
                for assets_item_data in _assets:
                    assets_item = ExportManifestAsset.from_dict(assets_item_data)

                    assets.append(assets_item)

        except READ_ERRORS as _read_error:
            assets = UNREAD
            _unread_fields = note_unread(_unread_fields, "assets", "assets", _read_error)

        export_manifest = cls(
            id=id,
            name=name,
            last_exported_at=last_exported_at,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            project_path=project_path,
            status=status,
            assets=assets,
        )

        export_manifest.additional_properties = d
        return mark_unread(export_manifest, _unread_fields)

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


from ..models.export_manifest_asset import ExportManifestAsset  # noqa: E402
