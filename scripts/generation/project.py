"""openapi-python-client's `Project` for a spec, its Jinja environment told what the generator drops.

openapi-python-client parses a parameter's `style` and forgets it, so a `deepObject` query parameter
would go out as bare `key=value` pairs; the templates ask `query_style(endpoint, name)` instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from contract_tests.openapi.loader import Api
from contract_tests.openapi.model import ApiModel

from .config import generator_config
from .errors import GenerationError

__all__ = ["generator_project"]


def generator_project(api: Api, spec: dict[str, Any], templates: Path, output: Path | None = None) -> Any:
    """The `Project` that generates `api`'s client from `spec` (into `output`, when it builds)."""
    from openapi_python_client import Project
    from openapi_python_client.parser import GeneratorData

    config = generator_config(api, api.spec_path, output)
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):
        raise GenerationError(f"{api.spec_path}: openapi-python-client failed: {data.header}")
    project = Project(openapi=data, config=config, custom_template_path=templates)
    model = ApiModel.of(spec)

    def query_style(endpoint: Any, name: str) -> str:
        op = model.at(endpoint.path.get_untrusted_value(), str(endpoint.method))
        parameter = op.parameter(name) if op else None
        return (parameter.style if parameter else None) or "form"

    project.env.globals["query_style"] = query_style
    return project
