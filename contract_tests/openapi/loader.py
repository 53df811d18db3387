"""The API registry and spec loading.

Every `specs/<name>.yaml` that declares paths is an API; everything else about it (client package,
fake module, token variable) follows from its name, so a new API needs no registration code.
Specs may share components through relative `$ref`s to sibling files (`./workato-common.yaml#/...`);
`load_spec` bundles them into one self-contained document, because the generator and the fakes
only understand local references.
"""

from __future__ import annotations

import copy
import functools
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


class SpecError(Exception):
    """A spec that cannot be read, bundled or validated; the message names the file."""


def specs_dir() -> Path:
    """The installed copy of `specs/` inside the wheel, else the repository's own."""
    packaged = Path(str(resources.files("contract_tests"))) / "_specs"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "specs"


@dataclass(frozen=True)
class Api:
    name: str
    spec_path: Path

    @property
    def module(self) -> str:
        return self.name.replace("-", "_")

    @property
    def package(self) -> str:
        """Import name of the generated client."""
        return f"{self.module}_client"

    @property
    def project(self) -> str:
        """Folder (and distribution) name of the generated client under `generated/`."""
        return f"{self.name}-client"

    @property
    def token_env(self) -> str:
        """Environment variable the CLI reads the API's token from."""
        return f"{self.module.upper()}_TOKEN"

    def spec(self) -> dict[str, Any]:
        return load_spec(self.spec_path)


