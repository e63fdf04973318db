"""A Chinese term opening a longer word that the file's English names, whole, by another glossary concept's term:
主题变量 ("theme variables", Ant Design's Chinese for its design tokens) said "Design Token" (term-missing, both
directions).

Chinese builds a documentation page's own names from listed words (主题 + 变量), and the English page names the same
thing by a term of its own that another entry lists ("Design Token"). The English then renders the whole word, and
the listed word inside it is no occurrence of its concept that the English drops. It is that word only where

- the page pair writes code (documentation, `presence_usage.writes_code`): a journal's 肺癌患者 said "breast cancer
  cohort"
  is a wrong term however often it recurs;
- a lexicon word of 2 to 4 Han characters follows the term with nothing between (变量 after 主题), the compound;
- the bead's English names a glossary concept that none of the bead's Chinese terms names ("Design Token", whose
  Chinese 设计令牌 is not there), and renders no gloss of the following word ("theme variables" would translate the
  compound part by part, "Design Token variables" put another term in the listed word's place);
- and the file says so in two beads at least: the compound in the Chinese, the same other concept in the English,
  neither the term's English nor the following word's gloss there. One bead is a single rendering that may be a
  slip; a page that pairs 主题变量 with "Design Token" twice has its own name for it;
- in each of those beads, the other concept's English stands for the whole compound: no content word follows it
  ("Customize Design Token", "the Design Token by", "Design Token globally" — an adverb modifies the verb). In
  "Form Options" for 表格配置 (glossary: table 表格, form 表单) "Options" takes 配置's place, and "Form" stands in
  表格's: a consistent mistranslation of the term, not the page's name for the compound (review53 R17).

The English term is excused by the same evidence: "Design Token" over 修改主题变量 is rendered by the page's own
Chinese name for it, the compound.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from zhen_qa.aligner.lexicon import STOP_EN, en_stems, one_begins_other
from zhen_qa.checks.presence import Evidence
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

WORD_MIN, WORD_MAX = 2, 4
"""Characters of the lexicon word that follows the term inside the compound."""
SAME_MIN = 4
"""Fewest letters of the shorter of a gloss and an English stem where one begins the other (variabl / variable)."""
BEADS_MIN = 2
"""Fewest beads of the file that pair the compound with the other concept's English."""
_NEXT_WORD = LazyPattern(r"\s+([a-z]+)")


def _stands_whole(en: str, forms: Iterable[str]) -> bool:
    """Whether a form of `forms` occurs in the English with no content word right after it (a stop word, an -ly
    adverb, punctuation or the end may follow): the form names the whole thing, not a modifier of a word of its
    own."""
    low = en.lower()
    for form in forms:
        for m in re.finditer(rf"\b{re.escape(form.lower())}\w*", low):
            after = _NEXT_WORD.match(low, m.end())
            if after is None or after.group(1) in STOP_EN or after.group(1).endswith("ly"):
                return True
    return False


def _following_word(text: str, end: int, zh2en: Mapping[str, tuple[str, ...]]) -> str:
    """The longest lexicon word of WORD_MIN to WORD_MAX Han characters starting at `end` of `text`, or ""."""
    run = HAN_RUN_RE.match(text, end)
    if run is None:
        return ""
    for n in range(min(WORD_MAX, len(run.group())), WORD_MIN - 1, -1):
        if run.group()[:n] in zh2en:
            return run.group()[:n]
    return ""


def _glossed(en: str, glosses: Iterable[str]) -> bool:
    """Whether the English text says one of the lexicon glosses (by stem)."""
    stems = en_stems(en)
    return any(one_begins_other(a, b, SAME_MIN) for a in stems for b in glosses)


def compound_named(h: Hit, src_hits: Sequence[Hit], tgt_hits: Sequence[Hit], documentation: bool,
                   zh_beads: Sequence[tuple[str, str]], en_forms: Callable[[str], Iterable[str]],
                   zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the term `h` is one side of a compound the file's English names by another concept's term (see the
    module docstring): a Chinese term opening the compound, or the English term that names one; `src_hits` and
    `tgt_hits` are the bead's matches on `h`'s side and the other, `zh_beads` each Chinese sentence of the file with
    its bead's English, `en_forms` a concept's accepted English forms."""
    if not documentation:
        return False
    zh_hits, en_hits = (src_hits, tgt_hits) if h.lang == "zh" else (tgt_hits, src_hits)
    zh_named = {k for o in zh_hits for k in o.match.concepts}
    en_named = {k for o in en_hits for k in o.match.concepts}
    openers = [h] if h.lang == "zh" else [o for o in zh_hits if en_named.isdisjoint(o.match.concepts)]
    for opener in openers:
        own = set(opener.match.concepts)
        others = ({k for k in en_named if k not in own and k not in zh_named} if h.lang == "zh"
                  else {k for k in h.match.concepts if k not in zh_named})
        word = _following_word(opener.sentence.text.text, opener.match.end, zh2en)
        if others and word and _page_pairs(opener.surface + word, zh2en[word], [f for k in own for f in en_forms(k)],
                                           [f for k in others for f in en_forms(k)], zh_beads) >= BEADS_MIN:
            return True
    return False


def _page_pairs(compound: str, glosses: Iterable[str], own_en: Sequence[str], other_en: Sequence[str],
                zh_beads: Sequence[tuple[str, str]]) -> int:
    """How many beads of the file have the compound in the Chinese and, in the English, another concept's form
    (`other_en`), standing whole, without the opener's (`own_en`) or a gloss of the following word."""
    def pairs(zh: str, en: str) -> bool:
        found = Evidence(en)
        return compound in zh and found.has_en(other_en) and not found.has_en(own_en) and not _glossed(en, glosses) \
            and _stands_whole(en, other_en)
    return sum(1 for zh, en in zh_beads if pairs(zh, en))
