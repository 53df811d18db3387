"""`--fail-under links=80,statuses=80`: a green run that exercised less than a CI job requires is a red one.

A suite that passes while following few links or seeing few documented statuses proves little; the gate
turns "how much was exercised" (the table's columns, `coverage.MEASURES`) into an exit code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .coverage import MEASURES, Coverage

__all__ = ["FailUnder"]


@dataclass(frozen=True)
class FailUnder:
    """Minimum percentages per measure; a measure not named is not gated."""

    minimum: Mapping[str, float]

    @classmethod
    def parse(cls, text: str) -> FailUnder:
        """`links=80,statuses=80` (any subset of MEASURES); ValueError says what is wrong."""
        minimum: dict[str, float] = {}
        for item in filter(None, (part.strip() for part in text.split(","))):
            measure, sep, value = item.partition("=")
            measure = measure.strip()
            if not sep or measure not in MEASURES:
                raise ValueError(
                    f"{item!r}: expected MEASURE=PERCENT with MEASURE one of {', '.join(MEASURES)}"
                )
            try:
                percent = float(value)
            except ValueError:
                percent = -1.0
            if not 0 <= percent <= 100:
                raise ValueError(f"{item!r}: the percentage must be a number from 0 to 100")
            if measure in minimum:
                raise ValueError(f"{measure} is named twice")
            minimum[measure] = percent
        if not minimum:
            raise ValueError(f"name at least one of {', '.join(MEASURES)}, e.g. links=80,statuses=80")
        return cls(minimum)

    def shortfalls(self, api: str, cover: Coverage) -> list[str]:
        """One line per measure under its minimum (a measure with nothing to exercise is met)."""
        lines = []
        for measure, percent in self.minimum.items():
            done, total = cover.share(measure)
            if total and 100 * done < percent * total:
                lines.append(
                    f"{api}: {measure} {done}/{total} ({100 * done / total:.1f}%) is under"
                    f" --fail-under {measure}={percent:g}"
                )
        return lines
