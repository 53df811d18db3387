"""One shard of a suite run in its own process: the shard's fake and schemathesis side by side.

Started by `shards.run` as `python -m contract_tests.suite.worker`; the job (token included) comes on
stdin as a pickle, never on the command line, and the result goes back as a pickle in the file the
job names. The fake runs on a thread of this process, so each shard's requests are served by a
process of its own instead of every shard's fake sharing the parent's interpreter lock. A job that
names a server (`fuzz --shard` against a real one) fuzzes that instead.
"""

from __future__ import annotations

import contextlib
import pickle
import signal
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from types import FrameType

from ..fake.serve import build_app, running
from ..openapi.loader import Api
from .children import Children
from .fuzz import fuzz
from .options import FuzzOptions
from .results import Interrupted


@dataclass(frozen=True)
class Job:
    api: Api
    options: FuzzOptions  # phases, operations, budget, token and reports; base_url: None starts a fake
    progress: Path  # where the event stream goes, for the parent's live progress
    result: Path  # where the pickled FuzzResult goes


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # so temporary folders are removed on SIGTERM too (and schemathesis stops)


def main() -> int:
    signal.signal(signal.SIGTERM, _interrupt)
    job: Job = pickle.loads(sys.stdin.buffer.read())
    try:
        with contextlib.ExitStack() as stack:
            url = job.options.base_url or stack.enter_context(
                running(build_app(job.api, token=job.options.token))
            )
            options = replace(job.options, base_url=url, quiet=True, in_process=True)
            result = fuzz(job.api, options, progress=job.progress, children=Children())
    except (KeyboardInterrupt, Interrupted):
        return 130
    job.result.write_bytes(pickle.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
