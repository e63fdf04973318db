"""The one result type every check returns, and the rule record of the catalog."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from aligner.source import Location

__all__ = ["Severity", "Location", "Finding", "Rule"]


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
class Rule:
    """One entry of the rule catalog: a stable id, default severity and a one-line description."""

    id: str
    severity: Severity
    description: str
    preconditions: str = ""


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
