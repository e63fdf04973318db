"""Unpaired sentences of a paired unit folded into a neighbouring bead of the same unit.

Inside two units the block aligner paired, a sentence the sentence aligner left alone is usually part of a
neighbouring bead's translation, not a sentence added or left out: a Chinese-only and an English-only sentence
side by side (`fold_unpaired`), a discourse phrase a translator dropped or merged ("Great!", 如下所示：), a short
sentence whose acronyms and numbers the neighbour's other side holds (`join_echoes`), the second half of a sentence
the translator split in two (`join_halves`). Each function takes the beads in order and `group(bead)`, the unit a
bead belongs to, and joins beads only within a unit.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable

from zhen_qa.manuscript.document import Bead
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import script_share

_LATIN = LazyPattern(r"[A-Za-z]{2,}")




def word_count(text: str) -> float:
    """Words of a text: Latin words of two letters or more, and Han characters counted two to a word."""
    return len(_LATIN.findall(text)) + script_share(text)[0] / 2


MAX_PHRASE_WORDS = 3
"""A sentence of at most this many words (Latin words, or Han characters counted two to a word) and no anchor."""
_ANCHOR = LazyPattern(r"[0-9\ufffc]|[A-Z][A-Za-z]*[A-Z0-9_]|[a-z]+_")
_INTERJECTION = LazyPattern(r"\s*[A-Za-z]+\s*!+\s*")
"""One word and an exclamation mark (OK!, WOW!): an interjection, capitals and all, not an acronym to keep."""


def discourse_phrase(text: str) -> bool:
    """Whether a sentence is a discourse phrase (Great!, OK!, Let's try that., 如下所示：, 啊，再次失败。): a few words
    and no anchor (number, inline code, identifier; a one-word exclamation is no acronym). Translators drop such
    phrases or fold them into a neighbour."""
    words = word_count(text)
    return words <= MAX_PHRASE_WORDS and (not _ANCHOR.search(text) or bool(_INTERJECTION.fullmatch(text)))


def fold_unpaired(beads: list[Bead], group: Callable[[Bead], int], phrase: tuple[list[bool], list[bool]]) -> list[Bead]:
    """Beads with the unpaired sentences of a paired unit folded into their neighbours in the same unit.

    - A Chinese-only and an English-only bead side by side in one unit become one bead: the two sentences stand
      at the same place between the same neighbours (其他 / Something not mentioned above), and the aligner left
      them apart only for want of dictionary evidence.
    - An unpaired discourse phrase (`phrase[0]` for Chinese sentences, `phrase[1]` for English) joins the bead
      before it in its unit, else the one after: "Great!" dropped by the translator is not a missing sentence.
    `group(bead)` is the unit a bead belongs to; beads are in order.
    """
    paired: list[Bead] = []
    for bead in beads:
        prev = paired[-1] if paired else None
        opposite = prev is not None and one_sided(prev) and one_sided(bead) and bool(prev.zh) != bool(bead.zh)
        if prev is not None and opposite and group(prev) == group(bead):
            paired[-1] = Bead(prev.zh + bead.zh, prev.en + bead.en, min(prev.score, bead.score))
        else:
            paired.append(bead)
    out: list[Bead] = []
    for bead in paired:
        prev = out[-1] if out else None
        if prev is not None and group(prev) == group(bead):
            if prev.zh and prev.en and _all_phrases(bead, phrase):
                out[-1] = Bead(prev.zh + bead.zh, prev.en + bead.en, prev.score)
                continue
            if bead.zh and bead.en and _all_phrases(prev, phrase):
                out[-1] = Bead(prev.zh + bead.zh, prev.en + bead.en, bead.score)
                continue
        out.append(bead)
    return out


def _apart_from_all(beads: list[Bead], k: int, g: int, group: Callable[[Bead], int],
                    apart: Callable[[Bead, Bead], bool]) -> bool:
    """Bead k (one-sided) has a paired neighbour in its unit `g` and is `apart` from each such neighbour."""
    neighbours = [beads[n] for n in (k - 1, k + 1)
                  if 0 <= n < len(beads) and not one_sided(beads[n]) and group(beads[n]) == g]
    return bool(neighbours) and all(apart(beads[k], b) for b in neighbours)


_KEY = LazyPattern(r"[A-Za-z_][A-Za-z0-9_]*[A-Z0-9_][A-Za-z0-9_]*|\d+(?:\.\d+)*")
"""What a translation keeps as it is: an acronym or identifier (FAQ, antd_v5, CSS3), a number."""


def join_echoes(beads: list[Bead], group: Callable[[Bead], int], texts: tuple[list[str], list[str]]) -> list[Bead]:
    """Beads with an unpaired short sentence (a few words, `MAX_PHRASE_WORDS`) joined to a neighbouring bead of its
    unit whose other side holds every acronym, identifier and number of it: "FAQ suggestion." beside
    FAQ 中出现的解法… is part of that sentence's translation (its words are few, what it names is there), not a
    sentence missing. `texts` are the Chinese and English sentences; `group(bead)` the unit; beads in order."""
    out = list(beads)
    k = 0
    while k < len(out):
        lone = out[k]
        if not one_sided(lone) or len(lone.zh) + len(lone.en) != 1:
            k += 1
            continue
        text = texts[0][lone.zh[0]] if lone.zh else texts[1][lone.en[0]]
        keys = _KEY.findall(text)
        if not keys or "\ufffc" in text or not discourse_phrase(_KEY.sub("", text)):
            k += 1
            continue
        for n in (k - 1, k + 1):
            if not 0 <= n < len(out) or one_sided(out[n]) or group(out[n]) != group(lone):
                continue
            other = " ".join(texts[1][j] for j in out[n].en) if lone.zh else " ".join(texts[0][i] for i in out[n].zh)
            if set(keys) <= set(_KEY.findall(other)):
                first, second = (out[n], lone) if n < k else (lone, out[n])
                out[min(n, k)] = Bead(first.zh + second.zh, first.en + second.en, out[n].score)
                del out[max(n, k)]
                k = min(n, k)
                break
        k += 1
    return out


HALF_FIT = 0.3
"""A joined bead's length ratio may differ from the section's by at most this factor (as a log)."""
HALF_GAIN = 0.2
"""Joining must bring the bead's length ratio this much (as a log factor) nearer the section's."""
RATIO_PRIOR, RATIO_MIN_BEADS = 2.6, 5
"""English characters per Chinese character when a section has fewer than RATIO_MIN_BEADS 1-1 beads."""


def char_length(text: str) -> int:
    """Characters of a sentence without spaces (an inline-code object counts as one)."""
    return sum(1 for c in text if not c.isspace())


def join_halves(beads: list[Bead], group: Callable[[Bead], int], lengths: tuple[list[int], list[int]], *,
                chinese: bool = True, apart: Callable[[Bead, Bead], bool] | None = None) -> list[Bead]:
    """Beads with an unpaired sentence joined to a neighbouring bead of its unit when it is the rest of that
    bead's translation: a translator split one sentence in two, and the aligner paired only one half.

    In a pair of units the block aligner matched, a sentence with nothing on the other side left unpaired in its
    unit, next to a bead whose length ratio is off by the sentence's length (with the sentence, the bead's ratio
    of English to Chinese characters is within HALF_FIT of the section's; without, HALF_GAIN further off), is a
    half of a 2-1 or 1-2 bead, not a sentence added or left out: an omission leaves the neighbour's ratio right.
    `lengths` are the characters of each Chinese and English sentence; `group(bead)` its unit; beads in order.
    `chinese` False: only English sentences are joined (paragraphs paired by `paragraph_pairs`). `apart(lone,
    neighbour)`: the lone sentence is no half of that neighbour (`orphan_repeats`: English that only repeats what the
    neighbour's English says of its Chinese); one that is no half of any paired neighbour in its unit stays alone
    whatever the lengths say. One that may be a half of either neighbour joins by the lengths as before (the
    lengths may pick the wrong one: "The smallest granularity of a material is a component." beside the sentence
    before its own, arco-heldout material-workspace, stays where it was rather than becoming a false finding).
    """
    ratios = sorted(lengths[1][b.en[0]] / max(lengths[0][b.zh[0]], 1) for b in beads if len(b.zh) == len(b.en) == 1)
    ratio = ratios[len(ratios) // 2] if len(ratios) >= RATIO_MIN_BEADS else RATIO_PRIOR

    def fit(zh: int, en: int) -> float:
        return abs(math.log(max(en, 1) / (ratio * max(zh, 1))))

    def size(bead: Bead) -> tuple[int, int]:
        return sum(lengths[0][i] for i in bead.zh), sum(lengths[1][j] for j in bead.en)

    out = list(beads)
    unpaired = Counter((group(b), bool(b.zh)) for b in out if one_sided(b))  # one-sided beads by unit and side
    k = 0
    while k < len(out):
        lone = out[k]
        g = group(lone)
        # the other side has a sentence free in the unit, or a Chinese sentence that is to stay alone
        if not one_sided(lone) or unpaired[(g, not lone.zh)] or lone.zh and not chinese:
            k += 1
            continue
        if apart is not None and _apart_from_all(out, k, g, group, apart):
            k += 1
            continue
        lz, le = size(lone)
        best: tuple[float, int] | None = None
        for n in (k - 1, k + 1):
            if not 0 <= n < len(out) or one_sided(out[n]) or group(out[n]) != g:
                continue
            z, e = size(out[n])
            before, after = fit(z, e), fit(z + lz, e + le)
            if after <= HALF_FIT and before - after >= HALF_GAIN and (best is None or after < best[0]):
                best = (after, n)
        if best is None:
            k += 1
            continue
        n = best[1]
        unpaired[(g, bool(lone.zh))] -= 1
        first, second = (out[n], lone) if n < k else (lone, out[n])
        out[min(n, k)] = Bead(first.zh + second.zh, first.en + second.en, out[n].score)
        del out[max(n, k)]
        k = min(n, k) + 1
    return out


def one_sided(bead: Bead) -> bool:
    """Whether a bead has sentences on one side only."""
    return bool(bead.zh) != bool(bead.en)


def _all_phrases(bead: Bead, phrase: tuple[list[bool], list[bool]]) -> bool:
    """Whether a bead is one-sided and every sentence in it is a discourse phrase."""
    if not one_sided(bead):
        return False
    return all(phrase[0][i] for i in bead.zh) and all(phrase[1][j] for j in bead.en)
