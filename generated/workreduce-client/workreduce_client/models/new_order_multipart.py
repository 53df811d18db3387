from __future__ import annotations

import datetime
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="NewOrderMultipart")


@_attrs_define
class NewOrderMultipart:
    """
    Attributes:
        name (str): The name for the order
        task_type (str): A task type code from GET /v2/tasks
        due_date (datetime.datetime | Unset): Due date
        description (str | Unset): Instructions for executing the order
        team (str | Unset): Your team or pod within your organization
        requester_email (str | Unset): Who at your organization creates the order
        attachments (list[File] | Unset): Files to attach to the order.
    """

    name: str
    task_type: str
    due_date: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    team: str | Unset = UNSET
    requester_email: str | Unset = UNSET
    attachments: list[File] | Unset = UNSET
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

        attachments: list[FileTypes] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_tuple()

                attachments.append(attachments_item)

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
        if attachments is not UNSET:
            field_dict["attachments[]"] = attachments

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("task_type", (None, str(self.task_type).encode(), "text/plain")))

        if not isinstance(self.due_date, Unset):
            files.append(("due_date", (None, self.due_date.isoformat().encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.team, Unset):
            files.append(("team", (None, str(self.team).encode(), "text/plain")))

        if not isinstance(self.requester_email, Unset):
            files.append(("requester_email", (None, str(self.requester_email).encode(), "text/plain")))

        if not isinstance(self.attachments, Unset):
            for attachments_item_element in self.attachments:
                files.append(("attachments[]", attachments_item_element.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

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

        _attachments = d.pop("attachments[]", UNSET)
        attachments: list[File] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = File(payload=BytesIO(attachments_item_data))

                attachments.append(attachments_item)

        new_order_multipart = cls(
            name=name,
            task_type=task_type,
            due_date=due_date,
            description=description,
            team=team,
            requester_email=requester_email,
            attachments=attachments,
        )

        new_order_multipart.additional_properties = d
        return new_order_multipart

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
