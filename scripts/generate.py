"""Generate the Python clients and the bundled specs in generated/ from specs/, atomically.

    python scripts/generate.py [API ...] [--output DIR] [--specs-dir DIR] [--check]

Each API gets its client project, `<output>/<api>-client/`, and its spec bundled into one file,
`<output>/specs/<api>.yaml`, for tools that cannot follow relative `$ref`s. The whole new tree is
assembled in a staging folder beside the output and exchanged with it in one step, so a bad spec or
an interrupt at any moment leaves the output as it was or fully new; the next run removes a leftover
staging folder. `--check` generates into a temporary folder and prints a diff against the output
instead (the drift check). Exit codes: 0 done or no drift, 1 generation failed or drift found,
2 usage error, 130 interrupted.

This file parses the arguments and reports; the work is done by the package beside it, scripts/generation/.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from generation.drift import drift
from generation.errors import GenerationError
from generation.paths import ROOT
from generation.swap import SwapError, generate_all

from contract_tests.openapi.loader import SpecError, discover

__all__ = ["main"]


def _brief(message: str, most: int = 6, width: int = 300) -> str:
    """At most `most` lines of at most `width` characters: an error is read, not scrolled."""
    lines = [line if len(line) <= width else line[: width - 1] + "…" for line in message.splitlines()]
    if len(lines) > most:
        lines = [*lines[: most - 1], f"  … and {len(lines) - most + 1} more (python scripts/check_specs.py)"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("apis", nargs="*", metavar="API", help="APIs to generate (default: all)")
    parser.add_argument("--output", type=Path, default=ROOT / "generated", help="default: generated/")
    parser.add_argument("--specs-dir", type=Path, default=ROOT / "specs", help="default: specs/")
    parser.add_argument("--check", action="store_true", help="report drift instead of writing")
    args = parser.parse_args(argv)
    try:
        known = discover(args.specs_dir)
    except SpecError as exc:
        print(f"error: {_brief(str(exc))}", file=sys.stderr)
        return 1
    unknown = [name for name in args.apis if name not in known]
    if unknown:
        parser.error(f"unknown API {', '.join(unknown)}; choose from: {', '.join(known)}")
    apis = [known[name] for name in args.apis] if args.apis else list(known.values())
    output = args.output.absolute()
    started = time.perf_counter()
    try:
        if args.check:
            diff = drift(apis, output)
            if diff:
                sys.stdout.writelines(diff)
                print(
                    "\nerror: generated/ is stale; run `nox -s generate` and commit the result.",
                    file=sys.stderr,
                )
                return 1
            print(f"generated/ matches the specs ({', '.join(a.name for a in apis)}).")
            return 0
        generate_all(apis, output)
    except SwapError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (GenerationError, SpecError) as exc:
        print(f"error: {_brief(str(exc))}\nerror: nothing in {output} was changed.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"\ninterrupted: {output} is as it was or fully new, never a mix.", file=sys.stderr)
        return 130
    seconds = time.perf_counter() - started
    projects = ", ".join(a.project for a in apis)
    print(f"generated {len(apis)} client(s) and bundled spec(s) into {output} in {seconds:.1f}s: {projects}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
