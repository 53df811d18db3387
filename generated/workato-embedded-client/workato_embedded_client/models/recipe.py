from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="Recipe")


@_attrs_define
class Recipe:
    """A recipe of a customer account.

    Attributes:
        id (int): Workato assigns integer ids.
        name (str):
        user_id (int | None):
        created_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        updated_at (datetime.datetime): ISO 8601 with the account's UTC offset, e.g. `2020-06-15T22:20:15.327-07:00`.
        copy_count (int):
        action_applications (list[str]):
        applications (list[str]):
        description (None | str):
        parameters_schema (list[Any]):
        parameters (RecipeParameters):
        webhook_url (None | str):
        folder_id (int | None):
        running (bool):
        job_succeeded_count (int):
        job_failed_count (int):
        lifetime_task_count (int):
        version_no (int):
        stop_cause (None | str): A StopCause, or null.
        config (list[RecipeConfigEntry]):
        code (str): The recipe's steps as JSON text.
        trigger_application (None | str | Unset):
        last_run_at (datetime.datetime | None | Unset):
        stopped_at (datetime.datetime | None | Unset):
        trigger_closure (Any | Unset): State the trigger keeps between polls (any JSON value), or null.
        author_name (str | Unset):
        version_author_name (str | Unset):
        version_author_email (str | Unset):
        version_comment (None | str | Unset):
        tags (list[str] | Unset): Only with `includes[]=tags`.
    """

    id: int
    name: str
    user_id: int | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    copy_count: int
    action_applications: list[str]
    applications: list[str]
    description: None | str
    parameters_schema: list[Any]
    parameters: RecipeParameters
    webhook_url: None | str
    folder_id: int | None
    running: bool
    job_succeeded_count: int
    job_failed_count: int
    lifetime_task_count: int
    version_no: int
    stop_cause: None | str
    config: list[RecipeConfigEntry]
    code: str
    trigger_application: None | str | Unset = UNSET
    last_run_at: datetime.datetime | None | Unset = UNSET
    stopped_at: datetime.datetime | None | Unset = UNSET
    trigger_closure: Any | Unset = UNSET
    author_name: str | Unset = UNSET
    version_author_name: str | Unset = UNSET
    version_author_email: str | Unset = UNSET
    version_comment: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        user_id: int | None
        user_id = self.user_id

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        copy_count = self.copy_count

        action_applications = self.action_applications

        applications = self.applications

        description: None | str
        description = self.description

        parameters_schema = self.parameters_schema

        parameters = self.parameters.to_dict()

        webhook_url: None | str
        webhook_url = self.webhook_url

        folder_id: int | None
        folder_id = self.folder_id

        running = self.running

        job_succeeded_count = self.job_succeeded_count

        job_failed_count = self.job_failed_count

        lifetime_task_count = self.lifetime_task_count

        version_no = self.version_no

        stop_cause: None | str
        stop_cause = self.stop_cause

        config = []
        for config_item_data in self.config:
            config_item = config_item_data.to_dict()
            config.append(config_item)

        code = self.code

        trigger_application: None | str | Unset
        if isinstance(self.trigger_application, Unset):
            trigger_application = UNSET
        else:
            trigger_application = self.trigger_application

        last_run_at: None | str | Unset
        if isinstance(self.last_run_at, Unset):
            last_run_at = UNSET
        elif isinstance(self.last_run_at, datetime.datetime):
            last_run_at = self.last_run_at.isoformat().replace("+00:00", "Z")
        else:
            last_run_at = self.last_run_at

        stopped_at: None | str | Unset
        if isinstance(self.stopped_at, Unset):
            stopped_at = UNSET
        elif isinstance(self.stopped_at, datetime.datetime):
            stopped_at = self.stopped_at.isoformat().replace("+00:00", "Z")
        else:
            stopped_at = self.stopped_at

        trigger_closure = self.trigger_closure

        author_name = self.author_name

        version_author_name = self.version_author_name

        version_author_email = self.version_author_email

        version_comment: None | str | Unset
        if isinstance(self.version_comment, Unset):
            version_comment = UNSET
        else:
            version_comment = self.version_comment

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "user_id": user_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "copy_count": copy_count,
                "action_applications": action_applications,
                "applications": applications,
                "description": description,
                "parameters_schema": parameters_schema,
                "parameters": parameters,
                "webhook_url": webhook_url,
                "folder_id": folder_id,
                "running": running,
                "job_succeeded_count": job_succeeded_count,
                "job_failed_count": job_failed_count,
                "lifetime_task_count": lifetime_task_count,
                "version_no": version_no,
                "stop_cause": stop_cause,
                "config": config,
                "code": code,
            }
        )
        if trigger_application is not UNSET:
            field_dict["trigger_application"] = trigger_application
        if last_run_at is not UNSET:
            field_dict["last_run_at"] = last_run_at
        if stopped_at is not UNSET:
            field_dict["stopped_at"] = stopped_at
        if trigger_closure is not UNSET:
            field_dict["trigger_closure"] = trigger_closure
        if author_name is not UNSET:
            field_dict["author_name"] = author_name
        if version_author_name is not UNSET:
            field_dict["version_author_name"] = version_author_name
        if version_author_email is not UNSET:
            field_dict["version_author_email"] = version_author_email
        if version_comment is not UNSET:
            field_dict["version_comment"] = version_comment
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
            user_id = cast("int | None", d.pop("user_id"))

        except READ_ERRORS as _read_error:
            user_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "user_id", "user_id", _read_error)

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
            copy_count = d.pop("copy_count")
        except READ_ERRORS as _read_error:
            copy_count = UNREAD
            _unread_fields = note_unread(_unread_fields, "copy_count", "copy_count", _read_error)

        try:
            action_applications = cast(list[str], d.pop("action_applications"))

        except READ_ERRORS as _read_error:
            action_applications = UNREAD
            _unread_fields = note_unread(_unread_fields, "action_applications", "action_applications", _read_error)

        try:
            applications = cast(list[str], d.pop("applications"))

        except READ_ERRORS as _read_error:
            applications = UNREAD
            _unread_fields = note_unread(_unread_fields, "applications", "applications", _read_error)

        try:
            description = cast("None | str", d.pop("description"))

        except READ_ERRORS as _read_error:
            description = UNREAD
            _unread_fields = note_unread(_unread_fields, "description", "description", _read_error)

        try:
            parameters_schema = cast(list[Any], d.pop("parameters_schema"))

        except READ_ERRORS as _read_error:
            parameters_schema = UNREAD
            _unread_fields = note_unread(_unread_fields, "parameters_schema", "parameters_schema", _read_error)

        try:
            parameters = RecipeParameters.from_dict(d.pop("parameters"))

        except READ_ERRORS as _read_error:
            parameters = UNREAD
            _unread_fields = note_unread(_unread_fields, "parameters", "parameters", _read_error)

        try:
            webhook_url = cast("None | str", d.pop("webhook_url"))

        except READ_ERRORS as _read_error:
            webhook_url = UNREAD
            _unread_fields = note_unread(_unread_fields, "webhook_url", "webhook_url", _read_error)

        try:
            folder_id = cast("int | None", d.pop("folder_id"))

        except READ_ERRORS as _read_error:
            folder_id = UNREAD
            _unread_fields = note_unread(_unread_fields, "folder_id", "folder_id", _read_error)

        try:
            running = d.pop("running")
        except READ_ERRORS as _read_error:
            running = UNREAD
            _unread_fields = note_unread(_unread_fields, "running", "running", _read_error)

        try:
            job_succeeded_count = d.pop("job_succeeded_count")
        except READ_ERRORS as _read_error:
            job_succeeded_count = UNREAD
            _unread_fields = note_unread(_unread_fields, "job_succeeded_count", "job_succeeded_count", _read_error)

        try:
            job_failed_count = d.pop("job_failed_count")
        except READ_ERRORS as _read_error:
            job_failed_count = UNREAD
            _unread_fields = note_unread(_unread_fields, "job_failed_count", "job_failed_count", _read_error)

        try:
            lifetime_task_count = d.pop("lifetime_task_count")
        except READ_ERRORS as _read_error:
            lifetime_task_count = UNREAD
            _unread_fields = note_unread(_unread_fields, "lifetime_task_count", "lifetime_task_count", _read_error)

        try:
            version_no = d.pop("version_no")
        except READ_ERRORS as _read_error:
            version_no = UNREAD
            _unread_fields = note_unread(_unread_fields, "version_no", "version_no", _read_error)

        try:
            stop_cause = cast("None | str", d.pop("stop_cause"))

        except READ_ERRORS as _read_error:
            stop_cause = UNREAD
            _unread_fields = note_unread(_unread_fields, "stop_cause", "stop_cause", _read_error)

        try:
            config = []
            _config = d.pop("config")
            for config_item_data in _config:
                config_item = RecipeConfigEntry.from_dict(config_item_data)

                config.append(config_item)

        except READ_ERRORS as _read_error:
            config = UNREAD
            _unread_fields = note_unread(_unread_fields, "config", "config", _read_error)

        try:
            code = d.pop("code")
        except READ_ERRORS as _read_error:
            code = UNREAD
            _unread_fields = note_unread(_unread_fields, "code", "code", _read_error)

        try:
            trigger_application = cast("None | str | Unset", d.pop("trigger_application", UNSET))

        except READ_ERRORS as _read_error:
            trigger_application = UNREAD
            _unread_fields = note_unread(_unread_fields, "trigger_application", "trigger_application", _read_error)

        try:
            _last_run_at = d.pop("last_run_at", UNSET)
            last_run_at: datetime.datetime | None | Unset
            if _last_run_at is None or isinstance(_last_run_at, Unset):
                last_run_at = _last_run_at
            else:
                try:
                    if not isinstance(_last_run_at, str):
                        raise TypeError()
                    last_run_at_type_0 = datetime.datetime.fromisoformat(_last_run_at)

                    last_run_at = last_run_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    last_run_at = cast("datetime.datetime | None | Unset", _last_run_at)

        except READ_ERRORS as _read_error:
            last_run_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "last_run_at", "last_run_at", _read_error)

        try:
            _stopped_at = d.pop("stopped_at", UNSET)
            stopped_at: datetime.datetime | None | Unset
            if _stopped_at is None or isinstance(_stopped_at, Unset):
                stopped_at = _stopped_at
            else:
                try:
                    if not isinstance(_stopped_at, str):
                        raise TypeError()
                    stopped_at_type_0 = datetime.datetime.fromisoformat(_stopped_at)

                    stopped_at = stopped_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    stopped_at = cast("datetime.datetime | None | Unset", _stopped_at)

        except READ_ERRORS as _read_error:
            stopped_at = UNREAD
            _unread_fields = note_unread(_unread_fields, "stopped_at", "stopped_at", _read_error)

        try:
            trigger_closure = d.pop("trigger_closure", UNSET)
        except READ_ERRORS as _read_error:
            trigger_closure = UNREAD
            _unread_fields = note_unread(_unread_fields, "trigger_closure", "trigger_closure", _read_error)

        try:
            author_name = d.pop("author_name", UNSET)
        except READ_ERRORS as _read_error:
            author_name = UNREAD
            _unread_fields = note_unread(_unread_fields, "author_name", "author_name", _read_error)

        try:
            version_author_name = d.pop("version_author_name", UNSET)
        except READ_ERRORS as _read_error:
            version_author_name = UNREAD
            _unread_fields = note_unread(_unread_fields, "version_author_name", "version_author_name", _read_error)

        try:
            version_author_email = d.pop("version_author_email", UNSET)
        except READ_ERRORS as _read_error:
            version_author_email = UNREAD
            _unread_fields = note_unread(_unread_fields, "version_author_email", "version_author_email", _read_error)

        try:
            version_comment = cast("None | str | Unset", d.pop("version_comment", UNSET))

        except READ_ERRORS as _read_error:
            version_comment = UNREAD
            _unread_fields = note_unread(_unread_fields, "version_comment", "version_comment", _read_error)

        try:
            tags = cast(list[str], d.pop("tags", UNSET))

        except READ_ERRORS as _read_error:
            tags = UNREAD
            _unread_fields = note_unread(_unread_fields, "tags", "tags", _read_error)

        recipe = cls(
            id=id,
            name=name,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
            copy_count=copy_count,
            action_applications=action_applications,
            applications=applications,
            description=description,
            parameters_schema=parameters_schema,
            parameters=parameters,
            webhook_url=webhook_url,
            folder_id=folder_id,
            running=running,
            job_succeeded_count=job_succeeded_count,
            job_failed_count=job_failed_count,
            lifetime_task_count=lifetime_task_count,
            version_no=version_no,
            stop_cause=stop_cause,
            config=config,
            code=code,
            trigger_application=trigger_application,
            last_run_at=last_run_at,
            stopped_at=stopped_at,
            trigger_closure=trigger_closure,
            author_name=author_name,
            version_author_name=version_author_name,
            version_author_email=version_author_email,
            version_comment=version_comment,
            tags=tags,
        )

        recipe.additional_properties = d
        return mark_unread(recipe, _unread_fields)

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


from ..models.recipe_config_entry import RecipeConfigEntry  # noqa: E402
from ..models.recipe_parameters import RecipeParameters  # noqa: E402
