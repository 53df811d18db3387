"""Putting a new generated tree in place in one step, so an interrupt or a failure at any moment leaves
the output as it was or fully new, and cleaning up after runs that died."""

from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
import signal
import sys
import tempfile
from pathlib import Path

from contract_tests.openapi.loader import Api

from .bundle import publish_spec
from .errors import GenerationError
from .run import generate_one, validate_specs

__all__ = ["KILL_AT", "STAGING", "SwapError", "generate_all"]

STAGING = ".staging-"  # `.<output name>.staging-<pid>-<random>` beside the output
KILL_AT = "GENERATE_KILL_AT"
"""Test hook: `GENERATE_KILL_AT=<step>` kills the run at that step (see `_step`), as `kill -9` would."""


class SwapError(GenerationError):
    """Moving the new tree into place failed; the message says what state the output is in."""


def _step(name: str) -> None:
    """A named point of `generate_all`; the `GENERATE_KILL_AT` test hook dies here, skipping all cleanup."""
    if os.environ.get(KILL_AT) == name:
        sys.stdout.flush()
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
        os._exit(137)  # where no SIGKILL exists


def generate_all(apis: list[Api], output: Path) -> None:
    """Assemble the whole new tree in a staging folder beside `output`, then exchange the two at once.

    Steps, in order: `staging` (folder made), `generated` (this run's clients and specs written),
    `assembled` (the rest copied over from the output), `swapped` (new tree in place, old one in the
    staging folder), then the staging folder is removed.
    """
    validate_specs(apis)
    _clean_leftovers(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}{STAGING}{os.getpid()}-", dir=output.parent))
    keep = False
    try:
        tree = staging / "tree"
        tree.mkdir()
        _step("staging")
        for api in apis:
            generate_one(api, tree)
            publish_spec(api, tree)
        _step("generated")
        _carry_over(output, tree, {api.project for api in apis})
        _step("assembled")
        try:
            _swap(tree, output, staging / "old")
        except SwapError:
            keep = (staging / "old").exists()  # the old tree could not be put back: it stays for the user
            raise
        _step("swapped")
    finally:
        if not keep:
            shutil.rmtree(staging, ignore_errors=True)


def _carry_over(old: Path, new: Path, regenerated: set[str]) -> None:
    """Copy into `new` what this run did not regenerate: other clients, other APIs' bundled specs."""
    if not old.is_dir():
        return
    for entry in old.iterdir():
        if entry.name in regenerated or entry.name.startswith(STAGING):
            continue
        target = new / entry.name
        if entry.is_dir() and target.is_dir():  # specs/: this run's files win, the others are kept
            for item in entry.iterdir():
                if not (target / item.name).exists():
                    _copy(item, target / item.name)
        elif not target.exists():
            _copy(entry, target)


def _copy(source: Path, target: Path) -> None:
    if source.is_dir() and not source.is_symlink():
        shutil.copytree(source, target, symlinks=True)
    else:
        shutil.copy2(source, target, follow_symlinks=False)


def _swap(tree: Path, output: Path, retired: Path) -> None:
    """Put `tree` where `output` is, in one atomic exchange where the system has one.

    Without it (not Linux, or a file system that cannot), two renames: `output` to `retired`, `tree` to
    `output`; a failure of the second puts the old tree back. An interrupt between the two leaves the old
    tree in `retired`, which the next run restores (`_clean_leftovers`).
    """
    if not output.exists():
        _rename(tree, output, "nothing was there before")
        return
    try:
        _exchange(tree, output)
        return
    except NotImplementedError:
        pass
    _rename(output, retired, f"{output} is unchanged")
    _step("retired")
    try:
        tree.rename(output)
    except OSError as exc:
        try:
            retired.rename(output)
        except OSError as again:
            raise SwapError(
                f"cannot move the new tree into {output} ({exc.strerror}), nor the old one back"
                f" ({again.strerror}); the old tree is in {retired}: move it back to {output}"
            ) from exc
        raise SwapError(
            f"cannot move the new tree into {output} ({exc.strerror}); the old tree was restored, unchanged"
        ) from exc


def _rename(source: Path, target: Path, state: str) -> None:
    try:
        source.rename(target)
    except OSError as exc:
        raise SwapError(f"cannot rename {source} to {target} ({exc.strerror}); {state}") from exc


def _exchange(first: Path, second: Path) -> None:
    """Swap two paths in one system call (Linux `renameat2` with RENAME_EXCHANGE).

    Raises NotImplementedError where that call or flag is not available, SwapError when it fails.
    The standard library has no binding for it, so it is called through ctypes.
    """
    libc = ctypes.CDLL(None, use_errno=True) if sys.platform == "linux" else None
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        raise NotImplementedError
    at_fdcwd, rename_exchange = -100, 2
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange) == 0:
        return
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        raise NotImplementedError
    raise SwapError(f"cannot exchange {first} with {second} ({os.strerror(code)}); {second} is unchanged")


def _clean_leftovers(output: Path) -> None:
    """Remove staging folders of runs that died; restore the old tree if one died between two renames."""
    leftovers = sorted(output.parent.glob(f".{output.name}{STAGING}*"))
    leftovers += sorted(output.glob(f"{STAGING}*")) if output.is_dir() else []  # older versions' place
    for staging in leftovers:
        if _owner_alive(staging.name):
            continue
        retired = staging / "old"
        if not output.exists() and retired.is_dir():
            retired.rename(output)
            print(f"restored {output} as it was before an interrupted run", file=sys.stderr)
        shutil.rmtree(staging, ignore_errors=True)
        print(f"removed {staging.name}, left by an interrupted run", file=sys.stderr)


def _owner_alive(name: str) -> bool:
    """Whether the run that made the staging folder `name` is still running (so it is not ours to remove)."""
    found = re.search(rf"{re.escape(STAGING)}(\d+)-", name)
    if not found or os.name != "posix" or int(found[1]) == os.getpid():
        return False
    try:
        os.kill(int(found[1]), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
