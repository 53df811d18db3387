from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiCollection")


@_attrs_define
class ApiCollection:
    """
    Attributes:
        id (int): Workato assigns integer ids.
        name (str):
        version (str):
        url (str): Base URL the collection's endpoints are served under.
        api_spec_url (str): The collection's OpenAPI document.
        created_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        updated_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        project_id (None | str): The project the collection belongs to.
        message (str | Unset): Only in create's answer: how the import of `openapi_spec` went.
        import_results (ApiCollectionImportResults | Unset): Only in create's answer: what the import of `openapi_spec`
            built.
    """

    id: int
    name: str
    version: str
    url: str
    api_spec_url: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    project_id: None | str
    message: str | Unset = UNSET
    import_results: ApiCollectionImportResults | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        version = self.version

        url = self.url

        api_spec_url = self.api_spec_url

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        project_id: None | str
        project_id = self.project_id

        message = self.message

        import_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.import_results, Unset):
            import_results = self.import_results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "version": version,
                "url": url,
                "api_spec_url": api_spec_url,
                "created_at": created_at,
                "updated_at": updated_at,
                "project_id": project_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if import_results is not UNSET:
            field_dict["import_results"] = import_results

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
            version = d.pop("version")
        except READ_ERRORS as _read_error:
            version = UNREAD
            _unread_fields = note_unread(_unread_fields, "version", "version", _read_error)

        try:
            url = d.pop("url")
        except READ_ERRORS as _read_error:
            url = UNREAD
            _unread_fields = note_unread(_unread_fields, "url", "url", _read_error)

        try:
            api_spec_url = d.pop("api_spec_url")
        except READ_ERRORS as _read_error:
            api_spec_url = UNREAD
            _unread_fields = note_unread(_unread_fields, "api_spec_url", "api_spec_url", _read_error)

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
            project_id = cast("None | str", d.pop("project_id"))

        except READ_ERRORS as _read_error:
            project_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "project_id", "project_id", _read_error)

        try:
            message = d.pop("message", UNSET)
        except READ_ERRORS as _read_error:
            message = UNREAD
            _unread_fields = note_unread(_unread_fields, "message", "message", _read_error)

        try:
            _import_results = d.pop("import_results", UNSET)
            import_results: ApiCollectionImportResults | Unset
            if isinstance(_import_results, Unset):
                import_results = UNSET
            else:
                import_results = ApiCollectionImportResults.from_dict(_import_results)

        except READ_ERRORS as _read_error:
            import_results = UNREAD
            _unread_fields = note_unread(_unread_fields, "import_results", "import_results", _read_error)

        api_collection = cls(
            id=id,
            name=name,
            version=version,
            url=url,
            api_spec_url=api_spec_url,
            created_at=created_at,
            updated_at=updated_at,
            project_id=project_id,
            message=message,
            import_results=import_results,
        )

        api_collection.additional_properties = d
        return mark_unread(api_collection, _unread_fields)

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


from ..models.api_collection_import_results import ApiCollectionImportResults  # noqa: E402
