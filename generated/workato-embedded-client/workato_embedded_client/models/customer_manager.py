from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerManager")


@_attrs_define
class CustomerManager:
    """A customer manager (research S2). Update responses leave out `moderated_workspaces`.

    Attributes:
        id (int): Workato assigns integer ids.
        user (CustomerManagerUser | Unset):
        privilege_group (CustomerManagerPrivilegeGroup | Unset):
        moderated_workspaces (list[CustomerManagerWorkspace] | Unset): The customer accounts it manages; empty means
            every account.
    """

    id: int
    user: CustomerManagerUser | Unset = UNSET
    privilege_group: CustomerManagerPrivilegeGroup | Unset = UNSET
    moderated_workspaces: list[CustomerManagerWorkspace] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        privilege_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.privilege_group, Unset):
            privilege_group = self.privilege_group.to_dict()

        moderated_workspaces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.moderated_workspaces, Unset):
            moderated_workspaces = []
            for moderated_workspaces_item_data in self.moderated_workspaces:
                moderated_workspaces_item = moderated_workspaces_item_data.to_dict()
                moderated_workspaces.append(moderated_workspaces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if privilege_group is not UNSET:
            field_dict["privilege_group"] = privilege_group
        if moderated_workspaces is not UNSET:
            field_dict["moderated_workspaces"] = moderated_workspaces

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
            _user = d.pop("user", UNSET)
            user: CustomerManagerUser | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = CustomerManagerUser.from_dict(_user)

        except READ_ERRORS as _read_error:
            user = UNREAD
            _unread_fields = note_unread(_unread_fields, "user", "user", _read_error)

        try:
            _privilege_group = d.pop("privilege_group", UNSET)
            privilege_group: CustomerManagerPrivilegeGroup | Unset
            if isinstance(_privilege_group, Unset):
                privilege_group = UNSET
            else:
                privilege_group = CustomerManagerPrivilegeGroup.from_dict(_privilege_group)

        except READ_ERRORS as _read_error:
            privilege_group = UNREAD
            _unread_fields = note_unread(_unread_fields, "privilege_group", "privilege_group", _read_error)

        try:
            _moderated_workspaces = d.pop("moderated_workspaces", UNSET)
            moderated_workspaces: list[CustomerManagerWorkspace] | Unset = UNSET
            if _moderated_workspaces is not UNSET:
                moderated_workspaces = []
                for moderated_workspaces_item_data in _moderated_workspaces:
                    moderated_workspaces_item = CustomerManagerWorkspace.from_dict(moderated_workspaces_item_data)

                    moderated_workspaces.append(moderated_workspaces_item)

        except READ_ERRORS as _read_error:
            moderated_workspaces = UNREAD
            _unread_fields = note_unread(_unread_fields, "moderated_workspaces", "moderated_workspaces", _read_error)

        customer_manager = cls(
            id=id,
            user=user,
            privilege_group=privilege_group,
            moderated_workspaces=moderated_workspaces,
        )

        customer_manager.additional_properties = d
        return mark_unread(customer_manager, _unread_fields)

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


from ..models.customer_manager_privilege_group import CustomerManagerPrivilegeGroup  # noqa: E402
from ..models.customer_manager_user import CustomerManagerUser  # noqa: E402
from ..models.customer_manager_workspace import CustomerManagerWorkspace  # noqa: E402
