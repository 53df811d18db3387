"""Validate every spec: each file as written, then bundled with the project's rules.

1. openapi-spec-validator on the raw file, relative `$ref`s resolved from its folder, so any tool that
   reads OpenAPI 3.1 (Swagger UI, Redocly, Prism, Postman) can open it as it is;
2. contract_tests.openapi.lint.check on the bundled spec: OpenAPI validity again plus the project's rules.
"""

from __future__ import annotations

from pathlib import Path

from contract_tests.openapi.lint import check
from contract_tests.openapi.loader import validate_raw

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    specs = sorted((ROOT / "specs").glob("*.yaml"))
    problems = [problem for spec in specs for problem in (validate_raw(spec) or check(spec))]
    for problem in problems:
        print(problem)
    print(f"{len(specs)} spec(s) checked, {len(problems)} problem(s).")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
