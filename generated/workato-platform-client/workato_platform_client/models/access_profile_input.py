from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, read_enum, unread_attribute
from ..models.auth_type import AuthType
from ..models.jwt_method import JwtMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessProfileInput")


@_attrs_define
class AccessProfileInput:
    """
    Attributes:
        name (str):
        api_collection_ids (list[int]):
        active (bool): A client with a disabled profile cannot call any API.
        auth_type (AuthType): How the API client authenticates its calls.
        jwt_method (JwtMethod | Unset): The JWT signing method.
        jwt_secret (str | Unset): The HMAC shared secret or the RSA public key.
        ip_allow_list (list[str] | Unset):
        oidc_issuer (str | Unset): Discovery URL of the identity provider (jwt or oidc).
        oidc_jwks_uri (str | Unset): JWKS URL of the identity provider (jwt or oidc).
        access_profile_claim (str | Unset): Custom JWT claim identifying the profile (jwt or oidc).
        required_claims (list[str] | Unset): Claims to enforce (jwt or oidc).
        allowed_issuers (list[str] | Unset): Allowed `iss` values (jwt or oidc).
    """

    name: str
    api_collection_ids: list[int]
    active: bool
    auth_type: AuthType
    jwt_method: JwtMethod | Unset = UNSET
    jwt_secret: str | Unset = UNSET
    ip_allow_list: list[str] | Unset = UNSET
    oidc_issuer: str | Unset = UNSET
    oidc_jwks_uri: str | Unset = UNSET
    access_profile_claim: str | Unset = UNSET
    required_claims: list[str] | Unset = UNSET
    allowed_issuers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        api_collection_ids = self.api_collection_ids

        active = self.active

        auth_type = self.auth_type.value

        jwt_method: str | Unset = UNSET
        if not isinstance(self.jwt_method, Unset):
            jwt_method = self.jwt_method.value

        jwt_secret = self.jwt_secret

        ip_allow_list: list[str] | Unset = UNSET
        if not isinstance(self.ip_allow_list, Unset):
            ip_allow_list = []
            for ip_allow_list_item_data in self.ip_allow_list:
                ip_allow_list_item: str
                ip_allow_list_item = ip_allow_list_item_data
                ip_allow_list.append(ip_allow_list_item)

        oidc_issuer = self.oidc_issuer

        oidc_jwks_uri = self.oidc_jwks_uri

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
                "name": name,
                "api_collection_ids": api_collection_ids,
                "active": active,
                "auth_type": auth_type,
            }
        )
        if jwt_method is not UNSET:
            field_dict["jwt_method"] = jwt_method
        if jwt_secret is not UNSET:
            field_dict["jwt_secret"] = jwt_secret
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
            name = d.pop("name")
        except READ_ERRORS as _read_error:
            name = UNREAD
            _unread_fields = note_unread(_unread_fields, "name", "name", _read_error)

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
            auth_type = read_enum(AuthType, d.pop("auth_type"))

        except READ_ERRORS as _read_error:
            auth_type = UNREAD
            _unread_fields = note_unread(_unread_fields, "auth_type", "auth_type", _read_error)

        try:
            _jwt_method = d.pop("jwt_method", UNSET)
            jwt_method: JwtMethod | Unset
            if isinstance(_jwt_method, Unset):
                jwt_method = UNSET
            else:
                jwt_method = read_enum(JwtMethod, _jwt_method)

        except READ_ERRORS as _read_error:
            jwt_method = UNREAD
            _unread_fields = note_unread(_unread_fields, "jwt_method", "jwt_method", _read_error)

        try:
            jwt_secret = d.pop("jwt_secret", UNSET)
        except READ_ERRORS as _read_error:
            jwt_secret = UNREAD
            _unread_fields = note_unread(_unread_fields, "jwt_secret", "jwt_secret", _read_error)

        try:
            _ip_allow_list = d.pop("ip_allow_list", UNSET)
            ip_allow_list: list[str] | Unset = UNSET
            if _ip_allow_list is not UNSET:
                ip_allow_list = []
                for ip_allow_list_item_data in _ip_allow_list:
                    ip_allow_list_item = cast("str", ip_allow_list_item_data)

                    ip_allow_list.append(ip_allow_list_item)

        except READ_ERRORS as _read_error:
            ip_allow_list = UNREAD
            _unread_fields = note_unread(_unread_fields, "ip_allow_list", "ip_allow_list", _read_error)

        try:
            oidc_issuer = d.pop("oidc_issuer", UNSET)
        except READ_ERRORS as _read_error:
            oidc_issuer = UNREAD
            _unread_fields = note_unread(_unread_fields, "oidc_issuer", "oidc_issuer", _read_error)

        try:
            oidc_jwks_uri = d.pop("oidc_jwks_uri", UNSET)
        except READ_ERRORS as _read_error:
            oidc_jwks_uri = UNREAD
            _unread_fields = note_unread(_unread_fields, "oidc_jwks_uri", "oidc_jwks_uri", _read_error)

        try:
            access_profile_claim = d.pop("access_profile_claim", UNSET)
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

        access_profile_input = cls(
            name=name,
            api_collection_ids=api_collection_ids,
            active=active,
            auth_type=auth_type,
            jwt_method=jwt_method,
            jwt_secret=jwt_secret,
            ip_allow_list=ip_allow_list,
            oidc_issuer=oidc_issuer,
            oidc_jwks_uri=oidc_jwks_uri,
            access_profile_claim=access_profile_claim,
            required_claims=required_claims,
            allowed_issuers=allowed_issuers,
        )

        access_profile_input.additional_properties = d
        return mark_unread(access_profile_input, _unread_fields)

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
