from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, read_enum, unread_attribute
from ..models.auth_type import AuthType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiClientV2")


@_attrs_define
class ApiClientV2:
    """An API client in the v2 shape.

    Attributes:
        id (int): Workato assigns integer ids.
        name (str):
        created_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        updated_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        logo (None | str): URL of the client's logo.
        logo_2x (None | str): URL of the client's high-resolution logo.
        is_legacy (bool):
        auth_type (AuthType): How the API client authenticates its calls.
        api_policies (list[ApiPolicySummary]):
        api_collections (list[ApiCollectionSummary]):
        description (None | str | Unset):
        project_id (int | Unset): Workato assigns integer ids.
        active_api_keys_count (int | Unset): How many of its keys are active.
        total_api_keys_count (int | Unset): How many keys it has.
        email (None | str | Unset):
        api_token (None | str | Unset): The client's API token (token clients only).
        mtls_enabled (bool | None | Unset):
        validation_formula (None | str | Unset):
        cert_bundle_ids (list[int] | None | Unset):
    """

    id: int
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    logo: None | str
    logo_2x: None | str
    is_legacy: bool
    auth_type: AuthType
    api_policies: list[ApiPolicySummary]
    api_collections: list[ApiCollectionSummary]
    description: None | str | Unset = UNSET
    project_id: int | Unset = UNSET
    active_api_keys_count: int | Unset = UNSET
    total_api_keys_count: int | Unset = UNSET
    email: None | str | Unset = UNSET
    api_token: None | str | Unset = UNSET
    mtls_enabled: bool | None | Unset = UNSET
    validation_formula: None | str | Unset = UNSET
    cert_bundle_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        logo: None | str
        logo = self.logo

        logo_2x: None | str
        logo_2x = self.logo_2x

        is_legacy = self.is_legacy

        auth_type = self.auth_type.value

        api_policies = []
        for api_policies_item_data in self.api_policies:
            api_policies_item = api_policies_item_data.to_dict()
            api_policies.append(api_policies_item)

        api_collections = []
        for api_collections_item_data in self.api_collections:
            api_collections_item = api_collections_item_data.to_dict()
            api_collections.append(api_collections_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        project_id = self.project_id

        active_api_keys_count = self.active_api_keys_count

        total_api_keys_count = self.total_api_keys_count

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        api_token: None | str | Unset
        if isinstance(self.api_token, Unset):
            api_token = UNSET
        else:
            api_token = self.api_token

        mtls_enabled: bool | None | Unset
        if isinstance(self.mtls_enabled, Unset):
            mtls_enabled = UNSET
        else:
            mtls_enabled = self.mtls_enabled

        validation_formula: None | str | Unset
        if isinstance(self.validation_formula, Unset):
            validation_formula = UNSET
        else:
            validation_formula = self.validation_formula

        cert_bundle_ids: list[int] | None | Unset
        if isinstance(self.cert_bundle_ids, Unset):
            cert_bundle_ids = UNSET
        elif isinstance(self.cert_bundle_ids, list):
            cert_bundle_ids = self.cert_bundle_ids

        else:
            cert_bundle_ids = self.cert_bundle_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
                "logo": logo,
                "logo_2x": logo_2x,
                "is_legacy": is_legacy,
                "auth_type": auth_type,
                "api_policies": api_policies,
                "api_collections": api_collections,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if active_api_keys_count is not UNSET:
            field_dict["active_api_keys_count"] = active_api_keys_count
        if total_api_keys_count is not UNSET:
            field_dict["total_api_keys_count"] = total_api_keys_count
        if email is not UNSET:
            field_dict["email"] = email
        if api_token is not UNSET:
            field_dict["api_token"] = api_token
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
            logo = cast("None | str", d.pop("logo"))

        except READ_ERRORS as _read_error:
            logo = UNREAD
            _unread_fields = note_unread(_unread_fields, "logo", "logo", _read_error)

        try:
            logo_2x = cast("None | str", d.pop("logo_2x"))

        except READ_ERRORS as _read_error:
            logo_2x = UNREAD
            _unread_fields = note_unread(_unread_fields, "logo_2x", "logo_2x", _read_error)

        try:
            is_legacy = d.pop("is_legacy")
        except READ_ERRORS as _read_error:
            is_legacy = UNREAD
            _unread_fields = note_unread(_unread_fields, "is_legacy", "is_legacy", _read_error)

        try:
            auth_type = read_enum(AuthType, d.pop("auth_type"))

        except READ_ERRORS as _read_error:
            auth_type = UNREAD
            _unread_fields = note_unread(_unread_fields, "auth_type", "auth_type", _read_error)

        try:
            api_policies = []
            _api_policies = d.pop("api_policies")
            for api_policies_item_data in _api_policies:
                api_policies_item = ApiPolicySummary.from_dict(api_policies_item_data)

                api_policies.append(api_policies_item)

        except READ_ERRORS as _read_error:
            api_policies = UNREAD
            _unread_fields = note_unread(_unread_fields, "api_policies", "api_policies", _read_error)

        try:
            api_collections = []
            _api_collections = d.pop("api_collections")
            for api_collections_item_data in _api_collections:
                api_collections_item = ApiCollectionSummary.from_dict(api_collections_item_data)

                api_collections.append(api_collections_item)

        except READ_ERRORS as _read_error:
            api_collections = UNREAD
            _unread_fields = note_unread(_unread_fields, "api_collections", "api_collections", _read_error)

        try:
            description = cast("None | str | Unset", d.pop("description", UNSET))

        except READ_ERRORS as _read_error:
            description = UNREAD
            _unread_fields = note_unread(_unread_fields, "description", "description", _read_error)

        try:
            project_id = d.pop("project_id", UNSET)
        except READ_ERRORS as _read_error:
            project_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "project_id", "project_id", _read_error)

        try:
            active_api_keys_count = d.pop("active_api_keys_count", UNSET)
        except READ_ERRORS as _read_error:
            active_api_keys_count = UNREAD
            _unread_fields = note_unread(_unread_fields, "active_api_keys_count", "active_api_keys_count", _read_error)

        try:
            total_api_keys_count = d.pop("total_api_keys_count", UNSET)
        except READ_ERRORS as _read_error:
            total_api_keys_count = UNREAD
            _unread_fields = note_unread(_unread_fields, "total_api_keys_count", "total_api_keys_count", _read_error)

        try:
            email = cast("None | str | Unset", d.pop("email", UNSET))

        except READ_ERRORS as _read_error:
            email = UNREAD
            _unread_fields = note_unread(_unread_fields, "email", "email", _read_error)

        try:
            api_token = cast("None | str | Unset", d.pop("api_token", UNSET))

        except READ_ERRORS as _read_error:
            api_token = UNREAD
            _unread_fields = note_unread(_unread_fields, "api_token", "api_token", _read_error)

        try:
            mtls_enabled = cast("bool | None | Unset", d.pop("mtls_enabled", UNSET))

        except READ_ERRORS as _read_error:
            mtls_enabled = UNREAD
            _unread_fields = note_unread(_unread_fields, "mtls_enabled", "mtls_enabled", _read_error)

        try:
            validation_formula = cast("None | str | Unset", d.pop("validation_formula", UNSET))

        except READ_ERRORS as _read_error:
            validation_formula = UNREAD
            _unread_fields = note_unread(_unread_fields, "validation_formula", "validation_formula", _read_error)

        try:
            _cert_bundle_ids = d.pop("cert_bundle_ids", UNSET)
            cert_bundle_ids: list[int] | None | Unset
            if _cert_bundle_ids is None or isinstance(_cert_bundle_ids, Unset):
                cert_bundle_ids = _cert_bundle_ids
            else:
                try:
                    if not isinstance(_cert_bundle_ids, list):
                        raise TypeError()
                    cert_bundle_ids_type_0 = cast(list[int], _cert_bundle_ids)

                    cert_bundle_ids = cert_bundle_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    cert_bundle_ids = cast("list[int] | None | Unset", _cert_bundle_ids)

        except READ_ERRORS as _read_error:
            cert_bundle_ids = UNREAD
            _unread_fields = note_unread(_unread_fields, "cert_bundle_ids", "cert_bundle_ids", _read_error)

        api_client_v2 = cls(
            id=id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            logo=logo,
            logo_2x=logo_2x,
            is_legacy=is_legacy,
            auth_type=auth_type,
            api_policies=api_policies,
            api_collections=api_collections,
            description=description,
            project_id=project_id,
            active_api_keys_count=active_api_keys_count,
            total_api_keys_count=total_api_keys_count,
            email=email,
            api_token=api_token,
            mtls_enabled=mtls_enabled,
            validation_formula=validation_formula,
            cert_bundle_ids=cert_bundle_ids,
        )

        api_client_v2.additional_properties = d
        return mark_unread(api_client_v2, _unread_fields)

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


from ..models.api_collection_summary import ApiCollectionSummary  # noqa: E402
from ..models.api_policy_summary import ApiPolicySummary  # noqa: E402
