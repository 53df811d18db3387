from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    """A custom role (research S2 sample).

    Attributes:
        id (int): Workato assigns integer ids.
        name (str):
        inheritable (bool | Unset):
        folder_ids (list[int] | Unset):
        privileges (RolePrivileges | Unset): Area (e.g. `Recipes`) → the privileges granted in it.
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    id: int
    name: str
    inheritable: bool | Unset = UNSET
    folder_ids: list[int] | Unset = UNSET
    privileges: RolePrivileges | Unset = UNSET
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

        name = self.name

        inheritable = self.inheritable

        folder_ids: list[int] | Unset = UNSET
        if not isinstance(self.folder_ids, Unset):
            folder_ids = self.folder_ids

        privileges: dict[str, Any] | Unset = UNSET
        if not isinstance(self.privileges, Unset):
            privileges = self.privileges.to_dict()

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
                "name": name,
            }
        )
        if inheritable is not UNSET:
            field_dict["inheritable"] = inheritable
        if folder_ids is not UNSET:
            field_dict["folder_ids"] = folder_ids
        if privileges is not UNSET:
            field_dict["privileges"] = privileges
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
            name = d.pop("name")
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            inheritable = d.pop("inheritable", UNSET)
        except READ_ERRORS as _read_error:
            inheritable = UNREAD
            _unread_fields = note_unread(_unread_fields, "inheritable", "inheritable", _read_error)

        try:
            folder_ids = cast(list[int], d.pop("folder_ids", UNSET))

        except READ_ERRORS as _read_error:
            folder_ids = UNREAD
            _unread_fields = note_unread(_unread_fields, "folder_ids", "folder_ids", _read_error)

        try:
            _privileges = d.pop("privileges", UNSET)
            privileges: RolePrivileges | Unset
            if isinstance(_privileges, Unset):
                privileges = UNSET
            else:
                privileges = RolePrivileges.from_dict(_privileges)

        except READ_ERRORS as _read_error:
            privileges = UNREAD
            _unread_fields = note_unread(_unread_fields, "privileges", "privileges", _read_error)

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

        role = cls(
            id=id,
            name=name,
            inheritable=inheritable,
            folder_ids=folder_ids,
            privileges=privileges,
            created_at=created_at,
            updated_at=updated_at,
        )

        role.additional_properties = d
        return mark_unread(role, _unread_fields)

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


from ..models.role_privileges import RolePrivileges  # noqa: E402
