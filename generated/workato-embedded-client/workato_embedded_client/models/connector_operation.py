from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectorOperation")


@_attrs_define
class ConnectorOperation:
    """A trigger or action of a connector (the published spec's `ConnectorAction`).

    Attributes:
        name (str):
        deprecated (bool):
        bulk (bool):
        batch (bool):
        title (None | str | Unset):
    """

    name: str
    deprecated: bool
    bulk: bool
    batch: bool
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        deprecated = self.deprecated

        bulk = self.bulk

        batch = self.batch

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "deprecated": deprecated,
                "bulk": bulk,
                "batch": batch,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            name = d.pop("name")
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            deprecated = d.pop("deprecated")
        except READ_ERRORS as _read_error:
            deprecated = UNREAD
            _unread_fields = note_unread(_unread_fields, "deprecated", "deprecated", _read_error)

        try:
            bulk = d.pop("bulk")
        except READ_ERRORS as _read_error:
            bulk = UNREAD
            _unread_fields = note_unread(_unread_fields, "bulk", "bulk", _read_error)

        try:
            batch = d.pop("batch")
        except READ_ERRORS as _read_error:
            batch = UNREAD
            _unread_fields = note_unread(_unread_fields, "batch", "batch", _read_error)

        try:
            title = cast("None | str | Unset", d.pop("title", UNSET))

        except READ_ERRORS as _read_error:
            title = UNREAD
            _unread_fields = note_unread(_unread_fields, "title", "title", _read_error)

        connector_operation = cls(
            name=name,
            deprecated=deprecated,
            bulk=bulk,
            batch=batch,
            title=title,
        )

        connector_operation.additional_properties = d
        return mark_unread(connector_operation, _unread_fields)

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
