"""Hand-written code lines per operation in the fakes' vendor modules (`contract_tests/fake/apis/`).

    python scripts/fake_lines.py [REV]

Counts lines holding code: not blank, not comments, not docstrings. With a git revision, counts the
modules as they were there (before the declarative engine they lived in `contract_tests/fakes/`).
"""

from __future__ import annotations

import ast
import io
import subprocess
import sys
import tokenize

from contract_tests.openapi.loader import discover
from contract_tests.openapi.model import ApiModel


def code_lines(source: str) -> int:
    docstrings = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            constant = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
            if constant and isinstance(first.value.value, str):
                docstrings.update(range(first.lineno, (first.end_lineno or first.lineno) + 1))
    lines = set()
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT}
    skip.add(tokenize.ENDMARKER)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type not in skip:
            lines.update(range(token.start[0], token.end[0] + 1))
    return len(lines - docstrings)


def sources(rev: str | None) -> dict[str, str]:
    if rev is None:
        from pathlib import Path

        folder = Path(__file__).resolve().parent.parent / "contract_tests" / "fake" / "apis"
        modules = [p for p in folder.glob("*.py") if p.name != "__init__.py"] + list(folder.glob("*/*.py"))
        return {str(p.relative_to(folder)): p.read_text(encoding="utf-8") for p in modules}
    found = {}
    for folder in ("contract_tests/fake/apis", "contract_tests/fakes"):
        listing = subprocess.run(
            ["git", "ls-tree", "--name-only", f"{rev}:{folder}"], capture_output=True, text=True, check=False
        )
        for name in listing.stdout.split():
            if name.endswith(".py") and name != "__init__.py":
                found[name] = subprocess.run(
                    ["git", "show", f"{rev}:{folder}/{name}"], capture_output=True, text=True, check=True
                ).stdout
        if found:
            return found
    return found


def main() -> None:
    rev = sys.argv[1] if len(sys.argv) > 1 else None
    files = sources(rev)
    apis = [
        api
        for api in discover().values()
        if any(name.split("/")[0].removesuffix(".py") == api.module for name in files)
    ]
    total_ops = sum(len(ApiModel.of(api.spec()).operations) for api in apis)
    lines = sum(code_lines(source) for source in files.values())
    for name, source in sorted(files.items()):
        print(f"{name:32} {code_lines(source):4} code lines")
    print(f"{lines} code lines for {total_ops} operations: {lines / max(total_ops, 1):.1f} per operation")


if __name__ == "__main__":
    main()
