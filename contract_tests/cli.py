"""`contract-tests`: serve the reference fakes and fuzz any server against its API's spec.

Exit codes: 0 no check failed, 1 a check failed, 2 usage or spec error (click's own convention
for usage errors, kept for spec errors too).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import click

from . import fuzz as fuzzing
from .misbehave import ENV_VAR as MISBEHAVE_ENV
from .misbehave import Misbehaviour
from .serve import build_app, default_token, running, serve_forever
from .speccheck import check
from .specs import Api, SpecError, discover


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


def _checked(api: Api) -> Api:
    problems = check(api.spec_path)
    if problems:
        raise click.UsageError("the spec has problems:\n  " + "\n  ".join(problems))
    return api


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Reference fakes and contract tests for the partner APIs."""


@main.command("list")
def list_apis() -> None:
    """List the APIs, their specs and token variables."""
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
    serve_forever(app, host, port, announce=click.echo, misbehave=misbehave)


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
                "--report-dir",
                type=click.Path(file_okay=False, path_type=Path),
                help="Write JUnit XML, HAR and NDJSON reports here.",
            ),
            click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True),
        ]
    ):
        f = option(f)
    return f


@contextlib.contextmanager
def _target(api: Api, base_url: str | None, token: str) -> Iterator[str]:
    """The server to fuzz: the one named, else the bundled fake on a free port."""
    if base_url:
        yield base_url
        return
    with running(build_app(api, token=token)) as url:
        yield url


@main.command("fuzz")
@click.argument("api", type=ApiName())
@click.option("--base-url", help="Server under test. Default: start the bundled fake.")
@_fuzz_options
def fuzz_command(
    api: Api,
    base_url: str | None,
    token: str | None,
    max_examples: int,
    seed: int,
    report_dir: Path | None,
    workers: int,
) -> None:
    """Fuzz a server against API's spec, every phase including stateful."""
    token = token or default_token(_checked(api))
    with _target(api, base_url, token) as url:
        options = fuzzing.FuzzOptions(url, token, seed, max_examples, report_dir, workers=workers)
        result = fuzzing.fuzz(api, options)
    raise SystemExit(result.exit_code)


@main.command()
@click.argument("apis", nargs=-1, type=ApiName())
@_fuzz_options
def suite(
    apis: tuple[Api, ...],
    token: str | None,
    max_examples: int,
    seed: int,
    report_dir: Path | None,
    workers: int,
) -> None:
    """Fuzz every bundled fake (or the APIs named) and print a table."""
    results = []
    for api in apis or tuple(discover().values()):
        api_token = token or default_token(_checked(api))
        click.echo(f"== {api.name} ==")
        with _target(api, None, api_token) as url:
            api_reports = report_dir / api.name if report_dir else None
            options = fuzzing.FuzzOptions(
                url, api_token, seed, max_examples, api_reports, workers=workers, quiet=True
            )
            results.append(fuzzing.fuzz(api, options))
    click.echo(f"\n{'API':20} {'operations':>10} {'test cases':>10} {'failures':>9} {'seconds':>8}  result")
    for r in results:
        verdict = "ok" if r.exit_code == 0 else "FAILED"
        click.echo(
            f"{r.api:20} {r.operations:>10} {r.test_cases:>10} {r.failures:>9} {r.seconds:>8.1f}  {verdict}"
        )
    raise SystemExit(max((r.exit_code for r in results), default=0))
