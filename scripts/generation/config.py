"""openapi-python-client's configuration for one API: overrides/generator.yaml plus its names and version."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from contract_tests.openapi.loader import Api

from .paths import OVERRIDES
from .versions import client_version

__all__ = ["generator_config"]


def generator_config(api: Api, document: Path, output_path: Path | None) -> Any:
    """The `Config` that generates `api`'s client from `document` into `output_path`."""
    from openapi_python_client.config import Config, ConfigFile, MetaType

    settings = yaml.safe_load((OVERRIDES / "generator.yaml").read_text(encoding="utf-8"))
    config_file = ConfigFile(
        **settings,
        project_name_override=api.project,
        package_name_override=api.package,
        package_version_override=client_version(api.project),
    )
    return Config.from_sources(
        config_file, MetaType.PDM, document, "utf-8", overwrite=True, output_path=output_path
    )
