from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiCollectionInput")


@_attrs_define
class ApiCollectionInput:
    """
    Attributes:
        name (str): Name of the collection.
        proxy_connection_id (int | Unset): Workato assigns integer ids.
        openapi_spec (ApiCollectionInputOpenapiSpec | Unset): An OpenAPI document to build the collection's endpoints
            and recipes from.
    """

    name: str
    proxy_connection_id: int | Unset = UNSET
    openapi_spec: ApiCollectionInputOpenapiSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        proxy_connection_id = self.proxy_connection_id

        openapi_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openapi_spec, Unset):
            openapi_spec = self.openapi_spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if proxy_connection_id is not UNSET:
            field_dict["proxy_connection_id"] = proxy_connection_id
        if openapi_spec is not UNSET:
            field_dict["openapi_spec"] = openapi_spec

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
            proxy_connection_id = d.pop("proxy_connection_id", UNSET)
        except READ_ERRORS as _read_error:
            proxy_connection_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "proxy_connection_id", "proxy_connection_id", _read_error)

        try:
            _openapi_spec = d.pop("openapi_spec", UNSET)
            openapi_spec: ApiCollectionInputOpenapiSpec | Unset
            if isinstance(_openapi_spec, Unset):
                openapi_spec = UNSET
            else:
                openapi_spec = ApiCollectionInputOpenapiSpec.from_dict(_openapi_spec)

        except READ_ERRORS as _read_error:
            openapi_spec = UNREAD
            _unread_fields = note_unread(_unread_fields, "openapi_spec", "openapi_spec", _read_error)

        api_collection_input = cls(
            name=name,
            proxy_connection_id=proxy_connection_id,
            openapi_spec=openapi_spec,
        )

        api_collection_input.additional_properties = d
        return mark_unread(api_collection_input, _unread_fields)

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


from ..models.api_collection_input_openapi_spec import ApiCollectionInputOpenapiSpec  # noqa: E402
