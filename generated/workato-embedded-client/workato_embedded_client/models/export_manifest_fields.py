from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportManifestFields")


@_attrs_define
class ExportManifestFields:
    """
    Attributes:
        name (str | Unset):
        assets (list[ExportManifestAsset] | Unset):
        folder_id (int | Unset): Workato assigns integer ids.
        include_test_cases (bool | Unset): Default: `false` (the server's, when not sent).
        auto_generate_assets (bool | Unset): Default: `false` (the server's, when not sent).
        include_data (bool | Unset): Default: `false` (the server's, when not sent).
        include_tags (bool | Unset): Default: `false` (the server's, when not sent).
    """

    name: str | Unset = UNSET
    assets: list[ExportManifestAsset] | Unset = UNSET
    folder_id: int | Unset = UNSET
    include_test_cases: bool | Unset = UNSET
    auto_generate_assets: bool | Unset = UNSET
    include_data: bool | Unset = UNSET
    include_tags: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        folder_id = self.folder_id

        include_test_cases = self.include_test_cases

        auto_generate_assets = self.auto_generate_assets

        include_data = self.include_data

        include_tags = self.include_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if assets is not UNSET:
            field_dict["assets"] = assets
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if include_test_cases is not UNSET:
            field_dict["include_test_cases"] = include_test_cases
        if auto_generate_assets is not UNSET:
            field_dict["auto_generate_assets"] = auto_generate_assets
        if include_data is not UNSET:
            field_dict["include_data"] = include_data
        if include_tags is not UNSET:
            field_dict["include_tags"] = include_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            name = d.pop("name", UNSET)
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

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

        try:
            folder_id = d.pop("folder_id", UNSET)
        except READ_ERRORS as _read_error:
            folder_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "folder_id", "folder_id", _read_error)

        try:
            include_test_cases = d.pop("include_test_cases", UNSET)
        except READ_ERRORS as _read_error:
            include_test_cases = UNREAD
            _unread_fields = note_unread(_unread_fields, "include_test_cases", "include_test_cases", _read_error)

        try:
            auto_generate_assets = d.pop("auto_generate_assets", UNSET)
        except READ_ERRORS as _read_error:
            auto_generate_assets = UNREAD
            _unread_fields = note_unread(_unread_fields, "auto_generate_assets", "auto_generate_assets", _read_error)

        try:
            include_data = d.pop("include_data", UNSET)
        except READ_ERRORS as _read_error:
            include_data = UNREAD
            _unread_fields = note_unread(_unread_fields, "include_data", "include_data", _read_error)

        try:
            include_tags = d.pop("include_tags", UNSET)
        except READ_ERRORS as _read_error:
            include_tags = UNREAD
            _unread_fields = note_unread(_unread_fields, "include_tags", "include_tags", _read_error)

        export_manifest_fields = cls(
            name=name,
            assets=assets,
            folder_id=folder_id,
            include_test_cases=include_test_cases,
            auto_generate_assets=auto_generate_assets,
            include_data=include_data,
            include_tags=include_tags,
        )

        export_manifest_fields.additional_properties = d
        return mark_unread(export_manifest_fields, _unread_fields)

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
