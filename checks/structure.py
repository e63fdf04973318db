"""Structure findings: Chinese body sections that have no English counterpart."""
from __future__ import annotations

from collections.abc import Iterator

from zhen_qa.checks.context import CheckContext
from zhen_qa.report.findings import Finding, Rule, Severity

MONOLINGUAL_SECTION = Rule(
    "monolingual-section",
    Severity.INFO,
    "A Chinese body section has no English counterpart (English-abstract-only article); reported once per section.",
)

RULES: tuple[Rule, ...] = (MONOLINGUAL_SECTION,)


def run(ctx: CheckContext) -> Iterator[Finding]:
    """One info finding per monolingual section: heading, line span and sentence count."""
    for sec in ctx.manuscript.monolingual:
        loc = sec.location
        n = len(sec.sentences)
        excerpt = sec.sentences[0].text.text[:80] if sec.sentences else ""
        yield Finding(
            rule=MONOLINGUAL_SECTION.id,
            severity=MONOLINGUAL_SECTION.severity,
            message=f"section '{sec.heading}' (lines {loc.line}-{loc.end_line}, {n} sentences) "
            "has no English counterpart",
            location=loc,
            lang="zh",
            excerpt=excerpt,
            data=(("heading", sec.heading), ("line", loc.line), ("end_line", loc.end_line), ("sentences", n)),
        )
