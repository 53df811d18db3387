"""What one fuzz run is asked to do: the server, the budget, the selection and where reports go.

One frozen object, built once by the CLI from its options and narrowed with `dataclasses.replace` by
whoever runs it (a shard sets its phases and operations, a kill-matrix cell its fake's URL).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["DEFAULT_MAX_EXAMPLES", "DEFAULT_SEED", "PHASES", "UNIT_PHASES", "FuzzOptions"]

DEFAULT_SEED = 20261124
DEFAULT_MAX_EXAMPLES = 25
PHASES = ("examples", "coverage", "fuzzing", "stateful")
UNIT_PHASES = ("examples", "coverage", "fuzzing")


@dataclass(frozen=True)
class FuzzOptions:
    # None until the run's server is known: the suite and the kill matrix start a fake per run.
    base_url: str | None = None
    # None: the API's default (its $<API>_TOKEN, else the fakes' token), chosen by whoever runs.
    token: str | None = None
    seed: int = DEFAULT_SEED
    max_examples: int = DEFAULT_MAX_EXAMPLES
    report_dir: Path | None = None
    phases: tuple[str, ...] = PHASES
    workers: int | str = 1
    quiet: bool = False
    deterministic: bool = False
    max_time: int | None = None
    max_failures: int | None = None
    extra_args: tuple[str, ...] = ()
    operation_ids: tuple[str, ...] = ()
    # Run schemathesis in this process (no child to start: 0.1 s instead of 2 s for a short run).
    # For many short runs in turn, such as the kill matrix; not safe on two threads at once.
    in_process: bool = False
