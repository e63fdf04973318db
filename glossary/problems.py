"""Problems found while reading a termbase: what was wrong, where, and what was done about it."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One repaired defect of a glossary file: file, place (line/row), field, kind, what was done."""

    path: str
    where: str
    field: str
    kind: str
    """A short fixed name for counting: duplicate-term, empty-term, duplicate-id, unknown-column, ..."""
    message: str
    """What is wrong and what was done ("term 'x' listed twice; kept once")."""

    def __str__(self) -> str:
        prefix = f"{self.path}: " if self.path else ""
        place = ", ".join(p for p in (self.where, f"field {self.field}" if self.field else "") if p)
        return f"{prefix}{place}: {self.message}" if place else f"{prefix}{self.message}"


def counts(problems: Iterable[Problem]) -> list[tuple[str, int]]:
    """(kind, number of problems of that kind), most frequent first, then by name."""
    tally = Counter(p.kind for p in problems)
    return sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))
