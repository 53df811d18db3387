"""The schemathesis run for an API: its command line, its config file and its environment.

The token never reaches a command line: the child gets it in its environment, and the config file
(mode 0600) only names the variable. Hypothesis's example database and schemathesis's cache are off,
so no run steers the next, and hypothesis's own caches live in the user's cache folder, not in the
working tree.
"""

from __future__ import annotations

import copy
import json
import os
import re
import sys
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from ..openapi.links import add_implied_links, implied_links
from ..openapi.loader import Api
from ..openapi.model import ApiModel, auth_header
from ..openapi.refusals import accepted_statuses
from ..openapi.relations import references
from .options import DEFAULT_MAX_EXAMPLES, FuzzOptions

__all__ = [
    "BASE_URL_ENV",
    "HOOKS",
    "HYPOTHESIS_HOME_ENV",
    "PROGRESS_ENV",
    "REPORTS",
    "TOKEN_ENV",
    "TOKEN_VARIABLE_ENV",
    "command",
    "config_file",
    "environment",
    "hypothesis_home",
    "spec_for_run",
    "write_config",
]

REPORTS = {"junit": "junit.xml", "har": "requests.har", "ndjson": "events.ndjson"}
HOOKS = "contract_tests.suite.progress"
# What the schemathesis side (`progress`) reads from its environment.
PROGRESS_ENV = "CONTRACT_TESTS_PROGRESS"
TOKEN_ENV = "CONTRACT_TESTS_TOKEN"
BASE_URL_ENV = "CONTRACT_TESTS_BASE_URL"
TOKEN_VARIABLE_ENV = "CONTRACT_TESTS_TOKEN_VARIABLE"
# Hypothesis keeps caches (its Unicode tables, about 1 s to rebuild per run) in `.hypothesis/` under
# the working directory; we name a folder outside the tree. The example database is off.
HYPOTHESIS_HOME_ENV = "CONTRACT_TESTS_HYPOTHESIS_HOME"


def config_file(api: Api) -> Path:
    """The schemathesis config holding this API's vendor quirks."""
    return Path(str(resources.files("contract_tests"))) / "suite" / "config" / f"{api.name}.toml"


def write_config(api: Api, scratch: Path, max_examples: int = DEFAULT_MAX_EXAMPLES) -> Path:
    """The run's config: the API's quirks plus the auth header, whose value names $CONTRACT_TESTS_TOKEN."""
    name, value = auth_header(api.spec(), "\0")
    value = value.replace("$", "$$").replace("\0", "${" + TOKEN_ENV + "}")
    quirks = config_file(api).read_text(encoding="utf-8") if config_file(api).is_file() else ""
    parsed = tomllib.loads(quirks)
    clash = {"headers", "cache"} & set(parsed) | (
        {"phases.stateful"} if "stateful" in parsed.get("phases", {}) else set()
    )
    if clash:
        raise ValueError(f"{config_file(api)}: the suite sets {', '.join(sorted(clash))} itself")
    for entry in parsed.get("operations", []):
        if "positive_data_acceptance" in (entry.get("checks") or {}):
            raise ValueError(f"{config_file(api)}: what a valid request may get comes from the spec")
    text = (
        f"headers = {{ {json.dumps(name)} = {json.dumps(value)} }}\n"
        "cache = { enabled = false }\n\n"
        + quirks
        + SUPERSEDED
        + _undeclared_methods(api)
        + _accepted_statuses(api)
        + _stateful(api, max_examples)
    )
    path = scratch / "schemathesis.toml"
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write(text)
    return path


GAP_404 = (
    "Not documented by the vendor: a server's answer to a request naming a resource that does not exist "
    "(x-references). The suite reports it apart, as a documentation gap."
)


