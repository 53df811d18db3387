from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipeStartResult")


@_attrs_define
class RecipeStartResult:
    """
    Attributes:
        success (bool):
        code_errors (list[list[Any]] | Unset): Problems in the recipe's steps, each an array (`[step, [errors]]`); empty
            when it started.
        config_errors (list[list[Any]] | Unset): Problems with its connections (e.g. not authorized), each an array;
            empty when it started.
    """

    success: bool
    code_errors: list[list[Any]] | Unset = UNSET
    config_errors: list[list[Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        code_errors: list[list[Any]] | Unset = UNSET
        if not isinstance(self.code_errors, Unset):
            code_errors = []
            for code_errors_item_data in self.code_errors:
                code_errors_item = code_errors_item_data

                code_errors.append(code_errors_item)

        config_errors: list[list[Any]] | Unset = UNSET
        if not isinstance(self.config_errors, Unset):
            config_errors = []
            for config_errors_item_data in self.config_errors:
                config_errors_item = config_errors_item_data

                config_errors.append(config_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if code_errors is not UNSET:
            field_dict["code_errors"] = code_errors
        if config_errors is not UNSET:
            field_dict["config_errors"] = config_errors

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
            _code_errors = d.pop("code_errors", UNSET)
            code_errors: list[list[Any]] | Unset = UNSET
            if _code_errors is not UNSET:
                code_errors = []
                for code_errors_item_data in _code_errors:
                    code_errors_item = cast(list[Any], code_errors_item_data)

                    code_errors.append(code_errors_item)

        except READ_ERRORS as _read_error:
            code_errors = UNREAD
            _unread_fields = note_unread(_unread_fields, "code_errors", "code_errors", _read_error)

        try:
            _config_errors = d.pop("config_errors", UNSET)
            config_errors: list[list[Any]] | Unset = UNSET
            if _config_errors is not UNSET:
                config_errors = []
                for config_errors_item_data in _config_errors:
                    config_errors_item = cast(list[Any], config_errors_item_data)

                    config_errors.append(config_errors_item)

        except READ_ERRORS as _read_error:
            config_errors = UNREAD
            _unread_fields = note_unread(_unread_fields, "config_errors", "config_errors", _read_error)

        recipe_start_result = cls(
            success=success,
            code_errors=code_errors,
            config_errors=config_errors,
        )

        recipe_start_result.additional_properties = d
        return mark_unread(recipe_start_result, _unread_fields)

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
