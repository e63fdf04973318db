"""A translator's own rendering of a concept shown by usage alone: the word most of its unlisted beads share.

`checks.renderings` learns a word the CC-CEDICT lexicon or the glossary ties to the concept. A translator's
consistent choice may have no such tie (疫情, "epidemic situation", for "outbreak" seventeen times in one report):
the file's own usage is then the evidence, and it must be strong. A word renders the concept in the judged bead
when it stands there and in ASSOC_SUPPORT or more *other* beads that name the concept on the source side without
its listed rendering, making up ASSOC_SHARE of them or more, at least SPECIFICITY times as often (as a share of
the beads, `specific`) in beads naming the concept as in beads that do not (`Renderings` counts them), and so much
more often that chance would hardly put it there (the hypergeometric tail over the file's beads below ASSOC_P: in a
short abstract about international students, "China" in four of its five beads is the topic, not a rendering). So
- a word injected or dropped in one sentence is never learned (it needs several other beads);
- a word that merely recurs in the file ("data", 我们) is no rendering: it is as common where the concept is absent;
- a part of a listed rendering, or a word holding one, is no evidence of another choice (冠状病毒 of 新型冠状病毒 is
  the listed form cut short: `checks.renderings` and `term_near` judge that).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from math import comb

from zhen_qa.checks.presence_zh import zh_key
from zhen_qa.checks.renderings import SPECIFICITY, Renderings

ASSOC_SUPPORT = 3
"""Fewest other unlisted beads of the file that must share the word (one more than `renderings.MIN_SUPPORT`)."""

ASSOC_P = 0.001
"""Largest chance of the word standing in so many of the beads naming the concept were it spread at random."""

ASSOC_SHARE = 2 / 3
"""Smallest share of the other unlisted beads that must have the word: the file's usage, not a few sentences'."""


def associated(learner: Renderings, concept: str, judged: tuple[int, ...], others: Sequence[tuple[int, ...]],
               listed: Sequence[str]) -> str | None:
    """The word of the judged bead that the file's own usage shows to render the concept (see the module
    docstring), or None. `others` are the other beads of the file naming the concept without its listed
    rendering, `listed` the concept's listed renderings in the target language."""
    others = [o for o in dict.fromkeys(others) if o != judged and o in learner.beads]
    need = max(ASSOC_SUPPORT, -(-2 * len(others) // 3))
    if len(others) < ASSOC_SUPPORT or judged not in learner.beads:
        return None
    support: Counter[str] = Counter()
    for o in others:
        support.update(learner.tokens(o).keys())
    path = learner.beads[judged].path
    with_c, without = learner.counts(path, concept)
    beads, naming = learner.sizes(path, concept)
    best: tuple[int, int, str] | None = None
    for token, surface in learner.tokens(judged).items():
        n = support[token]
        if n >= need and specific(with_c[token], naming, without[token], beads - naming) \
                and not _listed_part(token, learner.lang, listed) \
                and tail(beads, with_c[token] + without[token], naming, with_c[token]) < ASSOC_P:
            rank = (n, -len(token), surface)  # the shortest of equally shared runs: 疫情, not 疫情的
            if best is None or rank > best:
                best = rank
    return None if best is None else best[2]


def specific(having: int, naming: int, elsewhere: int, rest: int) -> bool:
    """Whether a word stands in beads naming the concept at least SPECIFICITY times as often, as a share, as in the
    file's other beads: `having` of the `naming` beads, `elsewhere` of the `rest`. A share, not a count: in a long
    report 疫情 renders "outbreak" in five of its five beads naming it and stands in seven of its 123 others (for
    "epidemic", "COVID-19"): rare elsewhere, though seven is more than five."""
    return having > 0 and having * max(rest, 1) >= SPECIFICITY * elsewhere * naming


def tail(total: int, having: int, drawn: int, hits: int) -> float:
    """P(X >= hits) for X hypergeometric: `drawn` of `total` beads taken at random, `having` of them with the word."""
    denominator = comb(total, drawn)
    if not denominator:
        return 1.0
    top = min(having, drawn)
    return sum(comb(having, k) * comb(total - having, drawn - k) for k in range(hits, top + 1)) / denominator


def _listed_part(token: str, lang: str, listed: Sequence[str]) -> bool:
    """Whether a word is a part of a listed rendering or holds one (a stem of a listed English form)."""
    if lang == "en":
        from zhen_qa.aligner.lexicon import en_stems

        return token in {s for r in listed for s in en_stems(r)}
    keys = [zh_key(r) for r in listed]
    return any(token in k or k in token for k in keys)
