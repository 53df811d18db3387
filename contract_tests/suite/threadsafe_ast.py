"""Serialise `ast.parse` across threads, so `--workers` runs do not fail at random.

CPython keeps the AST constructor's recursion counter in interpreter-wide state, so two threads
parsing at once can fail with "SystemError: AST constructor recursion depth mismatch" (seen on 3.11.7;
python/cpython gh-106905). Hypothesis parses source to describe lambda filters, and schemathesis workers are
threads, so a multi-worker run fails at random. One lock around `ast.parse` removes the race; parsing
is rare and cached by hypothesis, so the lock costs nothing measurable.
"""

from __future__ import annotations

import ast
import functools
import threading
from typing import Any

_lock = threading.RLock()


def install() -> None:
    if getattr(ast.parse, "__wrapped__", None) is not None:
        return
    unlocked = ast.parse

    @functools.wraps(unlocked)
    def parse(*args: Any, **kwargs: Any) -> Any:
        with _lock:
            return unlocked(*args, **kwargs)

    ast.parse = parse
