"""Cross-bead rules of number-mismatch: a number one bead lacks that the beads of its pair explain (drawn across a
bead boundary, a total said again, "all", "the rest")."""
from __future__ import annotations

import re
from collections import Counter

from zhen_qa.aligner.numbers import NumberMention, number_key
from zhen_qa.checks.number_beads import (
    Bead,
    Mention,
    Side,
    compared,
    is_year,
    mention_key,
    mention_keys,
    season,
    surplus,
)
from zhen_qa.checks.number_changed import restated_repeat
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN


def reconcile(beads: list[Bead]) -> None:
    """Drop mismatches that an alignment error explains: a number missing from bead i's English
    that is left over in the English of bead i-1 or i+1 (and the other way round) was translated,
    just across a bead boundary the aligner drew one sentence off."""
    for i, b in enumerate(beads):
        for c in beads[max(i - 1, 0):i] + beads[i + 1:i + 2]:
            for m in list(b.miss_en):
                hit = next((o for o in c.miss_zh if mention_keys(o) == mention_keys(m)), None)
                if hit is not None:
                    b.miss_en.remove(m)
                    c.miss_zh.remove(hit)



_ZH_COUNT = LazyPattern(r"\s*(?:例|名|位|只|人|个|组|家|所|份|条)")
"""A classifier after a Chinese number: the number counts people or things (27 例)."""


_EN_ALL = LazyPattern(r"(?<![A-Za-z])(?:all|both|each|every|entire)(?![A-Za-z])", re.IGNORECASE)
"""An English quantifier that restates a total instead of writing it again ("All patients were followed up")."""



def totals_restated(beads: list[Bead]) -> None:
    """Drop a Chinese count missing from its bead's English that the English calls "all" (or both, each, every)
    and writes as a number in another bead of the pair: 27 例患者均获随访 = "All patients were followed up",
    the 27 patients stated before. Only in a bead whose English has no number of its own missing from the
    Chinese (a changed number leaves one on each side)."""
    english: Counter[str] = Counter()
    for b in beads:
        english.update(b.en_side.counts)
    for b in beads:
        if not b.miss_en or b.miss_zh or not any(_EN_ALL.search(s.text.text) for s in b.en):
            continue
        for s, n in list(b.miss_en):
            if isinstance(n.value, tuple) or n.percent or not n.value.is_integer():
                continue
            key = number_key(n.value)
            if _ZH_COUNT.match(s.text.text, n.end) and english[key] > b.en_side.counts[key]:
                b.miss_en.remove((s, n))



DISTINCT_MIN = 100
"""Smallest whole number whose occurrence elsewhere in a document identifies it: a number from 2 to 99 turns up in
most abstracts by chance, a total such as 126 or 4821 does not (years excepted: they mark events)."""



def _distinctive(n: NumberMention) -> bool:
    """A whole number of at least `DISTINCT_MIN` that is not a year (1900-2100) nor a percentage, or a season
    (2020-2021: the span names one edition or season, as a total names one sample)."""
    v = n.value
    if isinstance(v, tuple):
        return season(n)
    return not n.percent and v.is_integer() and v >= DISTINCT_MIN and not 1900 <= v <= 2100



def stated_elsewhere(beads: list[Bead]) -> None:
    """Drop a distinctive number (or a measurement with its Latin unit, "10 cm") that one side of a bead lacks
    when that side states it in another bead of the pair: a total restated (结果：在126例次…中 = "Among the
    patients"; the sample size 4821 given again; 巨块型 defined as ≥10 cm before). Only in
    a bead where one side alone has numbers the other lacks (`Bead.changed`): a changed number leaves one on
    each side, and that one occurs nowhere."""
    for lang in ("en", "zh"):
        total: Counter[str] = Counter()
        measured: Counter[tuple[str, str]] = Counter()
        for b in beads:
            side = _lacking(b, lang)[1]
            total.update(side.counts)
            measured.update(_measure(s, n) for s, n in side.mentions)
        for b in beads:
            miss, side = _lacking(b, lang)
            here = Counter(_measure(s, n) for s, n in side.mentions)
            stated = [(s, n) for s, n in miss
                      if _distinctive(n) and total[mention_key(n)] > side.counts[mention_key(n)]
                      or _identifying(s, n) and all(total[k] > side.counts[k] for k in _needed(n))
                      or measured[_measure(s, n)] > here[_measure(s, n)] and _measure(s, n)[1]]
            if not stated:
                continue
            if b.changed:
                # restatements on both sides: every number this side lacks (in any form) is stated elsewhere,
                # and the other side may lack a repeat (126例次 stated before; "38 times" twice, 38例次 once)
                other = b.zh_side if lang == "en" else b.en_side
                if len(stated) < len(miss) or not surplus(other, side) <= {mention_key(n) for _s, n in stated}:
                    continue
                b.changed = False
                restated_repeat(b)
            for m in stated:
                if m in miss:  # `restated_repeat` may have dropped it already
                    miss.remove(m)



def _needed(n: NumberMention) -> set[str]:
    """The keys a group's range must have elsewhere to be that group said again: a range from 0 its upper end only,
    as `number_beads.compared` reads it (0-5月婴儿 = the infants of "from birth to 2 months" and "3 to 5 months")."""
    return {number_key(v) for v in compared(n)}


COHORT_MIN = 10
"""Smallest count of people (19例, "26 patients") that identifies a study group when it recurs in one abstract."""


