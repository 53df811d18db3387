from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobList")


@_attrs_define
class JobList:
    """
    Attributes:
        items (list[Job]):
        job_succeeded_count (int | Unset):
        job_failed_count (int | Unset):
        job_count (int | Unset):
    """

    items: list[Job]
    job_succeeded_count: int | Unset = UNSET
    job_failed_count: int | Unset = UNSET
    job_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        job_succeeded_count = self.job_succeeded_count

        job_failed_count = self.job_failed_count

        job_count = self.job_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if job_succeeded_count is not UNSET:
            field_dict["job_succeeded_count"] = job_succeeded_count
        if job_failed_count is not UNSET:
            field_dict["job_failed_count"] = job_failed_count
        if job_count is not UNSET:
            field_dict["job_count"] = job_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            items = []
            _items = d.pop("items")
            for items_item_data in _items:
                items_item = Job.from_dict(items_item_data)

                items.append(items_item)

        except READ_ERRORS as _read_error:
            items = UNREAD
            _unread_fields = note_unread(_unread_fields, "items", "items", _read_error)

        try:
            job_succeeded_count = d.pop("job_succeeded_count", UNSET)
        except READ_ERRORS as _read_error:
            job_succeeded_count = UNREAD
            _unread_fields = note_unread(_unread_fields, "job_succeeded_count", "job_succeeded_count", _read_error)

        try:
            job_failed_count = d.pop("job_failed_count", UNSET)
        except READ_ERRORS as _read_error:
            job_failed_count = UNREAD
            _unread_fields = note_unread(_unread_fields, "job_failed_count", "job_failed_count", _read_error)

        try:
            job_count = d.pop("job_count", UNSET)
        except READ_ERRORS as _read_error:
            job_count = UNREAD
            _unread_fields = note_unread(_unread_fields, "job_count", "job_count", _read_error)

        job_list = cls(
            items=items,
            job_succeeded_count=job_succeeded_count,
            job_failed_count=job_failed_count,
            job_count=job_count,
        )

        job_list.additional_properties = d
        return mark_unread(job_list, _unread_fields)

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


from ..models.job import Job  # noqa: E402
