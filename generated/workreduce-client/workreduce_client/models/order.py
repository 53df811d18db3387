from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, read_enum, unread_attribute
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order as the server returns it. Timestamps not reached yet are null.

    Attributes:
        account_name (str):
        account_id (str):
        order_number (str): All digits, left-padded with zeros to eight.
        name (str):
        status (OrderStatus): Every status the page names. The values table lists Draft … Client Canceled; the lifecycle
            diagram adds "Completed"; the examples return "Complete". All three sources are accepted.
        created_at (datetime.datetime):
        work_request (WorkRequest):
        task_type (str):
        task_type_category (str):
        due_date (datetime.datetime | None | Unset):
        activated_at (datetime.datetime | None | Unset):
        completed_at (datetime.datetime | None | Unset):
        requester_email (None | str | Unset):
        team (None | str | Unset):
        work_result (None | Unset | WorkResult):
    """

    account_name: str
    account_id: str
    order_number: str
    name: str
    status: OrderStatus
    created_at: datetime.datetime
    work_request: WorkRequest
    task_type: str
    task_type_category: str
    due_date: datetime.datetime | None | Unset = UNSET
    activated_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    requester_email: None | str | Unset = UNSET
    team: None | str | Unset = UNSET
    work_result: None | Unset | WorkResult = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name

        account_id = self.account_id

        order_number = self.order_number

        name = self.name

        status = self.status.value

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        work_request = self.work_request.to_dict()

        task_type = self.task_type

        task_type_category = self.task_type_category

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat().replace("+00:00", "Z")
        else:
            due_date = self.due_date

        activated_at: None | str | Unset
        if isinstance(self.activated_at, Unset):
            activated_at = UNSET
        elif isinstance(self.activated_at, datetime.datetime):
            activated_at = self.activated_at.isoformat().replace("+00:00", "Z")
        else:
            activated_at = self.activated_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat().replace("+00:00", "Z")
        else:
            completed_at = self.completed_at

        requester_email: None | str | Unset
        if isinstance(self.requester_email, Unset):
            requester_email = UNSET
        else:
            requester_email = self.requester_email

        team: None | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        else:
            team = self.team

        work_result: dict[str, Any] | None | Unset
        if isinstance(self.work_result, Unset):
            work_result = UNSET
        elif isinstance(self.work_result, WorkResult):
            work_result = self.work_result.to_dict()
        else:
            work_result = self.work_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_name": account_name,
                "account_id": account_id,
                "order_number": order_number,
                "name": name,
                "status": status,
                "created_at": created_at,
                "work_request": work_request,
                "task_type": task_type,
                "task_type_category": task_type_category,
            }
        )
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if activated_at is not UNSET:
            field_dict["activated_at"] = activated_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if requester_email is not UNSET:
            field_dict["requester_email"] = requester_email
        if team is not UNSET:
            field_dict["team"] = team
        if work_result is not UNSET:
            field_dict["work_result"] = work_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            account_name = d.pop("account_name")
        except READ_ERRORS as _read_error:
            account_name = UNREAD
            _unread_fields = note_unread(_unread_fields, "account_name", "account_name", _read_error)

        try:
            account_id = d.pop("account_id")
        except READ_ERRORS as _read_error:
            account_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "account_id", "account_id", _read_error)

        try:
            order_number = d.pop("order_number")
        except READ_ERRORS as _read_error:
            order_number = UNREAD
            _unread_fields = note_unread(_unread_fields, "order_number", "order_number", _read_error)

        try:
            name = d.pop("name")
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            status = read_enum(OrderStatus, d.pop("status"))

        except READ_ERRORS as _read_error:
            status = UNREAD
            _unread_fields = note_unread(_unread_fields, "status", "status", _read_error)

        try:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        except READ_ERRORS as _read_error:
            created_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "created_at", "created_at", _read_error)

        try:
            work_request = WorkRequest.from_dict(d.pop("work_request"))

        except READ_ERRORS as _read_error:
            work_request = UNREAD
            _unread_fields = note_unread(_unread_fields, "work_request", "work_request", _read_error)

        try:
            task_type = d.pop("task_type")
        except READ_ERRORS as _read_error:
            task_type = UNREAD
            _unread_fields = note_unread(_unread_fields, "task_type", "task_type", _read_error)

        try:
            task_type_category = d.pop("task_type_category")
        except READ_ERRORS as _read_error:
            task_type_category = UNREAD
            _unread_fields = note_unread(_unread_fields, "task_type_category", "task_type_category", _read_error)

        try:
            _due_date = d.pop("due_date", UNSET)
            due_date: datetime.datetime | None | Unset
            if _due_date is None or isinstance(_due_date, Unset):
                due_date = _due_date
            else:
                try:
                    if not isinstance(_due_date, str):
                        raise TypeError()
                    due_date_type_0 = datetime.datetime.fromisoformat(_due_date)

                    due_date = due_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    due_date = cast("datetime.datetime | None | Unset", _due_date)

        except READ_ERRORS as _read_error:
            due_date = UNREAD
            _unread_fields = note_unread(_unread_fields, "due_date", "due_date", _read_error)

        try:
            _activated_at = d.pop("activated_at", UNSET)
            activated_at: datetime.datetime | None | Unset
            if _activated_at is None or isinstance(_activated_at, Unset):
                activated_at = _activated_at
            else:
                try:
                    if not isinstance(_activated_at, str):
                        raise TypeError()
                    activated_at_type_0 = datetime.datetime.fromisoformat(_activated_at)

                    activated_at = activated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    activated_at = cast("datetime.datetime | None | Unset", _activated_at)

        except READ_ERRORS as _read_error:
            activated_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "activated_at", "activated_at", _read_error)

        try:
            _completed_at = d.pop("completed_at", UNSET)
            completed_at: datetime.datetime | None | Unset
            if _completed_at is None or isinstance(_completed_at, Unset):
                completed_at = _completed_at
            else:
                try:
                    if not isinstance(_completed_at, str):
                        raise TypeError()
                    completed_at_type_0 = datetime.datetime.fromisoformat(_completed_at)

                    completed_at = completed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    completed_at = cast("datetime.datetime | None | Unset", _completed_at)

        except READ_ERRORS as _read_error:
            completed_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "completed_at", "completed_at", _read_error)

        try:
            requester_email = cast("None | str | Unset", d.pop("requester_email", UNSET))

        except READ_ERRORS as _read_error:
            requester_email = UNREAD
            _unread_fields = note_unread(_unread_fields, "requester_email", "requester_email", _read_error)

        try:
            team = cast("None | str | Unset", d.pop("team", UNSET))

        except READ_ERRORS as _read_error:
            team = UNREAD
            _unread_fields = note_unread(_unread_fields, "team", "team", _read_error)

        try:
            _work_result = d.pop("work_result", UNSET)
            work_result: None | Unset | WorkResult
            if _work_result is None or isinstance(_work_result, Unset):
                work_result = _work_result
            else:
                try:
                    if not isinstance(_work_result, dict):
                        raise TypeError()
                    work_result_type_0 = WorkResult.from_dict(_work_result)

                    if work_result_type_0._unread:
                        raise TypeError()
                    work_result = work_result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    work_result = cast("None | Unset | WorkResult", _work_result)

        except READ_ERRORS as _read_error:
            work_result = UNREAD
            _unread_fields = note_unread(_unread_fields, "work_result", "work_result", _read_error)

        order = cls(
            account_name=account_name,
            account_id=account_id,
            order_number=order_number,
            name=name,
            status=status,
            created_at=created_at,
            work_request=work_request,
            task_type=task_type,
            task_type_category=task_type_category,
            due_date=due_date,
            activated_at=activated_at,
            completed_at=completed_at,
            requester_email=requester_email,
            team=team,
            work_result=work_result,
        )

        order.additional_properties = d
        return mark_unread(order, _unread_fields)

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


from ..models.work_request import WorkRequest  # noqa: E402
from ..models.work_result import WorkResult  # noqa: E402
