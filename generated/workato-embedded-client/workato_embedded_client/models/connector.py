from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="Connector")


@_attrs_define
class Connector:
    """A connector (the published spec's `PlatformConnector`), with the older page's fields optional.

    Attributes:
        name (str): The connector's identifier, e.g. `salesforce`.
        title (str):
        categories (list[str]):
        oauth (bool):
        deprecated (bool):
        secondary (bool):
        triggers (list[ConnectorOperation]):
        actions (list[ConnectorOperation]):
        image_url (None | str | Unset):
        mobile_image_url (None | str | Unset):
        requires_connection (bool | Unset):
        mobile_search (bool | Unset):
    """

    name: str
    title: str
    categories: list[str]
    oauth: bool
    deprecated: bool
    secondary: bool
    triggers: list[ConnectorOperation]
    actions: list[ConnectorOperation]
    image_url: None | str | Unset = UNSET
    mobile_image_url: None | str | Unset = UNSET
    requires_connection: bool | Unset = UNSET
    mobile_search: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title = self.title

        categories = self.categories

        oauth = self.oauth

        deprecated = self.deprecated

        secondary = self.secondary

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item = triggers_item_data.to_dict()
            triggers.append(triggers_item)

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        mobile_image_url: None | str | Unset
        if isinstance(self.mobile_image_url, Unset):
            mobile_image_url = UNSET
        else:
            mobile_image_url = self.mobile_image_url

        requires_connection = self.requires_connection

        mobile_search = self.mobile_search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "title": title,
                "categories": categories,
                "oauth": oauth,
                "deprecated": deprecated,
                "secondary": secondary,
                "triggers": triggers,
                "actions": actions,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if mobile_image_url is not UNSET:
            field_dict["mobile_image_url"] = mobile_image_url
        if requires_connection is not UNSET:
            field_dict["requires_connection"] = requires_connection
        if mobile_search is not UNSET:
            field_dict["mobile_search"] = mobile_search

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
            title = d.pop("title")
        except READ_ERRORS as _read_error:
            title = UNREAD
            _unread_fields = note_unread(_unread_fields, "title", "title", _read_error)

        try:
            categories = cast(list[str], d.pop("categories"))

        except READ_ERRORS as _read_error:
            categories = UNREAD
            _unread_fields = note_unread(_unread_fields, "categories", "categories", _read_error)

        try:
            oauth = d.pop("oauth")
        except READ_ERRORS as _read_error:
            oauth = UNREAD
            _unread_fields = note_unread(_unread_fields, "oauth", "oauth", _read_error)

        try:
            deprecated = d.pop("deprecated")
        except READ_ERRORS as _read_error:
            deprecated = UNREAD
            _unread_fields = note_unread(_unread_fields, "deprecated", "deprecated", _read_error)

        try:
            secondary = d.pop("secondary")
        except READ_ERRORS as _read_error:
            secondary = UNREAD
            _unread_fields = note_unread(_unread_fields, "secondary", "secondary", _read_error)

        try:
            triggers = []
            _triggers = d.pop("triggers")
            for triggers_item_data in _triggers:
                triggers_item = ConnectorOperation.from_dict(triggers_item_data)

                triggers.append(triggers_item)

        except READ_ERRORS as _read_error:
            triggers = UNREAD
            _unread_fields = note_unread(_unread_fields, "triggers", "triggers", _read_error)

        try:
            actions = []
            _actions = d.pop("actions")
            for actions_item_data in _actions:
                actions_item = ConnectorOperation.from_dict(actions_item_data)

                actions.append(actions_item)

        except READ_ERRORS as _read_error:
            actions = UNREAD
            _unread_fields = note_unread(_unread_fields, "actions", "actions", _read_error)

        try:
            image_url = cast("None | str | Unset", d.pop("image_url", UNSET))

        except READ_ERRORS as _read_error:
            image_url = UNREAD
            _unread_fields = note_unread(_unread_fields, "image_url", "image_url", _read_error)

        try:
            mobile_image_url = cast("None | str | Unset", d.pop("mobile_image_url", UNSET))

        except READ_ERRORS as _read_error:
            mobile_image_url = UNREAD
            _unread_fields = note_unread(_unread_fields, "mobile_image_url", "mobile_image_url", _read_error)

        try:
            requires_connection = d.pop("requires_connection", UNSET)
        except READ_ERRORS as _read_error:
            requires_connection = UNREAD
            _unread_fields = note_unread(_unread_fields, "requires_connection", "requires_connection", _read_error)

        try:
            mobile_search = d.pop("mobile_search", UNSET)
        except READ_ERRORS as _read_error:
            mobile_search = UNREAD
            _unread_fields = note_unread(_unread_fields, "mobile_search", "mobile_search", _read_error)

        connector = cls(
            name=name,
            title=title,
            categories=categories,
            oauth=oauth,
            deprecated=deprecated,
            secondary=secondary,
            triggers=triggers,
            actions=actions,
            image_url=image_url,
            mobile_image_url=mobile_image_url,
            requires_connection=requires_connection,
            mobile_search=mobile_search,
        )

        connector.additional_properties = d
        return mark_unread(connector, _unread_fields)

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


from ..models.connector_operation import ConnectorOperation  # noqa: E402
