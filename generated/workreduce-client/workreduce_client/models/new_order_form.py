from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewOrderForm")


@_attrs_define
class NewOrderForm:
    """
    Attributes:
        name (str): The name for the order
        task_type (str): A task type code from GET /v2/tasks
        due_date (datetime.date | datetime.datetime | str | Unset): When the order is due, in the ISO 8601 forms the
            page allows: a date and time with a UTC
            offset, in extended format (RFC 3339, `2018-05-14T18:30:00Z`) or basic format
            (`20180514T183000Z`), or a calendar date alone, extended (`2018-05-14`) or basic (`20180514`).
            The order shows it as an RFC 3339 date-time; a date alone is due at 00:00 UTC that day.
        description (str | Unset): Instructions for executing the order
        team (str | Unset): Your team or pod within your organization
        requester_email (str | Unset): Who at your organization creates the order
    """

    name: str
    task_type: str
    due_date: datetime.date | datetime.datetime | str | Unset = UNSET
    description: str | Unset = UNSET
    team: str | Unset = UNSET
    requester_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        task_type = self.task_type

        due_date: str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat().replace("+00:00", "Z")
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        description = self.description

        team = self.team

        requester_email = self.requester_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "task_type": task_type,
            }
        )
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if description is not UNSET:
            field_dict["description"] = description
        if team is not UNSET:
            field_dict["team"] = team
        if requester_email is not UNSET:
            field_dict["requester_email"] = requester_email

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
            task_type = d.pop("task_type")
        except READ_ERRORS as _read_error:
            task_type = UNREAD
            _unread_fields = note_unread(_unread_fields, "task_type", "task_type", _read_error)

        try:

            def _parse_due_date(data: object) -> datetime.date | datetime.datetime | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_due_date_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_due_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_due_date_type_1 = datetime.date.fromisoformat(data)

                    return componentsschemas_due_date_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | datetime.datetime | str | Unset, data)

            due_date = _parse_due_date(d.pop("due_date", UNSET))

        except READ_ERRORS as _read_error:
            due_date = UNREAD
            _unread_fields = note_unread(_unread_fields, "due_date", "due_date", _read_error)

        try:
            description = d.pop("description", UNSET)
        except READ_ERRORS as _read_error:
            description = UNREAD
            _unread_fields = note_unread(_unread_fields, "description", "description", _read_error)

        try:
            team = d.pop("team", UNSET)
        except READ_ERRORS as _read_error:
            team = UNREAD
            _unread_fields = note_unread(_unread_fields, "team", "team", _read_error)

        try:
            requester_email = d.pop("requester_email", UNSET)
        except READ_ERRORS as _read_error:
            requester_email = UNREAD
            _unread_fields = note_unread(_unread_fields, "requester_email", "requester_email", _read_error)

        new_order_form = cls(
            name=name,
            task_type=task_type,
            due_date=due_date,
            description=description,
            team=team,
            requester_email=requester_email,
        )

        new_order_form.additional_properties = d
        return mark_unread(new_order_form, _unread_fields)

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
