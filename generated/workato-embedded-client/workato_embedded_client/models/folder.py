from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute

T = TypeVar("T", bound="Folder")


@_attrs_define
class Folder:
    """A folder, as Workato's published spec (`Folder`, `FolderCreationResponse`) gives it.

    Attributes:
        id (int): Workato assigns integer ids.
        name (str):
        parent_id (int | None): The enclosing folder; null at the top level.
        is_project (bool): Whether the folder is a project (a top-level folder).
        project_id (int | None): The project the folder is or belongs to.
        created_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        updated_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
    """

    id: int
    name: str
    parent_id: int | None
    is_project: bool
    project_id: int | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        parent_id: int | None
        parent_id = self.parent_id

        is_project = self.is_project

        project_id: int | None
        project_id = self.project_id

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "parent_id": parent_id,
                "is_project": is_project,
                "project_id": project_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

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
            name = d.pop("name")
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            parent_id = cast("int | None", d.pop("parent_id"))

        except READ_ERRORS as _read_error:
            parent_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "parent_id", "parent_id", _read_error)

        try:
            is_project = d.pop("is_project")
        except READ_ERRORS as _read_error:
            is_project = UNREAD
            _unread_fields = note_unread(_unread_fields, "is_project", "is_project", _read_error)

        try:
            project_id = cast("int | None", d.pop("project_id"))

        except READ_ERRORS as _read_error:
            project_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "project_id", "project_id", _read_error)

        try:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        except READ_ERRORS as _read_error:
            created_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "created_at", "created_at", _read_error)

        try:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        except READ_ERRORS as _read_error:
            updated_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "updated_at", "updated_at", _read_error)

        folder = cls(
            id=id,
            name=name,
            parent_id=parent_id,
            is_project=is_project,
            project_id=project_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        folder.additional_properties = d
        return mark_unread(folder, _unread_fields)

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
