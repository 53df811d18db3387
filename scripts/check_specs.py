"""Validate every spec: openapi-spec-validator plus the project's rules (contract_tests.spec.lint)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from contract_tests.spec.lint import check  # noqa: E402


def main() -> int:
    specs = sorted((ROOT / "specs").glob("*.yaml"))
    problems = [problem for spec in specs for problem in check(spec)]
    for problem in problems:
        print(problem)
    print(f"{len(specs)} spec(s) checked, {len(problems)} problem(s).")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
