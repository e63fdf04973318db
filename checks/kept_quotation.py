"""An English quotation the Chinese page keeps in its original words, with its translation right after it.

A Chinese page translated from English may quote a source (a standard, an encyclopaedia) as written and give the
translation after it (`> (in §3) JSON text SHALL be encoded in Unicode.` then `> 翻译：JSON 文本应该以 Unicode 编码。`),
where the English page quotes the same words once. The aligner can pair only one of the two with the English
quotation: the other is left without English (untranslated), or read as English left in the Chinese
(untranslated-span), and the translation's bead lacks the numbers the kept words hold (number-mismatch).

A Chinese-page sentence without a Han character is such a kept quotation when it is in a Markdown block quote (`>`),
as the English it keeps is, and its words are, verbatim (spacing
aside), words of the English page, QUOTE_WORDS words at least, and the Chinese sentences holding Han that come after
it within TRANSLATION_WITHIN sentences of the Chinese page and are aligned with the English sentences it covers say
SAID_SHARE of its words at least (`aligner.clauses.said_of`): the translation beside it. English pasted into the
Chinese page in place of its translation has no such translation after it and stays reported; so does English whose
English-page counterpart is aligned only with Chinese elsewhere, or with Chinese that says little of it (a paragraph
the aligner merged with it). An English paragraph of the page's own text left above its translation (no block
quote: the source text the translator forgot to delete) stays reported.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from zhen_qa.aligner.clauses import said_of
from zhen_qa.aligner.lexicon import en_stems, load_lexicon
from zhen_qa.manuscript.document import Pair, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

__all__ = ["KeptQuotations", "kept_quotations"]

QUOTE_WORDS = 4
"""Fewest English words a kept quotation has: fewer (a name, a label) the English page may hold by chance."""
TRANSLATION_WITHIN = 6
"""Most Chinese sentences after the quotation its translation may start at (a quotation of a few sentences is
translated sentence by sentence right after it, or in the same block quote)."""
SAID_SHARE = 0.5
"""Least share of the quotation's word stems its translation says: a translation says most (0.73-1.0 over the
quotations of the RapidJSON pages), a neighbouring paragraph on the same topic few (a shared term or two)."""
_WORD = LazyPattern(r"[A-Za-z][A-Za-z'’-]*")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class KeptQuotations:
    """The kept quotations of one pair: `zh` the indices of the Chinese sentences that are one, `en` the indices of
    the English sentences whose words they keep."""

    zh: frozenset[int]
    en: frozenset[int]


def _plain(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def kept_quotations(pair: Pair) -> KeptQuotations:
    """The Chinese sentences of `pair` that are English quotations kept beside their translation, and the English
    sentences they quote."""
    zh_of: dict[int, list[int]] = {}  # English sentence -> the Chinese sentences with Han of its bead
    bead_of: dict[int, int] = {}  # Chinese sentence -> its bead
    for b, bead in enumerate(pair.beads):
        han = [i for i in bead.zh if HAN_RUN_RE.search(pair.zh[i].text.text)]
        for j in bead.en:
            zh_of[j] = han
        for i in bead.zh:
            bead_of[i] = b
    pieces = [_plain(s.text.text) for s in pair.en]
    quoted_en = [_in_block_quote(s) for s in pair.en]
    zh_kept: set[int] = set()
    en_kept: set[int] = set()
    for i, s in enumerate(pair.zh):
        text = _plain(s.text.text)
        if HAN_RUN_RE.search(text) or len(_WORD.findall(text)) < QUOTE_WORDS or not _in_block_quote(s):
            continue
        # the English it may quote: the sentences aligned with it and with the Chinese after it, one more each side
        near = sorted({j for k in range(i, min(i + TRANSLATION_WITHIN, len(pair.zh) - 1) + 1)
                       for j in pair.beads[bead_of[k]].en})
        if not near:
            continue
        lo, hi = max(near[0] - 1, 0), min(near[-1] + 1, len(pieces) - 1)
        starts = [sum(len(p) + 1 for p in pieces[lo:j]) for j in range(lo, hi + 1)]
        at = " ".join(pieces[lo:hi + 1]).find(text)
        if at < 0:
            continue
        covered = [lo + n for n, start in enumerate(starts)
                   if start < at + len(text) and at < start + len(pieces[lo + n])]
        if not all(quoted_en[j] for j in covered):
            continue
        after = sorted({k for j in covered for k in zh_of.get(j, ()) if i < k <= i + TRANSLATION_WITHIN})
        if after and _translates(" ".join(pair.zh[k].text.text for k in after), text):
            zh_kept.add(i)
            en_kept.update(covered)
    return KeptQuotations(frozenset(zh_kept), frozenset(en_kept))


def _in_block_quote(s: Sentence) -> bool:
    """Whether the source line the sentence starts on is a Markdown block quote line (`> …`)."""
    mt = s.text
    if not mt.text:
        return False
    src = mt.source.text
    start = src.rfind("\n", 0, mt.offsets[0]) + 1
    return src[start:mt.offsets[0]].lstrip().startswith(">")


def _translates(chinese: str, quotation: str) -> bool:
    """Whether the Chinese says SAID_SHARE of the quotation's word stems at least."""
    stems = set(en_stems(quotation))
    return bool(stems) and len(said_of(chinese, quotation, load_lexicon())) >= SAID_SHARE * len(stems)
