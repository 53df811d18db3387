from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, read_enum, unread_attribute
from ..models.export_manifest_asset_type import ExportManifestAssetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportManifestAsset")


@_attrs_define
class ExportManifestAsset:
    """
    Attributes:
        id (int): Workato assigns integer ids.
        type_ (ExportManifestAssetType):
        checked (bool | Unset): Whether the asset is packed. Default: `true` (the server's, when not sent).
        version (int | Unset): The asset's version; the latest when left out.
        folder (str | Unset): The folder holding the asset. Default: `""` (the server's, when not sent).
        absolute_path (str | Unset): The asset's path in the account, e.g. `All projects/Sync`; the root when left out.
        root_folder (bool | Unset): Default: `false` (the server's, when not sent).
        unreachable (bool | Unset): Default: `false` (the server's, when not sent).
        zip_name (str | Unset): File name in the zip; `asset_<index>.<type>.json` when left out.
    """

    id: int
    type_: ExportManifestAssetType
    checked: bool | Unset = UNSET
    version: int | Unset = UNSET
    folder: str | Unset = UNSET
    absolute_path: str | Unset = UNSET
    root_folder: bool | Unset = UNSET
    unreachable: bool | Unset = UNSET
    zip_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        checked = self.checked

        version = self.version

        folder = self.folder

        absolute_path = self.absolute_path

        root_folder = self.root_folder

        unreachable = self.unreachable

        zip_name = self.zip_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if checked is not UNSET:
            field_dict["checked"] = checked
        if version is not UNSET:
            field_dict["version"] = version
        if folder is not UNSET:
            field_dict["folder"] = folder
        if absolute_path is not UNSET:
            field_dict["absolute_path"] = absolute_path
        if root_folder is not UNSET:
            field_dict["root_folder"] = root_folder
        if unreachable is not UNSET:
            field_dict["unreachable"] = unreachable
        if zip_name is not UNSET:
            field_dict["zip_name"] = zip_name

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
            type_ = read_enum(ExportManifestAssetType, d.pop("type"))

        except READ_ERRORS as _read_error:
            type_ = UNREAD
            _unread_fields = note_unread(_unread_fields, "type_", "type", _read_error)

        try:
            checked = d.pop("checked", UNSET)
        except READ_ERRORS as _read_error:
            checked = UNREAD
            _unread_fields = note_unread(_unread_fields, "checked", "checked", _read_error)

        try:
            version = d.pop("version", UNSET)
        except READ_ERRORS as _read_error:
            version = UNREAD
            _unread_fields = note_unread(_unread_fields, "version", "version", _read_error)

        try:
            folder = d.pop("folder", UNSET)
        except READ_ERRORS as _read_error:
            folder = UNREAD
            _unread_fields = note_unread(_unread_fields, "folder", "folder", _read_error)

        try:
            absolute_path = d.pop("absolute_path", UNSET)
        except READ_ERRORS as _read_error:
            absolute_path = UNREAD
            _unread_fields = note_unread(_unread_fields, "absolute_path", "absolute_path", _read_error)

        try:
            root_folder = d.pop("root_folder", UNSET)
        except READ_ERRORS as _read_error:
            root_folder = UNREAD
            _unread_fields = note_unread(_unread_fields, "root_folder", "root_folder", _read_error)

        try:
            unreachable = d.pop("unreachable", UNSET)
        except READ_ERRORS as _read_error:
            unreachable = UNREAD
            _unread_fields = note_unread(_unread_fields, "unreachable", "unreachable", _read_error)

        try:
            zip_name = d.pop("zip_name", UNSET)
        except READ_ERRORS as _read_error:
            zip_name = UNREAD
            _unread_fields = note_unread(_unread_fields, "zip_name", "zip_name", _read_error)

        export_manifest_asset = cls(
            id=id,
            type_=type_,
            checked=checked,
            version=version,
            folder=folder,
            absolute_path=absolute_path,
            root_folder=root_folder,
            unreachable=unreachable,
            zip_name=zip_name,
        )

        export_manifest_asset.additional_properties = d
        return mark_unread(export_manifest_asset, _unread_fields)

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
