from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicRecipe")


@_attrs_define
class PublicRecipe:
    """A recipe as lists show it.

    Attributes:
        id (int): Workato assigns integer ids.
        name (str):
        user_id (int | None | Unset):
        created_at (datetime.datetime | Unset): ISO 8601 with the account's UTC offset, e.g.
            `2020-06-15T22:20:15.327-07:00`.
        updated_at (datetime.datetime | Unset): ISO 8601 with the account's UTC offset, e.g.
            `2020-06-15T22:20:15.327-07:00`.
        copy_count (int | Unset):
        trigger_application (None | str | Unset):
        action_applications (list[str] | Unset):
        applications (list[str] | Unset):
        description (None | str | Unset):
        parameters_schema (list[Any] | Unset):
    """

    id: int
    name: str
    user_id: int | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    copy_count: int | Unset = UNSET
    trigger_application: None | str | Unset = UNSET
    action_applications: list[str] | Unset = UNSET
    applications: list[str] | Unset = UNSET
    description: None | str | Unset = UNSET
    parameters_schema: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        copy_count = self.copy_count

        trigger_application: None | str | Unset
        if isinstance(self.trigger_application, Unset):
            trigger_application = UNSET
        else:
            trigger_application = self.trigger_application

        action_applications: list[str] | Unset = UNSET
        if not isinstance(self.action_applications, Unset):
            action_applications = self.action_applications

        applications: list[str] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = self.applications

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        parameters_schema: list[Any] | Unset = UNSET
        if not isinstance(self.parameters_schema, Unset):
            parameters_schema = self.parameters_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if copy_count is not UNSET:
            field_dict["copy_count"] = copy_count
        if trigger_application is not UNSET:
            field_dict["trigger_application"] = trigger_application
        if action_applications is not UNSET:
            field_dict["action_applications"] = action_applications
        if applications is not UNSET:
            field_dict["applications"] = applications
        if description is not UNSET:
            field_dict["description"] = description
        if parameters_schema is not UNSET:
            field_dict["parameters_schema"] = parameters_schema

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
            user_id = cast("int | None | Unset", d.pop("user_id", UNSET))

        except READ_ERRORS as _read_error:
            user_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "user_id", "user_id", _read_error)

        try:
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except READ_ERRORS as _read_error:
            created_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "created_at", "created_at", _read_error)

        try:
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except READ_ERRORS as _read_error:
            updated_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "updated_at", "updated_at", _read_error)

        try:
            copy_count = d.pop("copy_count", UNSET)
        except READ_ERRORS as _read_error:
            copy_count = UNREAD
            _unread_fields = note_unread(_unread_fields, "copy_count", "copy_count", _read_error)

        try:
            trigger_application = cast("None | str | Unset", d.pop("trigger_application", UNSET))

        except READ_ERRORS as _read_error:
            trigger_application = UNREAD
            _unread_fields = note_unread(_unread_fields, "trigger_application", "trigger_application", _read_error)

        try:
            action_applications = cast(list[str], d.pop("action_applications", UNSET))

        except READ_ERRORS as _read_error:
            action_applications = UNREAD
            _unread_fields = note_unread(_unread_fields, "action_applications", "action_applications", _read_error)

        try:
            applications = cast(list[str], d.pop("applications", UNSET))

        except READ_ERRORS as _read_error:
            applications = UNREAD
            _unread_fields = note_unread(_unread_fields, "applications", "applications", _read_error)

        try:
            description = cast("None | str | Unset", d.pop("description", UNSET))

        except READ_ERRORS as _read_error:
            description = UNREAD
            _unread_fields = note_unread(_unread_fields, "description", "description", _read_error)

        try:
            parameters_schema = cast(list[Any], d.pop("parameters_schema", UNSET))

        except READ_ERRORS as _read_error:
            parameters_schema = UNREAD
            _unread_fields = note_unread(_unread_fields, "parameters_schema", "parameters_schema", _read_error)

        public_recipe = cls(
            id=id,
            name=name,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
            copy_count=copy_count,
            trigger_application=trigger_application,
            action_applications=action_applications,
            applications=applications,
            description=description,
            parameters_schema=parameters_schema,
        )

        public_recipe.additional_properties = d
        return mark_unread(public_recipe, _unread_fields)

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
