"""`contract-tests`: serve the reference fakes and fuzz any server against its API's spec.

Exit codes: 0 no check failed, 1 a check failed, 2 usage, spec or setup error (click's own
convention for usage errors, kept for the others), 130 interrupted (Ctrl-C), 143 terminated (SIGTERM):
so CI can tell "cancelled" from "the contract broke".
"""

from __future__ import annotations

import contextlib
import functools
import json
import signal
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import click
import httpx

from .fake.engine import DEFAULT_MAX_BODY, UnservableSpec
from .fake.misbehave import ENV_VAR as MISBEHAVE_ENV
from .fake.misbehave import Misbehaviour
from .fake.serve import ServeError, build_app, default_token, running, serve_forever
from .faults import FAULTS, LIBERTIES, Injector, Planted, Upstream
from .faults.killmatrix import markdown, matrix
from .openapi.lint import check
from .openapi.loader import Api, SpecError, discover
from .openapi.model import ApiModel
from .proxy import DEFAULT_MAX_HELD, ValidatingProxy, write_reports
from .suite import reports, split, summary
from .suite import shards as sharding
from .suite.children import Children
from .suite.command import REPORTS
from .suite.coverage import Coverage, coverage
from .suite.fuzz import fuzz
from .suite.gate import FailUnder
from .suite.live import LiveProgress
from .suite.options import DEFAULT_MAX_EXAMPLES, DEFAULT_SEED, FuzzOptions
from .suite.output import Usage
from .suite.report_page import write_report_page
from .suite.results import FuzzResult, Interrupted
from .suite.split import Part

HAR = REPORTS["har"]

EXIT_CODES = (
    ("0", "every check passed"),
    ("1", "a check failed (the contract broke), or the run exercised less than --fail-under asks"),
    ("2", "usage, spec or setup error (nothing was proven)"),
    ("130", "interrupted (Ctrl-C)"),
    ("143", "terminated (SIGTERM)"),
)


class ApiName(click.ParamType):
    name = "API"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> Api:
        if isinstance(value, Api):
            return value
        apis = discover()
        if value not in apis:
            self.fail(f"unknown API {value!r}; choose from: {', '.join(apis)}", param, ctx)
        return apis[str(value)]


