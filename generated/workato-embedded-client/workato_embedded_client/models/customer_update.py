from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerUpdate")


@_attrs_define
class CustomerUpdate:
    """Changes to a customer account (research S1 update page): only the fields sent change, and
    `null` clears a field.

        Attributes:
            name (str | Unset):
            notification_email (str | Unset):
            admin_notification_emails (None | str | Unset): Comma-separated emails of the account's admins.
            error_notification_emails (None | str | Unset): Comma-separated emails for recipe errors (development
                environment only).
            in_trial (bool | None | Unset): Move the account to or from the free trial plan.
            task_limit_adjustment (int | None | Unset): Adjusts the task limit of the current billing period only; may be
                negative.
            custom_task_limit (int | None | Unset): Overrides the plan's task limit; must exceed the current usage.
            current_billing_period_start (datetime.date | None | Unset): Start date of the billing period (ISO 8601 date,
                e.g. 2021-12-31).
            external_id (None | str | Unset):
            origin_url (None | str | Unset): A URL, as on create (no format is promised).
            frame_ancestors (None | str | Unset): Comma-separated origins allowed to frame Workato (the CSP `frame-
                ancestors` header).
            full_embedding (bool | None | Unset): Send end users to `origin_url`; null inherits the partner's setting.
            environments (list[CustomerUpdateEnvironmentsType0Item] | None | Unset): Overrides for the account's test and
                production environments.
    """

    name: str | Unset = UNSET
    notification_email: str | Unset = UNSET
    admin_notification_emails: None | str | Unset = UNSET
    error_notification_emails: None | str | Unset = UNSET
    in_trial: bool | None | Unset = UNSET
    task_limit_adjustment: int | None | Unset = UNSET
    custom_task_limit: int | None | Unset = UNSET
    current_billing_period_start: datetime.date | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    origin_url: None | str | Unset = UNSET
    frame_ancestors: None | str | Unset = UNSET
    full_embedding: bool | None | Unset = UNSET
    environments: list[CustomerUpdateEnvironmentsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        notification_email = self.notification_email

        admin_notification_emails: None | str | Unset
        if isinstance(self.admin_notification_emails, Unset):
            admin_notification_emails = UNSET
        else:
            admin_notification_emails = self.admin_notification_emails

        error_notification_emails: None | str | Unset
        if isinstance(self.error_notification_emails, Unset):
            error_notification_emails = UNSET
        else:
            error_notification_emails = self.error_notification_emails

        in_trial: bool | None | Unset
        if isinstance(self.in_trial, Unset):
            in_trial = UNSET
        else:
            in_trial = self.in_trial

        task_limit_adjustment: int | None | Unset
        if isinstance(self.task_limit_adjustment, Unset):
            task_limit_adjustment = UNSET
        else:
            task_limit_adjustment = self.task_limit_adjustment

        custom_task_limit: int | None | Unset
        if isinstance(self.custom_task_limit, Unset):
            custom_task_limit = UNSET
        else:
            custom_task_limit = self.custom_task_limit

        current_billing_period_start: None | str | Unset
        if isinstance(self.current_billing_period_start, Unset):
            current_billing_period_start = UNSET
        elif isinstance(self.current_billing_period_start, datetime.date):
            current_billing_period_start = self.current_billing_period_start.isoformat()
        else:
            current_billing_period_start = self.current_billing_period_start

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        origin_url: None | str | Unset
        if isinstance(self.origin_url, Unset):
            origin_url = UNSET
        else:
            origin_url = self.origin_url

        frame_ancestors: None | str | Unset
        if isinstance(self.frame_ancestors, Unset):
            frame_ancestors = UNSET
        else:
            frame_ancestors = self.frame_ancestors

        full_embedding: bool | None | Unset
        if isinstance(self.full_embedding, Unset):
            full_embedding = UNSET
        else:
            full_embedding = self.full_embedding

        environments: list[dict[str, Any]] | None | Unset
        if isinstance(self.environments, Unset):
            environments = UNSET
        elif isinstance(self.environments, list):
            environments = []
            for environments_type_0_item_data in self.environments:
                environments_type_0_item = environments_type_0_item_data.to_dict()
                environments.append(environments_type_0_item)

        else:
            environments = self.environments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if notification_email is not UNSET:
            field_dict["notification_email"] = notification_email
        if admin_notification_emails is not UNSET:
            field_dict["admin_notification_emails"] = admin_notification_emails
        if error_notification_emails is not UNSET:
            field_dict["error_notification_emails"] = error_notification_emails
        if in_trial is not UNSET:
            field_dict["in_trial"] = in_trial
        if task_limit_adjustment is not UNSET:
            field_dict["task_limit_adjustment"] = task_limit_adjustment
        if custom_task_limit is not UNSET:
            field_dict["custom_task_limit"] = custom_task_limit
        if current_billing_period_start is not UNSET:
            field_dict["current_billing_period_start"] = current_billing_period_start
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if origin_url is not UNSET:
            field_dict["origin_url"] = origin_url
        if frame_ancestors is not UNSET:
            field_dict["frame_ancestors"] = frame_ancestors
        if full_embedding is not UNSET:
            field_dict["full_embedding"] = full_embedding
        if environments is not UNSET:
            field_dict["environments"] = environments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            name = d.pop("name", UNSET)
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            notification_email = d.pop("notification_email", UNSET)
        except READ_ERRORS as _read_error:
            notification_email = UNREAD
            _unread_fields = note_unread(_unread_fields, "notification_email", "notification_email", _read_error)

        try:
            admin_notification_emails = cast("None | str | Unset", d.pop("admin_notification_emails", UNSET))

        except READ_ERRORS as _read_error:
            admin_notification_emails = UNREAD
            _unread_fields = note_unread(
                _unread_fields, "admin_notification_emails", "admin_notification_emails", _read_error
            )

        try:
            error_notification_emails = cast("None | str | Unset", d.pop("error_notification_emails", UNSET))

        except READ_ERRORS as _read_error:
            error_notification_emails = UNREAD
            _unread_fields = note_unread(
                _unread_fields, "error_notification_emails", "error_notification_emails", _read_error
            )

        try:
            in_trial = cast("bool | None | Unset", d.pop("in_trial", UNSET))

        except READ_ERRORS as _read_error:
            in_trial = UNREAD
            _unread_fields = note_unread(_unread_fields, "in_trial", "in_trial", _read_error)

        try:
            task_limit_adjustment = cast("int | None | Unset", d.pop("task_limit_adjustment", UNSET))

        except READ_ERRORS as _read_error:
            task_limit_adjustment = UNREAD
            _unread_fields = note_unread(_unread_fields, "task_limit_adjustment", "task_limit_adjustment", _read_error)

        try:
            custom_task_limit = cast("int | None | Unset", d.pop("custom_task_limit", UNSET))

        except READ_ERRORS as _read_error:
            custom_task_limit = UNREAD
            _unread_fields = note_unread(_unread_fields, "custom_task_limit", "custom_task_limit", _read_error)

        try:
            _current_billing_period_start = d.pop("current_billing_period_start", UNSET)
            current_billing_period_start: datetime.date | None | Unset
            if _current_billing_period_start is None or isinstance(_current_billing_period_start, Unset):
                current_billing_period_start = _current_billing_period_start
            else:
                try:
                    if not isinstance(_current_billing_period_start, str):
                        raise TypeError()
                    current_billing_period_start_type_0 = datetime.date.fromisoformat(_current_billing_period_start)

                    current_billing_period_start = current_billing_period_start_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    current_billing_period_start = cast("datetime.date | None | Unset", _current_billing_period_start)

        except READ_ERRORS as _read_error:
            current_billing_period_start = UNREAD
            _unread_fields = note_unread(
                _unread_fields, "current_billing_period_start", "current_billing_period_start", _read_error
            )

        try:
            external_id = cast("None | str | Unset", d.pop("external_id", UNSET))

        except READ_ERRORS as _read_error:
            external_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "external_id", "external_id", _read_error)

        try:
            origin_url = cast("None | str | Unset", d.pop("origin_url", UNSET))

        except READ_ERRORS as _read_error:
            origin_url = UNREAD
            _unread_fields = note_unread(_unread_fields, "origin_url", "origin_url", _read_error)

        try:
            frame_ancestors = cast("None | str | Unset", d.pop("frame_ancestors", UNSET))

        except READ_ERRORS as _read_error:
            frame_ancestors = UNREAD
            _unread_fields = note_unread(_unread_fields, "frame_ancestors", "frame_ancestors", _read_error)

        try:
            full_embedding = cast("bool | None | Unset", d.pop("full_embedding", UNSET))

        except READ_ERRORS as _read_error:
            full_embedding = UNREAD
            _unread_fields = note_unread(_unread_fields, "full_embedding", "full_embedding", _read_error)

        try:
            _environments = d.pop("environments", UNSET)
            environments: list[CustomerUpdateEnvironmentsType0Item] | None | Unset
            if _environments is None or isinstance(_environments, Unset):
                environments = _environments
            else:
                try:
                    if not isinstance(_environments, list):
                        raise TypeError()
                    environments_type_0 = []
                    _environments_type_0 = _environments
                    for environments_type_0_item_data in _environments_type_0:
                        environments_type_0_item = CustomerUpdateEnvironmentsType0Item.from_dict(
                            environments_type_0_item_data
                        )

                        environments_type_0.append(environments_type_0_item)

                    environments = environments_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    environments = cast("list[CustomerUpdateEnvironmentsType0Item] | None | Unset", _environments)

        except READ_ERRORS as _read_error:
            environments = UNREAD
            _unread_fields = note_unread(_unread_fields, "environments", "environments", _read_error)

        customer_update = cls(
            name=name,
            notification_email=notification_email,
            admin_notification_emails=admin_notification_emails,
            error_notification_emails=error_notification_emails,
            in_trial=in_trial,
            task_limit_adjustment=task_limit_adjustment,
            custom_task_limit=custom_task_limit,
            current_billing_period_start=current_billing_period_start,
            external_id=external_id,
            origin_url=origin_url,
            frame_ancestors=frame_ancestors,
            full_embedding=full_embedding,
            environments=environments,
        )

        customer_update.additional_properties = d
        return mark_unread(customer_update, _unread_fields)

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


from ..models.customer_update_environments_type_0_item import CustomerUpdateEnvironmentsType0Item  # noqa: E402
