from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, read_enum, unread_attribute
from ..models.package_operation_type import PackageOperationType
from ..models.package_status import PackageStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Package")


@_attrs_define
class Package:
    """An export or import and its progress.

    Attributes:
        id (int): Workato assigns integer ids.
        operation_type (PackageOperationType):
        status (PackageStatus): An export or import moves from in_progress (or processing) to completed or failed.
        export_manifest_id (int | None | Unset):
        download_url (None | str | Unset): Where to download the zip of a completed export; null before.
        error (None | str | Unset): Why a failed package failed; null otherwise.
        recipe_status (list[RecipeImportStatus] | Unset):
    """

    id: int
    operation_type: PackageOperationType
    status: PackageStatus
    export_manifest_id: int | None | Unset = UNSET
    download_url: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    recipe_status: list[RecipeImportStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        operation_type = self.operation_type.value

        status = self.status.value

        export_manifest_id: int | None | Unset
        if isinstance(self.export_manifest_id, Unset):
            export_manifest_id = UNSET
        else:
            export_manifest_id = self.export_manifest_id

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        recipe_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recipe_status, Unset):
            recipe_status = []
            for recipe_status_item_data in self.recipe_status:
                recipe_status_item = recipe_status_item_data.to_dict()
                recipe_status.append(recipe_status_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "operation_type": operation_type,
                "status": status,
            }
        )
        if export_manifest_id is not UNSET:
            field_dict["export_manifest_id"] = export_manifest_id
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if error is not UNSET:
            field_dict["error"] = error
        if recipe_status is not UNSET:
            field_dict["recipe_status"] = recipe_status

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
            operation_type = read_enum(PackageOperationType, d.pop("operation_type"))

        except READ_ERRORS as _read_error:
            operation_type = UNREAD
            _unread_fields = note_unread(_unread_fields, "operation_type", "operation_type", _read_error)

        try:
            status = read_enum(PackageStatus, d.pop("status"))

        except READ_ERRORS as _read_error:
            status = UNREAD
            _unread_fields = note_unread(_unread_fields, "status", "status", _read_error)

        try:
            export_manifest_id = cast("int | None | Unset", d.pop("export_manifest_id", UNSET))

        except READ_ERRORS as _read_error:
            export_manifest_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "export_manifest_id", "export_manifest_id", _read_error)

        try:
            download_url = cast("None | str | Unset", d.pop("download_url", UNSET))

        except READ_ERRORS as _read_error:
            download_url = UNREAD
            _unread_fields = note_unread(_unread_fields, "download_url", "download_url", _read_error)

        try:
            error = cast("None | str | Unset", d.pop("error", UNSET))

        except READ_ERRORS as _read_error:
            error = UNREAD
            _unread_fields = note_unread(_unread_fields, "error", "error", _read_error)

        try:
            _recipe_status = d.pop("recipe_status", UNSET)
            recipe_status: list[RecipeImportStatus] | Unset = UNSET
            if _recipe_status is not UNSET:
                recipe_status = []
                for recipe_status_item_data in _recipe_status:
                    recipe_status_item = RecipeImportStatus.from_dict(recipe_status_item_data)

                    recipe_status.append(recipe_status_item)

        except READ_ERRORS as _read_error:
            recipe_status = UNREAD
            _unread_fields = note_unread(_unread_fields, "recipe_status", "recipe_status", _read_error)

        package = cls(
            id=id,
            operation_type=operation_type,
            status=status,
            export_manifest_id=export_manifest_id,
            download_url=download_url,
            error=error,
            recipe_status=recipe_status,
        )

        package.additional_properties = d
        return mark_unread(package, _unread_fields)

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


from ..models.recipe_import_status import RecipeImportStatus  # noqa: E402