def spec_for_run(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec schemathesis is given: the API's own, plus a 404 on each operation with an
    `x-references` parameter that documents none, so a server refusing a dangling reference with 404
    is not judged against a status the vendor never wrote down (`reference_resolved` reports it), and
    the links its paths imply (`implied_links`), which the stateful phase follows."""
    view = copy.deepcopy(spec)
    for op in ApiModel.of(spec).operations:
        if references(op) and not op.documents(404):
            view["paths"][op.path][op.method]["responses"]["404"] = {"description": GAP_404}
    add_implied_links(spec, view)
    return view


# Steps per stateful scenario at the default budget: one for every two links the API has, within these
# bounds (schemathesis's own length, and what Workato Embedded's 128 links need).
SCENARIO_STEPS = (6, 30)


def _stateful(api: Api, max_examples: int) -> str:
    """The stateful phase's config: the spec's links and those its paths imply, not schemathesis's
    guesses from field names (see `openapi.links`); valid requests only, since a chain stops at the
    first refusal and the other phases send the invalid ones. Scenarios are longer than
    schemathesis's six steps: the ledger (`steering`) spends each step on a link not yet followed, so
    a step more is a link more, up to what valid requests reach (Workato Embedded's 128 links: six
    steps followed 40, twenty 101, thirty 105); an API with few links keeps short scenarios, which
    once its links are followed would only repeat them. The length scales with `--max-examples` (the
    number of scenarios) as the rest of the budget does: a run asked for five examples per operation
    gets a fifth of the steps per scenario, down to six."""
    spec = api.spec()
    links = sum(len(op.links) for op in ApiModel.of(spec).operations) + len(implied_links(spec))
    low, high = SCENARIO_STEPS
    steps = links * max_examples // (2 * DEFAULT_MAX_EXAMPLES)
    return (
        f"\n[phases.stateful]\nmax-steps = {min(high, max(low, steps))}\n"
        '\n[phases.stateful.generation]\nmode = "positive"\n\n[phases.stateful.inference]\nalgorithms = []\n'
    )


SUPERSEDED = (
    "\n# `created_resource_readable` reads what a creation links to. schemathesis's\n"
    "# `ensure_resource_availability` infers it from any later 404 in a scenario, which a request naming\n"
    "# something else that does not exist (a folder's unknown parent in the body) also gets: it is off.\n"
    "[checks.ensure_resource_availability]\nenabled = false\n"
)

UNDECLARED_METHODS = (
    "\n# No operation documents 405, so the vendor never promised how a method its page does not list is\n"
    "# answered (404, 400, or served, as a misprinted example shows it), nor what `Allow` lists: the\n"
    "# checks that an undeclared method gets 405 and that `Allow` names only the spec's methods are off.\n"
    "[checks.unsupported_method]\nenabled = false\n\n[checks.allow_header_conformance]\nenabled = false\n"
)


def _undeclared_methods(api: Api) -> str:
    """Turn off schemathesis's checks of methods the spec does not declare unless it documents a 405.

    Servers written from the vendor pages answer such methods with 404 (Workato's table lists no
    405) or serve a method a page's example uses (WorkReduce's update sample names `/v2/orders`);
    neither breaks a promise the vendor made.
    """
    if any(op.documents(405) for op in ApiModel.of(api.spec()).operations):
        return ""
    return UNDECLARED_METHODS


def _accepted_statuses(api: Api) -> str:
    """Per operation, the statuses a valid request may get (`accepted_statuses`), as config: one
    block per distinct answer, naming its operations in one anchored regex, since schemathesis
    matches every block against each operation on each of its many config lookups per case."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for op in ApiModel.of(spec_for_run(api.spec())).operations:
        groups.setdefault(tuple(accepted_statuses(op)), []).append(op.id)
    text = "\n# What a valid request may get, from the spec (x-refusals and documented 404s).\n"
    for statuses, ids in groups.items():
        pattern = "^(?:" + "|".join(re.escape(op_id) for op_id in ids) + ")$"
        text += (
            f"\n[[operations]]\ninclude-operation-id-regex = {json.dumps(pattern)}\n"
            f"checks.positive_data_acceptance.expected-statuses = {json.dumps(list(statuses))}\n"
        )
    return text


def command(
    api: Api, spec_file: Path, options: FuzzOptions, report_dir: Path | None, config: Path
) -> list[str]:
    """The schemathesis command line: no secret in it (the config names an environment variable).

    Deterministic generation has no example database by definition, and schemathesis refuses
    `--generation-database` next to it (issue 26), so the database is switched off only otherwise."""
    if options.base_url is None:
        raise ValueError("no server to fuzz: FuzzOptions.base_url is not set")
    database = [] if options.deterministic else ["--generation-database", "none"]
    optional = ["--generation-deterministic"] if options.deterministic else []
    if options.max_time is not None:
        optional += ["--max-time", str(options.max_time)]
    if options.max_failures is not None:
        optional += ["--max-failures", str(options.max_failures)]
    for op_id in options.operation_ids:
        optional += ["--include-operation-id", op_id]
    if report_dir is not None:
        optional += ["--report", ",".join(REPORTS)]
        for kind, name in REPORTS.items():
            optional += [f"--report-{kind}-path", str(report_dir / name)]
    return [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(config),
        "run",
        str(spec_file),
        "--url",
        options.base_url,
        "--phases",
        ",".join(options.phases),
        "--seed",
        str(options.seed),
        "--max-examples",
        str(options.max_examples),
        "--workers",
        str(options.workers),
        *database,
        "--suppress-health-check",
        "all",
        *optional,
        *options.extra_args,
    ]


def hypothesis_home() -> Path:
    """Where hypothesis keeps its caches for our runs: the user's cache folder, never the working tree."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "contract-tests" / "hypothesis"


def environment(api: Api, token: str, progress: Path | None, base_url: str = "") -> dict[str, str]:
    """Our environment plus the token, the server's URL (for the hooks that read what exists), the
    hooks module and where to write the event stream."""
    env = {
        **os.environ,
        BASE_URL_ENV: base_url,
        "SCHEMATHESIS_HOOKS": HOOKS,
        TOKEN_ENV: token,
        TOKEN_VARIABLE_ENV: api.token_env,
        HYPOTHESIS_HOME_ENV: os.environ.get(HYPOTHESIS_HOME_ENV) or str(hypothesis_home()),
        "PYTHONUNBUFFERED": "1",
    }
    if progress is not None:
        env[PROGRESS_ENV] = str(progress)
    return env
