"""A two-word English term said as its head with an of-phrase: "colon cancer" as "cancer of the colon" (term-missing).

English names a thing by a noun compound, modifier first ("colon cancer", "liver transplantation", "smoking
cessation"), or by its head with the modifier in an of-phrase after it ("cancer of the colon", "transplantation of
the liver", "cessation of smoking"): one term in two word orders. The presence check wants the words in the listed
order, so a translation that writes the of-phrase seems to lack the term. It is said so where the English has the
head, "of", an optional article, and the modifier, each with an inflection's ending at most (cancers, the
liver's), with nothing else between them: "group of agents" is not "age group".

The head "cancer" may be "carcinoma" there ("carcinoma of the colon" for 结肠癌): 癌 is carcinoma word for word, and
English medical writing names a cancer of an organ by either. Nothing else is swapped.

An injected term-missing replaces the term by another word: no of-phrase of the term's words is left behind.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from zhen_qa.checks.presence_en import STEM_ENDINGS, en_stem
from zhen_qa.checks.term_context import masked_text
from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_nested import holds
from zhen_qa.glossary.normalize import fold_en
from zhen_qa.manuscript.document import Sentence

HEAD_ALSO: dict[str, tuple[str, ...]] = {"cancer": ("carcinoma",)}
"""A head the of-phrase may say by another word of the same meaning (cancer: carcinoma)."""

STEM_MIN = 3
"""Fewest letters of each word's stem (`presence_en.en_stem`): "gut flora" has its words, "an ax" not."""


@lru_cache(maxsize=4096)
def _of_pattern(modifier: str, heads: tuple[str, ...]) -> re.Pattern[str]:
    """Head + of + optional article + modifier, each stem with one of `presence_en.STEM_ENDINGS` or none, as whole
    words of folded text."""
    head = "|".join(re.escape(h) for h in heads)
    ending = "(?:" + "|".join(re.escape(e) for e in STEM_ENDINGS) + r"|'s)?"
    return re.compile(r"(?<![a-z])(?:" + head + r")" + ending + r"\s+of\s+(?:(?:the|a|an)\s+)?" + re.escape(modifier)
                      + ending + r"(?![a-z])")


def of_phrase_said(text: str, forms: Iterable[str]) -> bool:
    """Whether the English says a two-word form "modifier head" as "head of (the) modifier" (see the module
    docstring)."""
    folded = fold_en(text, lower=True)
    for form in forms:
        words = fold_en(form, lower=True).split()
        if len(words) != 2 or not all(w.isalpha() for w in words):
            continue
        modifier, head = en_stem(words[0]), en_stem(words[1])
        if len(modifier) < STEM_MIN or len(head) < STEM_MIN:
            continue
        heads = (head,) + tuple(en_stem(h) for h in HEAD_ALSO.get(words[1], ()))
        if _of_pattern(modifier, heads).search(folded):
            return True
    return False


def parts_kept(sentences: list[Sentence], hits: list[Hit], forms: Iterable[str], lang: str) -> str:
    """The text of `sentences` (one side of a bead, in `lang`) with their term matches `hits` blanked, except those
    of a word the term's own `forms` hold (`term_nested.holds`): "components" matched as 组件 is a part of "component
    library", said as "a library of components", not another concept's evidence."""
    own = tuple(forms)
    other = [t for t in hits if not any(holds(f, t.match.form, lang) for f in own)]
    return masked_text(sentences, other)
