from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerInput")


@_attrs_define
class CustomerInput:
    """A new customer account (research S2 create section).

    Attributes:
        name (str): Name of the customer account.
        notification_email (str): Where Workato sends the account's notifications.
        plan_id (str | Unset): The plan; the partner's default plan when omitted.
        external_id (str | Unset): The partner's own id for the customer; addresses the account as `E<external_id>`.
            Unique per partner.
        origin_url (str | Unset): Origin of the partner's iframe embedding Workato.
    """

    name: str
    notification_email: str
    plan_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    origin_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        notification_email = self.notification_email

        plan_id = self.plan_id

        external_id = self.external_id

        origin_url = self.origin_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "notification_email": notification_email,
            }
        )
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if origin_url is not UNSET:
            field_dict["origin_url"] = origin_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        notification_email = d.pop("notification_email")

        plan_id = d.pop("plan_id", UNSET)

        external_id = d.pop("external_id", UNSET)

        origin_url = d.pop("origin_url", UNSET)

        customer_input = cls(
            name=name,
            notification_email=notification_email,
            plan_id=plan_id,
            external_id=external_id,
            origin_url=origin_url,
        )

        customer_input.additional_properties = d
        return customer_input

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
