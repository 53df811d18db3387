"""The templates openapi-python-client generates with: its own, changed by small named patches.

Where the project changes one of openapi-python-client's templates, it does not keep a copy of it: a
file `overrides/template_patches/<template>.toml` lists patches, each an exact snippet of the installed
upstream template (`find`, which must occur exactly `count` times, 1 unless said) and its replacement
(`replace`), with a `name` and a `why`. An upgrade that changes a snippet fails loudly instead of
silently dropping the change. `overrides/templates/` holds the project's own templates and the
upstream ones it replaces whole.

openapi-python-client takes one folder of custom templates, searched before its own
(`custom_template_path`), so `template_folder` writes the patched templates and a copy of
overrides/templates/ into a temporary folder for the length of a generation.
"""

from __future__ import annotations

import dataclasses
import importlib.resources
import shutil
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import GenerationError
from .paths import OVERRIDES

__all__ = [
    "PATCHES",
    "Patch",
    "TemplatePatchError",
    "apply_patches",
    "load_patches",
    "patched_templates",
    "template_folder",
    "upstream_template",
]

PATCHES = OVERRIDES / "template_patches"
SUFFIX = ".toml"


class TemplatePatchError(GenerationError):
    """A patch no longer fits the installed upstream template, or a patch file is malformed."""


@dataclasses.dataclass(frozen=True)
class Patch:
    """One change to an upstream template: every occurrence of `find` becomes `replace`."""

    name: str
    why: str
    find: str
    replace: str
    count: int = 1


def upstream_template(name: str) -> str:
    """The text of the installed openapi-python-client's template `name` (a path below its templates/)."""
    found = importlib.resources.files("openapi_python_client").joinpath("templates", *name.split("/"))
    if not found.is_file():
        raise TemplatePatchError(f"openapi-python-client has no template {name} to patch")
    return found.read_text(encoding="utf-8")


def load_patches(path: Path) -> list[Patch]:
    """The patches a `<template>.toml` file lists, in order."""
    try:
        entries = tomllib.loads(path.read_text(encoding="utf-8")).get("patch", [])
        patches = [Patch(**entry) for entry in entries]
    except (tomllib.TOMLDecodeError, TypeError) as exc:
        message = f"{path}: not a list of [[patch]] with name, why, find, replace (and count): {exc}"
        raise TemplatePatchError(message) from exc
    for patch in patches:
        if not patch.find or patch.count < 1:
            raise TemplatePatchError(f"{path}: patch {patch.name!r} needs a non-empty find and a count >= 1")
    return patches


def apply_patches(template: str, text: str, patches: list[Patch]) -> str:
    """`text` with each patch applied in turn; raises when a patch's snippet is not there `count` times."""
    for patch in patches:
        found = text.count(patch.find)
        if found != patch.count:
            raise TemplatePatchError(
                f"template patch {patch.name!r} no longer fits openapi-python-client's {template}: its"
                f" `find` snippet occurs {found} time(s), not {patch.count}; update"
                f" {PATCHES.parent.name}/{PATCHES.name}/{template}{SUFFIX}"
            )
        text = text.replace(patch.find, patch.replace)
    return text


def patched_templates(patches_dir: Path = PATCHES) -> dict[str, str]:
    """Each patched upstream template's name and patched text."""
    patched = {}
    for path in sorted(patches_dir.rglob(f"*{SUFFIX}")):
        template = path.relative_to(patches_dir).as_posix().removesuffix(SUFFIX)
        patched[template] = apply_patches(template, upstream_template(template), load_patches(path))
    return patched


@contextmanager
def template_folder() -> Iterator[Path]:
    """A folder to pass as `custom_template_path`: overrides/templates/ and the patched templates."""
    with tempfile.TemporaryDirectory(prefix="templates-") as scratch:
        folder = Path(scratch) / "templates"
        shutil.copytree(OVERRIDES / "templates", folder)
        for template, text in patched_templates().items():
            target = folder / template
            if target.exists():
                raise TemplatePatchError(
                    f"{template} is both patched ({PATCHES.name}/) and replaced whole (templates/)"
                )
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        yield folder
