"""term-missing, one finding for one rendering choice: a concept a page renders by the same other word each time.

A translator who renders a glossary concept by another word, and does so in every sentence of a page where the
listed rendering is absent (the glossary says 消息 for "message", a page writes 消息 three times and 信息 in the two
sentences that lack it), made one decision: an editor keeps the word or changes every sentence. Reported sentence by
sentence it reads as N defects, and a reviewer who reads the first rejects the others as echoes of it. When the
per-sentence findings of one concept and direction in one file (`missing_summary.by_concept`) number
`missing_summary.MIN_SENTENCES` or more, stand in as many different beads, and the target of **every** one of them
says one word the lexicon names for the concept (`instead_rendering` with every sentence needed) that renders no
other glossary concept (`taken`) and is left over for the term there (`left_over`: more of it in the target than the
source sentence's other words account for), they are one finding naming the word, the count and the lines, as a
summary does.

A sentence whose target lacks that word (a real drop: nothing there for the term) breaks the group: every finding
stays its own; so does one whose word renders a word of the source sentence's own (回调地址会收到用户信息 for "The
callback URL receives a message with the user information": 信息 is "information", "message" is dropped; review59
R1). A word that is another concept's listed rendering may be that concept's, not this one's: no group; nor a part of
this concept's listed rendering (应用 of 应用故障迁移, 社交 of 社交距离: the term cut short, not another word for it).
Nothing is dropped: the one finding keeps every sentence's place in its `data["sentences"]`.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from zhen_qa.aligner.lexicon import en_stems, load_lexicon, stem, zh_tokens
from zhen_qa.glossary.model import en_key, zh_key
from zhen_qa.manuscript.lazy_re import LazyPattern

if TYPE_CHECKING:  # missing_summary calls this module: its type only
    from zhen_qa.checks.missing_summary import Missed

MIN_BEADS = 2
"""Fewest different beads saying the same other word before their findings are one (as `MIN_SENTENCES`)."""

_EN_WORD = LazyPattern(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def rendered_alike(items: Sequence["Missed"], taken: Collection[str]) -> str | None:
    """The one other word every item's target says for the concept (see the module docstring), or None: findings in
    `MIN_BEADS` different beads or more, each with its bead (`in_beads`), and `other_word` names a word."""
    if not in_beads(items):
        return None
    return other_word(items, taken)


def in_beads(items: Sequence["Missed"], least: int = MIN_BEADS) -> bool:
    """Whether every item has its bead and they stand in `least` different beads or more: the precondition of a join
    of `rendered_alike` and of `missing_headings.headings_alike` alike (`missing_summary.summarise` relies on the two
    agreeing)."""
    return all(m.bead for m in items) and len({m.bead for m in items}) >= least


def other_word(items: Sequence["Missed"], taken: Collection[str]) -> str | None:
    """The word the target of **every** item says for the concept instead of its listed rendering, or None.

    The lexicon names it for the concept (`instead_rendering` with every sentence needed); it renders no other listed
    concept (`taken` holds the comparison keys of every term the glossary lists in the target language,
    `Glossary.term_keys`: a word among them, or a Chinese word holding one, renders another concept too); it is no
    part of the concept's listed rendering (`_part_of_listed`: 社交 of 社交距离 is the term cut short); and in each
    item it is left over for the term (`left_over`: 用户信息 for "the user information" renders the source's own
    word, and a sentence whose only 信息 is that has nothing for "message": a real drop, review59 R1). A group
    naming a word that some item's target does not say there for the term tells the translator a wrong story."""
    word = instead_rendering(items, need=len(items))
    if word is None or _taken(word, items[0].tgt, taken) or _part_of_listed(word, items[0]) \
            or not all(left_over(word, m) for m in items):
        return None
    return word


def left_over(word: str, item: "Missed") -> bool:
    """Whether the target says `word` more often than the source side of the item's bead, the term left out, says
    words the lexicon renders by it (either way: the English word's stems among the Chinese word's glosses, or the
    Chinese word among the English stem's renderings): one of its uses is free to stand for the term."""
    lexicon = load_lexicon()
    a, b = item.span
    source = f"{item.sentence[:a]} {item.sentence[b:]} {item.beside}" if item.sentence \
        else item.beside  # the term's own words are the ones it should have been rendered by
    if item.tgt == "zh":
        glosses = set(lexicon.zh2en.get(word, ()))
        said = item.target_text.count(word)
        accounted = sum(1 for w in _EN_WORD.findall(source)
                        if (s := stem(w.lower())) in glosses or word in lexicon.en2zh.get(s, ()))
        return said > accounted
    s = stem(word.lower())
    renderings = set(lexicon.en2zh.get(s, ()))
    said = sum(1 for w in _EN_WORD.findall(item.target_text) if stem(w.lower()) == s)
    accounted = sum(1 for t in zh_tokens(source, lexicon) if t in renderings or s in lexicon.zh2en.get(t, ()))
    return said > accounted


def _part_of_listed(word: str, item: "Missed") -> bool:
    """Whether a Chinese word is a part of a listed rendering of the concept or holds one (应用 of 应用故障迁移): the
    listed term cut short or said inside a longer word, no other word for it (`term_near` and the nested tests judge
    that)."""
    if item.tgt != "zh":
        return False  # an English word sharing a stem with a listed rendering is no candidate (`instead_rendering`)
    key = zh_key(word)
    return any(key in zh_key(r) or zh_key(r) in key for r in item.renderings)


def _taken(word: str, lang: str, taken: Collection[str]) -> bool:
    """Whether a word renders a listed concept of the glossary (Chinese: equal to a listed term or holding one of two
    characters or more; English: a one-word listed term of the same stem)."""
    if lang == "zh":
        key = zh_key(word)
        return any(len(t) >= 2 and t in key for t in taken)
    s = stem(en_key(word))
    return any(" " not in t and stem(t) == s for t in taken)


def instead_rendering(items: Sequence["Missed"], need: int | None = None) -> str | None:
    """The rendering `need` of the target sentences use for the concept (default: most of them), when the lexicon
    names one, else None."""
    lexicon = load_lexicon()
    first = items[0]
    need = (len(items) + 1) // 2 if need is None else need
    if first.tgt == "en":
        stems = set(lexicon.zh2en.get(first.source_form, ())) | set(lexicon.zh2en.get(first.source_text, ()))
        stems -= {s for r in first.renderings for s in en_stems(r)}
        if not stems:
            return None
        per_stem: Counter[str] = Counter()
        surfaces: Counter[tuple[str, str]] = Counter()
        for m in items:
            seen = set()
            for w in _EN_WORD.findall(m.target_text):
                s = stem(w.lower())
                if s in stems:
                    surfaces[(s, w.lower())] += 1
                    seen.add(s)
            per_stem.update(seen)
        if not per_stem:
            return None
        best, count = max(per_stem.items(), key=lambda kv: (kv[1], kv[0]))  # ties broken by the stem, not set order
        if count < need:
            return None
        return max((c, w) for (s, w), c in surfaces.items() if s == best)[1]
    candidates: set[str] = set()
    for s in en_stems(first.source_form):
        candidates.update(lexicon.en2zh.get(s, ()))
    candidates -= set(first.renderings)
    counts = Counter(c for m in items for c in candidates if len(c) > 1 and c in m.target_text)
    if not counts:
        return None
    best_zh, n = max(counts.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))  # ties: the string, not set order
    return best_zh if n >= need else None
