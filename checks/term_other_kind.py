"""An English admitted form that is the preferred term's head alone, there under a modifier of another kind: the
glossary lists "pathway" for 信号通路 ("signaling pathway"), but "metabolic pathways" beside 代谢 in the Chinese is
another kind of pathway (代谢途径), not that concept left untranslated."""
from __future__ import annotations

from collections.abc import Collection, Mapping

from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept, TermStatus
from zhen_qa.manuscript.lazy_re import LazyPattern

_WORD_BEFORE = LazyPattern(r"([A-Za-z][A-Za-z-]*)\s+$")

STEM_SHARED = 6
"""Letters an English modifier's stem shares with a Chinese word's gloss stem to be its translation ("metabolic" and
代谢's "metabolism" share "metabol")."""


def another_kind(h: Hit, concept: Concept, zh_text: str, zh2en: Mapping[str, tuple[str, ...]],
                 stop_words: Collection[str]) -> bool:
    """Whether English hit `h` is an admitted one-word form that is the head of the concept's multiword forms
    (pathway of "signaling pathway"), modified here by a content word that is none of those forms' words and that a
    word of the Chinese translates (metabolic: 代谢). The English names another kind of the head, which the Chinese
    says in its own words; a bare or determined head ("the pathway") still refers to the concept."""
    from zhen_qa.aligner.lexicon import en_stems

    form = h.match.form.lower()
    if h.lang != "en" or h.match.status is not TermStatus.ADMITTED or " " in form.strip():
        return False
    kinds = [f.lower() for f in concept.accepted("en") if " " in f.strip()]
    if not any(f.split()[-1] in (form, form + "s") for f in kinds):
        return False
    text = h.sentence.text.text
    m = _WORD_BEFORE.search(text, max(0, h.match.start - 40), h.match.start)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in stop_words or any(word in f.replace("-", " ").split() for f in kinds):
        return False
    stems = [s for s in en_stems(word) if len(s) >= STEM_SHARED]
    return bool(stems) and _translated(stems[0], zh_text, zh2en)


def _translated(stem: str, zh_text: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a word of 2-4 Han characters of `zh_text` has a gloss stem sharing STEM_SHARED letters with `stem`."""
    head = stem[:STEM_SHARED]
    for i in range(len(zh_text)):
        for j in range(i + 2, min(len(zh_text), i + 4) + 1):
            if any(g[:STEM_SHARED] == head for g in zh2en.get(zh_text[i:j], ())):
                return True
    return False
