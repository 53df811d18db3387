"""Generate the Python clients and the bundled specs in generated/ from specs/, atomically.

    python scripts/generate.py [API ...] [--output DIR] [--specs-dir DIR] [--check]

Each API gets its client project, `<output>/<api>-client/`, and its spec bundled into one file,
`<output>/specs/<api>.yaml`, for tools that cannot follow relative `$ref`s. The whole new tree is
assembled in a staging folder beside the output and exchanged with it in one step, so a bad spec or
an interrupt at any moment leaves the output as it was or fully new; the next run removes a leftover
staging folder. `--check` generates into a temporary folder and prints a diff against the output
instead (the drift check). Exit codes: 0 done or no drift, 1 generation failed or drift found,
2 usage error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import copy
import ctypes
import dataclasses
import difflib
import errno
import filecmp
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2
import yaml

from contract_tests.spec.extensions import Pagination
from contract_tests.spec.lint import check
from contract_tests.spec.loader import SHARED_SERVERS, Api, SpecError, discover, line_of, validate_raw
from contract_tests.spec.model import ApiModel, auth_scheme
from contract_tests.spec.refusals import error_field_map
from contract_tests.spec.resources import list_item_schema

ROOT = Path(__file__).resolve().parent.parent
OVERRIDES = ROOT / "overrides"
SPECS = "specs"  # folder of the bundled specs inside the output
STAGING = ".staging-"  # `.<output name>.staging-<pid>-<random>` beside the output
KILL_AT = "GENERATE_KILL_AT"
"""Test hook: `GENERATE_KILL_AT=<step>` kills the run at that step (see `_step`), as `kill -9` would."""


class GenerationError(Exception):
    pass


def generate_one(api: Api, destination: Path) -> Path:
    """Generate `api`'s client project into `destination / api.project`."""
    from openapi_python_client import generate
    from openapi_python_client.config import Config, ConfigFile, MetaType

    problems = validate_raw(api.spec_path) or check(api.spec_path)
    if problems:
        raise GenerationError("\n  ".join([f"{api.spec_path}: invalid spec", *problems]))
    spec = _described_refusals(api.spec())
    bundled = destination / f"{api.name}.bundled.yaml"
    bundled.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    settings = yaml.safe_load((OVERRIDES / "generator.yaml").read_text(encoding="utf-8"))
    config_file = ConfigFile(**settings, project_name_override=api.project, package_name_override=api.package)
    project_dir = destination / api.project
    config = Config.from_sources(
        config_file, MetaType.PDM, bundled, "utf-8", overwrite=True, output_path=project_dir
    )
    errors = generate(config=config, custom_template_path=OVERRIDES / "templates")
    bundled.unlink()
    if errors or not project_dir.is_dir():
        raise GenerationError(_generator_errors(api, errors))
    package_dir = project_dir / api.package
    shutil.copytree(
        OVERRIDES / "runtime", package_dir / "_runtime", ignore=shutil.ignore_patterns("__pycache__")
    )
    _render_sdk(api, spec, package_dir, settings["field_prefix"])
    _ruff(project_dir)
    return project_dir


