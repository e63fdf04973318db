"""The rules of untranslated content (untranslated, extra-target, untranslated-span) and the shape of their
findings: the span and the listing of a run of sentences, one finding for the runs a sentence leaves in the other
language."""
from __future__ import annotations

import re
from typing import Any

from zhen_qa.checks.quote import clipped
from zhen_qa.manuscript.document import Role, Sentence
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Rule, Scope, Severity
from zhen_qa.report.places import span_words

NOT_QUOTED = Scope(frozenset({Role.REFERENCE, Role.CITATION}))
"""References and citation blocks quote works as published, in whichever language they were written."""

UNTRANSLATED = Rule(
    "untranslated",
    Severity.WARNING,
    "A Chinese sentence of a paired section has no English counterpart (in a CAT file translated from English: an "
    "English source segment has no Chinese).",
    preconditions="1-0 beads of paired sections; the sentence has words; an English sentence without a counterpart "
    "right beside it is named in the finding; consecutive sentences without English (a section, a paragraph, a "
    "list) are one finding spanning them",
    scope=NOT_QUOTED,
)
EXTRA_TARGET = Rule(
    "extra-target",
    Severity.INFO,
    "An English sentence of a paired section has no Chinese counterpart.",
    preconditions="0-1 beads of paired sections; the sentence has words; not beside a reported untranslated "
    "sentence (that finding names it); consecutive sentences without Chinese are one finding spanning them",
    scope=NOT_QUOTED,
)
UNTRANSLATED_SPAN = Rule(
    "untranslated-span",
    Severity.WARNING,
    "Chinese left in the English, an English sentence left in the Chinese, or a target identical to its source.",
    preconditions="not on sentences already reported as untranslated; references and citation blocks skipped",
    scope=NOT_QUOTED,
)


def run_span(sentences: list[Sentence]) -> tuple[Location, str]:
    """The location from the first sentence to the end of the last, and its lines in words ("lines 3-5")."""
    first, last = sentences[0].location, sentences[-1].location
    where = first.through(last)
    return where, span_words(where.path, where.line, where.end_line)


def listing(sentences: list[Sentence]) -> list[dict[str, Any]]:
    """The sentences as a finding's data lists them: line, column and text of each."""
    return [{"line": s.location.line, "column": s.location.column, "text": s.text.text} for s in sentences]


MAX_RUNS_SHOWN = 3
"""Runs quoted in the message of a sentence that leaves several in the other language; the rest are counted."""


def runs_left(s: Sentence, runs: list[re.Match[str]], what: str, lang: str, related: Location | None) -> Finding:
    """One finding for the runs of one sentence left in the other language (one defect, one finding: a segment
    pasted untranslated is not reported once per run), at the first run, quoting the first MAX_RUNS_SHOWN."""
    quoted = ", ".join(f'"{clipped(m.group(0))}"' for m in runs[:MAX_RUNS_SHOWN])
    more = f" and {len(runs) - MAX_RUNS_SHOWN} more" if len(runs) > MAX_RUNS_SHOWN else ""
    data = (("runs", [{"column": s.text.location(m.start(), m.end()).column, "text": m.group(0)} for m in runs]),) \
        if len(runs) > 1 else ()
    first = runs[0]
    return Finding(UNTRANSLATED_SPAN.id, UNTRANSLATED_SPAN.severity, f"{what}: {quoted}{more}",
                   s.text.location(first.start(), first.end()), lang, s.text.text, related=related, data=data)
