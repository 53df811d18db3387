from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, read_enum, unread_attribute
from ..models.connection_authorization_status_type_0 import ConnectionAuthorizationStatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    """A connection as Workato returns it; credentials are never returned.

    Attributes:
        id (int): Workato assigns integer ids.
        name (str):
        provider (str):
        authorized_at (datetime.datetime | None): When the connection was last authorized; null while disconnected.
        authorization_status (ConnectionAuthorizationStatusType0 | None): `success` when authorized; `failed` or
            `exception` after a failed test; null while disconnected.
        authorization_error (None | str):
        created_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        updated_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        external_id (None | str):
        folder_id (int | None):
        parent_id (int | None):
        description (None | str | Unset):
        connection_lost_at (datetime.datetime | None | Unset):
        connection_lost_reason (None | str | Unset):
        tags (list[str] | None | Unset): The connection's tags with `includes[]=tags`; otherwise null.
    """

    id: int
    name: str
    provider: str
    authorized_at: datetime.datetime | None
    authorization_status: ConnectionAuthorizationStatusType0 | None
    authorization_error: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    external_id: None | str
    folder_id: int | None
    parent_id: int | None
    description: None | str | Unset = UNSET
    connection_lost_at: datetime.datetime | None | Unset = UNSET
    connection_lost_reason: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        provider = self.provider

        authorized_at: None | str
        if isinstance(self.authorized_at, datetime.datetime):
            authorized_at = self.authorized_at.isoformat().replace("+00:00", "Z")
        else:
            authorized_at = self.authorized_at

        authorization_status: None | str
        if isinstance(self.authorization_status, ConnectionAuthorizationStatusType0):
            authorization_status = self.authorization_status.value
        else:
            authorization_status = self.authorization_status

        authorization_error: None | str
        authorization_error = self.authorization_error

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        external_id: None | str
        external_id = self.external_id

        folder_id: int | None
        folder_id = self.folder_id

        parent_id: int | None
        parent_id = self.parent_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        connection_lost_at: None | str | Unset
        if isinstance(self.connection_lost_at, Unset):
            connection_lost_at = UNSET
        elif isinstance(self.connection_lost_at, datetime.datetime):
            connection_lost_at = self.connection_lost_at.isoformat().replace("+00:00", "Z")
        else:
            connection_lost_at = self.connection_lost_at

        connection_lost_reason: None | str | Unset
        if isinstance(self.connection_lost_reason, Unset):
            connection_lost_reason = UNSET
        else:
            connection_lost_reason = self.connection_lost_reason

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "provider": provider,
                "authorized_at": authorized_at,
                "authorization_status": authorization_status,
                "authorization_error": authorization_error,
                "created_at": created_at,
                "updated_at": updated_at,
                "external_id": external_id,
                "folder_id": folder_id,
                "parent_id": parent_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if connection_lost_at is not UNSET:
            field_dict["connection_lost_at"] = connection_lost_at
        if connection_lost_reason is not UNSET:
            field_dict["connection_lost_reason"] = connection_lost_reason
        if tags is not UNSET:
            field_dict["tags"] = tags

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
            provider = d.pop("provider")
        except READ_ERRORS as _read_error:
            provider = UNREAD
            _unread_fields = note_unread(_unread_fields, "provider", "provider", _read_error)

        try:
            _authorized_at = d.pop("authorized_at")
            authorized_at: datetime.datetime | None
            if _authorized_at is None:
                authorized_at = _authorized_at
            else:
                try:
                    if not isinstance(_authorized_at, str):
                        raise TypeError()
                    authorized_at_type_0 = datetime.datetime.fromisoformat(_authorized_at)

                    authorized_at = authorized_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    authorized_at = cast("datetime.datetime | None", _authorized_at)

        except READ_ERRORS as _read_error:
            authorized_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "authorized_at", "authorized_at", _read_error)

        try:
            _authorization_status = d.pop("authorization_status")
            authorization_status: ConnectionAuthorizationStatusType0 | None
            if _authorization_status is None:
                authorization_status = _authorization_status
            else:
                try:
                    if not isinstance(_authorization_status, str):
                        raise TypeError()
                    authorization_status_type_0 = read_enum(ConnectionAuthorizationStatusType0, _authorization_status)

                    authorization_status = authorization_status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    authorization_status = cast("ConnectionAuthorizationStatusType0 | None", _authorization_status)

        except READ_ERRORS as _read_error:
            authorization_status = UNREAD
            _unread_fields = note_unread(_unread_fields, "authorization_status", "authorization_status", _read_error)

        try:
            authorization_error = cast("None | str", d.pop("authorization_error"))

        except READ_ERRORS as _read_error:
            authorization_error = UNREAD
            _unread_fields = note_unread(_unread_fields, "authorization_error", "authorization_error", _read_error)

        try:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        except READ_ERRORS as _read_error:
            created_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "created_at", "created_at", _read_error)

        try:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        except READ_ERRORS as _read_error:
            updated_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "updated_at", "updated_at", _read_error)

        try:
            external_id = cast("None | str", d.pop("external_id"))

        except READ_ERRORS as _read_error:
            external_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "external_id", "external_id", _read_error)

        try:
            folder_id = cast("int | None", d.pop("folder_id"))

        except READ_ERRORS as _read_error:
            folder_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "folder_id", "folder_id", _read_error)

        try:
            parent_id = cast("int | None", d.pop("parent_id"))

        except READ_ERRORS as _read_error:
            parent_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "parent_id", "parent_id", _read_error)

        try:
            description = cast("None | str | Unset", d.pop("description", UNSET))

        except READ_ERRORS as _read_error:
            description = UNREAD
            _unread_fields = note_unread(_unread_fields, "description", "description", _read_error)

        try:
            _connection_lost_at = d.pop("connection_lost_at", UNSET)
            connection_lost_at: datetime.datetime | None | Unset
            if _connection_lost_at is None or isinstance(_connection_lost_at, Unset):
                connection_lost_at = _connection_lost_at
            else:
                try:
                    if not isinstance(_connection_lost_at, str):
                        raise TypeError()
                    connection_lost_at_type_0 = datetime.datetime.fromisoformat(_connection_lost_at)

                    connection_lost_at = connection_lost_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    connection_lost_at = cast("datetime.datetime | None | Unset", _connection_lost_at)

        except READ_ERRORS as _read_error:
            connection_lost_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "connection_lost_at", "connection_lost_at", _read_error)

        try:
            connection_lost_reason = cast("None | str | Unset", d.pop("connection_lost_reason", UNSET))

        except READ_ERRORS as _read_error:
            connection_lost_reason = UNREAD
            _unread_fields = note_unread(
                _unread_fields, "connection_lost_reason", "connection_lost_reason", _read_error
            )

        try:
            _tags = d.pop("tags", UNSET)
            tags: list[str] | None | Unset
            if _tags is None or isinstance(_tags, Unset):
                tags = _tags
            else:
                try:
                    if not isinstance(_tags, list):
                        raise TypeError()
                    tags_type_0 = cast(list[str], _tags)

                    tags = tags_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    tags = cast("list[str] | None | Unset", _tags)

        except READ_ERRORS as _read_error:
            tags = UNREAD
            _unread_fields = note_unread(_unread_fields, "tags", "tags", _read_error)

        connection = cls(
            id=id,
            name=name,
            provider=provider,
            authorized_at=authorized_at,
            authorization_status=authorization_status,
            authorization_error=authorization_error,
            created_at=created_at,
            updated_at=updated_at,
            external_id=external_id,
            folder_id=folder_id,
            parent_id=parent_id,
            description=description,
            connection_lost_at=connection_lost_at,
            connection_lost_reason=connection_lost_reason,
            tags=tags,
        )

        connection.additional_properties = d
        return mark_unread(connection, _unread_fields)

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
