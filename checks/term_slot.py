"""Another word where the term would be: "What type of substance do I have?" for 我患有哪种类型的乳腺癌？

A term the English leaves to the context (the file's subject, `term_implied`, `term_subject`) is left *out*: "What
type do I have?", "medicines to control it". A term *replaced* by a word the Chinese does not say is a
mistranslation, however well the context knows the term. The place of the term in the English is found from its
Chinese neighbour: the word just before the term (类型 of 哪种类型的乳腺癌, 控制 of 控制恶心, 的 skipped) is found in
the English by its dictionary gloss ("type", "control"), and the first content word after it ("substance") is the
word in the term's place. That word replaces the term when nothing of the Chinese sentence is a gloss of it
it is no word of the term's own English forms ("cancer" for breast cancer, its head, is the term said short) and
none of its glosses ends with the term's last character, its head morpheme ("the next treatment", 治疗, for
下一次化疗: a broader word for the term, not another thing).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from zhen_qa.aligner.lexicon import STOP_EN, stem
from zhen_qa.checks.term_hits import Hit

_LINK = "的之"
"""Chinese particles between a modifier and the term (哪种类型的乳腺癌): skipped to find the word before."""
_EN_TOKEN = re.compile(r"[A-Za-z]+|[^\sA-Za-z'\-/]")
"""English words and single marks (a hyphen or slash joins, anti-nausea, so is no boundary)."""
_WORD_LENGTHS = (4, 3, 2)
"""Lengths of the Chinese word before the term tried, longest first (one character is too ambiguous)."""


def replaced(h: Hit, en_text: str, en_forms: Iterable[str], zh2en: Mapping[str, tuple[str, ...]],
             en2zh: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the English (`en_text`) has a word the Chinese sentence does not say right where the Chinese term
    `h` would be rendered (see the module docstring). `en_forms` are the term's accepted English forms."""
    zh = h.sentence.text.text
    before = zh[:h.match.start].rstrip(_LINK)
    own = {stem(w) for f in en_forms for w in re.findall(r"[A-Za-z]+", f.lower())}
    for n in _WORD_LENGTHS:
        word = before[-n:]
        glosses = set(zh2en.get(word, ())) if len(word) == n else set()
        if not glosses:
            continue
        slot = _word_after(en_text, glosses)
        if not slot or slot in own:
            return False
        head = h.surface[-1]
        return not any(w in zh or w.endswith(head) for w in en2zh.get(slot, ()))
    return False


def _word_after(en_text: str, glosses: set[str]) -> str:
    """The stem of the first content word after the first English word glossed by `glosses` (stop words skipped,
    within the clause: a mark ends it), or "" where no word is glossed so or none follows."""
    tokens = _EN_TOKEN.findall(en_text)
    for i, tok in enumerate(tokens):
        if not tok.isalpha() or stem(tok.lower()) not in glosses:
            continue
        for nxt in tokens[i + 1:]:
            if not nxt.isalpha():
                return ""
            low = nxt.lower()
            if low not in STOP_EN and len(low) > 1:
                return stem(low)
        return ""
    return ""
