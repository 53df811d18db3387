from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Folder")


@_attrs_define
class Folder:
    """A folder (research S3 developer twin, S5). Only `id` and `name` are always present.

    Attributes:
        id (int): Workato assigns integer ids.
        name (str):
        parent_id (int | None | Unset): The enclosing folder; null at the top level.
        is_project (bool | None | Unset):
        project_id (int | None | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    id: int
    name: str
    parent_id: int | None | Unset = UNSET
    is_project: bool | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        is_project: bool | None | Unset
        if isinstance(self.is_project, Unset):
            is_project = UNSET
        else:
            is_project = self.is_project

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

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
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if is_project is not UNSET:
            field_dict["is_project"] = is_project
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        parent_id = cast("int | None | Unset", d.pop("parent_id", UNSET))

        is_project = cast("bool | None | Unset", d.pop("is_project", UNSET))

        project_id = cast("int | None | Unset", d.pop("project_id", UNSET))

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
        return folder

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
