from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Workato's error body. Validation failures may add `errors`: field name → its messages, a list
    or a single message.

        Attributes:
            message (str):
            errors (ErrorErrors | Unset):
    """

    message: str
    errors: ErrorErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            message = d.pop("message")
        except READ_ERRORS as _read_error:
            message = UNREAD
            _unread_fields = note_unread(_unread_fields, "message", "message", _read_error)

        try:
            _errors = d.pop("errors", UNSET)
            errors: ErrorErrors | Unset
            if isinstance(_errors, Unset):
                errors = UNSET
            else:
                errors = ErrorErrors.from_dict(_errors)

        except READ_ERRORS as _read_error:
            errors = UNREAD
            _unread_fields = note_unread(_unread_fields, "errors", "errors", _read_error)

        error = cls(
            message=message,
            errors=errors,
        )

        error.additional_properties = d
        return mark_unread(error, _unread_fields)

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


from ..models.error_errors import ErrorErrors  # noqa: E402
