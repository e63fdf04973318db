"""The one result type every check returns, and the rule record of the catalog."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from zhen_qa.manuscript.document import Role
from zhen_qa.manuscript.source import Location

__all__ = ["Severity", "Location", "Finding", "Rule", "Scope"]


class Severity(str, enum.Enum):
    """How much a finding matters; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """2 for error, 1 for warning, 0 for info."""
        return {"error": 2, "warning": 1, "info": 0}[self.value]


@dataclass(frozen=True)
class Scope:
    """The block roles a rule reads and reports in (Vale's `scope`): every role except those in `skip`."""

    skip: frozenset[Role] = frozenset()

    def admits(self, role: Role) -> bool:
        """True when text of this role is in scope."""
        return role not in self.skip


@dataclass(frozen=True)
class Rule:
    """One entry of the rule catalog: a stable id, default severity and a one-line description.

    `scope` says which block roles the rule applies to; the engine (`checks.engine`) applies it, so
    a check module never tests roles itself.
    """

    id: str
    severity: Severity
    description: str
    preconditions: str = ""
    scope: Scope = Scope()


@dataclass(frozen=True)
class Finding:
    """One problem found by one rule at one place.

    `lang` is the language of the text at `location` ("zh" or "en"); `related` points at the
    corresponding text in the other language when there is one; `data` carries rule-specific
    structured detail (for example the forms and counts of term-inconsistent) for JSON output.
    """

    rule: str
    severity: Severity
    message: str
    location: Location
    lang: str
    excerpt: str = ""
    suggestion: str | None = None
    related: Location | None = None
    data: tuple[tuple[str, Any], ...] = field(default=(), compare=False)

    def sort_key(self) -> tuple[Any, ...]:
        """Deterministic order: file, position, rule, message."""
        loc = self.location
        return (loc.path, loc.line, loc.column, loc.end_line, loc.end_column, self.rule, self.message)


EXCERPT_CONTEXT = 60
"""Characters of context an excerpt keeps on each side of what a finding points at."""
MAX_EXCERPT = 400
"""Longest excerpt a finding carries (a sentence is quoted whole up to this length)."""


def excerpt_around(text: str, start: int, end: int, context: int = EXCERPT_CONTEXT) -> str:
    """`text` when it is short, else a window around text[start:end] with "…" where it was cut."""
    if len(text) <= MAX_EXCERPT:
        return text
    a, b = max(0, start - context), min(len(text), end + context)
    return ("…" if a > 0 else "") + text[a:b] + ("…" if b < len(text) else "")


def bounded_excerpt(text: str) -> str:
    """An excerpt no longer than MAX_EXCERPT characters (the start of `text`, "…" where cut)."""
    return text if len(text) <= MAX_EXCERPT else text[: MAX_EXCERPT - 1] + "…"
