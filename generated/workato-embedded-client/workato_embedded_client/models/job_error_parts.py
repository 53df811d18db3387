from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobErrorParts")


@_attrs_define
class JobErrorParts:
    """
    Attributes:
        adapter (None | str | Unset):
        error_type (None | str | Unset):
        message (None | str | Unset):
        error_id (None | str | Unset):
        error_at (datetime.datetime | None | Unset):
        input_ (Any | Unset):
        inner_message (None | str | Unset):
    """

    adapter: None | str | Unset = UNSET
    error_type: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    error_id: None | str | Unset = UNSET
    error_at: datetime.datetime | None | Unset = UNSET
    input_: Any | Unset = UNSET
    inner_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        adapter: None | str | Unset
        if isinstance(self.adapter, Unset):
            adapter = UNSET
        else:
            adapter = self.adapter

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        else:
            error_type = self.error_type

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        error_id: None | str | Unset
        if isinstance(self.error_id, Unset):
            error_id = UNSET
        else:
            error_id = self.error_id

        error_at: None | str | Unset
        if isinstance(self.error_at, Unset):
            error_at = UNSET
        elif isinstance(self.error_at, datetime.datetime):
            error_at = self.error_at.isoformat().replace("+00:00", "Z")
        else:
            error_at = self.error_at

        input_ = self.input_

        inner_message: None | str | Unset
        if isinstance(self.inner_message, Unset):
            inner_message = UNSET
        else:
            inner_message = self.inner_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adapter is not UNSET:
            field_dict["adapter"] = adapter
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if message is not UNSET:
            field_dict["message"] = message
        if error_id is not UNSET:
            field_dict["error_id"] = error_id
        if error_at is not UNSET:
            field_dict["error_at"] = error_at
        if input_ is not UNSET:
            field_dict["input"] = input_
        if inner_message is not UNSET:
            field_dict["inner_message"] = inner_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            adapter = cast("None | str | Unset", d.pop("adapter", UNSET))

        except READ_ERRORS as _read_error:
            adapter = UNREAD
            _unread_fields = note_unread(_unread_fields, "adapter", "adapter", _read_error)

        try:
            error_type = cast("None | str | Unset", d.pop("error_type", UNSET))

        except READ_ERRORS as _read_error:
            error_type = UNREAD
            _unread_fields = note_unread(_unread_fields, "error_type", "error_type", _read_error)

        try:
            message = cast("None | str | Unset", d.pop("message", UNSET))

        except READ_ERRORS as _read_error:
            message = UNREAD
            _unread_fields = note_unread(_unread_fields, "message", "message", _read_error)

        try:
            error_id = cast("None | str | Unset", d.pop("error_id", UNSET))

        except READ_ERRORS as _read_error:
            error_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "error_id", "error_id", _read_error)

        try:
            _error_at = d.pop("error_at", UNSET)
            error_at: datetime.datetime | None | Unset
            if _error_at is None or isinstance(_error_at, Unset):
                error_at = _error_at
            else:
                try:
                    if not isinstance(_error_at, str):
                        raise TypeError()
                    error_at_type_0 = datetime.datetime.fromisoformat(_error_at)

                    error_at = error_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    error_at = cast("datetime.datetime | None | Unset", _error_at)

        except READ_ERRORS as _read_error:
            error_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "error_at", "error_at", _read_error)

        try:
            input_ = d.pop("input", UNSET)
        except READ_ERRORS as _read_error:
            input_ = UNREAD
            _unread_fields = note_unread(_unread_fields, "input_", "input", _read_error)

        try:
            inner_message = cast("None | str | Unset", d.pop("inner_message", UNSET))

        except READ_ERRORS as _read_error:
            inner_message = UNREAD
            _unread_fields = note_unread(_unread_fields, "inner_message", "inner_message", _read_error)

        job_error_parts = cls(
            adapter=adapter,
            error_type=error_type,
            message=message,
            error_id=error_id,
            error_at=error_at,
            input_=input_,
            inner_message=inner_message,
        )

        job_error_parts.additional_properties = d
        return mark_unread(job_error_parts, _unread_fields)

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
