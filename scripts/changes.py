"""The change report: what a spec change does to each client, for clients and for servers, and its version.

    python scripts/changes.py [API ...] [--against REF] [--check | --bump]

Compares the working tree with a git ref: per API, the spec's changes by operation, each classed as
breaking for clients, for servers, or an addition; then the generated package's public Python API
(griffe); then the semver version that requires against the ref's. The ref is `--against REF`, else
per client the last commit at or before the merge base of HEAD with main that set its version in
overrides/versions.toml (so on main itself a change that landed without its bump stays red).
`--check` exits 1 when a client's version (overrides/versions.toml) is lower than that. `--bump`
raises it, writes the client's changelog section and regenerates what moved (`nox -s generate` runs
it). The client half reads generated/ as it is: run it after generating. Exit codes: 0 done,
1 a version too low under `--check` or the report failed, 2 usage error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys

from generation.errors import GenerationError
from generation.paths import ROOT
from generation.report import ClientReport, base_ref, client_report, ref_tree, release_commit
from generation.swap import generate_all
from generation.versions import CHANGELOGS, set_version, write_changelog

from contract_tests.openapi.loader import Api, SpecError, discover

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("apis", nargs="*", metavar="API", help="APIs to report on (default: all)")
    parser.add_argument(
        "--against", metavar="REF", help="git ref to compare with (default: merge base with main)"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 when a client's version is too low")
    mode.add_argument("--bump", action="store_true", help="raise versions, write changelogs, regenerate")
    args = parser.parse_args(argv)
    try:
        known = discover(ROOT / "specs")
        unknown = [name for name in args.apis if name not in known]
        if unknown:
            parser.error(f"unknown API {', '.join(unknown)}; choose from: {', '.join(known)}")
        apis = [known[name] for name in args.apis] if args.apis else list(known.values())
        against, commit = base_ref(args.against)
        if not args.against:
            against = f"the last version change at or before the {against}"
        bases: dict[str, list[Api]] = {}
        for api in apis:
            bases.setdefault(commit if args.against else release_commit(api.project, commit), []).append(api)
        reports = []
        for base, group in bases.items():
            with ref_tree(base) as old:
                reports += [client_report(api, old) for api in group]
            print(f"Changes against {against} ({base[:12]}), working tree as it is:")
            for report in reports[-len(group) :]:
                print("\n".join(report.render(against)))
        if args.bump:
            return _bump(reports)
    except (GenerationError, SpecError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ninterrupted: versions and changelogs are as they were or fully written.", file=sys.stderr)
        return 130
    low = [r for r in reports if not r.ok]
    if args.check and low:
        names = ", ".join(f"{r.api.project} {r.version} < {r.required}" for r in low)
        print(
            f"error: client version too low for its changes: {names}; run `nox -s generate`", file=sys.stderr
        )
        return 1
    return 0


def _bump(reports: list[ClientReport]) -> int:
    """Raise each too-low version to what its changes require, write its changelog section, regenerate."""
    moved = []
    for report in reports:
        if report.base is None or report.level is None or report.required is None:
            continue
        if report.version < report.required:
            set_version(report.api.project, report.required)
            report.version = report.required
            print(f"{report.api.project}: version raised to {report.version}")
        if report.version > report.base:
            path = CHANGELOGS / f"{report.api.project}.md"
            before = path.read_text(encoding="utf-8") if path.is_file() else ""
            if write_changelog(report.api.project, report.changelog()).read_text(encoding="utf-8") != before:
                print(f"{report.api.project}: changelog section {report.version} written")
                moved.append(report.api)
    if moved:
        generate_all(moved, ROOT / "generated")
        print(f"regenerated {', '.join(api.project for api in moved)} with the new version and changelog")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