_ZH_FRAME = LazyPattern(r"\s*(?:例|名|位)(?:次)?(?:[" + HAN + r"]{0,3}?)(?:中|之中|包括|其中|临床分析|临床观察|报告)")
"""A count of people as the frame of what follows: 19例中14例 (14 of the 19), 39例患者包括7例… (the total of the parts
listed), 患者26例临床分析 (the case series a title names)."""


_EN_FRAME_BEFORE = LazyPattern(r"(?<![A-Za-z])(?:of|among|in)\s+(?:the\s+|these\s+|all\s+)?$", re.IGNORECASE)


_EN_PEOPLE = LazyPattern(r"\s+(?:[A-Za-z-]+\s+)?(?:patients|cases|subjects|participants|children|infants|"
                         r"women|men|individuals|people|persons|volunteers)(?![A-Za-z])", re.IGNORECASE)



def _identifying(s: Sentence, n: NumberMention) -> bool:
    """A number that names one group of a study, so that its recurrence elsewhere on the same side is the same
    group said again: a range (0-5月婴儿 = the infants aged 0-5 months; a season is `_distinctive`), or a count of
    at least `COHORT_MIN` people as the frame of a breakdown or a title (19例中14例 = "14 cases", the 19 given before;
    39例患者包括…; "among the 26 patients"; a title's 患者26例临床分析). A count that is the subject of its own
    statement (27例患者获随访 = "Patients were followed up") is compared as usual."""
    v = n.value
    if isinstance(v, tuple):
        return not season(n)
    if n.percent or not v.is_integer() or v < COHORT_MIN:
        return False
    text = s.text.text
    if s.lang == "zh":
        return _ZH_FRAME.match(text, n.end) is not None
    return _EN_PEOPLE.match(text, n.end) is not None and \
        _EN_FRAME_BEFORE.search(text, max(0, n.start - 16), n.start) is not None



_LATIN_UNIT = re.compile(r"\s?([A-Za-zμµ]{1,4}(?:/[A-Za-z]{1,4})?)(?![A-Za-z])")
"""A unit in Latin letters after a number, written alike in both languages: 10 cm, 60 mg/kg, 2 h."""



def _measure(s: Sentence, n: NumberMention) -> tuple[str, str]:
    """(key, unit) of a measurement with a Latin unit ("10 cm"), or (key, "") for a bare number."""
    m = _LATIN_UNIT.match(s.text.text, n.end) if not n.percent else None
    return mention_key(n), m.group(1).lower() if m else ""



def _lacking(b: Bead, lang: str) -> tuple[list[Mention], Side]:
    """The numbers of bead `b` that its `lang` side lacks, and that side."""
    return (b.miss_en, b.en_side) if lang == "en" else (b.miss_zh, b.zh_side)



_EN_REST = LazyPattern(r"(?<![A-Za-z])(?:the\s+(?:rest|remainder|remaining|others)|all\s+others)(?![A-Za-z])",
                       re.IGNORECASE)
"""The English for a count left implicit as the total less the parts given ("and the rest showed ...")."""



def the_rest(beads: list[Bead]) -> None:
    """Drop a Chinese count missing from the English that the English calls "the rest": with the other numbers of
    the Chinese sentence it makes a total the English states in the pair (共26个病灶 … 团块状强化23个，环形强化3个 =
    "3 of them showed annular enhancement, and the rest nodular"). Only where the English lacks no number."""
    english: Counter[str] = Counter()
    for b in beads:
        english.update(b.en_side.counts)
    for b in beads:
        if len(b.miss_en) != 1 or b.miss_zh or not any(_EN_REST.search(s.text.text) for s in b.en):
            continue
        s, n = b.miss_en[0]
        if isinstance(n.value, tuple) or n.percent:
            continue
        parts = sum(v for t, m in b.zh_side.mentions if m is not n and m.written == "digits" and not m.percent
                    and not isinstance(v := m.value, tuple))
        if parts and english[number_key(n.value + parts)] > b.en_side.counts[number_key(n.value + parts)]:
            b.miss_en.remove((s, n))


_FUTURE = {
    "zh": LazyPattern(r"未来|今后|将来|届时"),
    "en": LazyPattern(r"(?<![A-Za-z])(?:future|coming\s+years?|years\s+to\s+come)(?![A-Za-z])", re.IGNORECASE),
}
"""Words that name a time to come without its year: 未来 ("the future"), "in the coming years"."""


def future_years(beads: list[Bead]) -> None:
    """Drop a year one side of a bead names where the other side says "the future" (未来) and gives that year in
    another sentence of the pair: 模拟预测矿区未来土地利用变化 = "simulate … LUCCs for the year 2025", the Chinese
    stating 2025年 in its results. The side that lacks the year has no year of its own missing from the other, so no
    year was changed here; a changed year (2026 for 2025) occurs nowhere on the other side and is still reported."""
    for lang in ("zh", "en"):
        years: Counter[str] = Counter()
        for b in beads:
            side = b.zh_side if lang == "zh" else b.en_side
            years.update(mention_key(n) for _s, n in side.mentions if is_year(n))
        for b in beads:
            # `lacks`: the years of the other side this side has not; `spare`: this side's own unmatched numbers
            lacks, spare = (b.miss_zh, b.miss_en) if lang == "zh" else (b.miss_en, b.miss_zh)
            here = b.zh if lang == "zh" else b.en
            side = b.zh_side if lang == "zh" else b.en_side
            if not lacks or any(is_year(n) for _s, n in spare) \
                    or not any(_FUTURE[lang].search(s.text.text) for s in here):
                continue
            for m in [m for m in lacks if is_year(m[1])]:
                if years[mention_key(m[1])] > side.counts[mention_key(m[1])]:
                    lacks.remove(m)
