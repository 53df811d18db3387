from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollaboratorInvitation")


@_attrs_define
class CollaboratorInvitation:
    """An invitation (research S1). When both role fields are sent, `env_roles` wins.

    Attributes:
        name (str):
        email (str):
        role_name (str | Unset): The invitee's role (development environment only).
        env_roles (list[CollaboratorInvitationEnvRolesItem] | Unset): The invitee's role in each environment.
    """

    name: str
    email: str
    role_name: str | Unset = UNSET
    env_roles: list[CollaboratorInvitationEnvRolesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        role_name = self.role_name

        env_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.env_roles, Unset):
            env_roles = []
            for env_roles_item_data in self.env_roles:
                env_roles_item = env_roles_item_data.to_dict()
                env_roles.append(env_roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
            }
        )
        if role_name is not UNSET:
            field_dict["role_name"] = role_name
        if env_roles is not UNSET:
            field_dict["env_roles"] = env_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        email = d.pop("email")

        role_name = d.pop("role_name", UNSET)

        _env_roles = d.pop("env_roles", UNSET)
        env_roles: list[CollaboratorInvitationEnvRolesItem] | Unset = UNSET
        if _env_roles is not UNSET:
            env_roles = []
            for env_roles_item_data in _env_roles:
                env_roles_item = CollaboratorInvitationEnvRolesItem.from_dict(env_roles_item_data)

                env_roles.append(env_roles_item)

        collaborator_invitation = cls(
            name=name,
            email=email,
            role_name=role_name,
            env_roles=env_roles,
        )

        collaborator_invitation.additional_properties = d
        return collaborator_invitation

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


from ..models.collaborator_invitation_env_roles_item import CollaboratorInvitationEnvRolesItem  # noqa: E402
