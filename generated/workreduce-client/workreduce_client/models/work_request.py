from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute

T = TypeVar("T", bound="WorkRequest")


@_attrs_define
class WorkRequest:
    """
    Attributes:
        notes (list[Note]):
        attachments (list[Attachment]):
    """

    notes: list[Note]
    attachments: list[Attachment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        notes = []
        for notes_item_data in self.notes:
            notes_item = notes_item_data.to_dict()
            notes.append(notes_item)

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notes": notes,
                "attachments": attachments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            notes = []
            _notes = d.pop("notes")
            for notes_item_data in _notes:
                notes_item = Note.from_dict(notes_item_data)

                notes.append(notes_item)

        except READ_ERRORS as _read_error:
            notes = UNREAD
            _unread_fields = note_unread(_unread_fields, "notes", "notes", _read_error)

        try:
            attachments = []
            _attachments = d.pop("attachments")
            for attachments_item_data in _attachments:
                attachments_item = Attachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        except READ_ERRORS as _read_error:
            attachments = UNREAD
            _unread_fields = note_unread(_unread_fields, "attachments", "attachments", _read_error)

        work_request = cls(
            notes=notes,
            attachments=attachments,
        )

        work_request.additional_properties = d
        return mark_unread(work_request, _unread_fields)

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


from ..models.attachment import Attachment  # noqa: E402
from ..models.note import Note  # noqa: E402
