from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute

T = TypeVar("T", bound="ApiCollectionImportResults")


@_attrs_define
class ApiCollectionImportResults:
    """Only in create's answer: what the import of `openapi_spec` built.

    Attributes:
        success (bool):
        total_endpoints (int):
        failed_endpoints (int):
        failed_actions (list[str]):
    """

    success: bool
    total_endpoints: int
    failed_endpoints: int
    failed_actions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        total_endpoints = self.total_endpoints

        failed_endpoints = self.failed_endpoints

        failed_actions = self.failed_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "total_endpoints": total_endpoints,
                "failed_endpoints": failed_endpoints,
                "failed_actions": failed_actions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            success = d.pop("success")
        except READ_ERRORS as _read_error:
            success = UNREAD
            _unread_fields = note_unread(_unread_fields, "success", "success", _read_error)

        try:
            total_endpoints = d.pop("total_endpoints")
        except READ_ERRORS as _read_error:
            total_endpoints = UNREAD
            _unread_fields = note_unread(_unread_fields, "total_endpoints", "total_endpoints", _read_error)

        try:
            failed_endpoints = d.pop("failed_endpoints")
        except READ_ERRORS as _read_error:
            failed_endpoints = UNREAD
            _unread_fields = note_unread(_unread_fields, "failed_endpoints", "failed_endpoints", _read_error)

        try:
            failed_actions = cast(list[str], d.pop("failed_actions"))

        except READ_ERRORS as _read_error:
            failed_actions = UNREAD
            _unread_fields = note_unread(_unread_fields, "failed_actions", "failed_actions", _read_error)

        api_collection_import_results = cls(
            success=success,
            total_endpoints=total_endpoints,
            failed_endpoints=failed_endpoints,
            failed_actions=failed_actions,
        )

        api_collection_import_results.additional_properties = d
        return mark_unread(api_collection_import_results, _unread_fields)

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
