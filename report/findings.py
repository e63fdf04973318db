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

    def same_on_line_key(self) -> tuple[str, int, str, Severity, str]:
        """What makes two findings of one line the same finding recurring (file, line, rule, severity, message: the
        half-width commas of a paragraph): reports show them as one line or row. Findings that differ in what they
        say keep their own, so "+N more" never hides a different finding."""
        return (self.location.path, self.location.line, self.rule, self.severity, self.message)


# Excerpts, in one place. The two context widths differ on purpose: a term finding points at a word
# that may recur many times in a sentence, so its excerpt is always a short window (30 a side, like a
# concordance line) and stays readable in the term-inconsistent and term-missing lists; other findings
# quote their whole sentence up to MAX_EXCERPT and cut a wider window (60 a side) only beyond it.
# Unifying them would change every term excerpt of existing reports and baselines.
EXCERPT_CONTEXT = 60
"""Characters of context kept on each side of what a finding points at, when its text exceeds MAX_EXCERPT."""
TERM_EXCERPT_CONTEXT = 30
"""Characters of sentence text kept on each side of a term in term findings' excerpts (always cut)."""
MAX_EXCERPT = 400
"""Longest excerpt a finding carries (a sentence is quoted whole up to this length)."""


def window(text: str, start: int, end: int, context: int) -> str:
    """text[start:end] with `context` characters on each side, and "…" where the text was cut."""
    a, b = max(0, start - context), min(len(text), end + context)
    return ("…" if a > 0 else "") + text[a:b] + ("…" if b < len(text) else "")


def excerpt_around(text: str, start: int, end: int, context: int = EXCERPT_CONTEXT) -> str:
    """`text` when it is short, else a window around text[start:end] with "…" where it was cut."""
    return text if len(text) <= MAX_EXCERPT else window(text, start, end, context)


def bounded_excerpt(text: str) -> str:
    """An excerpt no longer than MAX_EXCERPT characters (the start of `text`, "…" where cut)."""
    return text if len(text) <= MAX_EXCERPT else text[: MAX_EXCERPT - 1] + "…"


UNIT_ID_SUFFIXES = (".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".ts", ".json", ".yml", ".yaml", ".properties",
                    ".strings", ".resx", ".xml")
"""Files whose units have ids a translator finds them by in the CAT tool or the code (XLIFF, a Qt Linguist
message's context and source, message files)."""
UNIT_SHOWN = 60
"""Most characters of a unit id the text and HTML reports show (an id past it is clipped with "…")."""


def unit_of(f: Finding) -> str | None:
    """The id of the unit a CAT file's finding points at, as the reports show it beside the place: the XLIFF
    trans-unit's id (a segment's `id:mid`), the TMX tuid, a Qt message's context and source, a JSON message's key
    path (`checks.run.with_unit_ids` put it in the finding's data); None outside such files, and in a PO file or a
    TMX memory, whose units have no id a translator searches by (a PO entry's is its msgid, a <tu> without tuid its
    source text, which the excerpt and message show already)."""
    unit = dict(f.data).get("unit")
    if unit is None or not str(unit) or not f.location.path.lower().endswith(UNIT_ID_SUFFIXES):
        return None
    text = str(unit)
    return text if len(text) <= UNIT_SHOWN else text[:UNIT_SHOWN - 1] + "…"
