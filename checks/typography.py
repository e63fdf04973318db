"""Typography: punctuation width and Chinese/Latin spacing (`punctuation_width`), accidental doubling
(`repeated_char`) and look-alike radical characters (`lookalike_chars`), over the texts `typography_texts` gives,
which are read once for the three rules.
"""
from __future__ import annotations

from collections.abc import Iterable

from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.lookalike_chars import LOOKALIKE_CHAR, lookalike_chars
from zhen_qa.checks.punctuation_width import PUNCTUATION_WIDTH, punctuation_width
from zhen_qa.checks.repeated_char import REPEATED_CHAR, repeated_char
from zhen_qa.checks.typography_texts import typography_texts
from zhen_qa.report.findings import Finding, Rule

RULES: tuple[Rule, ...] = (PUNCTUATION_WIDTH, REPEATED_CHAR, LOOKALIKE_CHAR)


def run(ctx: CheckContext) -> Iterable[Finding]:
    """Findings of punctuation-width, repeated-char and lookalike-char."""
    texts = list(typography_texts(ctx))
    yield from punctuation_width(ctx, texts)
    yield from repeated_char(ctx, texts)
    yield from lookalike_chars(texts)
