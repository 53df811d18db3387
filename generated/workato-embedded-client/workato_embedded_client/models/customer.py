from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer account as get returns it (research S1). Only `id` is always present; every other
    field may be missing or null.

        Attributes:
            id (int): Workato assigns integer ids.
            external_id (None | str | Unset):
            name (None | str | Unset):
            notification_email (None | str | Unset):
            admin_notification_emails (None | str | Unset):
            error_notification_emails (None | str | Unset):
            full_embedding (bool | None | Unset):
            plan_id (None | str | Unset):
            origin_url (None | str | Unset):
            frame_ancestors (None | str | Unset):
            trial (bool | None | Unset):
            in_trial (bool | None | Unset):
            whitelisted_apps (list[str] | None | Unset):
            environments (list[CustomerEnvironmentsType0Item] | None | Unset):
            time_zone (None | str | Unset):
            team_name (None | str | Unset):
            auth_settings (CustomerAuthSettingsType0 | None | Unset):
            current_billing_period_start (None | str | Unset):
            current_billing_period_end (None | str | Unset):
            task_limit (int | None | Unset):
            task_limit_adjustment (int | None | str | Unset): Sent as an integer; the list has been seen to return it as a
                string.
            task_count (int | None | Unset):
            active_connection_limit (int | None | Unset):
            active_connection_count (int | None | Unset):
            active_recipe_count (int | None | Unset):
            created_at (datetime.datetime | None | Unset):
            updated_at (datetime.datetime | None | Unset):
    """

    id: int
    external_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    notification_email: None | str | Unset = UNSET
    admin_notification_emails: None | str | Unset = UNSET
    error_notification_emails: None | str | Unset = UNSET
    full_embedding: bool | None | Unset = UNSET
    plan_id: None | str | Unset = UNSET
    origin_url: None | str | Unset = UNSET
    frame_ancestors: None | str | Unset = UNSET
    trial: bool | None | Unset = UNSET
    in_trial: bool | None | Unset = UNSET
    whitelisted_apps: list[str] | None | Unset = UNSET
    environments: list[CustomerEnvironmentsType0Item] | None | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    team_name: None | str | Unset = UNSET
    auth_settings: CustomerAuthSettingsType0 | None | Unset = UNSET
    current_billing_period_start: None | str | Unset = UNSET
    current_billing_period_end: None | str | Unset = UNSET
    task_limit: int | None | Unset = UNSET
    task_limit_adjustment: int | None | str | Unset = UNSET
    task_count: int | None | Unset = UNSET
    active_connection_limit: int | None | Unset = UNSET
    active_connection_count: int | None | Unset = UNSET
    active_recipe_count: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        notification_email: None | str | Unset
        if isinstance(self.notification_email, Unset):
            notification_email = UNSET
        else:
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

        full_embedding: bool | None | Unset
        if isinstance(self.full_embedding, Unset):
            full_embedding = UNSET
        else:
            full_embedding = self.full_embedding

        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        else:
            plan_id = self.plan_id

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

        trial: bool | None | Unset
        if isinstance(self.trial, Unset):
            trial = UNSET
        else:
            trial = self.trial

        in_trial: bool | None | Unset
        if isinstance(self.in_trial, Unset):
            in_trial = UNSET
        else:
            in_trial = self.in_trial

        whitelisted_apps: list[str] | None | Unset
        if isinstance(self.whitelisted_apps, Unset):
            whitelisted_apps = UNSET
        elif isinstance(self.whitelisted_apps, list):
            whitelisted_apps = self.whitelisted_apps

        else:
            whitelisted_apps = self.whitelisted_apps

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

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        team_name: None | str | Unset
        if isinstance(self.team_name, Unset):
            team_name = UNSET
        else:
            team_name = self.team_name

        auth_settings: dict[str, Any] | None | Unset
        if isinstance(self.auth_settings, Unset):
            auth_settings = UNSET
        elif isinstance(self.auth_settings, CustomerAuthSettingsType0):
            auth_settings = self.auth_settings.to_dict()
        else:
            auth_settings = self.auth_settings

        current_billing_period_start: None | str | Unset
        if isinstance(self.current_billing_period_start, Unset):
            current_billing_period_start = UNSET
        else:
            current_billing_period_start = self.current_billing_period_start

        current_billing_period_end: None | str | Unset
        if isinstance(self.current_billing_period_end, Unset):
            current_billing_period_end = UNSET
        else:
            current_billing_period_end = self.current_billing_period_end

        task_limit: int | None | Unset
        if isinstance(self.task_limit, Unset):
            task_limit = UNSET
        else:
            task_limit = self.task_limit

        task_limit_adjustment: int | None | str | Unset
        if isinstance(self.task_limit_adjustment, Unset):
            task_limit_adjustment = UNSET
        else:
            task_limit_adjustment = self.task_limit_adjustment

        task_count: int | None | Unset
        if isinstance(self.task_count, Unset):
            task_count = UNSET
        else:
            task_count = self.task_count

        active_connection_limit: int | None | Unset
        if isinstance(self.active_connection_limit, Unset):
            active_connection_limit = UNSET
        else:
            active_connection_limit = self.active_connection_limit

        active_connection_count: int | None | Unset
        if isinstance(self.active_connection_count, Unset):
            active_connection_count = UNSET
        else:
            active_connection_count = self.active_connection_count

        active_recipe_count: int | None | Unset
        if isinstance(self.active_recipe_count, Unset):
            active_recipe_count = UNSET
        else:
            active_recipe_count = self.active_recipe_count

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if name is not UNSET:
            field_dict["name"] = name
        if notification_email is not UNSET:
            field_dict["notification_email"] = notification_email
        if admin_notification_emails is not UNSET:
            field_dict["admin_notification_emails"] = admin_notification_emails
        if error_notification_emails is not UNSET:
            field_dict["error_notification_emails"] = error_notification_emails
        if full_embedding is not UNSET:
            field_dict["full_embedding"] = full_embedding
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if origin_url is not UNSET:
            field_dict["origin_url"] = origin_url
        if frame_ancestors is not UNSET:
            field_dict["frame_ancestors"] = frame_ancestors
        if trial is not UNSET:
            field_dict["trial"] = trial
        if in_trial is not UNSET:
            field_dict["in_trial"] = in_trial
        if whitelisted_apps is not UNSET:
            field_dict["whitelisted_apps"] = whitelisted_apps
        if environments is not UNSET:
            field_dict["environments"] = environments
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if team_name is not UNSET:
            field_dict["team_name"] = team_name
        if auth_settings is not UNSET:
            field_dict["auth_settings"] = auth_settings
        if current_billing_period_start is not UNSET:
            field_dict["current_billing_period_start"] = current_billing_period_start
        if current_billing_period_end is not UNSET:
            field_dict["current_billing_period_end"] = current_billing_period_end
        if task_limit is not UNSET:
            field_dict["task_limit"] = task_limit
        if task_limit_adjustment is not UNSET:
            field_dict["task_limit_adjustment"] = task_limit_adjustment
        if task_count is not UNSET:
            field_dict["task_count"] = task_count
        if active_connection_limit is not UNSET:
            field_dict["active_connection_limit"] = active_connection_limit
        if active_connection_count is not UNSET:
            field_dict["active_connection_count"] = active_connection_count
        if active_recipe_count is not UNSET:
            field_dict["active_recipe_count"] = active_recipe_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            id = d.pop("id")
        except READ_ERRORS as _read_error:
            id = UNREAD
            _unread_fields = note_unread(_unread_fields, "id", "id", _read_error)

        try:
            external_id = cast("None | str | Unset", d.pop("external_id", UNSET))

        except READ_ERRORS as _read_error:
            external_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "external_id", "external_id", _read_error)

        try:
            name = cast("None | str | Unset", d.pop("name", UNSET))

        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            notification_email = cast("None | str | Unset", d.pop("notification_email", UNSET))

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
            full_embedding = cast("bool | None | Unset", d.pop("full_embedding", UNSET))

        except READ_ERRORS as _read_error:
            full_embedding = UNREAD
            _unread_fields = note_unread(_unread_fields, "full_embedding", "full_embedding", _read_error)

        try:
            plan_id = cast("None | str | Unset", d.pop("plan_id", UNSET))

        except READ_ERRORS as _read_error:
            plan_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "plan_id", "plan_id", _read_error)

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
            trial = cast("bool | None | Unset", d.pop("trial", UNSET))

        except READ_ERRORS as _read_error:
            trial = UNREAD
            _unread_fields = note_unread(_unread_fields, "trial", "trial", _read_error)

        try:
            in_trial = cast("bool | None | Unset", d.pop("in_trial", UNSET))

        except READ_ERRORS as _read_error:
            in_trial = UNREAD
            _unread_fields = note_unread(_unread_fields, "in_trial", "in_trial", _read_error)

        try:
            _whitelisted_apps = d.pop("whitelisted_apps", UNSET)
            whitelisted_apps: list[str] | None | Unset
            if _whitelisted_apps is None or isinstance(_whitelisted_apps, Unset):
                whitelisted_apps = _whitelisted_apps
            else:
                try:
                    if not isinstance(_whitelisted_apps, list):
                        raise TypeError()
                    whitelisted_apps_type_0 = cast(list[str], _whitelisted_apps)

                    whitelisted_apps = whitelisted_apps_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    whitelisted_apps = cast("list[str] | None | Unset", _whitelisted_apps)

        except READ_ERRORS as _read_error:
            whitelisted_apps = UNREAD
            _unread_fields = note_unread(_unread_fields, "whitelisted_apps", "whitelisted_apps", _read_error)

        try:
            _environments = d.pop("environments", UNSET)
            environments: list[CustomerEnvironmentsType0Item] | None | Unset
            if _environments is None or isinstance(_environments, Unset):
                environments = _environments
            else:
                try:
                    if not isinstance(_environments, list):
                        raise TypeError()
                    environments_type_0 = []
                    _environments_type_0 = _environments
                    for environments_type_0_item_data in _environments_type_0:
                        environments_type_0_item = CustomerEnvironmentsType0Item.from_dict(
                            environments_type_0_item_data
                        )

                        environments_type_0.append(environments_type_0_item)

                    environments = environments_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    environments = cast("list[CustomerEnvironmentsType0Item] | None | Unset", _environments)

        except READ_ERRORS as _read_error:
            environments = UNREAD
            _unread_fields = note_unread(_unread_fields, "environments", "environments", _read_error)

        try:
            time_zone = cast("None | str | Unset", d.pop("time_zone", UNSET))

        except READ_ERRORS as _read_error:
            time_zone = UNREAD
            _unread_fields = note_unread(_unread_fields, "time_zone", "time_zone", _read_error)

        try:
            team_name = cast("None | str | Unset", d.pop("team_name", UNSET))

        except READ_ERRORS as _read_error:
            team_name = UNREAD
            _unread_fields = note_unread(_unread_fields, "team_name", "team_name", _read_error)

        try:
            _auth_settings = d.pop("auth_settings", UNSET)
            auth_settings: CustomerAuthSettingsType0 | None | Unset
            if _auth_settings is None or isinstance(_auth_settings, Unset):
                auth_settings = _auth_settings
            else:
                try:
                    if not isinstance(_auth_settings, dict):
                        raise TypeError()
                    auth_settings_type_0 = CustomerAuthSettingsType0.from_dict(_auth_settings)

                    if auth_settings_type_0._unread:
                        raise TypeError()
                    auth_settings = auth_settings_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    auth_settings = cast("CustomerAuthSettingsType0 | None | Unset", _auth_settings)

        except READ_ERRORS as _read_error:
            auth_settings = UNREAD
            _unread_fields = note_unread(_unread_fields, "auth_settings", "auth_settings", _read_error)

        try:
            current_billing_period_start = cast("None | str | Unset", d.pop("current_billing_period_start", UNSET))

        except READ_ERRORS as _read_error:
            current_billing_period_start = UNREAD
            _unread_fields = note_unread(
                _unread_fields, "current_billing_period_start", "current_billing_period_start", _read_error
            )

        try:
            current_billing_period_end = cast("None | str | Unset", d.pop("current_billing_period_end", UNSET))

        except READ_ERRORS as _read_error:
            current_billing_period_end = UNREAD
            _unread_fields = note_unread(
                _unread_fields, "current_billing_period_end", "current_billing_period_end", _read_error
            )

        try:
            task_limit = cast("int | None | Unset", d.pop("task_limit", UNSET))

        except READ_ERRORS as _read_error:
            task_limit = UNREAD
            _unread_fields = note_unread(_unread_fields, "task_limit", "task_limit", _read_error)

        try:
            task_limit_adjustment = cast("int | None | str | Unset", d.pop("task_limit_adjustment", UNSET))

        except READ_ERRORS as _read_error:
            task_limit_adjustment = UNREAD
            _unread_fields = note_unread(_unread_fields, "task_limit_adjustment", "task_limit_adjustment", _read_error)

        try:
            task_count = cast("int | None | Unset", d.pop("task_count", UNSET))

        except READ_ERRORS as _read_error:
            task_count = UNREAD
            _unread_fields = note_unread(_unread_fields, "task_count", "task_count", _read_error)

        try:
            active_connection_limit = cast("int | None | Unset", d.pop("active_connection_limit", UNSET))

        except READ_ERRORS as _read_error:
            active_connection_limit = UNREAD
            _unread_fields = note_unread(
                _unread_fields, "active_connection_limit", "active_connection_limit", _read_error
            )

        try:
            active_connection_count = cast("int | None | Unset", d.pop("active_connection_count", UNSET))

        except READ_ERRORS as _read_error:
            active_connection_count = UNREAD
            _unread_fields = note_unread(
                _unread_fields, "active_connection_count", "active_connection_count", _read_error
            )

        try:
            active_recipe_count = cast("int | None | Unset", d.pop("active_recipe_count", UNSET))

        except READ_ERRORS as _read_error:
            active_recipe_count = UNREAD
            _unread_fields = note_unread(_unread_fields, "active_recipe_count", "active_recipe_count", _read_error)

        try:
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | None | Unset
            if _created_at is None or isinstance(_created_at, Unset):
                created_at = _created_at
            else:
                try:
                    if not isinstance(_created_at, str):
                        raise TypeError()
                    created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                    created_at = created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    created_at = cast("datetime.datetime | None | Unset", _created_at)

        except READ_ERRORS as _read_error:
            created_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "created_at", "created_at", _read_error)

        try:
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | None | Unset
            if _updated_at is None or isinstance(_updated_at, Unset):
                updated_at = _updated_at
            else:
                try:
                    if not isinstance(_updated_at, str):
                        raise TypeError()
                    updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

                    updated_at = updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    updated_at = cast("datetime.datetime | None | Unset", _updated_at)

        except READ_ERRORS as _read_error:
            updated_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "updated_at", "updated_at", _read_error)

        customer = cls(
            id=id,
            external_id=external_id,
            name=name,
            notification_email=notification_email,
            admin_notification_emails=admin_notification_emails,
            error_notification_emails=error_notification_emails,
            full_embedding=full_embedding,
            plan_id=plan_id,
            origin_url=origin_url,
            frame_ancestors=frame_ancestors,
            trial=trial,
            in_trial=in_trial,
            whitelisted_apps=whitelisted_apps,
            environments=environments,
            time_zone=time_zone,
            team_name=team_name,
            auth_settings=auth_settings,
            current_billing_period_start=current_billing_period_start,
            current_billing_period_end=current_billing_period_end,
            task_limit=task_limit,
            task_limit_adjustment=task_limit_adjustment,
            task_count=task_count,
            active_connection_limit=active_connection_limit,
            active_connection_count=active_connection_count,
            active_recipe_count=active_recipe_count,
            created_at=created_at,
            updated_at=updated_at,
        )

        customer.additional_properties = d
        return mark_unread(customer, _unread_fields)

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


from ..models.customer_auth_settings_type_0 import CustomerAuthSettingsType0  # noqa: E402
from ..models.customer_environments_type_0_item import CustomerEnvironmentsType0Item  # noqa: E402
