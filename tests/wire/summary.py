"""The wire summary: cases per API and the operations with at least one case, of all the spec's."""

from __future__ import annotations

from collections import defaultdict

from contract_tests.openapi.loader import discover
from contract_tests.openapi.model import ApiModel

from . import CASES

__all__ = ["summary"]


def summary() -> str:
    cases: dict[str, int] = defaultdict(int)
    covered: dict[str, set[str]] = defaultdict(set)
    judged = 0
    for case in CASES:
        api = case.api.removesuffix("_client").replace("_", "-")
        cases[api] += 1
        covered[api].add(case.operation)
        judged += bool(case.reading)
    lines = [f"{'API':<18} {'cases':>5} {'operations with a case':>24}"]
    total_ops = total_covered = 0
    for name, api in sorted(discover().items()):
        operations = {op.operation_id for op in ApiModel.of(api.spec()).operations}
        unknown = covered[name] - operations
        if unknown:
            raise ValueError(f"wire cases name operations {name} does not have: {sorted(unknown)}")
        total_ops, total_covered = total_ops + len(operations), total_covered + len(covered[name])
        lines.append(f"{name:<18} {cases[name]:>5} {len(covered[name]):>18} / {len(operations)}")
    lines.append(
        f"{len(CASES)} wire cases (each sync and async), {judged} on a judgment call; "
        f"{total_covered} of {total_ops} operations have one."
    )
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary())
