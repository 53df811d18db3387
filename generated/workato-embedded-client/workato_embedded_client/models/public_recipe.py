from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = d.pop("id")

        name = d.pop("name")

        user_id = cast("int | None | Unset", d.pop("user_id", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        copy_count = d.pop("copy_count", UNSET)

        trigger_application = cast("None | str | Unset", d.pop("trigger_application", UNSET))

        action_applications = cast(list[str], d.pop("action_applications", UNSET))

        applications = cast(list[str], d.pop("applications", UNSET))

        description = cast("None | str | Unset", d.pop("description", UNSET))

        parameters_schema = cast(list[Any], d.pop("parameters_schema", UNSET))

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
        return public_recipe

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
