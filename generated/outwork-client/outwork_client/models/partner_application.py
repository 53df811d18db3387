from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerApplication")


@_attrs_define
class PartnerApplication:
    """
    Attributes:
        organization_name (str): Partner's company name (e.g. Doe Inc.)
        organization_domain (str): Partner's company domain (e.g. example.com)
        first_name (str): Partner's contact first name
        last_name (str): Partner's contact last name
        email (str): Partner's contact email address
        partner_type (str | Unset): Name of one of the instance's partner types
        comment (str | Unset): Partner application text message
    """

    organization_name: str
    organization_domain: str
    first_name: str
    last_name: str
    email: str
    partner_type: str | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        organization_name = self.organization_name

        organization_domain = self.organization_domain

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        partner_type = self.partner_type

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_name": organization_name,
                "organization_domain": organization_domain,
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
            }
        )
        if partner_type is not UNSET:
            field_dict["partner_type"] = partner_type
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            organization_name = d.pop("organization_name")
        except READ_ERRORS as _read_error:
            organization_name = UNREAD
            _unread_fields = note_unread(_unread_fields, "organization_name", "organization_name", _read_error)

        try:
            organization_domain = d.pop("organization_domain")
        except READ_ERRORS as _read_error:
            organization_domain = UNREAD
            _unread_fields = note_unread(_unread_fields, "organization_domain", "organization_domain", _read_error)

        try:
            first_name = d.pop("first_name")
        except READ_ERRORS as _read_error:
            first_name = UNREAD
            _unread_fields = note_unread(_unread_fields, "first_name", "first_name", _read_error)

        try:
            last_name = d.pop("last_name")
        except READ_ERRORS as _read_error:
            last_name = UNREAD
            _unread_fields = note_unread(_unread_fields, "last_name", "last_name", _read_error)

        try:
            email = d.pop("email")
        except READ_ERRORS as _read_error:
            email = UNREAD
            _unread_fields = note_unread(_unread_fields, "email", "email", _read_error)

        try:
            partner_type = d.pop("partner_type", UNSET)
        except READ_ERRORS as _read_error:
            partner_type = UNREAD
            _unread_fields = note_unread(_unread_fields, "partner_type", "partner_type", _read_error)

        try:
            comment = d.pop("comment", UNSET)
        except READ_ERRORS as _read_error:
            comment = UNREAD
            _unread_fields = note_unread(_unread_fields, "comment", "comment", _read_error)

        partner_application = cls(
            organization_name=organization_name,
            organization_domain=organization_domain,
            first_name=first_name,
            last_name=last_name,
            email=email,
            partner_type=partner_type,
            comment=comment,
        )

        partner_application.additional_properties = d
        return mark_unread(partner_application, _unread_fields)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
