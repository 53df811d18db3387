from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="PicklistRequest")


@_attrs_define
class PicklistRequest:
    """
    Attributes:
        pick_list_name (str): The connector's picklist, e.g. `sobject_fields`.
        pick_list_params (PicklistRequestPickListParams | Unset): Parameters some picklists need, e.g. `sobject_name`.
    """

    pick_list_name: str
    pick_list_params: PicklistRequestPickListParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        pick_list_name = self.pick_list_name

        pick_list_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pick_list_params, Unset):
            pick_list_params = self.pick_list_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pick_list_name": pick_list_name,
            }
        )
        if pick_list_params is not UNSET:
            field_dict["pick_list_params"] = pick_list_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            pick_list_name = d.pop("pick_list_name")
        except READ_ERRORS as _read_error:
            pick_list_name = UNREAD
            _unread_fields = note_unread(_unread_fields, "pick_list_name", "pick_list_name", _read_error)

        try:
            _pick_list_params = d.pop("pick_list_params", UNSET)
            pick_list_params: PicklistRequestPickListParams | Unset
            if isinstance(_pick_list_params, Unset):
                pick_list_params = UNSET
            else:
                pick_list_params = PicklistRequestPickListParams.from_dict(_pick_list_params)

        except READ_ERRORS as _read_error:
            pick_list_params = UNREAD
            _unread_fields = note_unread(_unread_fields, "pick_list_params", "pick_list_params", _read_error)

        picklist_request = cls(
            pick_list_name=pick_list_name,
            pick_list_params=pick_list_params,
        )

        picklist_request.additional_properties = d
        return mark_unread(picklist_request, _unread_fields)

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


from ..models.picklist_request_pick_list_params import PicklistRequestPickListParams  # noqa: E402
