from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
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
        origin_url (str | Unset): Origin of the partner's iframe embedding Workato, a URL (no source says Workato
            refuses another string).
    """

    name: str
    notification_email: str
    plan_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    origin_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

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
        _unread_fields: dict[str, str] | None = None
        try:
            name = d.pop("name")
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            notification_email = d.pop("notification_email")
        except READ_ERRORS as _read_error:
            notification_email = UNREAD
            _unread_fields = note_unread(_unread_fields, "notification_email", "notification_email", _read_error)

        try:
            plan_id = d.pop("plan_id", UNSET)
        except READ_ERRORS as _read_error:
            plan_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "plan_id", "plan_id", _read_error)

        try:
            external_id = d.pop("external_id", UNSET)
        except READ_ERRORS as _read_error:
            external_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "external_id", "external_id", _read_error)

        try:
            origin_url = d.pop("origin_url", UNSET)
        except READ_ERRORS as _read_error:
            origin_url = UNREAD
            _unread_fields = note_unread(_unread_fields, "origin_url", "origin_url", _read_error)

        customer_input = cls(
            name=name,
            notification_email=notification_email,
            plan_id=plan_id,
            external_id=external_id,
            origin_url=origin_url,
        )

        customer_input.additional_properties = d
        return mark_unread(customer_input, _unread_fields)

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
