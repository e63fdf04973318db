"""A report whose every text field is hostile: formulas, markup, script, `]]>`, control characters, surrogates."""
from __future__ import annotations

from zhen_qa.manuscript.document import Bead, Pair, Role, Sentence
from zhen_qa.manuscript.source import MappedText, SourceText
from zhen_qa.report.findings import Finding, Rule, Severity
from zhen_qa.report.model import FileResult, Report

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=2">'
TAIL = f"{SCRIPT}{IMG}]]>&amp;<b>\x00\x01\x0b\x1b\udc80\"'"
"""Markup, script, a CDATA end, an entity, control characters and a lone surrogate."""

FORMULA = '=HYPERLINK("http://example.invalid","x")'
EXCERPT = FORMULA + TAIL
MESSAGE = "+1+cmd|' /C calc'!A0 " + TAIL
SUGGESTION = "-2+3 " + TAIL
ZH = "@SUM(1+1)分泌物" + TAIL + "。"
EN = "=1+2 secretome " + TAIL + "."
SECTION = "\t=section " + TAIL
PATH = "-hostile<i>.md"
OTHER = "\r=other.md"
LABEL = '"><script>window.__pwned=3</script>'
"""A glossary label (as a highlighter returns it) that tries to leave its attribute."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def build() -> Report:
    """One file, one pair of hostile sentences, two findings with every text field hostile."""
    text = ZH + "\n" + EN + "\n"
    src = SourceText.from_text(PATH, text)
    zh = Sentence(MappedText.span(src, 0, len(ZH)), "zh", Role.PARAGRAPH)
    en = Sentence(MappedText.span(src, len(ZH) + 1, len(ZH) + 1 + len(EN)), "en", Role.PARAGRAPH)
    pair = Pair(SECTION, (zh,), (en,), (Bead((0,), (0,), 0.5),))
    other = SourceText.from_text(OTHER, EN)
    findings = (
        Finding("term-variant", Severity.WARNING, MESSAGE, src.location(0, 12), "zh", excerpt=EXCERPT,
                suggestion=SUGGESTION, related=other.location(0, 4), data=(("term", EXCERPT), ("n", (1, 2)))),
        Finding("number-mismatch", Severity.ERROR, FORMULA, en.location, "en", excerpt="@" + TAIL,
                suggestion=FORMULA, related=zh.location),
    )
    rules = (Rule("term-variant", Severity.WARNING, "variant"), Rule("number-mismatch", Severity.ERROR, "number"))
    return Report((FileResult(PATH, None, (pair,), findings),), rules, {"version": "9.9.9", "note": TAIL})


def highlight(text: str, lang: str) -> list[tuple[int, int, str]]:
    """The first five characters of every sentence as a glossary term with a hostile label."""
    return [(0, min(5, len(text)), LABEL)]
