"""Reading responses tolerantly: what a server sends beyond or beside the spec costs one field, not the call.

The robustness principle, as Stainless SDKs apply it: a response model is built without validating it.
An enum value the spec does not list is kept (`read_enum`); a field the spec requires that the server
left out, or sent in a shape that cannot be read, is left off the model, and reading that attribute
raises `ResponseFieldError` naming the field and what was wrong. The declared types do not change, so
typed code reads the models as before. Requests are not affected: they are built from typed arguments.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, NoReturn, TypeVar, cast

import attrs

__all__ = [
    "READ_ERRORS",
    "UNREAD",
    "ResponseFieldError",
    "mark_unread",
    "model_repr",
    "note_unread",
    "read_enum",
    "unread_attribute",
]

E = TypeVar("E", bound=Enum)
M = TypeVar("M")

# What reading one field can raise: a missing key, a value of another type or format (a date that is
# no date, a list where an object was expected), a nested model that is not a mapping.
READ_ERRORS = (KeyError, TypeError, ValueError, AttributeError)

# Placeholder passed to the model's constructor for a field that could not be read; removed right after.
UNREAD: Any = None


class ResponseFieldError(AttributeError):
    """A response field that could not be read: `model`, `field` (the attribute) and `reason`.

    An AttributeError, so `getattr(item, "field", default)` and `hasattr` treat it as absent.
    """

    def __init__(self, model: str, field: str, reason: str) -> None:
        super().__init__(f"{model}.{field} could not be read from the response: {reason}")
        self.model = model
        self.field = field
        self.reason = reason


def read_enum(cls: type[E], value: Any) -> E:
    """The member for `value`; for a value of the enum's type that the spec does not list, a member made
    for it (name and value are the value), so `item.method.value` and `str(item.method)` give what the
    server sent. A value of another type (a null, a number for a string enum) is a ValueError."""
    try:
        return cls(value)
    except ValueError:
        pass
    mixin: Any = cls._member_type_  # type: ignore[attr-defined]
    plain = mixin is object  # a bool, so that mypy does not narrow `mixin` itself
    if not plain and type(value) is not mixin:
        raise ValueError(f"{value!r} is no {mixin.__name__}, as every {cls.__name__} is")
    member: Any = object.__new__(cls) if plain else mixin.__new__(cls, value)
    member._name_ = str(value)
    member._value_ = value
    return cast(E, member)


def note_unread(unread: dict[str, str] | None, attribute: str, key: str, error: Exception) -> dict[str, str]:
    """Record why `key` (the model's `attribute`) could not be read; the dict is created on first use."""
    unread = {} if unread is None else unread
    if isinstance(error, KeyError) and error.args == (key,):
        reason = f'the response has no "{key}", which the spec requires'
    else:
        reason = f'"{key}" could not be read ({type(error).__name__}: {error})'[:300]
    unread[attribute] = reason
    return unread


def mark_unread(model: M, unread: dict[str, str] | None) -> M:
    """Take the fields that could not be read off `model`; reading them then raises ResponseFieldError."""
    if unread:
        object.__setattr__(model, "_unread", unread)
        for attribute in unread:
            object.__delattr__(model, attribute)
    return model


def unread_attribute(self: object, name: str) -> NoReturn:
    """A model's `__getattr__`: called only for an attribute the instance does not have."""
    try:
        unread = object.__getattribute__(self, "_unread")
    except AttributeError:
        unread = None
    if unread and name in unread:
        raise ResponseFieldError(type(self).__name__, name, unread[name])
    raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


def model_repr(self: object) -> str:
    """A model's `__repr__`: attrs' form, with `<unread>` for a field that could not be read."""
    model: Any = type(self)
    fields = (f for f in attrs.fields(model) if f.repr)
    shown = ", ".join(f"{f.name}={getattr(self, f.name, _Unread())!r}" for f in fields)
    return f"{type(self).__qualname__}({shown})"


class _Unread:
    def __repr__(self) -> str:
        return "<unread>"
