"""Sessions: lint, specs, generate, drift, changes, tests (what CI runs), quick, contract (the main job).

`tests` runs the other checks inline rather than as nested sessions, so CI builds one virtualenv.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.reuse_venv = "yes"
nox.options.sessions = ["tests"]

ROOT = Path(__file__).parent


def install(session: nox.Session) -> None:
    session.install("-e", ".[dev]")
    clients = sorted(str(p.parent) for p in (ROOT / "generated").glob("*/pyproject.toml"))
    if clients:
        session.install(*clients)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check (generated/ is excluded)."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def specs(session: nox.Session) -> None:
    """Validate every spec (OpenAPI validity, operationId/tag/summary/provenance, examples)."""
    install(session)
    session.run("python", "scripts/check_specs.py")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate the clients (all, or those named: `nox -s generate -- outwork`), then report the change
    against main and raise each client's version and changelog as far as it requires."""
    install(session)
    session.run("python", "scripts/generate.py", *session.posargs)
    session.run("python", "scripts/changes.py", "--bump", *session.posargs)


@nox.session
def changes(session: nox.Session) -> None:
    """The change report against main (`-- --against REF` for another; `-- --check`: the version gate)."""
    install(session)
    session.run("python", "scripts/changes.py", *session.posargs)


@nox.session
def drift(session: nox.Session) -> None:
    """Fail with a diff when generated/ differs from what the specs generate."""
    install(session)
    session.run("python", "scripts/generate.py", "--check")


@nox.session
def tests(session: nox.Session) -> None:
    """Everything CI proves: lint, specs, drift, the client version gate and pytest (it runs
    `contract-tests suite` on every fake)."""
    install(session)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("python", "scripts/check_specs.py")
    # Drift is pytest's (tests/test_generation.py, on both cores); `nox -s drift` prints the diff.
    session.run("python", "scripts/changes.py", "--check")
    session.run("pytest", *session.posargs)


@nox.session
def quick(session: nox.Session) -> None:
    """The quick loop: the tests that start no process, fuzz nothing and generate nothing."""
    install(session)
    session.run("pytest", "-m", "not slow", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """Start every bundled fake on a free port, fuzz it against its spec, print a table."""
    install(session)
    session.run("contract-tests", "suite", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """The benchmarks: client overhead, fakes against a bare server, hostile load, the contract suite."""
    install(session)
    session.install("msgspec")  # the benchmark's comparison only; the clients keep attrs
    session.run("python", "scripts/bench_client.py")
    session.run("python", "scripts/bench_fake.py")
    session.run("python", "scripts/bench_hostile.py")
    session.run("python", "scripts/bench_contract.py", *session.posargs)
