from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, read_enum, unread_attribute
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
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

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
        _unread_fields: dict[str, str] | None = None
        try:
            _environment_type = d.pop("environment_type", UNSET)
            environment_type: CollaboratorInvitationEnvRolesItemEnvironmentType | Unset
            if isinstance(_environment_type, Unset):
                environment_type = UNSET
            else:
                environment_type = read_enum(CollaboratorInvitationEnvRolesItemEnvironmentType, _environment_type)

        except READ_ERRORS as _read_error:
            environment_type = UNREAD
            _unread_fields = note_unread(_unread_fields, "environment_type", "environment_type", _read_error)

        try:
            role_name = d.pop("role_name", UNSET)
        except READ_ERRORS as _read_error:
            role_name = UNREAD
            _unread_fields = note_unread(_unread_fields, "role_name", "role_name", _read_error)

        collaborator_invitation_env_roles_item = cls(
            environment_type=environment_type,
            role_name=role_name,
        )

        collaborator_invitation_env_roles_item.additional_properties = d
        return mark_unread(collaborator_invitation_env_roles_item, _unread_fields)

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
