from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewOrderForm")


@_attrs_define
class NewOrderForm:
    """
    Attributes:
        name (str): The name for the order
        task_type (str): A task type code from GET /v2/tasks
        due_date (datetime.datetime | Unset): Due date
        description (str | Unset): Instructions for executing the order
        team (str | Unset): Your team or pod within your organization
        requester_email (str | Unset): Who at your organization creates the order
    """

    name: str
    task_type: str
    due_date: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    team: str | Unset = UNSET
    requester_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        task_type = self.task_type

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

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
        name = d.pop("name")

        task_type = d.pop("task_type")

        _due_date = d.pop("due_date", UNSET)
        due_date: datetime.datetime | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.datetime.fromisoformat(_due_date)

        description = d.pop("description", UNSET)

        team = d.pop("team", UNSET)

        requester_email = d.pop("requester_email", UNSET)

        new_order_form = cls(
            name=name,
            task_type=task_type,
            due_date=due_date,
            description=description,
            team=team,
            requester_email=requester_email,
        )

        new_order_form.additional_properties = d
        return new_order_form

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
