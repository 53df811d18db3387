"""`contract-tests`: serve the reference fakes and fuzz any server against its API's spec.

Exit codes: 0 no check failed, 1 a check failed, 2 usage or spec error (click's own convention
for usage errors, kept for spec errors too).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import click
import httpx

from .fake.misbehave import ENV_VAR as MISBEHAVE_ENV
from .fake.misbehave import Misbehaviour
from .fake.serve import ServeError, build_app, default_token, running, serve_forever
from .faults import FAULTS, Injector, Upstream
from .faults.killmatrix import kill_matrix, markdown
from .spec.lint import check
from .spec.loader import Api, SpecError, discover
from .spec.model import operations
from .suite import fuzz as fuzzing


class ApiName(click.ParamType):
    name = "API"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> Api:
        if isinstance(value, Api):
            return value
        apis = discover()
        if value not in apis:
            self.fail(f"unknown API {value!r}; choose from: {', '.join(apis)}", param, ctx)
        return apis[str(value)]


class MisbehaviourType(click.ParamType):
    name = "STATUS:COUNT[:RETRY_AFTER]"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> Misbehaviour:
        if isinstance(value, Misbehaviour):
            return value
        try:
            return Misbehaviour.parse(str(value))
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
    type=MisbehaviourType(),
    envvar=MISBEHAVE_ENV,
    show_envvar=True,
    help="Answer the first COUNT requests with STATUS (429 or 5xx) and Retry-After (default 0), "
    "e.g. 429:3 or 503:2:1.",
)
def serve(api: Api, host: str, port: int, db: str, token: str | None, misbehave: Misbehaviour | None) -> None:
    """Serve API's stateful fake until interrupted."""
    try:
        app = build_app(_checked(api), token=token, db=db)
    except SpecError as exc:
        raise click.UsageError(str(exc)) from exc
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


