"""What changed in a generated client's public Python API between two copies of its package.

griffe loads both packages (statically: nothing is imported) and finds the breaking changes it knows:
removed objects, removed or newly required parameters, changed kinds and values. Two things it does
not report are read off the same griffe models here: what was added (it asks for a minor version), and
changed annotations (an attrs model's field going from `int` to `str` is breaking, and griffe leaves
attribute and parameter types alone).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import griffe

__all__ = ["SurfaceChange", "surface_changes"]

_IGNORED = frozenset({"__version__"})  # moves with every release by design


@dataclass(frozen=True, order=True)
class SurfaceChange:
    """One change to one public object; `name` is its dotted path inside the package."""

    name: str
    what: str
    breaking: bool = False
    addition: bool = False

    @property
    def line(self) -> str:
        verdict = "breaking" if self.breaking else "addition" if self.addition else "compatible"
        return f"{self.name}: {self.what} [{verdict}]"


def surface_changes(package: str, old: Path, new: Path) -> list[SurfaceChange]:
    """Changes from the package `package` under folder `old` to the one under `new`, breaking first."""
    before, after = _load(package, old), _load(package, new)
    found: dict[tuple[str, str], SurfaceChange] = {}
    for breakage in griffe.find_breaking_changes(before, after):
        name = _relative(package, breakage.obj.path)
        if name.rsplit(".", 1)[-1] in _IGNORED:
            continue
        found[(name, breakage.kind.name)] = SurfaceChange(name, _explain(breakage), breaking=True)
    old_objects, new_objects = dict(_public(before)), dict(_public(after))
    for path in sorted(new_objects.keys() - old_objects.keys()):
        if path.rsplit(".", 1)[0] not in new_objects.keys() - old_objects.keys():  # not inside an added one
            name = _relative(package, path)
            found[(name, "added")] = SurfaceChange(
                name, f"{new_objects[path].kind.value} added", addition=True
            )
    for path in sorted(old_objects.keys() & new_objects.keys()):
        for what in _annotation_changes(old_objects[path], new_objects[path]):
            name = _relative(package, path)
            found[(name, what)] = SurfaceChange(name, what, breaking=True)
    return sorted(found.values(), key=lambda c: (not c.breaking, c.name, c.what))


def _load(package: str, folder: Path) -> griffe.Module:
    loaded = griffe.load(package, search_paths=[folder], resolve_aliases=False, allow_inspection=False)
    assert isinstance(loaded, griffe.Module)
    return loaded


def _public(obj: griffe.Object) -> Iterator[tuple[str, griffe.Object]]:
    """Every public object defined in the package (re-exports are griffe's business: it checks them)."""
    for member in obj.members.values():
        if member.is_alias or not member.is_public or member.name in _IGNORED:
            continue
        assert isinstance(member, griffe.Object)
        yield member.path, member
        if member.kind in (griffe.Kind.MODULE, griffe.Kind.CLASS):
            yield from _public(member)


def _annotation_changes(old: griffe.Object, new: griffe.Object) -> Iterator[str]:
    attributes = isinstance(old, griffe.Attribute) and isinstance(new, griffe.Attribute)
    if attributes and str(old.annotation) != str(new.annotation):
        yield f"type changed from `{old.annotation}` to `{new.annotation}`"
    if isinstance(old, griffe.Function) and isinstance(new, griffe.Function):
        before = {p.name: p for p in old.parameters}
        for parameter in new.parameters:
            was = before.get(parameter.name)
            if was is not None and str(was.annotation) != str(parameter.annotation):
                change = f"from `{was.annotation}` to `{parameter.annotation}`"
                yield f"parameter `{parameter.name}` type changed {change}"
        if str(old.returns) != str(new.returns):
            yield f"return type changed from `{old.returns}` to `{new.returns}`"


def _explain(breakage: griffe.Breakage) -> str:
    detail = breakage.kind.value.lower()
    if isinstance(breakage, (griffe.ParameterRemovedBreakage, griffe.ParameterAddedRequiredBreakage)):
        parameter = breakage.old_value if breakage.old_value is not None else breakage.new_value
        return f"{detail}: `{parameter.name}`"
    if breakage.old_value is not None and breakage.new_value is not None:
        return f"{detail} (`{breakage.old_value}` -> `{breakage.new_value}`)"
    return detail


def _relative(package: str, path: str) -> str:
    return path.removeprefix(f"{package}.") if path != package else package
