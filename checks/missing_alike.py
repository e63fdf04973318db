"""term-missing, one finding for one rendering choice: a concept a page renders by the same other word each time.

A translator who renders a glossary concept by another word, and does so in every sentence of a page where the
listed rendering is absent (the glossary says 消息 for "message", a page writes 消息 three times and 信息 in the two
sentences that lack it), made one decision: an editor keeps the word or changes every sentence. Reported sentence by
sentence it reads as N defects, and a reviewer who reads the first rejects the others as echoes of it. When the
per-sentence findings of one concept and direction in one file (`missing_summary.by_concept`) number
`missing_summary.MIN_SENTENCES` or more, stand in as many different beads, and the target of **every** one of them
says one word the lexicon names for the concept (`instead_rendering` with every sentence needed) that renders no
other glossary concept (`taken`), they are one finding naming the word, the count and the lines, as a summary does.

A sentence whose target lacks that word (a real drop: nothing there for the term) breaks the group: every finding
stays its own. A word that is another concept's listed rendering may be that concept's, not this one's: no group;
nor a part of this concept's listed rendering (应用 of 应用故障迁移: the term cut short, not another word for it).
Nothing is dropped: the one finding keeps every sentence's place in its `data["sentences"]`.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from zhen_qa.manuscript.lazy_re import LazyPattern

if TYPE_CHECKING:  # missing_summary calls this module: its type only
    from zhen_qa.checks.missing_summary import Missed

MIN_BEADS = 2
"""Fewest different beads saying the same other word before their findings are one (as `MIN_SENTENCES`)."""

_EN_WORD = LazyPattern(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def rendered_alike(items: Sequence["Missed"], taken: Collection[str]) -> str | None:
    """The one other word every item's target says for the concept (see the module docstring), or None.

    `taken` holds the comparison keys of every term the glossary lists in the target language (`Glossary.term_keys`):
    a word among them, or a Chinese word inside one or holding one, renders another concept too."""
    if len({m.bead for m in items if m.bead}) < MIN_BEADS or any(not m.bead for m in items):
        return None
    word = instead_rendering(items, need=len(items))
    if word is None or _taken(word, items[0].tgt, taken) or _part_of_listed(word, items[0]):
        return None
    return word


def _part_of_listed(word: str, item: "Missed") -> bool:
    """Whether a Chinese word is a part of a listed rendering of the concept or holds one (应用 of 应用故障迁移): the
    listed term cut short or said inside a longer word, no other word for it (`term_near` and the nested tests judge
    that)."""
    if item.tgt != "zh":
        return False  # an English word sharing a stem with a listed rendering is no candidate (`instead_rendering`)
    from zhen_qa.glossary.model import zh_key

    key = zh_key(word)
    return any(key in zh_key(r) or zh_key(r) in key for r in item.renderings)


def _taken(word: str, lang: str, taken: Collection[str]) -> bool:
    """Whether a word renders a listed concept of the glossary (Chinese: equal to a listed term or holding one of two
    characters or more; English: a one-word listed term of the same stem)."""
    from zhen_qa.aligner.lexicon import stem
    from zhen_qa.glossary.model import en_key, zh_key

    if lang == "zh":
        key = zh_key(word)
        return any(len(t) >= 2 and t in key for t in taken)
    s = stem(en_key(word))
    return any(" " not in t and stem(t) == s for t in taken)


def instead_rendering(items: Sequence["Missed"], need: int | None = None) -> str | None:
    """The rendering `need` of the target sentences use for the concept (default: most of them), when the lexicon
    names one, else None."""
    try:
        from zhen_qa.aligner.lexicon import en_stems, load_lexicon, stem
    except ImportError:  # pragma: no cover - the aligner is part of the package
        return None
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
