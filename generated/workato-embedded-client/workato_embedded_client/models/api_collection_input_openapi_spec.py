from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, read_enum, unread_attribute
from ..models.api_collection_input_openapi_spec_format import ApiCollectionInputOpenapiSpecFormat

T = TypeVar("T", bound="ApiCollectionInputOpenapiSpec")


@_attrs_define
class ApiCollectionInputOpenapiSpec:
    """An OpenAPI document to build the collection's endpoints and recipes from.

    Attributes:
        content (str): The document as JSON or YAML text.
        format_ (ApiCollectionInputOpenapiSpecFormat):
    """

    content: str
    format_: ApiCollectionInputOpenapiSpecFormat
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            content = d.pop("content")
        except READ_ERRORS as _read_error:
            content = UNREAD
            _unread_fields = note_unread(_unread_fields, "content", "content", _read_error)

        try:
            format_ = read_enum(ApiCollectionInputOpenapiSpecFormat, d.pop("format"))

        except READ_ERRORS as _read_error:
            format_ = UNREAD
            _unread_fields = note_unread(_unread_fields, "format_", "format", _read_error)

        api_collection_input_openapi_spec = cls(
            content=content,
            format_=format_,
        )

        api_collection_input_openapi_spec.additional_properties = d
        return mark_unread(api_collection_input_openapi_spec, _unread_fields)

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
