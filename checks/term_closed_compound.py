"""A modified treatment rendered by one closed compound on the term's head: 近距离放射治疗 = "brachytherapy".

English names some kinds of a treatment by one word built on its head noun ("brachytherapy", "thermotherapy",
"chemoradiotherapy"), where the Chinese puts a modifier before the general term (近距离 "close range" + 放射治疗).
The compound renders the modified term as a whole. It is a rendering only where
- the Chinese term has a content word of the lexicon right before it (the modifier: 2 or 3 characters, not a setting
  word of `term_setting.SETTINGS`, which says when a treatment is given, not what kind it is), whose glosses the
  English does not say as words of their own (then the modifier was translated apart, and the compound is
  something else), and
- the English has a closed compound ending in the last word of one of the term's renderings, with COMPOUND_MIN
  letters or more before it ("brachy-"), that the lexicon does not give as the Chinese of something else (a word it
  glosses, "chemotherapy" 化疗, must have the modifier's or the term's characters in a gloss).
"""
from __future__ import annotations

from collections.abc import Mapping

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_setting import SETTINGS
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

COMPOUND_MIN = 4
"""Fewest letters before the head in the closed compound ("brachy" of brachytherapy)."""
HEAD_MIN = 6
"""Fewest letters of the head the compound is built on ("therapy")."""
_LATIN = LazyPattern(r"[A-Za-z]+")


def _modifier(h: Hit, zh2en: Mapping[str, tuple[str, ...]]) -> tuple[str, tuple[str, ...]]:
    """The lexicon word of 2 or 3 characters right before the Chinese term and its glosses, or ("", ())."""
    before = h.sentence.text.text[:h.match.start]
    for size in (3, 2):
        word = before[-size:]
        if len(word) == size and HAN_RUN_RE.fullmatch(word) and word in zh2en:
            return word, zh2en[word]
    return "", ()


def compound_said(h: Hit, renderings: tuple[str, ...], en_text: str, zh2en: Mapping[str, tuple[str, ...]],
                  en2zh: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the English renders a modified Chinese term by one closed compound on its head (see the module
    docstring)."""
    if h.lang != "zh":
        return False
    heads = {r.split()[-1].lower() for r in renderings if len(r.split()) >= 2 and len(r.split()[-1]) >= HEAD_MIN}
    if not heads:
        return False
    modifier, glosses = _modifier(h, zh2en)
    if not modifier or modifier in SETTINGS:
        return False
    from zhen_qa.aligner.lexicon import en_stems, stem

    if set(glosses) & set(en_stems(en_text)):
        return False  # the modifier said apart: the compound is something else
    listed = {r.lower() for r in renderings}
    for word in _LATIN.findall(en_text):
        low = word.lower()
        head = next((x for x in heads if low.endswith(x) and len(low) - len(x) >= COMPOUND_MIN), None)
        if head is None or low in listed:
            continue
        known = en2zh.get(stem(low), ())
        if not known or any(set(modifier) & set(z) or h.surface in z for z in known):
            return True
    return False
