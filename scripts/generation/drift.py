"""The drift check (`--check`): generate afresh into a temporary folder and diff it against the output."""

from __future__ import annotations

import difflib
import filecmp
import tempfile
from pathlib import Path

from contract_tests.openapi.loader import Api

from .bundle import publish_spec
from .run import generate_one, validate_specs

__all__ = ["BUILD_LEFTOVERS", "drift", "source_files"]

# What installing or building a client leaves beside its sources (also in .gitignore).
BUILD_LEFTOVERS = frozenset({"__pycache__", ".pdm-build", "build", "dist"})


def source_files(root: Path) -> set[Path]:
    return {
        p.relative_to(root)
        for p in root.rglob("*")
        if p.is_file() and not BUILD_LEFTOVERS & set(p.relative_to(root).parts)
    }


def drift(apis: list[Api], output: Path) -> list[str]:
    """Unified diffs between fresh generation and `output`; empty when they agree."""
    validate_specs(apis)
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
    names = source_files(fresh) | (source_files(committed) if committed.is_dir() else set())
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
