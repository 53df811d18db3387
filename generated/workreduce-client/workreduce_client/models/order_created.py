from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import READ_ERRORS, UNREAD, mark_unread, model_repr, note_unread, unread_attribute

T = TypeVar("T", bound="OrderCreated")


@_attrs_define
class OrderCreated:
    """
    Attributes:
        order_number (str): All digits, left-padded with zeros to eight.
        created (Literal['success']):
    """

    order_number: str
    created: Literal["success"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _unread: dict[str, str] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    if not TYPE_CHECKING:
        __getattr__ = unread_attribute

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        order_number = self.order_number

        created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_number": order_number,
                "created": created,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unread_fields: dict[str, str] | None = None
        try:
            order_number = d.pop("order_number")
        except READ_ERRORS as _read_error:
            order_number = UNREAD
            _unread_fields = note_unread(_unread_fields, "order_number", "order_number", _read_error)

        try:
            created = cast(Literal["success"], d.pop("created"))
            if created != "success":
                raise ValueError(f"created must match const 'success', got '{created}'")
        except READ_ERRORS as _read_error:
            created = UNREAD
            _unread_fields = note_unread(_unread_fields, "created", "created", _read_error)

        order_created = cls(
            order_number=order_number,
            created=created,
        )

        order_created.additional_properties = d
        return mark_unread(order_created, _unread_fields)

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
