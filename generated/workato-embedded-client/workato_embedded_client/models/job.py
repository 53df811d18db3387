from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, read_enum, unread_attribute
from ..models.job_status import JobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """
    Attributes:
        id (str): A job id, e.g. `j-AJHsOH0H-oAwXJq`.
        flow_run_id (int | None | Unset):
        started_at (datetime.datetime | None | Unset):
        completed_at (datetime.datetime | None | Unset):
        title (None | str | Unset):
        status (JobStatus | Unset):
        is_poll_error (bool | Unset):
        is_error (bool | Unset):
        error (None | str | Unset):
        error_parts (JobErrorParts | None | Unset):
    """

    id: str
    flow_run_id: int | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    title: None | str | Unset = UNSET
    status: JobStatus | Unset = UNSET
    is_poll_error: bool | Unset = UNSET
    is_error: bool | Unset = UNSET
    error: None | str | Unset = UNSET
    error_parts: JobErrorParts | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        flow_run_id: int | None | Unset
        if isinstance(self.flow_run_id, Unset):
            flow_run_id = UNSET
        else:
            flow_run_id = self.flow_run_id

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat().replace("+00:00", "Z")
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat().replace("+00:00", "Z")
        else:
            completed_at = self.completed_at

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        is_poll_error = self.is_poll_error

        is_error = self.is_error

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_parts: dict[str, Any] | None | Unset
        if isinstance(self.error_parts, Unset):
            error_parts = UNSET
        elif isinstance(self.error_parts, JobErrorParts):
            error_parts = self.error_parts.to_dict()
        else:
            error_parts = self.error_parts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if flow_run_id is not UNSET:
            field_dict["flow_run_id"] = flow_run_id
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if is_poll_error is not UNSET:
            field_dict["is_poll_error"] = is_poll_error
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        if error is not UNSET:
            field_dict["error"] = error
        if error_parts is not UNSET:
            field_dict["error_parts"] = error_parts

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
            flow_run_id = cast("int | None | Unset", d.pop("flow_run_id", UNSET))

        except READ_ERRORS as _read_error:
            flow_run_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "flow_run_id", "flow_run_id", _read_error)

        try:
            _started_at = d.pop("started_at", UNSET)
            started_at: datetime.datetime | None | Unset
            if _started_at is None or isinstance(_started_at, Unset):
                started_at = _started_at
            else:
                try:
                    if not isinstance(_started_at, str):
                        raise TypeError()
                    started_at_type_0 = datetime.datetime.fromisoformat(_started_at)

                    started_at = started_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    started_at = cast("datetime.datetime | None | Unset", _started_at)

        except READ_ERRORS as _read_error:
            started_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "started_at", "started_at", _read_error)

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
            title = cast("None | str | Unset", d.pop("title", UNSET))

        except READ_ERRORS as _read_error:
            title = UNREAD
            _unread_fields = note_unread(_unread_fields, "title", "title", _read_error)

        try:
            _status = d.pop("status", UNSET)
            status: JobStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = read_enum(JobStatus, _status)

        except READ_ERRORS as _read_error:
            status = UNREAD
            _unread_fields = note_unread(_unread_fields, "status", "status", _read_error)

        try:
            is_poll_error = d.pop("is_poll_error", UNSET)
        except READ_ERRORS as _read_error:
            is_poll_error = UNREAD
            _unread_fields = note_unread(_unread_fields, "is_poll_error", "is_poll_error", _read_error)

        try:
            is_error = d.pop("is_error", UNSET)
        except READ_ERRORS as _read_error:
            is_error = UNREAD
            _unread_fields = note_unread(_unread_fields, "is_error", "is_error", _read_error)

        try:
            error = cast("None | str | Unset", d.pop("error", UNSET))

        except READ_ERRORS as _read_error:
            error = UNREAD
            _unread_fields = note_unread(_unread_fields, "error", "error", _read_error)

        try:
            _error_parts = d.pop("error_parts", UNSET)
            error_parts: JobErrorParts | None | Unset
            if _error_parts is None or isinstance(_error_parts, Unset):
                error_parts = _error_parts
            else:
                try:
                    if not isinstance(_error_parts, dict):
                        raise TypeError()
                    error_parts_type_0 = JobErrorParts.from_dict(_error_parts)

                    if error_parts_type_0._unread:
                        raise TypeError()
                    error_parts = error_parts_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    error_parts = cast("JobErrorParts | None | Unset", _error_parts)

        except READ_ERRORS as _read_error:
            error_parts = UNREAD
            _unread_fields = note_unread(_unread_fields, "error_parts", "error_parts", _read_error)

        job = cls(
            id=id,
            flow_run_id=flow_run_id,
            started_at=started_at,
            completed_at=completed_at,
            title=title,
            status=status,
            is_poll_error=is_poll_error,
            is_error=is_error,
            error=error,
            error_parts=error_parts,
        )

        job.additional_properties = d
        return mark_unread(job, _unread_fields)

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


from ..models.job_error_parts import JobErrorParts  # noqa: E402
