"""A glossary term rendered inside another glossary term's match: the longer term is a kind of the shorter.

The target's term matches are blanked before the lenient look for a rendering (`checks.presence`): 分泌组 inside a
matched 分泌组学 is that other concept ("secretomics"), not evidence of "secretome". But where the longer concept
holds the shorter one in both languages — 辅助化疗 "adjuvant chemotherapy" holds 化疗 "chemotherapy" — it is a
kind of it, and its match renders the shorter concept too: "postoperative chemotherapy regimens" translated
术后辅助化疗方案 has its 化疗 (fresh44's ecc-d04-04), though the matcher took the span for 辅助化疗.

The English may say the longer concept in its own word order, its term beside a verb of the other word (`said_apart`):
要使用梯度裁剪…即可进行梯度裁剪 = "To use gradient clipping … if it support clip gradients", where the Chinese writes
梯度裁剪 twice and the English "gradient clipping" once: the second is "clip gradients".
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from zhen_qa.aligner.lexicon import one_begins_other, stem
from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.manuscript.lazy_re import LazyPattern


@lru_cache(maxsize=4096)
def _en_words(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(form.lower())}(?![\w-])")


def holds(longer: str, shorter: str, lang: str) -> bool:
    """Whether the term `longer` holds `shorter` as a part: a Chinese substring, English whole words (case folded);
    never the same term."""
    if not shorter or len(shorter) >= len(longer):
        return False
    if lang == "zh":
        return shorter in longer
    return _en_words(shorter).search(longer.lower()) is not None


def _holds_any(longers: Iterable[str], shorters: Iterable[str], lang: str) -> bool:
    shorters = tuple(shorters)
    return any(holds(a, b, lang) for a in longers for b in shorters)


def nested_rendering(glossary: Glossary, concept: Concept, tgt_hits: Sequence[Hit], tgt: str,
                     src_hits: Sequence[Hit] = ()) -> bool:
    """Whether a target match of another concept renders `concept` by holding it: the matched form holds one of
    `concept`'s target forms, and the other concept's source-language terms hold one of `concept`'s, so the longer
    term is a kind of the shorter in both languages (辅助化疗 / "adjuvant chemotherapy" for 化疗 / "chemotherapy").
    Only a longer concept the source does not name itself: where it does, the target's matches render that ("mental
    health background … mental health literacy" beside 心理健康素养 still lacks 心理健康). A source match right
    beside one of `concept` is no such naming (`_beside`): the two are one phrase, the longer term as the source
    writes it ("the children routes", matched as "children" and "routes", for 子路由 "child route"). An English
    target is read by words: a longer English term that says the shorter's words renders it though its Chinese is
    another form (时序数据, an abbreviation of 时间序列数据, "time series data" for 时间序列 "time series")."""
    src = "en" if tgt == "zh" else "zh"
    forms = concept.accepted(tgt)
    src_forms = concept.accepted(src)
    if not forms or not src_forms:
        return False
    named = {c for h in src_hits if not _beside(h, concept.id, src_hits) for c in h.match.concepts}
    for h in tgt_hits:
        if concept.id in h.match.concepts or not _holds_any((h.match.form,), forms, tgt):
            continue
        for cid in h.match.concepts:
            if cid not in named and (tgt == "en" or _holds_any(glossary.concept(cid).accepted(src), src_forms, src)):
                return True
    return False


_JOINT = re.compile(r"[\s-]*")
"""What may stand between two matches that make one phrase: spaces or a hyphen."""


def _beside(h: Hit, concept_id: str, src_hits: Sequence[Hit]) -> bool:
    """Whether the source match `h`, of another concept, stands right beside a source match of `concept_id` in the
    same sentence, with only spaces or a hyphen between: "children" + "routes" make one phrase."""
    if concept_id in h.match.concepts:
        return False
    text = h.sentence.text.text
    for o in src_hits:
        if o.sentence is not h.sentence or concept_id not in o.match.concepts:
            continue
        a, b = (h.match, o.match) if h.match.end <= o.match.start else (o.match, h.match)
        if a.end <= b.start and _JOINT.fullmatch(text, a.end, b.start):
            return True
    return False


ROOT_MIN = 4
"""Fewest letters of the stem an English word beside the term shares with the longer concept's other word (clip,
clipping)."""

_WORD = LazyPattern(r"[A-Za-z]+")
_WORD_BEFORE = LazyPattern(r"(?<![A-Za-z])([A-Za-z]+)[ \t-]+$")
"""The word right before a place, only spaces or a hyphen between (no clause break: "clipping, gradients")."""
_WORD_AFTER = LazyPattern(r"[ \t-]+([A-Za-z]+)")


def said_apart(h: Hit, concept: Concept, glossary: Glossary, src_hits: Sequence[Hit], tgt_hits: Sequence[Hit]) -> bool:
    """Whether the English hit `h` of `concept` says, with the word right before or after it (only spaces or a hyphen
    between), a longer concept that holds it in both languages and that the bead's Chinese writes more often than its
    English does (see the module docstring): "clip gradients" for the second of two 梯度裁剪 beside one "gradient
    clipping". The word beside the term shares a stem of ROOT_MIN letters or more with a word of the longer
    concept's English that is no word of the term's (clip, clipping). A term the English says alone ("compute
    gradients"), a word beside it of another stem, or a Chinese that writes the longer concept no more often than the
    English (each of its 梯度裁剪 rendered "gradient clipping") keeps the finding."""
    if h.lang != "en":
        return False
    text = h.sentence.text.text
    before = _WORD_BEFORE.search(text, 0, h.match.start)
    after = _WORD_AFTER.match(text, h.match.end)
    beside = [stem(m.group(1)) for m in (before, after) if m is not None]
    if not beside:
        return False
    term_words = {stem(w) for f in concept.accepted("en") for w in _WORD.findall(f)}
    counts: dict[str, int] = {}
    for o in tgt_hits:
        for cid in o.match.concepts:
            if cid != concept.id:
                counts[cid] = counts.get(cid, 0) + 1
    for cid, n in counts.items():
        longer = glossary.concept(cid)
        if not (_holds_any(longer.accepted("zh"), concept.accepted("zh"), "zh")
                and _holds_any(longer.accepted("en"), concept.accepted("en"), "en")):
            continue
        if n <= sum(1 for o in src_hits if cid in o.match.concepts):
            continue
        others = {stem(w) for f in longer.accepted("en") for w in _WORD.findall(f)} - term_words
        if any(one_begins_other(b, w, ROOT_MIN) for b in beside for w in others):
            return True
    return False
