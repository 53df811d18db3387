from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collaborator_invitation_env_roles_item_environment_type import (
    CollaboratorInvitationEnvRolesItemEnvironmentType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollaboratorInvitationEnvRolesItem")


@_attrs_define
class CollaboratorInvitationEnvRolesItem:
    """
    Attributes:
        environment_type (CollaboratorInvitationEnvRolesItemEnvironmentType | Unset):
        role_name (str | Unset):
    """

    environment_type: CollaboratorInvitationEnvRolesItemEnvironmentType | Unset = UNSET
    role_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_type: str | Unset = UNSET
        if not isinstance(self.environment_type, Unset):
            environment_type = self.environment_type.value

        role_name = self.role_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment_type is not UNSET:
            field_dict["environment_type"] = environment_type
        if role_name is not UNSET:
            field_dict["role_name"] = role_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _environment_type = d.pop("environment_type", UNSET)
        environment_type: CollaboratorInvitationEnvRolesItemEnvironmentType | Unset
        if isinstance(_environment_type, Unset):
            environment_type = UNSET
        else:
            environment_type = CollaboratorInvitationEnvRolesItemEnvironmentType(_environment_type)

        role_name = d.pop("role_name", UNSET)

        collaborator_invitation_env_roles_item = cls(
            environment_type=environment_type,
            role_name=role_name,
        )

        collaborator_invitation_env_roles_item.additional_properties = d
        return collaborator_invitation_env_roles_item

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