def _fuzz_options(f: click.decorators.FC) -> click.decorators.FC:
    for option in reversed(
        [
            click.option(
                "--token", help="Token for the server. Default: $<API>_TOKEN, else the fakes' default."
            ),
            click.option(
                "--max-examples",
                type=click.IntRange(1),
                default=fuzzing.DEFAULT_MAX_EXAMPLES,
                show_default=True,
                help="Test cases per operation and phase.",
            ),
            click.option("--seed", type=int, default=fuzzing.DEFAULT_SEED, show_default=True),
            click.option(
                "--deterministic",
                is_flag=True,
                help="Same test cases on every run, whatever the seed (schemathesis deterministic mode).",
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
        f = option(f)
    return f


def _options(
    url: str, token: str, report_dir: Path | None, quiet: bool, **given: object
) -> fuzzing.FuzzOptions:
    return fuzzing.FuzzOptions(
        url,
        token,
        seed=int(given["seed"]),  # type: ignore[call-overload]
        max_examples=int(given["max_examples"]),  # type: ignore[call-overload]
        report_dir=report_dir,
        workers=given["workers"],  # type: ignore[arg-type]
        quiet=quiet,
        deterministic=bool(given["deterministic"]),
        max_time=given["max_time"],  # type: ignore[arg-type]
        max_failures=given["max_failures"],  # type: ignore[arg-type]
    )


def _print_summary(result: fuzzing.FuzzResult) -> None:
    if result.summary:
        click.echo(f"\nFailures in {result.api} (reproduce each with its curl line):")
        for line in result.summary:
            click.echo(line)


@contextlib.contextmanager
def _target(api: Api, base_url: str | None, token: str) -> Iterator[str]:
    """The server to fuzz: the one named, else the bundled fake on a free port."""
    if base_url:
        _reachable(base_url)
        yield base_url
        return
    with running(build_app(api, token=token)) as url:
        yield url


@main.command("fuzz")
@click.argument("api", type=ApiName())
@click.option("--base-url", callback=_http_url, help="Server under test. Default: start the bundled fake.")
@click.option(
    "--operation-id", "operation_ids", multiple=True, help="Only this operation (repeatable; for sharding)."
)
@click.option("--tag", "tags", multiple=True, help="Only operations with this tag (repeatable).")
@_fuzz_options
def fuzz_command(
    api: Api,
    base_url: str | None,
    operation_ids: tuple[str, ...],
    tags: tuple[str, ...],
    token: str | None,
    report_dir: Path | None,
    **given: object,
) -> None:
    """Fuzz a server against API's spec, every phase including stateful."""
    token = token or default_token(_checked(api))
    spec_ids = {op.get("operationId") for _, _, op in operations(api.spec())}
    unknown = [op_id for op_id in operation_ids if op_id not in spec_ids]
    if unknown:
        raise click.BadParameter(
            f"{', '.join(unknown)} not in the {api.name} spec", param_hint="--operation-id"
        )
    selection = [arg for op_id in operation_ids for arg in ("--include-operation-id", op_id)]
    selection += [arg for tag in tags for arg in ("--include-tag", tag)]
    with _target(api, base_url, token) as url:
        options = replace(_options(url, token, report_dir, False, **given), extra_args=tuple(selection))
        result = fuzzing.fuzz(api, options)
    _print_summary(result)
    raise SystemExit(result.exit_code)


@main.command()
@click.argument("apis", nargs=-1, type=ApiName())
@_fuzz_options
def suite(apis: tuple[Api, ...], token: str | None, report_dir: Path | None, **given: object) -> None:
    """Fuzz every bundled fake (or the APIs named) and print a table."""
    results = []
    for api in apis or tuple(discover().values()):
        api_token = token or default_token(_checked(api))
        click.echo(f"== {api.name} ==")
        with _target(api, None, api_token) as url:
            api_reports = report_dir / api.name if report_dir else None
            results.append(fuzzing.fuzz(api, _options(url, api_token, api_reports, True, **given)))
    for result in results:
        _print_summary(result)
    click.echo(f"\n{'API':20} {'operations':>10} {'test cases':>10} {'failures':>9} {'seconds':>8}  result")
    for r in results:
        verdict = "ok" if r.exit_code == 0 else "FAILED"
        click.echo(
            f"{r.api:20} {r.operations:>10} {r.test_cases:>10} {r.failures:>9} {r.seconds:>8.1f}  {verdict}"
        )
    raise SystemExit(max((r.exit_code for r in results), default=0))


@main.command()
@click.argument("api", type=ApiName())
@click.option(
    "--fault", "fault_name", required=True, type=click.Choice(list(FAULTS)), help="Fault class to plant."
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


@main.command("kill-matrix")
@click.argument("apis", nargs=-1, type=ApiName())
@click.option(
    "--fault", "faults", multiple=True, type=click.Choice(list(FAULTS)), help="Only these (repeatable)."
)
@_fuzz_options
def kill_matrix_command(
    apis: tuple[Api, ...],
    faults: tuple[str, ...],
    token: str | None,
    report_dir: Path | None,
    **given: object,
) -> None:
    """Plant each fault class in each API's fake, fuzz it, and print the matrix (Markdown).

    With --report-dir, each run's reports go to <dir>/<api>/<fault or "clean">/.
    Exit 0 when every applicable fault is caught and every clean fake passes, else 1.
    """
    for api in apis or tuple(discover().values()):
        _checked(api)
    options = _options("", token or "", report_dir, True, **given)
    cells = kill_matrix(
        apis or tuple(discover().values()),
        options,
        faults or None,
        progress=lambda c: click.echo(
            f"{c.api:20} {c.fault:24} {c.verdict:7} {c.seconds:5.1f} s {', '.join(c.checks) or c.reason}",
            err=True,
        ),
    )
    click.echo(markdown(cells))
    raise SystemExit(0 if all(c.good for c in cells) else 1)
