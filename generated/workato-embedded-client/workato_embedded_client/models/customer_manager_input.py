from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerManagerInput")


@_attrs_define
class CustomerManagerInput:
    """
    Attributes:
        email (str): The partner-team user to make a customer manager.
        role_id (str): ID of the privilege group (role) the manager gets.
        name (str | Unset):
        permitted_workspace_ids (list[int] | Unset): IDs of the customer accounts it may access; empty or omitted means
            all.
    """

    email: str
    role_id: str
    name: str | Unset = UNSET
    permitted_workspace_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role_id = self.role_id

        name = self.name

        permitted_workspace_ids: list[int] | Unset = UNSET
        if not isinstance(self.permitted_workspace_ids, Unset):
            permitted_workspace_ids = self.permitted_workspace_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "role_id": role_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if permitted_workspace_ids is not UNSET:
            field_dict["permitted_workspace_ids"] = permitted_workspace_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            email = d.pop("email")
        except READ_ERRORS as _read_error:
            email = UNREAD
            _unread_fields = note_unread(_unread_fields, "email", "email", _read_error)

        try:
            role_id = d.pop("role_id")
        except READ_ERRORS as _read_error:
            role_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "role_id", "role_id", _read_error)

        try:
            name = d.pop("name", UNSET)
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            permitted_workspace_ids = cast(list[int], d.pop("permitted_workspace_ids", UNSET))

        except READ_ERRORS as _read_error:
            permitted_workspace_ids = UNREAD
            _unread_fields = note_unread(
                _unread_fields, "permitted_workspace_ids", "permitted_workspace_ids", _read_error
            )

        customer_manager_input = cls(
            email=email,
            role_id=role_id,
            name=name,
            permitted_workspace_ids=permitted_workspace_ids,
        )

        customer_manager_input.additional_properties = d
        return mark_unread(customer_manager_input, _unread_fields)

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
