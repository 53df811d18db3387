from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
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
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

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
        _unread_fields: dict[str, str] | None = None
        try:
            name = d.pop("name")
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            email = d.pop("email")
        except READ_ERRORS as _read_error:
            email = UNREAD
            _unread_fields = note_unread(_unread_fields, "email", "email", _read_error)

        try:
            role_name = d.pop("role_name", UNSET)
        except READ_ERRORS as _read_error:
            role_name = UNREAD
            _unread_fields = note_unread(_unread_fields, "role_name", "role_name", _read_error)

        try:
            _env_roles = d.pop("env_roles", UNSET)
            env_roles: list[CollaboratorInvitationEnvRolesItem] | Unset = UNSET
            if _env_roles is not UNSET:
                env_roles = []
                for env_roles_item_data in _env_roles:
                    env_roles_item = CollaboratorInvitationEnvRolesItem.from_dict(env_roles_item_data)

                    env_roles.append(env_roles_item)

        except READ_ERRORS as _read_error:
            env_roles = UNREAD
            _unread_fields = note_unread(_unread_fields, "env_roles", "env_roles", _read_error)

        collaborator_invitation = cls(
            name=name,
            email=email,
            role_name=role_name,
            env_roles=env_roles,
        )

        collaborator_invitation.additional_properties = d
        return mark_unread(collaborator_invitation, _unread_fields)

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
