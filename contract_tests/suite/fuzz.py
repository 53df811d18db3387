"""Fuzzing a server against its API's spec with schemathesis: one run, in a child or in this process.

The schemathesis CLI does the work (generation, every check, stateful links, reports); `command`
turns an API into its arguments, `progress` writes the compact event stream this module reads back
(`results` folds it), `children` owns the child processes. Reports are written only when asked for,
into a staging folder that is moved into place when the run ends, so an interrupted run leaves no
empty or partial report.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..openapi.loader import Api
from .children import Children
from .command import HYPOTHESIS_HOME_ENV, REPORTS, command, environment, spec_for_run, write_config
from .events import Tail
from .options import FuzzOptions
from .output import Usage, output_filter, pump
from .results import FuzzResult, Interrupted, result_from

__all__ = ["fuzz"]


def fuzz(
    api: Api,
    options: FuzzOptions,
    on_record: Callable[[dict[str, Any]], None] = lambda record: None,
    echo: Callable[[str], None] = print,
    progress: Path | None = None,
    *,
    children: Children,
    usage: Usage | None = None,
) -> FuzzResult:
    """Run schemathesis against `options.base_url`; its (rewritten) output goes to `echo` unless quiet.

    `progress` names the file for the event stream (default: one in the run's scratch folder);
    `children` is the registry the child is started in; `usage` is our usage line and help hint,
    shown in place of schemathesis's when it refuses its arguments.
    """
    children.check()
    records: list[dict[str, Any]] = []

    def record(event: dict[str, Any]) -> None:
        records.append(event)
        on_record(event)

    with tempfile.TemporaryDirectory(prefix=f"contract-{api.name}-") as scratch_name:
        scratch = Path(scratch_name)
        spec_file = scratch / f"{api.name}.json"
        spec_file.write_text(json.dumps(spec_for_run(api.spec())), encoding="utf-8")
        progress = progress or scratch / "progress.ndjson"
        staging = scratch / "reports" if options.report_dir else None
        args = command(api, spec_file, options, staging, write_config(api, scratch, options.max_examples))
        tail = Tail(progress)
        env = environment(api, options.token or "", progress, options.base_url or "")
        moved = {str(staging): str(options.report_dir)} if staging and options.report_dir else {}
        rewrite = None if options.quiet else output_filter(api, moved, usage)
        started = time.perf_counter()
        if options.in_process:
            returncode = _run_here(args[3:], env, rewrite, echo)
            for event in tail.read():
                record(event)
        else:
            returncode = _run_child(args, env, rewrite, echo, tail, record, children)
        seconds = time.perf_counter() - started
        if children.stopping or returncode < 0 or returncode in (130, 143):
            raise Interrupted(128 + signal.SIGTERM if returncode in (-signal.SIGTERM, 143) else 130)
        if staging is not None and options.report_dir is not None and returncode in (0, 1):
            options.report_dir.mkdir(parents=True, exist_ok=True)
            for name in REPORTS.values():
                if (staging / name).is_file():
                    shutil.move(staging / name, options.report_dir / name)
    exit_code = returncode if returncode in (0, 1) else 2
    return result_from(api.name, exit_code, seconds, records)


def _run_child(
    args: list[str],
    env: dict[str, str],
    rewrite: Callable[[str], str | None] | None,
    echo: Callable[[str], None],
    tail: Tail,
    on_record: Callable[[dict[str, Any]], None],
    children: Children,
) -> int:
    """Run schemathesis as a child process, its output through `rewrite` (None: quiet), its events on."""
    child = children.spawn(
        args,
        stdout=subprocess.DEVNULL if rewrite is None else subprocess.PIPE,
        stderr=subprocess.DEVNULL if rewrite is None else subprocess.STDOUT,
        env=env,
        text=True,
        errors="replace",
    )
    reader = None
    if child.stdout is not None and rewrite is not None:
        reader = threading.Thread(target=pump, args=(child.stdout, rewrite, echo))
        reader.start()
    try:
        return children.follow(child, tail, on_record)
    finally:
        if reader is not None:
            reader.join()


def _run_here(
    args: list[str],
    env: dict[str, str],
    rewrite: Callable[[str], str | None] | None,
    echo: Callable[[str], None],
) -> int:
    """Run the schemathesis CLI in this process with `env` in place; its exit code."""
    from hypothesis.configuration import set_hypothesis_home_dir
    from schemathesis.cli import schemathesis as schemathesis_cli

    set_hypothesis_home_dir(env[HYPOTHESIS_HOME_ENV])
    saved = dict(os.environ)
    os.environ.update(env)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            schemathesis_cli.main(args, standalone_mode=False)
        code: object = 0
    except SystemExit as exc:
        code = exc.code if exc.code is not None else 0
    except Exception:  # a usage or internal error schemathesis raised rather than printed
        code = 2
    finally:
        os.environ.clear()
        os.environ.update(saved)
    if rewrite is not None:
        for line in out.getvalue().splitlines():
            if (shown := rewrite(line)) is not None:
                echo(shown)
    return code if isinstance(code, int) else 2
