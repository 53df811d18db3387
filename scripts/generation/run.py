"""Run openapi-python-client on one spec and finish its output: runtime copied in, SDK and changelog
added, ruff run."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from contract_tests.openapi.lint import check
from contract_tests.openapi.loader import Api, line_of, validate_raw

from .errors import GenerationError
from .paths import OVERRIDES
from .project import generator_project
from .sdk import render_sdk
from .templates import template_folder
from .versions import CHANGELOGS
from .view import generator_view

__all__ = ["generate_one", "validate_specs"]


def validate_specs(apis: Sequence[Api]) -> None:
    """Every spec checked before any is generated: a broken one fails the run at once, all named."""
    errors = []
    for api in apis:
        if problems := validate_raw(api.spec_path) or check(api.spec_path):
            errors.append("\n  ".join([f"{api.spec_path}: invalid spec", *problems]))
    if errors:
        raise GenerationError("\n".join(errors))


def generate_one(api: Api, destination: Path) -> Path:
    """Generate `api`'s client project into `destination / api.project` (its spec already validated)."""
    spec = generator_view(api.spec())
    project_dir = destination / api.project
    with template_folder() as templates:
        project = generator_project(api, spec, templates, project_dir)
        errors = project.build()
        if errors or not project_dir.is_dir():
            raise GenerationError(_generator_errors(api, errors))
        package_dir = project_dir / api.package
        shutil.copytree(
            OVERRIDES / "runtime", package_dir / "_runtime", ignore=shutil.ignore_patterns("__pycache__")
        )
        render_sdk(api, spec, package_dir, project.config.field_prefix, templates)
        changelog = CHANGELOGS / f"{api.project}.md"
        if changelog.is_file():
            shutil.copyfile(changelog, project_dir / "CHANGELOG.md")
    _ruff(project_dir)
    return project_dir


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