class Parsed(click.ParamType):
    """An option value read by its class's own `parse`, whose ValueError is the usage error's text."""

    def __init__(self, kind: type[Misbehaviour] | type[FailUnder] | type[Part], metavar: str) -> None:
        self.kind = kind
        self.name = metavar

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, self.kind):
            return value
        try:
            return self.kind.parse(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


class SetupError(click.ClickException):
    """The run cannot start (server unreachable, ...): exit 2 like a usage error, without the usage text."""

    exit_code = 2


def _http_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and httpx.URL(value).scheme not in ("http", "https"):
        raise click.BadParameter(f"{value!r} is not an http:// or https:// URL", ctx, param)
    return value


def _writable_dir(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    if value is None:
        return None
    try:
        value.mkdir(parents=True, exist_ok=True)
        probe = value / ".contract-tests-write-probe"
        probe.touch()
        probe.unlink()
    except OSError as exc:
        raise click.BadParameter(f"cannot write reports to {value}: {exc.strerror}", ctx, param) from exc
    return value


def _reachable(url: str) -> None:
    """Fail fast with exit 2 when nothing answers at `url`, rather than a run of connection errors."""
    try:
        httpx.get(url, timeout=10)
    except httpx.HTTPError as exc:
        raise SetupError(f"cannot reach the server under test at {url}: {exc}") from exc


def _checked(api: Api) -> Api:
    problems = check(api.spec_path)
    if problems:
        raise click.UsageError("the spec has problems:\n  " + "\n  ".join(problems))
    return api


class FuzzingCommand(click.Command):
    """A command whose help ends with the APIs (discovered, not listed) and the exit codes."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_epilog(ctx, formatter)
        with formatter.section("APIs"):
            formatter.write_dl([(api.name, f"token: ${api.token_env}") for api in discover().values()])
        with formatter.section("Exit codes"):
            formatter.write_dl(list(EXIT_CODES))


@contextlib.contextmanager
def interruptible(children: Children) -> Iterator[None]:
    """Ctrl-C or SIGTERM: stop every child in `children`, let temporary folders go, exit 130 or 143."""
    try:
        with children.interruptible():
            yield
    except Interrupted as exc:
        click.echo("Interrupted: no verdict (the run did not finish).", err=True)
        raise SystemExit(exc.code) from None


def _usage(ctx: click.Context) -> Usage:
    """Our usage line and help hint, as click prints them above our own usage errors."""
    longest = max(ctx.command.get_help_option_names(ctx), key=len)  # as click picks it
    return ctx.get_usage(), f"Try '{ctx.command_path} {longest}' for help."


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="partner-api-contracts", prog_name="contract-tests")
def main() -> None:
    """Reference fakes and contract tests for the partner APIs."""


@main.command("list")
@click.option("--json", "as_json", is_flag=True, help="Only the API names, as a JSON list (for CI matrices).")
def list_apis(as_json: bool) -> None:
    """List the APIs, their specs and token variables."""
    if as_json:
        click.echo(json.dumps(list(discover())))
        return
    for api in discover().values():
        click.echo(f"{api.name:20} {api.spec_path.name:28} token: ${api.token_env}")


@main.command()
@click.argument("api", type=ApiName())
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="0 picks a free port."
)
@click.option("--db", default=":memory:", show_default=True, help="SQLite file; state survives restarts.")
@click.option("--token", help="Accepted token. Default: $<API>_TOKEN, else 'local-dev-token'.")
@click.option(
    "--misbehave",
    type=Parsed(Misbehaviour, "STATUS:COUNT[:RETRY_AFTER]"),
    envvar=MISBEHAVE_ENV,
    show_envvar=True,
    help="Answer the first COUNT requests with STATUS (429 or 5xx) and Retry-After (default 0), "
    "e.g. 429:3 or 503:2:1.",
)
@click.option(
    "--max-body",
    default=DEFAULT_MAX_BODY,
    show_default=True,
    type=click.IntRange(1),
    help="Largest request body in bytes; a larger one is a 413.",
)
def serve(
    api: Api, host: str, port: int, db: str, token: str | None, misbehave: Misbehaviour | None, max_body: int
) -> None:
    """Serve API's stateful fake until interrupted."""
    try:
        app = build_app(_checked(api), token=token, db=db, max_body=max_body)
    except SpecError as exc:
        raise click.UsageError(str(exc)) from exc
    except UnservableSpec as exc:  # a valid spec with an operation the fake has no behaviour for
        raise SetupError(str(exc)) from exc
    except sqlite3.Error as exc:
        raise click.BadParameter(f"cannot open {db}: {exc}", param_hint="--db") from exc
    try:
        serve_forever(app, host, port, announce=click.echo, misbehave=misbehave)
    except ServeError as exc:
        raise SetupError(str(exc)) from exc


class Workers(click.ParamType):
    name = "N|auto"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int | str:
        if value == "auto":
            return "auto"
        try:
            number = int(str(value))
        except ValueError:
            number = 0
        if not 1 <= number <= 64:
            self.fail(f"{value!r} is neither 'auto' nor a number from 1 to 64", param, ctx)
        return number


def _fuzz_options(f: Callable[..., None]) -> Callable[..., None]:
    """The options every fuzzing command shares, handed to the command as one `options: FuzzOptions`."""

    @functools.wraps(f)
    def command(
        *args: Any,
        token: str | None,
        max_examples: int,
        seed: int,
        deterministic: bool,
        max_time: int | None,
        max_failures: int | None,
        report_dir: Path | None,
        workers: int | str,
        **rest: Any,
    ) -> None:
        options = FuzzOptions(
            token=token,
            seed=seed,
            max_examples=max_examples,
            report_dir=report_dir,
            workers=workers,
            deterministic=deterministic,
            max_time=max_time,
            max_failures=max_failures,
        )
        f(*args, options=options, **rest)

    for option in reversed(
        [
            click.option(
                "--token", help="Token for the server. Default: $<API>_TOKEN, else the fakes' default."
            ),
            click.option(
                "--max-examples",
                type=click.IntRange(1),
                default=DEFAULT_MAX_EXAMPLES,
                show_default=True,
                help="Test cases per operation and phase.",
            ),
            click.option("--seed", type=int, default=DEFAULT_SEED, show_default=True),
            click.option(
                "--deterministic",
                is_flag=True,
                help="Identical runs for a seed, stateful phase included (schemathesis deterministic mode).",
            ),
            click.option(
                "--max-time",
                type=click.IntRange(1),
                help="Time budget in seconds: fuzzing and stateful phases repeat until it is spent.",
            ),
            click.option(
                "--max-failures", type=click.IntRange(1), help="Stop after this many failures (1: first)."
            ),
            click.option(
                "--report-dir",
                type=click.Path(file_okay=False, path_type=Path),
                callback=_writable_dir,
                help="Write JUnit XML, HAR and NDJSON reports here.",
            ),
            click.option(
                "--workers",
                type=Workers(),
                default=1,
                show_default=True,
                help="Operations tested in parallel; 'auto' uses every core.",
            ),
        ]
    ):
        command = option(command)
    return command


_shard_option = click.option(
    "--shard",
    type=Parsed(Part, "I/N"),
    help="Run only machine I's share of an N-machine split (the same cut on every machine; an API's"
    " stateful phase stays whole); `contract-tests merge` joins the machines' --report-dir folders.",
)

_fail_under_option = click.option(
    "--fail-under",
    type=Parsed(FailUnder, "MEASURE=PERCENT[,...]"),
    help="Exit 1 when a green run exercised less than this, as the table counts it: links followed,"
    " documented statuses observed, the project's checks that ran, in percent (e.g. links=80,statuses=80).",
)


def _gate(results: list[tuple[str, Coverage]], fail_under: FailUnder | None, exit_code: int) -> int:
    """Print what fell short of --fail-under; a run that passed but fell short exits 1."""
    lines = [
        line for api, cover in results for line in (fail_under.shortfalls(api, cover) if fail_under else [])
    ]
    if lines:
        click.echo("\nExercised less than --fail-under asks:")
        for line in lines:
            click.echo(f"- {line}")
    return 1 if lines and exit_code == 0 else exit_code


def _write_coverage(folder: Path | None, cover: Coverage) -> None:
    """coverage.json beside the run's other reports (with --report-dir)."""
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "coverage.json").write_text(json.dumps(cover.as_json(), indent=2) + "\n", encoding="utf-8")


def _jobs_option(default: str, help_text: str) -> Callable[[click.decorators.FC], click.decorators.FC]:
    return click.option("--jobs", type=Workers(), default=default, show_default=True, help=help_text)


def _jobs(value: int | str) -> int:
    return sharding.cores() if value == "auto" else int(value)


def _refused_line(result: FuzzResult, api: Api) -> None:
    if result.all_refused:
        click.echo(
            f"All {result.responses} responses from {api.name} refused the credentials (401/403):"
            f" check --token or ${api.token_env}; nothing else was tested."
        )


def _print_summary(result: FuzzResult) -> None:
    if result.summary:
        click.echo(f"\nFailures in {result.api} (reproduce each with its curl line):")
        for line in result.summary:
            click.echo(line)
    if result.gaps:
        click.echo(
            f"\nDocumentation gaps in {result.api} (answers the vendor never documented; not failures):"
        )
        for gap in result.gaps:
            click.echo(f"- {gap}")


@contextlib.contextmanager
def _target(api: Api, base_url: str | None, token: str) -> Iterator[str]:
    """The server to fuzz: the one named, else the bundled fake on a free port."""
    if base_url:
        _reachable(base_url)
        yield base_url
        return
    with running(build_app(api, token=token)) as url:
        yield url


@main.command("fuzz", cls=FuzzingCommand)
@click.argument("api", type=ApiName())
@click.option("--base-url", callback=_http_url, help="Server under test. Default: start the bundled fake.")
@click.option(
    "--operation-id", "operation_ids", multiple=True, help="Only this operation (repeatable; for sharding)."
)
@click.option("--tag", "tags", multiple=True, help="Only operations with this tag (repeatable).")
@_fuzz_options
@_shard_option
@_fail_under_option
@click.pass_context
def fuzz_command(
    ctx: click.Context,
    api: Api,
    base_url: str | None,
    operation_ids: tuple[str, ...],
    tags: tuple[str, ...],
    shard: Part | None,
    fail_under: FailUnder | None,
    options: FuzzOptions,
) -> None:
    """Fuzz a server against API's spec, every phase including stateful.

    With --shard I/N only this machine's share runs, and its reports go to <report-dir>/<api>/ as
    the suite's do, for `contract-tests merge`.
    """
    token = options.token or default_token(_checked(api))
    if shard and (operation_ids or tags):
        raise click.UsageError(
            "--shard splits the whole API; it cannot be combined with --operation-id or --tag"
        )
    _whole_run_gate(shard, fail_under)
    spec_ids = set(ApiModel.of(api.spec()).by_id)
    unknown = [op_id for op_id in operation_ids if op_id not in spec_ids]
    if unknown:
        raise click.BadParameter(
            f"{', '.join(unknown)} not in the {api.name} spec", param_hint="--operation-id"
        )
    selection = [arg for op_id in operation_ids for arg in ("--include-operation-id", op_id)]
    selection += [arg for tag in tags for arg in ("--include-tag", tag)]
    children = Children()
    if shard:
        with interruptible(children), _target(api, base_url, token) as url:
            options = replace(options, base_url=url, token=token, quiet=True)
            code, covers = _split_run([api], shard, options, 1, children)
        raise SystemExit(_gate(covers, fail_under, code))
    with interruptible(children), _target(api, base_url, token) as url:
        options = replace(options, base_url=url, token=token, extra_args=tuple(selection))
        result = fuzz(api, options, echo=click.echo, children=children, usage=_usage(ctx))
    _refused_line(result, api)
    _print_summary(result)
    cover = coverage(api.spec(), result)
    _write_coverage(options.report_dir, cover)
    if options.report_dir is not None:
        _write_pages(options.report_dir, [(result, cover, options.report_dir / HAR)], "", (token,))
    raise SystemExit(_gate([(api.name, cover)], fail_under, result.exit_code))


@main.command(cls=FuzzingCommand)
@click.argument("apis", nargs=-1, type=ApiName())
@_fuzz_options
@_shard_option
@_fail_under_option
@_jobs_option("auto", "Processes run at once (one shard each); 'auto' uses every core.")
def suite(
    apis: tuple[Api, ...],
    jobs: int | str,
    shard: Part | None,
    fail_under: FailUnder | None,
    options: FuzzOptions,
) -> None:
    """Fuzz every bundled fake (or the APIs named), every phase, on every core; print a table.

    Each API is cut into shards (its stateful phase, and its other phases over parts of its
    operations), each run by a worker process holding a fresh fake and schemathesis; the results
    and reports are merged per API. With --report-dir, <dir>/<api>/ holds one JUnit/HAR/NDJSON set and
    coverage.json (the table's figures, and the documented status codes observed per operation).
    """
    _whole_run_gate(shard, fail_under)
    chosen = list(apis or discover().values())
    for api in chosen:
        _checked(api)
    children = Children()
    with interruptible(children):
        code, covers = _split_run(
            chosen, shard or Part(), replace(options, quiet=True), _jobs(jobs), children
        )
    raise SystemExit(_gate(covers, fail_under, code))


def _whole_run_gate(shard: Part | None, fail_under: FailUnder | None) -> None:
    if shard and shard.count > 1 and fail_under:
        raise click.UsageError(
            "--fail-under measures a whole run; with --shard give it to `contract-tests merge` instead"
        )


def _split_run(
    chosen: list[Api], part: Part, options: FuzzOptions, processes: int, children: Children
) -> tuple[int, list[tuple[str, Coverage]]]:
    """Run this machine's shards of `chosen`, print the table, write the reports (and parts.json).

    Returns the exit code of the checks and each API's coverage, for the --fail-under gate.
    """
    tokens = {api.name: options.token or default_token(api) for api in chosen}
    shards = split.machine_shards(chosen, options.phases, part, processes)
    sharded = f" · shard {part}" if part.count > 1 else ""
    click.echo(
        f"Seed {options.seed} · {options.max_examples} examples per operation and phase"
        f" · {len(chosen)} APIs in {len(shards)} shards on {processes} processes{sharded}"
    )
    if not shards:
        click.echo(
            f"Shard {part} has nothing to run: the cut gives work to fewer machines than {part.count}."
        )
        return 0, []
    tty = sys.stderr.isatty()
    live = LiveProgress(
        shards,
        {api.name: len(ApiModel.of(api.spec()).operations) for api in chosen},
        lambda text: click.echo(text, err=True, nl=not tty),
        tty,
    )
    started = time.perf_counter()
    with live:
        done = sharding.run(
            shards,
            options,
            processes,
            tokens,
            on_record=live.on_record,
            on_done=live.on_done,
            children=children,
        )
    wall = time.perf_counter() - started
    ran = [api for api in chosen if any(s.api == api for s, _ in done)]
    results = []
    for api in ran:
        mine = [(s, r) for s, r in done if s.api == api]
        results.append(sharding.merge(api.name, mine))
        if options.report_dir is not None:
            split.write_parts(options.report_dir / api.name, part, options, mine, wall)
    scope = f"shard {part} of a split run; `contract-tests merge` gives the whole" if part.count > 1 else ""
    covers = _suite_report(ran, results, options.report_dir, wall, scope, tuple(tokens.values()))
    return max((r.exit_code for r in results), default=0), covers


def _suite_report(
    apis: list[Api],
    results: list[FuzzResult],
    report_dir: Path | None,
    wall: float,
    scope: str = "",
    secrets: tuple[str, ...] = (),
) -> list[tuple[str, Coverage]]:
    """Print the table and write each API's coverage.json and the run's summary.md and report.html;
    return each API's coverage."""
    by_name = {api.name: api for api in apis}
    for result in results:
        _refused_line(result, by_name[result.api])
    for result in results:
        _print_summary(result)
    header = (
        f"\n{'API':20} {'operations':>10} {'test cases':>10} {'failures':>8} {'seconds':>8}"
        f" {'links':>7} {'statuses':>9} {'unprovokable':>12} {'checks':>7}  result"
    )
    click.echo(header)
    notes = []
    covers = []
    for r in results:
        cover = coverage(by_name[r.api].spec(), r)
        covers.append((r.api, cover))
        verdict = "ok" if r.exit_code == 0 else "FAILED"
        click.echo(
            f"{r.api:20} {r.operations:>10} {r.test_cases:>10} {r.failures:>8} {r.seconds:>8.1f}"
            f" {f'{cover.links_covered}/{cover.links_total}':>7}"
            f" {f'{cover.statuses_observed}/{cover.statuses_documented}':>9}"
            f" {cover.statuses_unprovokable:>12}"
            f" {f'{len(cover.checks_ran)}/{len(cover.checks_own)}':>7}  {verdict}"
        )
        if cover.shortfalls():
            notes.append(f"{r.api} exercised little: {'; '.join(cover.shortfalls())}.")
        _write_coverage(report_dir / r.api if report_dir else None, cover)
    total_ops = sum(r.operations for r in results)
    total_cases = sum(r.test_cases for r in results)
    click.echo(
        f"\n{total_ops} operations, {total_cases} test cases in {wall:.1f} s wall."
        " links: followed/total; statuses: documented status codes observed/documented;"
        " unprovokable: documented statuses no valid request gets (x-unprovokable), counted apart;"
        " checks: the project's checks that ran/all."
    )
    for note in notes:
        click.echo(note)
    if report_dir is not None:
        rows = [(r, cover) for r, (_, cover) in zip(results, covers, strict=True)]
        _write_pages(report_dir, [(r, c, report_dir / r.api / HAR) for r, c in rows], scope, secrets)
    return covers


def _write_pages(
    report_dir: Path, rows: list[tuple[FuzzResult, Coverage, Path]], scope: str, secrets: tuple[str, ...]
) -> None:
    """summary.md and report.html for the run, beside its reports."""
    markdown = summary.markdown([(r, c) for r, c, _ in rows], scope)
    (report_dir / summary.SUMMARY).write_text(markdown, encoding="utf-8")
    write_report_page(report_dir, list(rows), scope, secrets)


@main.command("merge")
@click.argument("dirs", nargs=-1, required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--report-dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    callback=_writable_dir,
    help="Where the merged reports go: <dir>/<api>/ as one run's.",
)
@_fail_under_option
def merge_command(dirs: tuple[Path, ...], report_dir: Path, fail_under: FailUnder | None) -> None:
    """Merge the --report-dir folders of a run split with --shard I/N into one run's: per API one JUnit
    suite, one HAR, one NDJSON stream and one coverage table; the table printed and one exit code (the
    worst, and --fail-under applied to the whole).

    Exit 2 when the folders do not make one whole run: a shard missing or given twice, or folders of
    runs with another seed, budget or split.
    """
    try:
        merged = split.read_parts(list(dirs), discover())
    except split.SplitError as exc:
        raise SetupError(str(exc)) from exc
    results = []
    for whole in merged:
        reports.merge(whole.folders, report_dir / whole.api.name)
        results.append(sharding.merge(whole.api.name, whole.done))
    click.echo(f"Merged {len(dirs)} report folder(s): {', '.join(w.api.name for w in merged)}")
    wall = max((whole.wall for whole in merged), default=0.0)
    scope = f"merged from {len(dirs)} report folders"
    covers = _suite_report([whole.api for whole in merged], results, report_dir, wall, scope)
    raise SystemExit(_gate(covers, fail_under, max((r.exit_code for r in results), default=0)))


@main.command()
@click.argument("api", type=ApiName())
@click.option(
    "--fault",
    "fault_name",
    required=True,
    type=click.Choice([*FAULTS, *LIBERTIES]),
    help="Fault class (or liberty) to plant.",
)
@click.option(
    "--upstream", callback=_http_url, help="Server to put the fault in front of. Default: API's bundled fake."
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option(
    "--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="0 picks a free port."
)
def inject(api: Api, fault_name: str, upstream: str | None, host: str, port: int) -> None:
    """Serve a reverse proxy that plants one fault class in front of a server (to prove the suite)."""
    inner = Upstream(upstream) if upstream else build_app(_checked(api))
    what = f"{api.name} with the fault {fault_name} in front of {upstream or 'its bundled fake'}"
    try:
        serve_forever(Injector(inner, api, fault_name), host, port, announce=click.echo, what=what)  # type: ignore[arg-type]
    except ServeError as exc:
        raise SetupError(str(exc)) from exc


@main.command("proxy")
@click.argument("api", type=ApiName())
@click.option("--upstream", required=True, callback=_http_url, help="The server behind the proxy.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option(
    "--port", default=8002, show_default=True, type=click.IntRange(0, 65535), help="0 picks a free port."
)
@click.option(
    "--report-dir",
    type=click.Path(file_okay=False, path_type=Path),
    callback=_writable_dir,
    help="On exit, write violations.ndjson, junit.xml and summary.md here.",
)
@click.option(
    "--allow-invalid-requests",
    is_flag=True,
    help="Log requests the spec refuses without failing for them (a client's own negative tests).",
)
@click.option(
    "--max-held",
    type=click.IntRange(1024),
    default=DEFAULT_MAX_HELD,
    show_default=True,
    help="Bytes of a body held to validate it; a larger body passes through whole, unchecked.",
)
def proxy_command(
    api: Api,
    upstream: str,
    host: str,
    port: int,
    report_dir: Path | None,
    allow_invalid_requests: bool,
    max_held: int,
) -> None:
    """Sit between any client and any server and validate every exchange against API's spec, passing
    it through unchanged.

    Requests: a documented operation, its parameters and body. Responses: a documented status, no 5xx,
    a documented content type, a body valid against its schema, and a list's page size, filters and
    order. Each violation is printed as it is seen; on Ctrl-C or SIGTERM the reports are written and
    the exit code is 1 if anything was violated, else 0.
    """
    _checked(api)
    app = ValidatingProxy(
        api, upstream, lambda v: click.echo(f"violation: {v.line}", err=True), max_held=max_held
    )
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        with running(app, host, port, own_headers=False) as url:  # type: ignore[arg-type]
            click.echo(f"Validating {api.name} at {url} in front of {upstream} (Ctrl-C to stop)")
            with contextlib.suppress(KeyboardInterrupt):
                while True:
                    time.sleep(3600)
    except ServeError as exc:
        raise SetupError(str(exc)) from exc
    finally:
        signal.signal(signal.SIGTERM, previous)
    requests, responses = app.by_side["request"], app.by_side["response"]
    click.echo(
        f"Stopped: {sum(app.exchanges.values())} exchanges, {requests} request and {responses} response"
        f" violations, {app.upstream_errors} times the server could not be reached."
    )
    if report_dir is not None:
        write_reports(report_dir, api.name, app.exchanges, app.violations, app.violation_count)
        click.echo(f"Reports in {report_dir}")
    raise SystemExit(1 if responses or (requests and not allow_invalid_requests) else 0)


def _stop(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


@main.command("kill-matrix")
@click.argument("apis", nargs=-1, type=ApiName())
@click.option(
    "--fault", "faults", multiple=True, type=click.Choice(list(FAULTS)), help="Only these (repeatable)."
)
@_fuzz_options
@_jobs_option("1", "1: the cells in turn inside this process (fastest); N: N cells at once, each a process.")
def kill_matrix_command(
    apis: tuple[Api, ...],
    faults: tuple[str, ...],
    jobs: int | str,
    options: FuzzOptions,
) -> None:
    """Plant each fault class in each API's fake, fuzz it, and print the matrix (Markdown).

    With --report-dir, each run's reports go to <dir>/<api>/<fault or "clean">/. With --jobs 1 the
    cells run in turn inside this process (fastest for short runs); with more, each cell runs its own
    schemathesis process, that many at once.
    Exit 0 when every applicable fault is caught and every clean fake passes, else 1.
    """
    _run_matrix(apis, [FAULTS[name] for name in faults or FAULTS], jobs, options)


@main.command("tolerance-matrix")
@click.argument("apis", nargs=-1, type=ApiName())
@click.option(
    "--liberty",
    "liberties",
    multiple=True,
    type=click.Choice(list(LIBERTIES)),
    help="Only these (repeatable).",
)
@_fuzz_options
@_jobs_option("1", "1: the cells in turn inside this process (fastest); N: N cells at once, each a process.")
def tolerance_matrix_command(
    apis: tuple[Api, ...],
    liberties: tuple[str, ...],
    jobs: int | str,
    options: FuzzOptions,
) -> None:
    """Take each liberty a conformant server may take in front of each API's fake, fuzz it, and print
    the matrix (Markdown): the suite must pass every one.

    Reports and --jobs as for kill-matrix. Exit 0 when every applicable liberty is tolerated (exit 0,
    and taken at least once) and every clean fake passes, else 1.
    """
    _run_matrix(apis, [LIBERTIES[name] for name in liberties or LIBERTIES], jobs, options)


def _run_matrix(apis: tuple[Api, ...], planted: list[Planted], jobs: int | str, options: FuzzOptions) -> None:
    for api in apis or tuple(discover().values()):
        _checked(api)
    processes = _jobs(jobs)
    options = replace(options, quiet=True, in_process=processes == 1)
    children = Children()
    with interruptible(children):
        cells = matrix(
            apis or tuple(discover().values()),
            options,
            planted,
            progress=lambda c: click.echo(
                f"{c.api:20} {c.fault:26} {c.verdict:11} {c.seconds:5.1f} s "
                + (", ".join(c.checks) or c.reason),
                err=True,
            ),
            jobs=processes,
            children=children,
        )
    click.echo(markdown(cells))
    raise SystemExit(0 if all(c.good for c in cells) else 1)