def _described_refusals(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as the generator reads it: each operation's description ends with the refusals of
    valid calls its `x-refusals` documents, so a method's docstring says why a correct call can still
    raise (the published spec is left as written)."""
    described = copy.deepcopy(spec)
    for op in ApiModel.of(spec).operations:
        if not op.refusals:
            continue
        lines = [
            f"- {r.status}" + (f" ({', '.join(r.fields)})" if r.fields else "") + f": {r.when}"
            for r in op.refusals
        ]
        raw = described["paths"][op.path][op.method]
        text = str(raw.get("description") or "").rstrip()
        raw["description"] = "\n\n".join(filter(None, [text, "Refused although valid:\n" + "\n".join(lines)]))
    return described


def _render_sdk(api: Api, spec: dict[str, Any], package_dir: Path, prefix: str) -> None:
    """Render overrides/sdk/*.jinja: the client classes, one resource module per tag, the README.

    The templates see openapi-python-client's own parse of the spec (its `Endpoint`s and macros), so
    the facade's signatures are the functional modules' signatures, type for type.
    """
    project = _generator_project(api, spec)
    scheme = auth_scheme(spec)
    server = (spec.get("servers") or [{"url": "/"}])[0]
    variables = [
        {
            "name": name,
            "default": variable.get("default"),
            "enum": variable.get("enum", []),
            "names": variable.get("x-names", {}),
            "description": variable.get("description", ""),
        }
        for name, variable in (server.get("variables") or {}).items()
    ]
    paginated = _paginated(spec, prefix)
    tags = _resources(project, spec, paginated, scheme["x-credential"], [v["name"] for v in variables])
    context = {
        "title": spec["info"]["title"],
        "description": spec["info"].get("description", ""),
        "version": str(spec["info"]["version"]),
        "client_class": spec["info"]["x-client-class"],
        "project": api.project,
        "package": api.package,
        "spec_name": api.spec_path.name,
        "credential": scheme["x-credential"],
        "header_name": scheme.get("name", "Authorization"),
        "header_format": scheme["x-header-format"],
        "server_url": server["url"],
        "field_errors_at": error_field_map(spec),
        "variables": variables,
        "paginated": paginated,
        "tags": tags,
    }
    # Not StrictUndefined: openapi-python-client's own macros rely on undefined names being empty.
    env = project.env.overlay(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(OVERRIDES / "sdk"), project.env.loader])
    )
    env.globals.update(context)
    env.filters["qualify"] = _qualify_builtins
    for template in ("sdk.py.jinja", "__init__.py.jinja"):
        target = package_dir / template.removesuffix(".jinja")
        target.write_text(env.get_template(template).render(), encoding="utf-8")
    resources = package_dir / "resources"
    resources.mkdir(exist_ok=True)
    (resources / "__init__.py").write_text(
        env.get_template("resources_init.py.jinja").render(), encoding="utf-8"
    )
    for tag in tags:
        module = env.get_template("resource.py.jinja").render(tag=tag)
        (resources / f"{tag['attr']}.py").write_text(module, encoding="utf-8")
    readme = env.get_template("README.md.jinja").render()
    (package_dir.parent / "README.md").write_text(readme, encoding="utf-8")


def _generator_project(api: Api, spec: dict[str, Any]) -> Any:
    """openapi-python-client's `Project` for `spec`: its parsed endpoints and its Jinja environment."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    settings = yaml.safe_load((OVERRIDES / "generator.yaml").read_text(encoding="utf-8"))
    config_file = ConfigFile(**settings, project_name_override=api.project, package_name_override=api.package)
    config = Config.from_sources(
        config_file, MetaType.PDM, api.spec_path, "utf-8", overwrite=True, output_path=None
    )
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):
        raise GenerationError(f"{api.spec_path}: openapi-python-client failed: {data.header}")
    return Project(openapi=data, config=config, custom_template_path=OVERRIDES / "templates")


# What every client object already answers to; a tag's resource may not take one of these names.
CLIENT_ATTRIBUTES = frozenset(
    [
        "auth_header_name",
        "base_url",
        "cookies",
        "credential_field",
        "follow_redirects",
        "get_async_httpx_client",
        "get_httpx_client",
        "header_format",
        "headers",
        "httpx_args",
        "max_retries",
        "max_retry_wait",
        "pagination",
        "prefix",
        "raise_on_unexpected_status",
        "retry_backoff",
        "server_url",
        "server_variables",
        "set_async_httpx_client",
        "set_httpx_client",
        "timeout",
        "token",
        "verify_ssl",
        "with_cookies",
        "with_headers",
        "with_timeout",
    ]
)


def _resources(
    project: Any, spec: dict[str, Any], paginated: list[dict[str, Any]], credential: str, variables: list[str]
) -> list[dict[str, Any]]:
    """One entry per tag: its attribute and class names, and its methods with their endpoints."""
    import builtins

    from openapi_python_client.strings import ClassName, PythonIdentifier

    prefix = project.config.field_prefix
    by_id = {op.id: op.raw for op in ApiModel.of(spec).operations}
    paging = {entry["name"]: entry for entry in paginated}
    reserved = CLIENT_ATTRIBUTES | {credential, *variables}
    tags = []
    for tag, collection in sorted(project.openapi.endpoint_collections_by_tag.items()):
        attr = str(tag)
        if attr in reserved or attr.startswith(("iter_", "aiter_", "_")):
            raise GenerationError(f"tag {attr!r} would hide the client's own attribute of that name")
        modules = [str(PythonIdentifier(endpoint.name, prefix)) for endpoint in collection.endpoints]
        names = _method_names(modules, attr)
        methods = []
        for endpoint, module in zip(collection.endpoints, modules, strict=True):
            method = names[module]
            pages = paging.get(module)
            iterator = None
            if pages:
                if endpoint.bodies:
                    raise GenerationError(f"{module}: a paginated operation with a request body")
                iterator = f"{method}_all" if f"{method}_all" not in names.values() else f"iter_{module}"
                pages.update(endpoint=endpoint, resource=attr, iterator=iterator)
            methods.append(
                {
                    "endpoint": endpoint,
                    "module": module,
                    "name": method,
                    "iterator": iterator,
                    "paging": pages,
                    "summary": str(by_id[endpoint.name].get("summary", "")).strip(),
                    "example": _example_call(spec, by_id[endpoint.name], prefix),
                }
            )
        imports = {
            line.replace("from ...", "from ..") for e in collection.endpoints for line in e.relative_imports
        }
        imported = {line.rsplit(" import ", 1)[-1] for line in imports}
        items = {m["paging"]["item"] for m in methods if m["paging"] and m["paging"]["item"]}
        imports |= {f"from ..models import {item}" for item in items - imported}
        tags.append(
            {
                "attr": attr,
                "class_name": f"{ClassName(attr, prefix)}Resource",
                "description": _tag_description(spec, by_id[collection.endpoints[0].name]["tags"][0]),
                "methods": methods,
                "imports": sorted(imports),
                "shadowed": sorted({m["name"] for m in methods} & set(dir(builtins))),
            }
        )
    return tags


def _qualify_builtins(annotation: str, shadowed: list[str]) -> str:
    """`list[Order]` as `builtins.list[Order]` in a class that has a method named `list`, whose name
    would otherwise hide the builtin in the annotations that follow it."""
    import re

    for name in shadowed:
        annotation = re.sub(rf"(?<![\w.]){name}(?=[\[\s,|)\]]|$)", f"builtins.{name}", annotation)
    return annotation


def _method_names(modules: list[str], tag: str) -> dict[str, str]:
    """Each operation's method name: its operationId without the tag's words (`list_orders` on
    `orders` is `list`, `refresh_api_access_profile_secret` on `api_access_profiles` is
    `refresh_secret`), unless that leaves nothing, a keyword or a name two operations share."""
    import keyword

    tag_words = tag.split("_")
    last = tag_words[-1]
    singular = last[:-3] + "y" if last.endswith("ies") else last.removesuffix("s")
    forms = [tag_words, [*tag_words[:-1], singular]]
    names = {}
    for module in modules:
        words = module.split("_")
        short = module
        for form in forms:
            at = next((i for i in range(len(words)) if words[i : i + len(form)] == form), None)
            if at is not None:
                short = "_".join(words[:at] + words[at + len(form) :]) or module
                break
        names[module] = module if keyword.iskeyword(short) or short.startswith("_") else short
    taken = list(names.values())
    return {module: module if taken.count(short) > 1 else short for module, short in names.items()}


def _tag_description(spec: dict[str, Any], tag: str) -> str:
    found = next((t for t in spec.get("tags") or [] if t.get("name") == tag), {})
    return str(found.get("description", "")).strip()


def _example_call(spec: dict[str, Any], op: dict[str, Any], prefix: str) -> dict[str, Any]:
    """How a README shows a first call: required arguments with the spec's example values."""
    from openapi_python_client.strings import ClassName, PythonIdentifier

    from contract_tests.spec.model import deref

    positional, keywords, missing = [], [], []
    for parameter in ApiModel.of(spec).by_id[op["operationId"]].parameters:  # the path's own too
        if not parameter.get("required"):
            continue
        schema = deref(spec, parameter.get("schema") or {})
        named = [deref(spec, found).get("value") for found in (parameter.get("examples") or {}).values()]
        value = parameter.get("example", named[0] if named else schema.get("example", schema.get("default")))
        if value is None and schema.get("enum"):
            value = schema["enum"][0]
        if value is None or isinstance(value, (dict, list)) or schema.get("enum"):
            missing.append(parameter["name"])
            continue
        literal = repr(value if schema.get("type") != "string" else str(value))
        name = str(PythonIdentifier(parameter["name"], prefix))
        (positional if parameter.get("in") == "path" else keywords).append((name, literal))
    body = None
    if (op.get("requestBody") or {}).get("required"):
        content = deref(spec, op["requestBody"]).get("content") or {}
        media = content.get("application/json") or next(iter(content.values()), {})
        ref = (media.get("schema") or {}).get("$ref", "")
        named = [deref(spec, found).get("value") for found in (media.get("examples") or {}).values()]
        example = media.get("example", named[0] if named else None)
        if example is None:
            example = deref(spec, media.get("schema") or {}).get("example")
        if not ref or example is None:
            missing.append("body")
        else:
            body = (str(ClassName(ref.rsplit("/", 1)[-1], prefix)), repr(example))
    arguments = [literal for _, literal in positional] + [f"{name}={literal}" for name, literal in keywords]
    if body:
        arguments.append(f"body={body[0]}.from_dict({body[1]})")
    return {"arguments": ", ".join(arguments), "model": body[0] if body else None, "missing": missing}


_DEFAULTS = {f.name: f.default for f in dataclasses.fields(Pagination)}


def _paginated(spec: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    """Every operation with `x-pagination`: its module, item model and paging in Python names.

    Parameter and field names go through openapi-python-client's own naming, so they match the
    generated keyword arguments and model attributes.
    """
    from openapi_python_client.strings import ClassName, PythonIdentifier

    found = []
    for op in sorted(ApiModel.of(spec).operations, key=lambda op: op.id):
        if op.pagination is None:
            continue
        ref = list_item_schema(spec, op).get("$ref")
        python_paging = {
            key: str(PythonIdentifier(value, prefix))
            if key.endswith(("_param", "_field", "items"))
            else value
            for key, value in dataclasses.asdict(op.pagination).items()
            if value != _DEFAULTS.get(key)
        }
        found.append(
            {
                "name": str(PythonIdentifier(op.id, prefix)),
                "tag": str(PythonIdentifier((op.raw.get("tags") or ["default"])[0], "tag")),
                "item": str(ClassName(ref.rsplit("/", 1)[-1], prefix)) if ref else None,
                "paging": python_paging,
                "summary": op.raw.get("summary", ""),
            }
        )
    return found


def _ruff(project_dir: Path) -> None:
    """Format with the project's pinned ruff, isolated from any config lying around.

    `_runtime` is left as written: it is copied verbatim from overrides/runtime, which is linted with
    the project's own settings, so the copy stays byte-identical to its source.
    """
    common = ["--isolated", "--line-length", "120", "--quiet", "--extend-exclude", "_runtime"]
    for args in (["check", "--fix-only", "--select", "F401,I,UP", *common], ["format", *common]):
        command = [sys.executable, "-m", "ruff", *args, str(project_dir)]
        completed = subprocess.run(command, capture_output=True, text=True, check=False)
        if completed.returncode != 0:
            raise GenerationError(f"ruff {args[0]} failed on {project_dir.name}: {completed.stderr.strip()}")


# What installing or building a client leaves beside its sources (also in .gitignore).
BUILD_LEFTOVERS = frozenset({"__pycache__", ".pdm-build", "build", "dist"})


def _source_files(root: Path) -> set[Path]:
    return {
        p.relative_to(root)
        for p in root.rglob("*")
        if p.is_file() and not BUILD_LEFTOVERS & set(p.relative_to(root).parts)
    }


def publish_spec(api: Api, tree: Path) -> Path:
    """Write the API's spec bundled into one self-contained file: what other tools are given to open."""
    spec = {key: value for key, value in api.spec().items() if key != SHARED_SERVERS}
    target = tree / SPECS / f"{api.name}.yaml"
    target.parent.mkdir(exist_ok=True)
    header = (
        f"# specs/{api.spec_path.name} with the shared pieces it references pulled in, by generate.py.\n"
        "# Do not edit: change specs/ and regenerate. Open it in Swagger UI, Redocly, Prism or Postman.\n"
    )
    body = yaml.dump(spec, Dumper=_SpecDumper, sort_keys=False, allow_unicode=True, width=1_000_000)
    target.write_text(header + body, encoding="utf-8")
    return target


class _SpecDumper(yaml.SafeDumper):
    """Multi-line strings as `|` blocks and long ones unfolded, so the file reads like the source."""


_SpecDumper.add_representer(
    str,
    lambda dumper, text: dumper.represent_scalar(
        "tag:yaml.org,2002:str", text, style="|" if "\n" in text else None
    ),
)


class SwapError(GenerationError):
    """Moving the new tree into place failed; the message says what state the output is in."""


def _step(name: str) -> None:
    """A named point of `generate_all`; the `GENERATE_KILL_AT` test hook dies here, skipping all cleanup."""
    if os.environ.get(KILL_AT) == name:
        sys.stdout.flush()
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
        os._exit(137)  # where no SIGKILL exists


def generate_all(apis: list[Api], output: Path) -> None:
    """Assemble the whole new tree in a staging folder beside `output`, then exchange the two at once.

    Steps, in order: `staging` (folder made), `generated` (this run's clients and specs written),
    `assembled` (the rest copied over from the output), `swapped` (new tree in place, old one in the
    staging folder), then the staging folder is removed.
    """
    _clean_leftovers(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}{STAGING}{os.getpid()}-", dir=output.parent))
    keep = False
    try:
        tree = staging / "tree"
        tree.mkdir()
        _step("staging")
        for api in apis:
            generate_one(api, tree)
            publish_spec(api, tree)
        _step("generated")
        _carry_over(output, tree, {api.project for api in apis})
        _step("assembled")
        try:
            _swap(tree, output, staging / "old")
        except SwapError:
            keep = (staging / "old").exists()  # the old tree could not be put back: it stays for the user
            raise
        _step("swapped")
    finally:
        if not keep:
            shutil.rmtree(staging, ignore_errors=True)


def _carry_over(old: Path, new: Path, regenerated: set[str]) -> None:
    """Copy into `new` what this run did not regenerate: other clients, other APIs' bundled specs."""
    if not old.is_dir():
        return
    for entry in old.iterdir():
        if entry.name in regenerated or entry.name.startswith(STAGING):
            continue
        target = new / entry.name
        if entry.is_dir() and target.is_dir():  # specs/: this run's files win, the others are kept
            for item in entry.iterdir():
                if not (target / item.name).exists():
                    _copy(item, target / item.name)
        elif not target.exists():
            _copy(entry, target)


def _copy(source: Path, target: Path) -> None:
    if source.is_dir() and not source.is_symlink():
        shutil.copytree(source, target, symlinks=True)
    else:
        shutil.copy2(source, target, follow_symlinks=False)


def _swap(tree: Path, output: Path, retired: Path) -> None:
    """Put `tree` where `output` is, in one atomic exchange where the system has one.

    Without it (not Linux, or a file system that cannot), two renames: `output` to `retired`, `tree` to
    `output`; a failure of the second puts the old tree back. An interrupt between the two leaves the old
    tree in `retired`, which the next run restores (`_clean_leftovers`).
    """
    if not output.exists():
        _rename(tree, output, "nothing was there before")
        return
    try:
        _exchange(tree, output)
        return
    except NotImplementedError:
        pass
    _rename(output, retired, f"{output} is unchanged")
    _step("retired")
    try:
        tree.rename(output)
    except OSError as exc:
        try:
            retired.rename(output)
        except OSError as again:
            raise SwapError(
                f"cannot move the new tree into {output} ({exc.strerror}), nor the old one back"
                f" ({again.strerror}); the old tree is in {retired}: move it back to {output}"
            ) from exc
        raise SwapError(
            f"cannot move the new tree into {output} ({exc.strerror}); the old tree was restored, unchanged"
        ) from exc


def _rename(source: Path, target: Path, state: str) -> None:
    try:
        source.rename(target)
    except OSError as exc:
        raise SwapError(f"cannot rename {source} to {target} ({exc.strerror}); {state}") from exc


def _exchange(first: Path, second: Path) -> None:
    """Swap two paths in one system call (Linux `renameat2` with RENAME_EXCHANGE).

    Raises NotImplementedError where that call or flag is not available, SwapError when it fails.
    The standard library has no binding for it, so it is called through ctypes.
    """
    libc = ctypes.CDLL(None, use_errno=True) if sys.platform == "linux" else None
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        raise NotImplementedError
    at_fdcwd, rename_exchange = -100, 2
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange) == 0:
        return
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        raise NotImplementedError
    raise SwapError(f"cannot exchange {first} with {second} ({os.strerror(code)}); {second} is unchanged")


def _clean_leftovers(output: Path) -> None:
    """Remove staging folders of runs that died; restore the old tree if one died between two renames."""
    leftovers = sorted(output.parent.glob(f".{output.name}{STAGING}*"))
    leftovers += sorted(output.glob(f"{STAGING}*")) if output.is_dir() else []  # older versions' place
    for staging in leftovers:
        if _owner_alive(staging.name):
            continue
        retired = staging / "old"
        if not output.exists() and retired.is_dir():
            retired.rename(output)
            print(f"restored {output} as it was before an interrupted run", file=sys.stderr)
        shutil.rmtree(staging, ignore_errors=True)
        print(f"removed {staging.name}, left by an interrupted run", file=sys.stderr)


def _owner_alive(name: str) -> bool:
    """Whether the run that made the staging folder `name` is still running (so it is not ours to remove)."""
    found = re.search(rf"{re.escape(STAGING)}(\d+)-", name)
    if not found or os.name != "posix" or int(found[1]) == os.getpid():
        return False
    try:
        os.kill(int(found[1]), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def drift(apis: list[Api], output: Path) -> list[str]:
    """Unified diffs between fresh generation and `output`; empty when they agree."""
    with tempfile.TemporaryDirectory(prefix="drift-") as scratch:
        fresh = Path(scratch)
        lines: list[str] = []
        for api in apis:
            generate_one(api, fresh)
            spec = publish_spec(api, fresh).relative_to(fresh)
            lines += _diff_trees(fresh / api.project, output / api.project)
            lines += _diff_file(fresh / spec, output / spec, f"{output.name}/{spec.as_posix()}")
        return lines


def _diff_trees(fresh: Path, committed: Path) -> list[str]:
    names = _source_files(fresh) | (_source_files(committed) if committed.is_dir() else set())
    lines: list[str] = []
    for name in sorted(names):
        lines += _diff_file(fresh / name, committed / name, f"generated/{committed.name}/{name}")
    return lines


def _diff_file(new: Path, old: Path, label: str) -> list[str]:
    if old.is_file() and new.is_file() and filecmp.cmp(old, new, shallow=False):
        return []
    old_lines = old.read_text(encoding="utf-8").splitlines(keepends=True) if old.is_file() else []
    new_lines = new.read_text(encoding="utf-8").splitlines(keepends=True) if new.is_file() else []
    return list(difflib.unified_diff(old_lines, new_lines, f"{label} (committed)", f"{label} (from spec)"))


_OBJECT_REPR = re.compile(r"<openapi_python_client\.[\w.]+ object at 0x[0-9a-fA-F]+>")
_POINTER = re.compile(r"/components/(\w+)/([\w.\-]+)")


def _generator_errors(api: Api, errors: Sequence[Any]) -> str:
    """openapi-python-client's complaints, causes first, one line each, placed in the spec where possible.

    Its messages embed reprs of its own string wrapper (`<UntrustedString object at …>`) where it meant
    the text; those are shown as `?`. Errors that only say a reference could not be found are
    consequences of another error (the schema it names was dropped), so they come last.
    """
    lines = []
    for error in errors:
        text = " ".join(_OBJECT_REPR.sub("?", f"{error.header} {error.detail or ''}").split())
        pointer = _POINTER.search(text)
        line = line_of(api.spec_path, ("components", pointer[1], pointer[2])) if pointer else None
        lines.append(f"{api.spec_path.name}{f':{line}' if line else ''}: {text}")
    lines.sort(key=lambda text: "Could not find reference" in text)
    return "\n  ".join(
        [f"{api.spec_path}: openapi-python-client cannot generate a client from it", *lines]
        if lines
        else [f"{api.spec_path}: openapi-python-client wrote no client and gave no reason"]
    )


def _brief(message: str, most: int = 6, width: int = 300) -> str:
    """At most `most` lines of at most `width` characters: an error is read, not scrolled."""
    lines = [line if len(line) <= width else line[: width - 1] + "…" for line in message.splitlines()]
    if len(lines) > most:
        lines = [*lines[: most - 1], f"  … and {len(lines) - most + 1} more (python scripts/check_specs.py)"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("apis", nargs="*", metavar="API", help="APIs to generate (default: all)")
    parser.add_argument("--output", type=Path, default=ROOT / "generated", help="default: generated/")
    parser.add_argument("--specs-dir", type=Path, default=ROOT / "specs", help="default: specs/")
    parser.add_argument("--check", action="store_true", help="report drift instead of writing")
    args = parser.parse_args(argv)
    try:
        known = discover(args.specs_dir)
    except SpecError as exc:
        print(f"error: {_brief(str(exc))}", file=sys.stderr)
        return 1
    unknown = [name for name in args.apis if name not in known]
    if unknown:
        parser.error(f"unknown API {', '.join(unknown)}; choose from: {', '.join(known)}")
    apis = [known[name] for name in args.apis] if args.apis else list(known.values())
    output = args.output.absolute()
    started = time.perf_counter()
    try:
        if args.check:
            diff = drift(apis, output)
            if diff:
                sys.stdout.writelines(diff)
                print(
                    "\nerror: generated/ is stale; run `nox -s generate` and commit the result.",
                    file=sys.stderr,
                )
                return 1
            print(f"generated/ matches the specs ({', '.join(a.name for a in apis)}).")
            return 0
        generate_all(apis, output)
    except SwapError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (GenerationError, SpecError) as exc:
        print(f"error: {_brief(str(exc))}\nerror: nothing in {output} was changed.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"\ninterrupted: {output} is as it was or fully new, never a mix.", file=sys.stderr)
        return 130
    seconds = time.perf_counter() - started
    projects = ", ".join(a.project for a in apis)
    print(f"generated {len(apis)} client(s) and bundled spec(s) into {output} in {seconds:.1f}s: {projects}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
