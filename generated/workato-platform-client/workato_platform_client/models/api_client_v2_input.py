from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, read_enum, unread_attribute
from ..models.auth_type import AuthType
from ..models.jwt_method import JwtMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiClientV2Input")


@_attrs_define
class ApiClientV2Input:
    """A v2 API client as a create request sends it; the server assigns the rest.

    Attributes:
        name (str): Name of the client.
        api_collection_ids (list[int]): The collections the client may call; each must exist.
        auth_type (AuthType): How the API client authenticates its calls.
        description (str | Unset): What the client is for.
        project_id (int | Unset): Workato assigns integer ids.
        api_portal_id (int | Unset): Workato assigns integer ids.
        email (str | Unset): Contact address of the client.
        api_policy_id (int | Unset): Workato assigns integer ids.
        jwt_method (JwtMethod | Unset): The JWT signing method.
        jwt_secret (str | Unset): The HMAC shared secret or the RSA public key (jwt).
        oidc_issuer (str | Unset): Discovery URL of the identity provider.
        oidc_jwks_uri (str | Unset): JWKS URL of the identity provider.
        access_profile_claim (str | Unset): JWT claim identifying the access profile.
        required_claims (list[str] | Unset): Claims to enforce.
        allowed_issuers (list[str] | Unset): Allowed `iss` values.
        mtls_enabled (bool | Unset): Whether the client must present a TLS certificate.
        validation_formula (str | Unset): Formula the client certificate must satisfy.
        cert_bundle_ids (list[int] | Unset): Certificate bundles for mutual TLS.
    """

    name: str
    api_collection_ids: list[int]
    auth_type: AuthType
    description: str | Unset = UNSET
    project_id: int | Unset = UNSET
    api_portal_id: int | Unset = UNSET
    email: str | Unset = UNSET
    api_policy_id: int | Unset = UNSET
    jwt_method: JwtMethod | Unset = UNSET
    jwt_secret: str | Unset = UNSET
    oidc_issuer: str | Unset = UNSET
    oidc_jwks_uri: str | Unset = UNSET
    access_profile_claim: str | Unset = UNSET
    required_claims: list[str] | Unset = UNSET
    allowed_issuers: list[str] | Unset = UNSET
    mtls_enabled: bool | Unset = UNSET
    validation_formula: str | Unset = UNSET
    cert_bundle_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        api_collection_ids = self.api_collection_ids

        auth_type = self.auth_type.value

        description = self.description

        project_id = self.project_id

        api_portal_id = self.api_portal_id

        email = self.email

        api_policy_id = self.api_policy_id

        jwt_method: str | Unset = UNSET
        if not isinstance(self.jwt_method, Unset):
            jwt_method = self.jwt_method.value

        jwt_secret = self.jwt_secret

        oidc_issuer = self.oidc_issuer

        oidc_jwks_uri = self.oidc_jwks_uri

        access_profile_claim = self.access_profile_claim

        required_claims: list[str] | Unset = UNSET
        if not isinstance(self.required_claims, Unset):
            required_claims = self.required_claims

        allowed_issuers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_issuers, Unset):
            allowed_issuers = self.allowed_issuers

        mtls_enabled = self.mtls_enabled

        validation_formula = self.validation_formula

        cert_bundle_ids: list[int] | Unset = UNSET
        if not isinstance(self.cert_bundle_ids, Unset):
            cert_bundle_ids = self.cert_bundle_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "api_collection_ids": api_collection_ids,
                "auth_type": auth_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if api_portal_id is not UNSET:
            field_dict["api_portal_id"] = api_portal_id
        if email is not UNSET:
            field_dict["email"] = email
        if api_policy_id is not UNSET:
            field_dict["api_policy_id"] = api_policy_id
        if jwt_method is not UNSET:
            field_dict["jwt_method"] = jwt_method
        if jwt_secret is not UNSET:
            field_dict["jwt_secret"] = jwt_secret
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
        if mtls_enabled is not UNSET:
            field_dict["mtls_enabled"] = mtls_enabled
        if validation_formula is not UNSET:
            field_dict["validation_formula"] = validation_formula
        if cert_bundle_ids is not UNSET:
            field_dict["cert_bundle_ids"] = cert_bundle_ids

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
            auth_type = read_enum(AuthType, d.pop("auth_type"))

        except READ_ERRORS as _read_error:
            auth_type = UNREAD
            _unread_fields = note_unread(_unread_fields, "auth_type", "auth_type", _read_error)

        try:
            description = d.pop("description", UNSET)
        except READ_ERRORS as _read_error:
            description = UNREAD
            _unread_fields = note_unread(_unread_fields, "description", "description", _read_error)

        try:
            project_id = d.pop("project_id", UNSET)
        except READ_ERRORS as _read_error:
            project_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "project_id", "project_id", _read_error)

        try:
            api_portal_id = d.pop("api_portal_id", UNSET)
        except READ_ERRORS as _read_error:
            api_portal_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "api_portal_id", "api_portal_id", _read_error)

        try:
            email = d.pop("email", UNSET)
        except READ_ERRORS as _read_error:
            email = UNREAD
            _unread_fields = note_unread(_unread_fields, "email", "email", _read_error)

        try:
            api_policy_id = d.pop("api_policy_id", UNSET)
        except READ_ERRORS as _read_error:
            api_policy_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "api_policy_id", "api_policy_id", _read_error)

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

        try:
            mtls_enabled = d.pop("mtls_enabled", UNSET)
        except READ_ERRORS as _read_error:
            mtls_enabled = UNREAD
            _unread_fields = note_unread(_unread_fields, "mtls_enabled", "mtls_enabled", _read_error)

        try:
            validation_formula = d.pop("validation_formula", UNSET)
        except READ_ERRORS as _read_error:
            validation_formula = UNREAD
            _unread_fields = note_unread(_unread_fields, "validation_formula", "validation_formula", _read_error)

        try:
            cert_bundle_ids = cast(list[int], d.pop("cert_bundle_ids", UNSET))

        except READ_ERRORS as _read_error:
            cert_bundle_ids = UNREAD
            _unread_fields = note_unread(_unread_fields, "cert_bundle_ids", "cert_bundle_ids", _read_error)

        api_client_v2_input = cls(
            name=name,
            api_collection_ids=api_collection_ids,
            auth_type=auth_type,
            description=description,
            project_id=project_id,
            api_portal_id=api_portal_id,
            email=email,
            api_policy_id=api_policy_id,
            jwt_method=jwt_method,
            jwt_secret=jwt_secret,
            oidc_issuer=oidc_issuer,
            oidc_jwks_uri=oidc_jwks_uri,
            access_profile_claim=access_profile_claim,
            required_claims=required_claims,
            allowed_issuers=allowed_issuers,
            mtls_enabled=mtls_enabled,
            validation_formula=validation_formula,
            cert_bundle_ids=cert_bundle_ids,
        )

        api_client_v2_input.additional_properties = d
        return mark_unread(api_client_v2_input, _unread_fields)

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
