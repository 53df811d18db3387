from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipeConfigEntry")


@_attrs_define
class RecipeConfigEntry:
    """A connector the recipe uses and, in `account_id`, the connection it uses for it.

    Attributes:
        keyword (str | Unset):
        name (str | Unset):
        provider (str | Unset):
        skip_validation (bool | Unset):
        account_id (int | None | Unset):
    """

    keyword: str | Unset = UNSET
    name: str | Unset = UNSET
    provider: str | Unset = UNSET
    skip_validation: bool | Unset = UNSET
    account_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        keyword = self.keyword

        name = self.name

        provider = self.provider

        skip_validation = self.skip_validation

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if name is not UNSET:
            field_dict["name"] = name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if skip_validation is not UNSET:
            field_dict["skip_validation"] = skip_validation
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            keyword = d.pop("keyword", UNSET)
        except READ_ERRORS as _read_error:
            keyword = UNREAD
            _unread_fields = note_unread(_unread_fields, "keyword", "keyword", _read_error)

        try:
            name = d.pop("name", UNSET)
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            provider = d.pop("provider", UNSET)
        except READ_ERRORS as _read_error:
            provider = UNREAD
            _unread_fields = note_unread(_unread_fields, "provider", "provider", _read_error)

        try:
            skip_validation = d.pop("skip_validation", UNSET)
        except READ_ERRORS as _read_error:
            skip_validation = UNREAD
            _unread_fields = note_unread(_unread_fields, "skip_validation", "skip_validation", _read_error)

        try:
            account_id = cast("int | None | Unset", d.pop("account_id", UNSET))

        except READ_ERRORS as _read_error:
            account_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "account_id", "account_id", _read_error)

        recipe_config_entry = cls(
            keyword=keyword,
            name=name,
            provider=provider,
            skip_validation=skip_validation,
            account_id=account_id,
        )

        recipe_config_entry.additional_properties = d
        return mark_unread(recipe_config_entry, _unread_fields)

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