# libyaml's parser when PyYAML has it (ten times faster than the pure-Python one), else PyYAML's own.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except OSError as exc:
        raise SpecError(f"{path}: cannot read: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise SpecError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise SpecError(f"{path}: not an OpenAPI document (top level is not a mapping)")
    return data


def discover(directory: Path | None = None) -> dict[str, Api]:
    """Every spec in `directory` that has operations, by API name."""
    directory = directory or specs_dir()
    found = {}
    for path in sorted(directory.glob("*.yaml")):
        if _declares_paths(path, path.stat().st_mtime):
            found[path.stem] = Api(path.stem, path)
    return found


@functools.lru_cache(maxsize=64)
def _declares_paths(path: Path, mtime: float) -> bool:
    """Whether the spec at `path` has operations (read once per version of the file)."""
    return bool(_read_yaml(path).get("paths"))


def get_api(name: str) -> Api:
    apis = discover()
    if name not in apis:
        raise SpecError(f"unknown API {name!r}; known: {', '.join(apis)}")
    return apis[name]


@functools.lru_cache(maxsize=32)
def _load_cached(path: Path, mtime: float) -> str:
    return json.dumps(_Bundler(path).bundle())


def load_spec(path: Path) -> dict[str, Any]:
    """The spec at `path` with every external `$ref` pulled into its own components."""
    path = path.resolve()
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise SpecError(f"{path}: cannot read: {exc.strerror}") from exc
    return json.loads(_load_cached(path, mtime))


SHARED_SERVERS = "x-shared-servers"  # defined in extensions.py
"""Added by the bundler: the `servers` of each shared file a spec references, by relative file name.

OpenAPI has no `$ref` for `servers`, so a spec writes them out; this lets a lint rule compare the copy.
"""


class _Bundler:
    """Inlines `file.yaml#/components/<kind>/<name>` refs as `#/components/<kind>/<name>`.

    Any other external ref (a shared `servers` list) is replaced by a copy of its target.
    """

    def __init__(self, root_path: Path) -> None:
        self.root_path = root_path
        self.root = _read_yaml(root_path)
        self.docs: dict[Path, dict[str, Any]] = {root_path: self.root}
        self.origin: dict[tuple[str, str], tuple[Path, str]] = {}
        self.imported: dict[str, dict[str, Any]] = {}  # merged in after the walk, not during it

    def bundle(self) -> dict[str, Any]:
        components = self.root.setdefault("components", {})
        for kind, entries in list(components.items()):
            for name, entry in list((entries or {}).items()):
                self.origin[(kind, name)] = (self.root_path, f"/components/{kind}/{name}")
                if _is_external(entry) and _target(entry["$ref"]) == (kind, name):
                    # `bearerToken: {$ref: ./common.yaml#/components/securitySchemes/bearerToken}`
                    file_path, pointer = self._split(entry["$ref"], self.root_path)
                    self.origin[(kind, name)] = (file_path, pointer)
                    entries[name] = self._walk(copy.deepcopy(self._resolve(file_path, pointer)), file_path)
        self.root = self._walk(self.root, self.root_path)
        for kind, entries in self.imported.items():
            self.root.setdefault("components", {}).setdefault(kind, {}).update(entries)
        shared = {
            os.path.relpath(path, self.root_path.parent): doc["servers"]
            for path, doc in self.docs.items()
            if path != self.root_path and "servers" in doc
        }
        if shared:
            self.root[SHARED_SERVERS] = shared
        return self.root

    def _walk(self, node: Any, base: Path) -> Any:
        if isinstance(node, list):
            return [self._walk(item, base) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#") and _target(ref) is None:
            # Not a component (e.g. `servers: {$ref: ./common.yaml#/servers}`): copied in place.
            file_path, pointer = self._split(ref, base)
            return self._walk(copy.deepcopy(self._resolve(file_path, pointer)), file_path)
        if isinstance(ref, str) and (base != self.root_path or not ref.startswith("#")):
            node = {**node, "$ref": self._import(ref, base)}
        return {key: self._walk(value, base) for key, value in node.items()}

    def _split(self, ref: str, base: Path) -> tuple[Path, str]:
        file_part, _, pointer = ref.partition("#")
        file_path = (base.parent / file_part).resolve() if file_part else base
        return file_path, pointer

    def _import(self, ref: str, base: Path) -> str:
        file_path, pointer = self._split(ref, base)
        kind, name = _target(ref) or (None, None)
        if kind is None or name is None:
            raise SpecError(f"{base}: $ref {ref!r} must point at /components/<kind>/<name>")
        key = (kind, name)
        target = self._resolve(file_path, pointer)  # first, so a missing file is reported as missing
        if key in self.origin:
            if self.origin[key] != (file_path, pointer):
                raise SpecError(f"{base}: $ref {ref!r} collides with another component named {name!r}")
            return f"#/components/{kind}/{name}"
        self.origin[key] = (file_path, pointer)
        self.imported.setdefault(kind, {})[name] = self._walk(copy.deepcopy(target), file_path)
        return f"#/components/{kind}/{name}"

    def _resolve(self, file_path: Path, pointer: str) -> Any:
        if file_path not in self.docs:
            self.docs[file_path] = _read_yaml(file_path)
        node: Any = self.docs[file_path]
        for part in pointer.strip("/").split("/"):
            if not isinstance(node, dict) or part not in node:
                raise SpecError(f"{file_path}: $ref target #{pointer} does not exist")
            node = node[part]
        return node


def _is_external(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str) and not node["$ref"].startswith("#")


def _target(ref: str) -> tuple[str, str] | None:
    parts = ref.partition("#")[2].strip("/").split("/")
    if len(parts) == 3 and parts[0] == "components":
        return parts[1], parts[2]
    return None


def validate_raw(path: Path) -> list[str]:
    """What openapi-spec-validator finds in the file as written, so other tools can open it as it is.

    Relative `$ref`s resolve from the file's folder. Each problem is one short line naming the file and,
    where it can be placed, the line: `workato-platform.yaml:11: servers: … is not of type "array"`.
    """
    from openapi_spec_validator import OpenAPIV31SpecValidator
    from referencing.exceptions import Unresolvable

    path = path.resolve()
    try:
        document = _read_yaml(path)
        error = next(OpenAPIV31SpecValidator(document, base_uri=path.as_uri()).iter_errors(), None)
    except SpecError as exc:
        return [str(exc)]
    except Unresolvable as exc:
        ref = str(getattr(exc, "ref", exc))
        line = _find_line(path, lambda where, value: where[-1:] == ("$ref",) and value == ref)
        return [f"{path.name}{line}: $ref {ref!r} cannot be resolved from {path.parent}"]
    except Exception as exc:  # the validator itself trips on some malformed documents
        return [f"{path.name}: not valid OpenAPI: {type(exc).__name__}: {_first_line(str(exc))}"]
    if error is None:
        return []
    where = tuple(str(part) for part in error.absolute_path)
    line = _find_line(path, lambda found, _: found == where) or _find_line(
        path, lambda found, value: found[-len(where) :] == where and value == error.instance
    )
    pointer = " > ".join(where) or "(top level)"
    return [f"{path.name}{line}: {pointer}: {_first_line(error.message)}"]


def _first_line(message: str, limit: int = 200) -> str:
    """The message without the validator's dump of the whole instance, at most `limit` characters."""
    line = message.strip().splitlines()[0] if message.strip() else "(no message)"
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _find_line(path: Path, wanted: Callable[[tuple[str, ...], Any], bool]) -> str:
    """`:<line>` of the only node in the YAML file that `wanted(path_to_it, its_value)` picks, else "".

    The validator reports some errors relative to a nested schema, so the node is found by the end of its
    path and its value; when that is ambiguous no line is given rather than a wrong one.
    """
    try:
        text = path.read_text(encoding="utf-8")
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError):
        return ""
    lines = {node.start_mark.line + 1 for at, node, value in _nodes(root, data, ()) if wanted(at, value)}
    return f":{lines.pop()}" if len(lines) == 1 else ""


def _nodes(node: Any, value: Any, where: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any, Any]]:
    """(path, YAML node, loaded value) for every node under `node`, walking the loaded data alongside."""
    yield where, node, value
    if isinstance(node, yaml.MappingNode) and isinstance(value, dict):
        for key_node, child in node.value:
            key = str(key_node.value)
            if key in value or key_node.value in value:
                yield from _nodes(child, value.get(key, value.get(key_node.value)), (*where, key))
    elif isinstance(node, yaml.SequenceNode) and isinstance(value, list):
        for index, (child, item) in enumerate(zip(node.value, value, strict=False)):
            yield from _nodes(child, item, (*where, str(index)))


def line_of(path: Path, where: Sequence[str]) -> int | None:
    """The line of the node at `where` (keys and list indexes) in the YAML file, when it is there."""
    found = _find_line(path, lambda at, _: at == tuple(where))
    return int(found[1:]) if found else None
