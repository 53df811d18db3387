from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        organization_name = d.pop("organization_name")

        organization_domain = d.pop("organization_domain")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        email = d.pop("email")

        partner_type = d.pop("partner_type", UNSET)

        comment = d.pop("comment", UNSET)

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
        return partner_application

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
