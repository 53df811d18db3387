"""Generate the Python clients in generated/ from specs/, atomically.

    python scripts/generate.py [API ...] [--output DIR] [--specs-dir DIR] [--check]

Every client is generated into a staging folder beside the output; only when all succeed are they
swapped in, so a bad spec leaves the output byte-identical. `--check` generates into a temporary
folder and prints a diff against the output instead (the drift check). Exit codes: 0 done or no
drift, 1 generation failed or drift found, 2 usage error.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import filecmp
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import jinja2
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from contract_tests.spec.extensions import Pagination  # noqa: E402
from contract_tests.spec.lint import check  # noqa: E402
from contract_tests.spec.loader import Api, SpecError, discover  # noqa: E402
from contract_tests.spec.model import ApiModel, auth_scheme  # noqa: E402
from contract_tests.spec.resources import list_item_schema  # noqa: E402

OVERRIDES = ROOT / "overrides"
STAGING_PREFIX = ".staging-"


class GenerationError(Exception):
    pass


def generate_one(api: Api, destination: Path) -> Path:
    """Generate `api`'s client project into `destination / api.project`."""
    from openapi_python_client import generate
    from openapi_python_client.config import Config, ConfigFile, MetaType

    problems = check(api.spec_path)
    if problems:
        raise GenerationError("\n  ".join([f"{api.spec_path}: invalid spec", *problems]))
    spec = api.spec()
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
        details = "; ".join(f"{e.header} {e.detail or ''}".strip() for e in errors) or "no output"
        raise GenerationError(f"{api.spec_path}: openapi-python-client failed: {details}")
    package_dir = project_dir / api.package
    shutil.copytree(
        OVERRIDES / "runtime", package_dir / "_runtime", ignore=shutil.ignore_patterns("__pycache__")
    )
    _render_sdk(api, spec, package_dir, settings["field_prefix"])
    _ruff(project_dir)
    return project_dir


def _render_sdk(api: Api, spec: dict[str, Any], package_dir: Path, prefix: str) -> None:
    """Render overrides/sdk/*.jinja with what the spec says about auth and servers."""
    scheme = auth_scheme(spec)
    server = (spec.get("servers") or [{"url": "/"}])[0]
    variables = [
        {
            "name": name,
            "default": variable.get("default"),
            "enum": variable.get("enum", []),
            "names": variable.get("x-names", {}),
        }
        for name, variable in (server.get("variables") or {}).items()
    ]
    context = {
        "title": spec["info"]["title"],
        "client_class": spec["info"]["x-client-class"],
        "package": api.package,
        "spec_name": api.spec_path.name,
        "credential": scheme["x-credential"],
        "header_name": scheme.get("name", "Authorization"),
        "header_format": scheme["x-header-format"],
        "server_url": server["url"],
        "variables": variables,
        "paginated": _paginated(spec, prefix),
    }
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(OVERRIDES / "sdk"),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    for template in ("sdk.py.jinja", "__init__.py.jinja"):
        target = package_dir / template.removesuffix(".jinja")
        target.write_text(env.get_template(template).render(**context), encoding="utf-8")


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


def generate_all(apis: list[Api], output: Path) -> None:
    """Generate into a staging folder, then swap each project in; all or nothing."""
    output.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=output))
    try:
        projects = [generate_one(api, staging) for api in apis]
        for project in projects:
            target = output / project.name
            retired = staging / f"{project.name}.old"
            if target.exists():
                target.rename(retired)
            project.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def drift(apis: list[Api], output: Path) -> list[str]:
    """Unified diffs between fresh generation and `output`; empty when they agree."""
    with tempfile.TemporaryDirectory(prefix="drift-") as scratch:
        fresh = Path(scratch)
        for api in apis:
            generate_one(api, fresh)
        return [line for api in apis for line in _diff_trees(fresh / api.project, output / api.project)]


def _diff_trees(fresh: Path, committed: Path) -> list[str]:
    names = _source_files(fresh) | (_source_files(committed) if committed.is_dir() else set())
    lines: list[str] = []
    for name in sorted(names):
        new, old = fresh / name, committed / name
        if old.is_file() and new.is_file() and filecmp.cmp(old, new, shallow=False):
            continue
        old_lines = old.read_text(encoding="utf-8").splitlines(keepends=True) if old.is_file() else []
        new_lines = new.read_text(encoding="utf-8").splitlines(keepends=True) if new.is_file() else []
        label = f"generated/{committed.name}/{name}"
        lines.extend(
            difflib.unified_diff(old_lines, new_lines, f"{label} (committed)", f"{label} (from spec)")
        )
    return lines


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
        print(f"error: {exc}", file=sys.stderr)
        return 1
    unknown = [name for name in args.apis if name not in known]
    if unknown:
        parser.error(f"unknown API {', '.join(unknown)}; choose from: {', '.join(known)}")
    apis = [known[name] for name in args.apis] if args.apis else list(known.values())
    started = time.perf_counter()
    try:
        if args.check:
            diff = drift(apis, args.output)
            if diff:
                sys.stdout.writelines(diff)
                print(
                    "\nerror: generated/ is stale; run `nox -s generate` and commit the result.",
                    file=sys.stderr,
                )
                return 1
            print(f"generated/ matches the specs ({', '.join(a.name for a in apis)}).")
            return 0
        generate_all(apis, args.output)
    except (GenerationError, SpecError) as exc:
        print(f"error: {exc}\nerror: nothing in {args.output} was changed.", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    projects = ", ".join(a.project for a in apis)
    print(f"generated {len(apis)} client(s) into {args.output} in {seconds:.1f}s: {projects}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
