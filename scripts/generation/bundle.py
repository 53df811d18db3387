"""The bundled specs in `<output>/specs/`: each API's spec in one file, for tools that cannot follow
relative `$ref`s (Swagger UI, Redocly, Prism, Postman)."""

from __future__ import annotations

from pathlib import Path

import yaml

from contract_tests.openapi.loader import SHARED_SERVERS, Api

__all__ = ["SPECS", "publish_spec"]

SPECS = "specs"  # folder of the bundled specs inside the output


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
