"""The SDK layer the project adds to each client: client classes, a resource module per tag, a README.

Rendered from overrides/sdk/*.jinja with openapi-python-client's own Jinja environment and parse of
the spec; what each tag's resource holds is worked out in `sdk_resources`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2

from contract_tests.openapi.loader import Api
from contract_tests.openapi.model import ApiModel
from contract_tests.openapi.refusals import error_field_map

from .paths import OVERRIDES
from .project import generator_project
from .sdk_resources import paginated_operations, tag_resources
from .versions import client_version

__all__ = ["render_sdk"]


def render_sdk(api: Api, spec: dict[str, Any], package_dir: Path, prefix: str, templates: Path) -> None:
    """Render overrides/sdk/*.jinja: the client classes, one resource module per tag, the README.

    The templates see openapi-python-client's own parse of the spec (its `Endpoint`s and macros), so
    the facade's signatures are the functional modules' signatures, type for type. `templates` is the
    generation's template folder (`templates.template_folder`).
    """
    project = generator_project(api, spec, templates)
    model = ApiModel.of(spec)
    variables = [
        {
            "name": variable.name,
            "default": variable.default,
            "enum": list(variable.enum),
            "names": variable.names,
            "description": variable.description,
            "required": variable.required,
        }
        for variable in model.server_variables
    ]
    paginated = paginated_operations(spec, prefix)
    credentials = model.credentials
    tags = tag_resources(project, spec, paginated, credentials.argument, [v["name"] for v in variables])
    context = {
        "title": spec["info"]["title"],
        "description": spec["info"].get("description", ""),
        "version": str(spec["info"]["version"]),
        "client_version": client_version(api.project),
        "client_class": model.client_class,
        "project": api.project,
        "package": api.package,
        "spec_name": api.spec_path.name,
        "credential": credentials.argument,
        "header_name": credentials.header,
        "header_format": credentials.format,
        "server_url": model.server_url,
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


def _qualify_builtins(annotation: str, shadowed: list[str]) -> str:
    """`list[Order]` as `builtins.list[Order]` in a class that has a method named `list`, whose name
    would otherwise hide the builtin in the annotations that follow it."""
    for name in shadowed:
        annotation = re.sub(rf"(?<![\w.]){name}(?=[\[\s,|)\]]|$)", f"builtins.{name}", annotation)
    return annotation
