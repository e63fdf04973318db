"""Structure findings: Chinese body sections that have no English counterpart, passages printed twice."""
from __future__ import annotations

from collections.abc import Iterator

from zhen_qa.checks.context import CheckContext
from zhen_qa.manuscript.document import span_of
from zhen_qa.manuscript.plural import plural
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Rule, Severity
from zhen_qa.report.places import span_words

MONOLINGUAL_SECTION = Rule(
    "monolingual-section",
    Severity.INFO,
    "A Chinese body section has no English counterpart (English-abstract-only article); reported once per section.",
)

DUPLICATED_PASSAGE = Rule(
    "duplicated-passage",
    Severity.WARNING,
    "A run of sentences repeats an earlier passage of the same side (copy-paste, extraction) while the other side "
    "does not; reported once per copy, which the other checks do not see.",
)

RULES: tuple[Rule, ...] = (MONOLINGUAL_SECTION, DUPLICATED_PASSAGE)


def run(ctx: CheckContext) -> Iterator[Finding]:
    """Monolingual sections (one info each), then duplicated passages (one warning each)."""
    yield from _monolingual(ctx)
    yield from _duplicates(ctx)


def _lines(loc: Location) -> str:
    """"lines 4-6" (in a Word document "paragraphs 4-6")."""
    return span_words(loc.path, loc.line, loc.end_line)


def _duplicates(ctx: CheckContext) -> Iterator[Finding]:
    """One finding per copy: where it is, which lines it repeats, how many sentences."""
    for pair in ctx.manuscript.pairs:
        for dup in pair.duplicates:
            copy, orig = span_of(dup.copy), span_of(dup.original)
            n = len(dup.copy)
            verb = "repeats" if copy.line == copy.end_line else "repeat"
            yield Finding(
                rule=DUPLICATED_PASSAGE.id,
                severity=DUPLICATED_PASSAGE.severity,
                message=f"{_lines(copy)} {verb} {_lines(orig)} ({n} sentence{'s' if n > 1 else ''}); "
                "the copy is left out of the other checks",
                location=copy,
                lang=dup.lang,
                excerpt=dup.copy[0].text.text,
                data=(("original_line", orig.line), ("original_end_line", orig.end_line), ("sentences", n)),
            )


def _monolingual(ctx: CheckContext) -> Iterator[Finding]:
    """One info finding per monolingual section: heading, line span and sentence count."""
    for sec in ctx.manuscript.monolingual:
        loc = sec.location
        n = len(sec.sentences)
        excerpt = sec.sentences[0].text.text[:80] if sec.sentences else ""
        yield Finding(
            rule=MONOLINGUAL_SECTION.id,
            severity=MONOLINGUAL_SECTION.severity,
            message=f"section '{sec.heading}' ({_lines(loc)}, {plural(n, 'sentence')}) "
            "has no English counterpart",
            location=loc,
            lang="zh",
            excerpt=excerpt,
            data=(("heading", sec.heading), ("line", loc.line), ("end_line", loc.end_line), ("sentences", n)),
        )
