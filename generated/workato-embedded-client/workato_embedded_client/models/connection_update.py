from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionUpdate")


@_attrs_define
class ConnectionUpdate:
    """
    Attributes:
        name (str | Unset):
        folder_id (int | Unset): Workato assigns integer ids.
        parent_id (int | Unset): Workato assigns integer ids.
        external_id (str | Unset):
        shell_connection (bool | Unset): Save new `input` without testing it; the connection is not authorized by this
            update. Default: `false` (the server's, when not sent).
        input_ (ConnectionUpdateInput | Unset): New connection fields; the credentials are tested again.
        oauth_token_pair (OAuthTokenPair | Unset): OAuth tokens obtained by the partner for the customer's app account.
    """

    name: str | Unset = UNSET
    folder_id: int | Unset = UNSET
    parent_id: int | Unset = UNSET
    external_id: str | Unset = UNSET
    shell_connection: bool | Unset = UNSET
    input_: ConnectionUpdateInput | Unset = UNSET
    oauth_token_pair: OAuthTokenPair | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        folder_id = self.folder_id

        parent_id = self.parent_id

        external_id = self.external_id

        shell_connection = self.shell_connection

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        oauth_token_pair: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oauth_token_pair, Unset):
            oauth_token_pair = self.oauth_token_pair.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if shell_connection is not UNSET:
            field_dict["shell_connection"] = shell_connection
        if input_ is not UNSET:
            field_dict["input"] = input_
        if oauth_token_pair is not UNSET:
            field_dict["oauth_token_pair"] = oauth_token_pair

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            name = d.pop("name", UNSET)
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

        try:
            folder_id = d.pop("folder_id", UNSET)
        except READ_ERRORS as _read_error:
            folder_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "folder_id", "folder_id", _read_error)

        try:
            parent_id = d.pop("parent_id", UNSET)
        except READ_ERRORS as _read_error:
            parent_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "parent_id", "parent_id", _read_error)

        try:
            external_id = d.pop("external_id", UNSET)
        except READ_ERRORS as _read_error:
            external_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "external_id", "external_id", _read_error)

        try:
            shell_connection = d.pop("shell_connection", UNSET)
        except READ_ERRORS as _read_error:
            shell_connection = UNREAD
            _unread_fields = note_unread(_unread_fields, "shell_connection", "shell_connection", _read_error)

        try:
            _input_ = d.pop("input", UNSET)
            input_: ConnectionUpdateInput | Unset
            if isinstance(_input_, Unset):
                input_ = UNSET
            else:
                input_ = ConnectionUpdateInput.from_dict(_input_)

        except READ_ERRORS as _read_error:
            input_ = UNREAD
            _unread_fields = note_unread(_unread_fields, "input_", "input", _read_error)

        try:
            _oauth_token_pair = d.pop("oauth_token_pair", UNSET)
            oauth_token_pair: OAuthTokenPair | Unset
            if isinstance(_oauth_token_pair, Unset):
                oauth_token_pair = UNSET
            else:
                oauth_token_pair = OAuthTokenPair.from_dict(_oauth_token_pair)

        except READ_ERRORS as _read_error:
            oauth_token_pair = UNREAD
            _unread_fields = note_unread(_unread_fields, "oauth_token_pair", "oauth_token_pair", _read_error)

        connection_update = cls(
            name=name,
            folder_id=folder_id,
            parent_id=parent_id,
            external_id=external_id,
            shell_connection=shell_connection,
            input_=input_,
            oauth_token_pair=oauth_token_pair,
        )

        connection_update.additional_properties = d
        return mark_unread(connection_update, _unread_fields)

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


from ..models.connection_update_input import ConnectionUpdateInput  # noqa: E402
from ..models.o_auth_token_pair import OAuthTokenPair  # noqa: E402
