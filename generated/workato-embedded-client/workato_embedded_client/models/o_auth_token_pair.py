from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthTokenPair")


@_attrs_define
class OAuthTokenPair:
    """OAuth tokens obtained by the partner for the customer's app account.

    Attributes:
        access_token (str):
        refresh_token (str | Unset): Optional; no source bounds it (S4 names the pair only).
    """

    access_token: str
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            access_token = d.pop("access_token")
        except READ_ERRORS as _read_error:
            access_token = UNREAD
            _unread_fields = note_unread(_unread_fields, "access_token", "access_token", _read_error)

        try:
            refresh_token = d.pop("refresh_token", UNSET)
        except READ_ERRORS as _read_error:
            refresh_token = UNREAD
            _unread_fields = note_unread(_unread_fields, "refresh_token", "refresh_token", _read_error)

        o_auth_token_pair = cls(
            access_token=access_token,
            refresh_token=refresh_token,
        )

        o_auth_token_pair.additional_properties = d
        return mark_unread(o_auth_token_pair, _unread_fields)

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
