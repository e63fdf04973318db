"""untranslated inside a bead: the part of a Chinese sentence after a break the Markdown reading joined that its
English says nothing of.

The reading joins a wrapped Markdown paragraph's lines as the page renders them (`manuscript.markdown_wraps`), also
across a line-final ：/；/; and around a line that is only a link. When the English drops what follows such a break
(以下两种采样方式由 Collector 提供：⏎头部采样在链路开始时做出决定，… for "The Collector offers the following two
sampling methods:" alone), the joined sentence still pairs with the English of the part before it in one bead, and
nothing is unpaired: the omission goes unreported. This is the Chinese mirror of an English `;` clause the Chinese
never says: reported, in Markdown, in a bead of one Chinese sentence, at a joined break (`mark_joins`) where the part
after it

- has MIN_OWN or more content tokens (`zh_tokens`) of its own (not in the part before) and MIN_HAN Han characters;
- says nothing of the bead's English that the part before does not say already (`clauses.said_of`: glossed stems,
  Latin tokens and numbers both write): no word of the English is its rendering;
- while the part before says RENDERED_SHARE or more of the English's content stems: the English renders it.

A translator who wrote the two parts as one English sentence keeps the second part's words: its stems, names or
numbers are then in the English, and nothing is reported.
"""
from __future__ import annotations

from collections.abc import Iterator

from zhen_qa.aligner.clauses import marks, said_of
from zhen_qa.aligner.lexicon import STOP_EN, en_stems, load_lexicon, zh_tokens
from zhen_qa.checks.quote import clipped
from zhen_qa.manuscript.document import Pair
from zhen_qa.manuscript.markdown import MARKDOWN_SUFFIXES
from zhen_qa.manuscript.markdown_wraps import mark_joins
from zhen_qa.manuscript.script import HAN_RUN_RE
from zhen_qa.report.findings import Finding, Severity

MIN_OWN = 4
"""Content tokens of its own the part after the break needs for the English's silence on it to mean something."""
MIN_HAN = 8
"""Han characters the part after the break needs: a shorter one is a name or a connective, no sentence."""
RENDERED_SHARE = 0.3
"""Least share of the English's content stems the part before the break must say: the English renders it."""


def _han(text: str) -> int:
    """Han characters of a text."""
    return sum(len(r) for r in HAN_RUN_RE.findall(text))


def unsaid_after(zh: str, joins: list[int], en: str) -> str | None:
    """The part of Chinese sentence `zh` after one of its joined breaks (`joins`: indexes of the character before
    each) that English `en` says nothing of (see the module's conditions), or None."""
    for k in joins:
        before, after = zh[:k + 1], zh[k + 1:].strip()
        if unsaid_beside(after, before, en):
            return after
    return None


def unsaid_beside(part: str, rest: str, en: str, stray: int = 0) -> bool:
    """Whether English `en` says nothing of Chinese `part` while it renders the Chinese `rest` written with it: `part`
    has MIN_HAN Han characters and MIN_OWN content tokens `rest` lacks, says no mark of `en` and at most `stray`
    words of it (`clauses.said_of`) that `rest` does not say already, and `rest` says RENDERED_SHARE of `en`'s
    content stems."""
    if _han(part) < MIN_HAN or not HAN_RUN_RE.search(rest):
        return False
    lexicon = load_lexicon()
    stems = set(en_stems(en)) - STOP_EN
    if not stems or len(set(zh_tokens(part, lexicon)) - set(zh_tokens(rest, lexicon))) < MIN_OWN:
        return False
    said_rest = said_of(rest, en, lexicon)
    if len(said_of(part, en, lexicon) - said_rest) > stray or marks(part) & marks(en) - said_rest:
        return False
    return len(said_rest & stems) >= RENDERED_SHARE * len(stems)


def findings(pair: Pair, rule: str, severity: Severity) -> Iterator[Finding]:
    """`rule` findings for the parts after a joined break of the pair's one-Chinese-sentence beads that their English
    says nothing of."""
    for bead in pair.beads:
        if len(bead.zh) != 1 or not bead.en:
            continue
        zh = pair.zh[bead.zh[0]]
        if not zh.text.source.path.lower().endswith(MARKDOWN_SUFFIXES):
            continue  # the joins are the Markdown reading's
        joins = mark_joins(zh.text.text, zh.text.offsets, zh.text.source.text)
        if not joins:
            continue
        en = " ".join(pair.en[j].text.text for j in bead.en)
        if (after := unsaid_after(zh.text.text, joins, en)) is None:
            continue
        start = zh.text.text.rindex(after)
        where = zh.text.location(start, len(zh.text.text))
        yield Finding(rule, severity, f"no English for: {clipped(after)} "
                      "(the line after the break; the English renders only the lines before)",
                      where, "zh", after, related=pair.en[bead.en[0]].location)
