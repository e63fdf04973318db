"""Chinese sentences without English inside a line pair whose lengths agree (`group_align.align_in_groups`).

Two line-aligned files pair line N with line N; a line is often a paragraph of several sentences. When the
translation of one sentence is deleted, the line pair still fits the document's length ratio within `LINE_FIT`
(a sentence is short beside a paragraph), and the aligner's unpaired sentence would be joined to its neighbour as
"nothing left out". It is an orphan, and left unpaired, when *length* and *words* hold, or *silent* does:

- *length*: the line pair fits the ratio better without the sentence than with it (its length is not in the English);
- *words*: it glosses into fewer than OWN_STEMS stems of the line's English that the line's other Chinese sentences do
  not gloss into: a sentence the translator merged into its neighbour's English leaves its own words there
  (这种情绪严重影响了患者的情绪… in "…worry that affected their mood or functioning, even though…"). A gloss counts
  in another form of the same word as well (`other_forms`): the dictionary gives one part of speech or number and
  the English uses another (肯定 "certain" for "almost certainly", 联系 "connection" for "deeply connected", 假说
  "hypothesis" for "several possible hypotheses"), and a sentence the Chinese split off a long English sentence is
  translated there in those words;
- *silent*: whatever the lengths say (a line whose English is long for its Chinese, a paragraph the English writes
  as two lines), it glosses into fewer than OWN_STEMS stems of the line's English of its own although the lexicon
  knows MIN_KNOWN or more of its words (癌症护理团队会向您解释治疗计划。 deleted before a sentence on what the team
  does): a translated sentence leaves some of its words in the English (the unpaired sentences of clean line pairs
  in the held-out sets: 3 to 5 stems of their own).

English sentences left unpaired in such a line are always joined: English writes one long Chinese sentence as two far
more often than the other way round, the second often longer than its share of the Chinese (wmtbio-heldout: "Thus,
targeting metabolism of tumor cells…" for the last clause of a Chinese sentence).
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

OWN_STEMS = 2
"""Stems of its own in the line's English from which a Chinese sentence is taken as translated there."""
MIN_KNOWN = 3
"""Words the lexicon translates from which a Chinese sentence with fewer than OWN_STEMS stems of its own in the line's
English is an orphan whatever the lengths say (*silent*)."""


def fits_without(lone_chars: int, size_zh: int, size_en: int, ratio: float) -> bool:
    """*length*: a line pair of `size_zh` Chinese and `size_en` English characters fits the document's English/Chinese
    `ratio` better without `lone_chars` of its Chinese than with them."""
    rest = size_zh - lone_chars
    if rest <= 0 or size_en <= 0:
        return False
    return abs(math.log(size_en / (ratio * rest))) < abs(math.log(size_en / (ratio * size_zh)))


def own_stems(lone: Sequence[str], rest: Sequence[str], en: Sequence[str]) -> int:
    """*words*: stems of the English sentences `en` that the Chinese sentences `lone` gloss into (CC-CEDICT) and the
    Chinese sentences `rest` do not."""
    return _stems(lone, rest, en)[0]


FORM_STEM = 6
"""Two stems one of which begins the other are forms of one word when the shorter has at least this many letters
("certain"/"certainli", "connect"/"connection"; not "sam"/"sampl" or "organ"/"organiz")."""


def other_forms(glosses: Iterable[str], present: Iterable[str]) -> set[str]:
    """The stems of `present` (the English's) that are another form of one of `glosses` (a dictionary's English stems):
    one begins the other and the shorter has at least FORM_STEM letters; the same stem is left to the exact match."""
    by_head: dict[str, list[str]] = {}
    for e in present:
        if len(e) >= FORM_STEM:
            by_head.setdefault(e[:FORM_STEM], []).append(e)
    out: set[str] = set()
    for g in glosses:
        if len(g) < FORM_STEM:
            continue
        out.update(e for e in by_head.get(g[:FORM_STEM], ()) if e != g and (e.startswith(g) or g.startswith(e)))
    return out


def _stems(lone: Sequence[str], rest: Sequence[str], en: Sequence[str]) -> tuple[int, int]:
    """(`own_stems`, words of `lone` the lexicon translates)."""
    from zhen_qa.aligner.lexicon import token_glosses
    from zhen_qa.aligner.scorers.base import Analysis
    from zhen_qa.aligner.scorers.lexical import glossed_stems

    doc = Analysis([*lone, *rest], list(en))
    present = {s: 1 for stems in doc.en_stems for s in stems}
    table = doc.lexicon.zh2en
    tokens = doc.zh_tokens

    def glossed(toks: Sequence[str]) -> set[str]:
        glosses = [g for tok in toks for g in token_glosses(tok, table)]
        return glossed_stems(toks, table, present) | other_forms(glosses, present)

    mine = {t for toks in tokens[:len(lone)] for t in glossed(toks)}
    others = {t for toks in tokens[len(lone):] for t in glossed(toks)}
    known = len({tok for toks in tokens[:len(lone)] for tok in toks if table.get(tok)})
    return len(mine - others), known


def line_orphan(lone: Sequence[str], rest: Sequence[str], en: Sequence[str], lone_chars: int, size_zh: int,
                size_en: int, ratio: float) -> bool:
    """Chinese sentences `lone` (`lone_chars` characters), left unpaired in a line pair with Chinese sentences `rest`
    and English sentences `en`, are no part of the English line (*length* and *words*, or *silent*: see the module
    docstring)."""
    own, known = _stems(lone, rest, en)
    return own < OWN_STEMS and (known >= MIN_KNOWN or fits_without(lone_chars, size_zh, size_en, ratio))
