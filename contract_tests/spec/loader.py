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


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
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
        if _read_yaml(path).get("paths"):
            found[path.stem] = Api(path.stem, path)
    return found


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
        if key in self.origin:
            if self.origin[key] != (file_path, pointer):
                raise SpecError(f"{base}: $ref {ref!r} collides with another component named {name!r}")
            return f"#/components/{kind}/{name}"
        self.origin[key] = (file_path, pointer)
        target = copy.deepcopy(self._resolve(file_path, pointer))
        self.imported.setdefault(kind, {})[name] = self._walk(target, file_path)
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
