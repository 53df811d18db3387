from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, read_enum, unread_attribute
from ..models.api_auth_type import ApiAuthType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiAccessProfile")


@_attrs_define
class ApiAccessProfile:
    """
    Attributes:
        id (int): Workato assigns integer ids.
        name (str):
        api_client_id (int): Workato assigns integer ids.
        api_collection_ids (list[int]):
        active (bool):
        auth_type (ApiAuthType): How the API client authenticates its calls.
        created_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        updated_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        ip_allow_list (list[str] | Unset):
        oidc_issuer (None | str | Unset):
        oidc_jwks_uri (None | str | Unset):
        access_profile_claim (None | str | Unset):
        required_claims (list[str] | Unset):
        allowed_issuers (list[str] | Unset):
    """

    id: int
    name: str
    api_client_id: int
    api_collection_ids: list[int]
    active: bool
    auth_type: ApiAuthType
    created_at: datetime.datetime
    updated_at: datetime.datetime
    ip_allow_list: list[str] | Unset = UNSET
    oidc_issuer: None | str | Unset = UNSET
    oidc_jwks_uri: None | str | Unset = UNSET
    access_profile_claim: None | str | Unset = UNSET
    required_claims: list[str] | Unset = UNSET
    allowed_issuers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        api_client_id = self.api_client_id

        api_collection_ids = self.api_collection_ids

        active = self.active

        auth_type = self.auth_type.value

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        ip_allow_list: list[str] | Unset = UNSET
        if not isinstance(self.ip_allow_list, Unset):
            ip_allow_list = self.ip_allow_list

        oidc_issuer: None | str | Unset
        if isinstance(self.oidc_issuer, Unset):
            oidc_issuer = UNSET
        else:
            oidc_issuer = self.oidc_issuer

        oidc_jwks_uri: None | str | Unset
        if isinstance(self.oidc_jwks_uri, Unset):
            oidc_jwks_uri = UNSET
        else:
            oidc_jwks_uri = self.oidc_jwks_uri

        access_profile_claim: None | str | Unset
        if isinstance(self.access_profile_claim, Unset):
            access_profile_claim = UNSET
        else:
            access_profile_claim = self.access_profile_claim

        required_claims: list[str] | Unset = UNSET
        if not isinstance(self.required_claims, Unset):
            required_claims = self.required_claims

        allowed_issuers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_issuers, Unset):
            allowed_issuers = self.allowed_issuers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "api_client_id": api_client_id,
                "api_collection_ids": api_collection_ids,
                "active": active,
                "auth_type": auth_type,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if ip_allow_list is not UNSET:
            field_dict["ip_allow_list"] = ip_allow_list
        if oidc_issuer is not UNSET:
            field_dict["oidc_issuer"] = oidc_issuer
        if oidc_jwks_uri is not UNSET:
            field_dict["oidc_jwks_uri"] = oidc_jwks_uri
        if access_profile_claim is not UNSET:
            field_dict["access_profile_claim"] = access_profile_claim
        if required_claims is not UNSET:
            field_dict["required_claims"] = required_claims
        if allowed_issuers is not UNSET:
            field_dict["allowed_issuers"] = allowed_issuers

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
            api_client_id = d.pop("api_client_id")
        except READ_ERRORS as _read_error:
            api_client_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "api_client_id", "api_client_id", _read_error)

        try:
            api_collection_ids = cast(list[int], d.pop("api_collection_ids"))

        except READ_ERRORS as _read_error:
            api_collection_ids = UNREAD
            _unread_fields = note_unread(_unread_fields, "api_collection_ids", "api_collection_ids", _read_error)

        try:
            active = d.pop("active")
        except READ_ERRORS as _read_error:
            active = UNREAD
            _unread_fields = note_unread(_unread_fields, "active", "active", _read_error)

        try:
            auth_type = read_enum(ApiAuthType, d.pop("auth_type"))

        except READ_ERRORS as _read_error:
            auth_type = UNREAD
            _unread_fields = note_unread(_unread_fields, "auth_type", "auth_type", _read_error)

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
            ip_allow_list = cast(list[str], d.pop("ip_allow_list", UNSET))

        except READ_ERRORS as _read_error:
            ip_allow_list = UNREAD
            _unread_fields = note_unread(_unread_fields, "ip_allow_list", "ip_allow_list", _read_error)

        try:
            oidc_issuer = cast("None | str | Unset", d.pop("oidc_issuer", UNSET))

        except READ_ERRORS as _read_error:
            oidc_issuer = UNREAD
            _unread_fields = note_unread(_unread_fields, "oidc_issuer", "oidc_issuer", _read_error)

        try:
            oidc_jwks_uri = cast("None | str | Unset", d.pop("oidc_jwks_uri", UNSET))

        except READ_ERRORS as _read_error:
            oidc_jwks_uri = UNREAD
            _unread_fields = note_unread(_unread_fields, "oidc_jwks_uri", "oidc_jwks_uri", _read_error)

        try:
            access_profile_claim = cast("None | str | Unset", d.pop("access_profile_claim", UNSET))

        except READ_ERRORS as _read_error:
            access_profile_claim = UNREAD
            _unread_fields = note_unread(_unread_fields, "access_profile_claim", "access_profile_claim", _read_error)

        try:
            required_claims = cast(list[str], d.pop("required_claims", UNSET))

        except READ_ERRORS as _read_error:
            required_claims = UNREAD
            _unread_fields = note_unread(_unread_fields, "required_claims", "required_claims", _read_error)

        try:
            allowed_issuers = cast(list[str], d.pop("allowed_issuers", UNSET))

        except READ_ERRORS as _read_error:
            allowed_issuers = UNREAD
            _unread_fields = note_unread(_unread_fields, "allowed_issuers", "allowed_issuers", _read_error)

        api_access_profile = cls(
            id=id,
            name=name,
            api_client_id=api_client_id,
            api_collection_ids=api_collection_ids,
            active=active,
            auth_type=auth_type,
            created_at=created_at,
            updated_at=updated_at,
            ip_allow_list=ip_allow_list,
            oidc_issuer=oidc_issuer,
            oidc_jwks_uri=oidc_jwks_uri,
            access_profile_claim=access_profile_claim,
            required_claims=required_claims,
            allowed_issuers=allowed_issuers,
        )

        api_access_profile.additional_properties = d
        return mark_unread(api_access_profile, _unread_fields)

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
