"""Markup findings: markup that makes the typeset text differ from what the writer evidently meant."""
from __future__ import annotations

from collections.abc import Iterator

from zhen_qa.checks.context import CheckContext
from zhen_qa.manuscript.reader import LATEX_SUFFIXES
from zhen_qa.report.findings import Finding, Rule, Severity, excerpt_around

UNESCAPED_PERCENT = Rule(
    "unescaped-percent",
    Severity.WARNING,
    "An unescaped % after a number in LaTeX prose (72.5% instead of 72.5\\%): TeX takes the rest of the line for a "
    "comment and leaves it out of the PDF. The other checks read the line as meant, so this is the one finding.",
    preconditions="LaTeX files only; the % must follow a digit and be followed on its line by two words or more",
)

RULES: tuple[Rule, ...] = (UNESCAPED_PERCENT,)

SHOWN = 60
"""Characters of the commented-out text quoted in the message."""


def run(ctx: CheckContext) -> Iterator[Finding]:
    """One finding per source line with an unescaped percent sign in prose, at the first."""
    for block in ctx.manuscript.blocks:
        mt = block.text
        source = mt.source.text
        if not mt.source.path.lower().endswith(LATEX_SUFFIXES) or "%" not in mt.text:
            continue
        lines: set[int] = set()
        for i, ch in enumerate(mt.text):
            if ch != "%" or source[mt.offsets[i]] != "%":
                continue  # "\%" and "$10\%$" map to the backslash and the dollar
            loc = mt.location(i, i + 1)
            if loc.line in lines:
                continue  # the line's first slip drops the rest of it: later ones are inside that comment
            lines.add(loc.line)
            start = mt.offsets[i]
            end = source.find("\n", start)
            dropped = source[start + 1:end if end >= 0 else len(source)].strip()
            number = mt.text[:i].split()[-1] if mt.text[:i].split() else ""
            shown = dropped if len(dropped) <= SHOWN else dropped[:SHOWN] + "…"
            yield Finding(UNESCAPED_PERCENT.id, UNESCAPED_PERCENT.severity,
                          f"unescaped % after {number}: TeX reads the rest of the line as a comment, so "
                          f"“{shown}” is missing from the PDF; write \\%",
                          loc, block.lang, excerpt_around(mt.text, i, i + 1), suggestion="\\%")
