"""number-mismatch: numbers compared within each aligned bead after normalisation."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from zhen_qa.aligner.citations import extract_citations
from zhen_qa.aligner.numbers import NumberMention, chinese_numeral_value, extract_numbers, number_key
from zhen_qa.checks.citations import glued_number
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.number_fractions import fraction_parts, rates
from zhen_qa.checks.number_names import changed_names
from zhen_qa.checks.number_units import EN_COUNTS, UNIT_WORDS, other_units
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Rule, Severity

NUMBER_MISMATCH = Rule(
    "number-mismatch",
    Severity.WARNING,
    "A number in one language has no counterpart in the aligned sentence of the other.",
    preconditions="aligned beads only (never on untranslated sentences); citation markers are not numbers; "
    "one finding per bead listing every differing number",
)
ALIGNMENT_DOUBT = Rule(
    "alignment-doubt",
    Severity.INFO,
    "Most numbers of an aligned bead differ: the sentences are probably not counterparts (check the alignment).",
    preconditions="replaces the bead's number-mismatch finding",
)

RULES: tuple[Rule, ...] = (NUMBER_MISMATCH, ALIGNMENT_DOUBT)

DOUBT_MIN = 3
"""Fewest differing numbers in a bead before the bead itself is doubted."""
DOUBT_SHARE = 0.5
"""Share of a bead's digit numbers that must differ for the alignment to be doubted instead."""

_EXCERPT = 80

Mention = tuple[Sentence, NumberMention]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


@dataclass
class _Side:
    """The numbers of one side of a bead.

    `mentions`: every number, in text order; `counts`: how often each key occurs as a number
    (digits and words); `words`: the same for word forms only; `cites`: citation-number keys;
    `names`: digits inside names such as her2, CD34, IL-6 (evidence only).
    """

    mentions: list[Mention] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)
    cites: Counter[str] = field(default_factory=Counter)
    names: set[str] = field(default_factory=set)


_FREQUENCY = frozenset({"twice", "thrice"})
"""English frequency words: Chinese writes them with digits (每天2次 = twice daily), so they match digits first."""

_NAME_DIGITS = re.compile(r"(?<=[A-Za-z\u0370-\u03ff])(?:-\s?)?(\d+(?:\.\d+)?)(?!\d)")
"""Digits glued to a name (her2, CD34, RevMan5.3, "C/T- 13910", "WMD of-4.94"): evidence for the other side."""
_LOCANT = {
    "zh": re.compile(r"(?<![\d.])\d+(?:[,，]\d+)*(?=\s*[′']|\s*-\s*[\u4e00-\u9fff]|[A-Z]{2})"),
    "en": re.compile(r"(?<![\d.])\d+(?=\s*′|'\s*-|[A-Z]{2})"),
}
"""Locants and digits inside chemical names: 5-羟色胺, 2,3-二磷酸, 3′-5′, 5'-UTR, 3HB. The other language often
gives the substance by an abbreviation or a common name (SSRIs, "the polymer"): evidence, never missing."""


_OPEN, _CLOSE = "（([【", "）)]】"
_HAN = HAN_RUN_RE  # only searched: whether a text holds a Han character
_LATIN_WORDS = re.compile(r"[A-Za-z]{3,}")
GLOSS_MIN_WORDS = 3
"""A bracket in Chinese holding this many Latin words and no Chinese is the original name glossed."""


def _brackets(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the content of every bracket pair, nested ones too: MTS[3-(4,5-dimethylthiazol-2-yl)-…]."""
    opened: list[int] = []
    for k, ch in enumerate(text):
        if ch in _OPEN:
            opened.append(k + 1)
        elif ch in _CLOSE and opened:
            yield opened.pop(), k


def _gloss_spans(text: str) -> list[tuple[int, int]]:
    """Brackets of Latin text glossing the Chinese before them: 研究组006（breast cancer ... group 006）,
    环二鸟苷酸 (Bis-(3′-5′) cyclic diguanylic acid, c-di-GMP)."""
    if not any(ch in text for ch in _OPEN):
        return []
    return [
        (a, b)
        for a, b in _brackets(text)
        if not _HAN.search(text, a, b) and len(_LATIN_WORDS.findall(text, a, b)) >= GLOSS_MIN_WORDS
    ]


_COUNT_FRACTION = LazyPattern(r"(?<![\d.])(\d+)\s*/\s*(\d+)(?![\d.])")
FRACTION_REACH = 20
"""Characters between a count fraction (17/38) and the percentage it gives (44.7%)."""


def _count_fractions(text: str, numbers: list[NumberMention]) -> list[tuple[int, int]]:
    """Spans of count fractions that a percentage beside them already states: 44.7% (17/38), (6/21，28.6%).

    Such a fraction details the percentage; one side often gives only the percentage, so the count and
    the denominator are not numbers the other side must have (a changed count no longer gives the
    percentage and is compared as usual).
    """
    out: list[tuple[int, int]] = []
    percents = [(n, n.value) for n in numbers if n.percent and not isinstance(n.value, tuple)]
    if not percents:
        return out
    for m in _COUNT_FRACTION.finditer(text):
        k, d = int(m.group(1)), int(m.group(2))
        if not d or k > d:
            continue
        for p, value in percents:
            near = p.end <= m.start() and m.start() - p.end <= FRACTION_REACH or \
                p.start >= m.end() and p.start - m.end() <= FRACTION_REACH
            decimals = len(p.text.split(".")[1].rstrip("% ")) if "." in p.text else 0
            if near and abs(100 * k / d - value) <= 0.5 * 10 ** -decimals + 1e-9:
                out.append((m.start(), m.end()))
                break
    return out


def _side(sentences: list[Sentence], lang: str) -> _Side:
    """Number mentions and keys of one side of a bead."""
    side = _Side()
    for s in sentences:
        text = s.text.text
        glosses = _gloss_spans(text) if lang == "zh" else []
        numbers = extract_numbers(text, lang)
        details = _count_fractions(text, numbers) if "/" in text else []
        restated = _restated(text) if lang == "zh" else set()
        named = [(m.start(1), m.end(1)) for m in _NAME_SLASH.finditer(text)] if "/" in text else []
        named += [(m.start(), m.end()) for m in _LOCANT[lang].finditer(text)]
        for n in numbers:
            if (n.start, n.end) in restated or any(a <= n.start and n.end <= b for a, b in named):
                side.names.update(number_key(v) for v in n.endpoints())  # 2种或2种以上 = "two or more"
                continue
            if any(a <= n.start and n.end <= b for a, b in glosses):
                side.names.update(number_key(v) for v in n.endpoints())  # 研究组006（... group 006）: a repeat
                continue
            if any(a <= n.start and n.end <= b for a, b in details):
                side.names.update(number_key(v) for v in n.endpoints())  # 44.7% (17/38): evidence only
                continue
            side.mentions.append((s, n))
            for v in n.endpoints():
                side.counts[number_key(v)] += 1
                if n.written != "digits" and n.text.lower() not in _FREQUENCY:
                    side.words[number_key(v)] += 1
        # 0.4% is 0.004 (千分之4): a percentage is evidence for its fraction
        side.names.update(number_key(n.value / 100) for n in numbers if n.percent and not isinstance(n.value, tuple))
        for c in extract_citations(text, lang):
            side.cites.update(number_key(float(k)) for k in c.keys if k.isdigit())
        side.names.update(number_key(float(m.group(1))) for m in _NAME_DIGITS.finditer(text))
        side.names.update(_word_evidence(text, lang))
        if UNIT_WORDS[lang].search(text):
            side.names.update(other_units(text, lang))  # "a week" = 7天, 3年 = "36 months"
        if lang == "zh":
            side.names.update(_counted(text, numbers))
            if "分之" in text:
                side.names.update(fraction_parts(numbers))
        elif numbers:
            side.names.update(rates(text))
    return side


_NAME_SLASH = re.compile(r"(?<=[A-Za-z])\d{1,3}\s*/\s*(\d{1,3})(?![\d.])")
"""SGLT1/2, CDK4/6: the number after the slash names the second member (SGLT2), like the digits of her2."""
_OR_MORE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)([^\d\s，。；、（）()]{0,2}?)[或及和]\1\2(?=以上|以下)")
"""2种或2种以上, 30或30以上, 3线或3线以上: Chinese says the number twice where English says "two or more"."""


def _restated(text: str) -> set[tuple[int, int]]:
    """(start, end) of the second number of each "N或N以上" (evidence only: the English writes it once)."""
    out: set[tuple[int, int]] = set()
    for m in _OR_MORE.finditer(text):
        start = m.end(2) + 1
        out.add((start, start + len(m.group(1))))
    return out


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_EN_ROMAN_AFTER = re.compile(r"(?<![A-Za-z])(?:phase|stage|grade|type|class|level|group|arm)s?\s+"
                             r"(i{1,3}|iv|vi{0,3}|ix|x)(?:\s*(?:-|–|to|or|and|/)\s*(i{1,3}|iv|vi{0,3}|ix|x))?"
                             r"(?:[a-c])?(?![A-Za-z])", re.IGNORECASE)
"""phase iii, stage II to IV, grade 3: a category written in Roman numerals (3期 in Chinese)."""
_UNICODE_ROMAN = re.compile("[\u2160-\u2169\u2170-\u2179]")
"""Ⅰ..Ⅹ and ⅰ..ⅹ: one code point a numeral (Ⅲ期)."""
_EN_DECADES = LazyPattern(r"(?<![A-Za-z])(a|one|two|three|four|five|six|seven|eight|nine|\d)\s+decades?(?![A-Za-z])",
                          re.IGNORECASE)
"""two decades = 20 years (20年)."""
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
             "eightieth": 80, "ninetieth": 90}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_EN_ORDINAL = re.compile(r"(?<![A-Za-z])(?:(" + "|".join(_TENS) + r")[\s-])?("
                         + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")(?![A-Za-z])", re.IGNORECASE)
"""second, Fifth, twenty-first: an ordinal in words, which Chinese writes with digits (第2阶段 = "the second stage")."""
_ZH_ORDINAL = LazyPattern(r"第([零〇一二两三四五六七八九十百]+)")
"""第二, 第十一: an ordinal in Chinese numerals, which English may write with digits ("stage 2", "week 11")."""
_ZH_DIMENSION = LazyPattern(r"([一二两三四五六七八九十]+)维(?![生持护修权系])")
"""三维, 二维, 四维: N dimensions, "3D", "2-dimension" in English (not 维生素, 维持)."""
_ZH_COUNTED = re.compile(r"(?:共|分为|分成)([一二两三四五六七八九十]+)|两(?=[\u4e00-\u9fff])")
"""共八面向, 分为三部分, 两模型: a count in Chinese numerals before a noun that is no measure word ("8 subscales")."""


def _word_evidence(text: str, lang: str) -> set[str]:
    """Keys of numbers written in forms the number reader does not take: Roman categories, decades, dimensions,
    ordinals.

    Evidence only (a number of the other side is matched by them, they never go missing themselves):
    "phase iii" renders 3期, Ⅲ期 renders "phase 3", "two decades" renders 20年, 三维 renders "3D",
    "the second stage" renders 第2阶段 and 第二周 renders "week 2".
    """
    out: set[str] = set()
    if lang == "en":
        low = text.lower()
        if "decade" in low:
            for m in _EN_DECADES.finditer(text):
                w = m.group(1).lower()
                out.add(number_key(10.0 * (EN_COUNTS[w] if w in EN_COUNTS else int(w))))
        for m in _EN_ORDINAL.finditer(text):
            out.add(number_key(float(_TENS.get((m.group(1) or "").lower(), 0) + _ORDINALS[m.group(2).lower()])))
        for m in _EN_ROMAN_AFTER.finditer(text):
            out.update(number_key(float(_ROMAN[g.lower()])) for g in m.groups() if g)
    else:
        for m in _ZH_ORDINAL.finditer(text) if "第" in text else ():
            value = chinese_numeral_value(m.group(1))
            if value is not None:
                out.add(number_key(value))
        for m in _ZH_DIMENSION.finditer(text) if "维" in text else ():
            value = chinese_numeral_value(m.group(1))
            if value is not None:
                out.add(number_key(value))
    for m in _UNICODE_ROMAN.finditer(text):
        code = ord(m.group())
        out.add(number_key(float(code - (0x2160 if code < 0x2170 else 0x2170) + 1)))
    return out


def _counted(text: str, numbers: list[NumberMention]) -> set[str]:
    """Keys of counts in Chinese numerals before a noun that the number reader does not take as a measure word
    (`_ZH_COUNTED`): evidence only, like `_word_evidence`; a numeral read as a number (两组) is counted there."""
    read = {n.start for n in numbers}
    out: set[str] = set()
    for m in _ZH_COUNTED.finditer(text) if "共" in text or "分" in text or "两" in text else ():
        start = m.start(1) if m.group(1) else m.start()
        value = chinese_numeral_value(m.group(1) or "两")
        if start not in read and value is not None:
            out.add(number_key(value))
    return out


def _season(n: NumberMention) -> bool:
    """A range of two consecutive years (2019-2020): a season or an edition, which the other language may name
    by either year (2019年版指南 = "the 2019-2020 guidelines"); it is there when one of its years is."""
    v = n.value
    return isinstance(v, tuple) and len(v) == 2 and v[1] == v[0] + 1 and 1800 <= v[0] <= 2200 and v[0].is_integer()


def _compared(n: NumberMention) -> tuple[float, ...]:
    """The values of `n` that need a counterpart: a range from 0 needs only its upper end (0-2月 = "from birth
    to 2 months", "up to 2 months")."""
    v = n.endpoints()
    return v[1:] if len(v) == 2 and v[0] == 0 else v


def _unmatched(side: _Side, other: _Side) -> list[Mention]:
    """Digit mentions of `side` whose value occurs more often here than anywhere in `other`.

    Counts, not sets: a number changed into one that occurs elsewhere in the bead ("table 1" ->
    "table 2" next to "two groups") is still a surplus. On the other side a number is matched by its
    numbers, by its citation numbers that are not themselves citations here (a reference written
    as plain digits), and by digits inside names ("receptor 2" = her2). Word forms on this side count
    only as far as the other side has word forms of the same value too (两组 = "two groups"), since
    a word may have no written counterpart ("both groups"). Frequency words ("twice", `_FREQUENCY`)
    are not reserved for word forms: they render 每天2次.
    """
    spare_cites = other.cites - side.cites
    out: list[Mention] = []
    seen: Counter[str] = Counter()
    for s, n in side.mentions:
        if n.written != "digits":
            continue  # 两组 may be "both groups": word forms only count as evidence for the other side
        keys = [number_key(v) for v in _compared(n)]
        missing = []
        for k in keys:
            seen[k] += 1
            if k in other.names:
                missing.append(False)
                continue
            digits = side.counts[k] - side.words[k]
            extra = digits + min(side.words[k], other.words[k]) - other.counts[k] - spare_cites[k]
            missing.append(extra > 0 and seen[k] > digits - extra)  # the last `extra` mentions have no counterpart
        surplus = all(missing) if _season(n) else any(missing)
        if surplus and not (n.value == 1.0 and not n.percent):
            out.append((s, n))  # 1 is "a", "one", "per", "each", "once" in the other language: never evidence alone
    return out


def _excerpt(sentences: list[Sentence]) -> str:
    return " ".join(s.text.text for s in sentences)


def _finding(main: Mention, lang: str, message: str, related: Location | None, data: dict[str, str]) -> Finding:
    s, n = main
    return Finding(
        rule=NUMBER_MISMATCH.id,
        severity=NUMBER_MISMATCH.severity,
        message=message,
        location=s.text.location(n.start, n.end),
        lang=lang,
        excerpt=s.text.text,
        related=related,
        data=tuple(data.items()),
    )


@dataclass
class _Bead:
    """One aligned bead and the digit mentions of each side that the other side lacks."""

    zh: list[Sentence]
    en: list[Sentence]
    zh_side: _Side
    en_side: _Side
    miss_en: list[Mention]
    """Chinese numbers missing from the English."""
    miss_zh: list[Mention]
    """English numbers missing from the Chinese."""
    changed: bool = True
    """Both sides have a number the other lacks (in any form, 1 included): a changed number looks like this, a
    number restated on one side does not."""


def _bead(zh: list[Sentence], en: list[Sentence]) -> _Bead:
    zh_side, en_side = _side(zh, "zh"), _side(en, "en")
    _pairs_not_fractions(zh_side, en_side)
    _pairs_not_fractions(en_side, zh_side)
    _spaced_thousands(zh_side, en_side)
    _spaced_thousands(en_side, zh_side)
    b = _Bead(zh, en, zh_side, en_side, _unmatched(zh_side, en_side), _unmatched(en_side, zh_side),
              bool(_surplus(zh_side, en_side) and _surplus(en_side, zh_side)))
    changed_names(b.zh, b.en, b.miss_en, b.miss_zh)
    if b.miss_en and b.miss_zh:
        _shared_magnitude(b)
        _compound_durations(b)
        _same_quantity(b)
    if b.miss_zh:
        _one_in(b)
        _listed(b)
        _glued_to_citation(b)
    if b.miss_en or b.miss_zh:
        _event_days(b)
        _flattened_citation_lists(b)
        _implied_durations(b)
    if b.miss_zh:
        _dated_names(b)
    if b.miss_en or b.miss_zh:
        _context_years(b)
    if b.miss_en and not b.miss_zh:
        _namely_counts(b)
        _demonstrative_counts(b)
    if not b.changed:
        _restated_repeat(b)
    elif not b.miss_en and not b.miss_zh:
        _one_changed(b)
    if not b.miss_en and not b.miss_zh and (_surplus(b.zh_side, b.en_side) or _surplus(b.en_side, b.zh_side)):
        _changed_duration(b)
    return b


_ZH_ONE_UNIT = LazyPattern(r"\s*(?:个)?(?:周|天|日|年|月|次|例|名|位|小时|分钟|岁|组|项|期)")


def _one_changed(b: _Bead) -> None:
    """Report a Chinese 1 with a unit (1周) whose English has no 1 in any form but one number more of another value
    in digits ("2 week", beside "two patients" that renders 2例): the 1 was changed. A bare 1 is never reported
    alone ("a", "one", "per", "each" render it), and the other value's words let its digits pass as matched."""
    zh_more, en_more = _surplus(b.zh_side, b.en_side), _surplus(b.en_side, b.zh_side)
    if zh_more != {number_key(1.0)} or len(en_more) != 1:
        return
    (k,) = en_more
    if b.en_side.counts[k] - b.zh_side.counts[k] != 1:
        return
    ones = [(s, n) for s, n in b.zh_side.mentions if n.written == "digits" and n.value == 1.0 and not n.percent
            and _ZH_ONE_UNIT.match(s.text.text, n.end)]
    changed = [(s, n) for s, n in b.en_side.mentions if n.written == "digits" and _key(n) == k]
    if len(ones) == 1 and changed:
        b.miss_en.append(ones[0])
        b.miss_zh.append(changed[-1])


def _changed_duration(b: _Bead) -> None:
    """Report a duration whose count differs in one unit of time, one on each side (1周 and "2 weeks", where 2例
    elsewhere in the bead lets the 2 pass as matched and a bare 1 is never reported): the count changed."""
    from zhen_qa.checks.number_units import durations  # here: only a changed bead with nothing reported asks

    def read(side: _Side, lang: str) -> dict[str, list[tuple[Mention, float]]]:
        out: dict[str, list[tuple[Mention, float]]] = {}
        for s in {id(s): s for s, _n in side.mentions}.values():
            for value, unit, start, end in durations(s.text.text, lang):
                n = next((n for t, n in side.mentions if t is s and n.start == start and n.end == end
                          and n.written == "digits"), None)
                out.setdefault(unit, []).append(((s, n) if n is not None else (s, _NO_MENTION), value))
        return out

    zh, en = read(b.zh_side, "zh"), read(b.en_side, "en")
    for unit in zh.keys() & en.keys():
        zh_only = [(m, v) for m, v in zh[unit] if v not in {w for _m, w in en[unit]}]
        en_only = [(m, v) for m, v in en[unit] if v not in {w for _m, w in zh[unit]}]
        if len(zh_only) != 1 or len(en_only) != 1 or _NO_MENTION in (zh_only[0][0][1], en_only[0][0][1]):
            continue
        # only a count the other checks could not see: a 1 (never reported alone) or a value the Chinese has
        # elsewhere (2例 matches "2 week"); 1岁9个月 = "21 months" is one duration in two units
        if zh_only[0][1] == 1.0 or b.zh_side.counts[number_key(en_only[0][1])]:
            b.miss_en.append(zh_only[0][0])
            b.miss_zh.append(en_only[0][0])
            return


_NO_MENTION = NumberMention(0.0, 0, 0, "")
"""A duration in words ("a week", 一周): no digit mention to report."""


_ZH_NAMELY = LazyPattern(r"即[^，。；：,;:（）()]{0,12}$")
_ZH_COUNT_NOUN = LazyPattern(r"\s*(?:个|种|项|类|组|次|段|期|方面)")
"""即符合比例风险的3个时间段: "namely the 3 intervals", a count that restates the list before it."""


def _namely_counts(b: _Bead) -> None:
    """Drop a Chinese count that 即 ("namely") puts after the items it counts (0～30日，30日～1年和1～5年
    （即…3个时间段） = "within 0 to 30 days, 30 days to 1 year, and 1 year to 5 years"): the English gives the items,
    not the count. Only in a bead whose English lacks no number (a changed number leaves one there)."""
    for s, n in list(b.miss_en):
        text = s.text.text
        if isinstance(n.value, tuple) or n.percent or not n.value.is_integer() or not 2 <= n.value <= 12:
            continue
        if _ZH_COUNT_NOUN.match(text, n.end) and _ZH_NAMELY.search(text, max(0, n.start - 13), n.start):
            b.miss_en.remove((s, n))


_ZH_DEMONSTRATIVE = LazyPattern(r"(?:这|该|上述|以上|此|前述|这些|那些)\s*$")
_ZH_CLASSIFIER = LazyPattern(r"\s*(?:例|名|位|项|个|组|种|篇|家|所|份|条|类|只|株|次)[\u4e00-\u9fff]")
_EN_DEMONSTRATIVE_PLURAL = LazyPattern(
    r"(?<![A-Za-z])(?:these|those|such|both|the(?:\s+(?:above|aforementioned|preceding))?)\s+"
    r"(?:[A-Za-z\-]+\s+){0,2}[A-Za-z\-]{2,}s(?![A-Za-z])", re.IGNORECASE)
"""这3例患者, 上述2项研究, 该2例患者: a count after a demonstrative points back at a set named before; the English
says "these patients", "the two studies" (a number there), "the above studies"."""


def _demonstrative_counts(b: _Bead) -> None:
    """Drop a Chinese count after a demonstrative and before a classifier and noun (这3例患者, 上述2项研究) when the
    English names a plural set with a demonstrative or the article ("these patients", "the studies") and lacks no
    number of its own: the count restates a set stated before, the English points back at it without the count.
    A changed count ("these 4 patients") leaves a number the Chinese lacks, and stays reported."""
    if not any(_EN_DEMONSTRATIVE_PLURAL.search(s.text.text) for s in b.en):
        return
    for s, n in list(b.miss_en):
        text = s.text.text
        if isinstance(n.value, tuple) or n.percent or not n.value.is_integer() or n.written != "digits":
            continue
        if _ZH_CLASSIFIER.match(text, n.end) and _ZH_DEMONSTRATIVE.search(text, max(0, n.start - 3), n.start):
            b.miss_en.remove((s, n))


_COMMA_LIST = re.compile(r"\d{1,3}(?:,\d{1,3})+")
"""134,135: a thousands number, or two reference numbers flattened from a superscript onto a word."""


def _flattened_citation_lists(b: _Bead) -> None:
    """Drop a number written as a comma list (重排134,135，) each of whose parts the other side cites ("ALK
    rearrangements134,135"): superscript references flattened onto the text, read as 134135. A list the other
    side does not cite stays a number."""
    for miss, other in ((b.miss_en, b.en_side), (b.miss_zh, b.zh_side)):
        for s, n in list(miss):
            if _COMMA_LIST.fullmatch(n.text) and all(number_key(float(p)) in other.cites for p in n.text.split(",")):
                miss.remove((s, n))


def _implied_durations(b: _Bead) -> None:
    """Drop a number of months or years that a date range of the bead implies (2013年1月至2016年6月42个月: the
    English gives the dates, not the 42 months)."""
    from zhen_qa.checks.number_evidence import duration_of, durations  # here: only beads with a mismatch need it
    implied = {d for s in b.zh + b.en for d in durations(s.text.text)}
    for miss in (b.miss_en, b.miss_zh) if implied else ():
        for s, n in list(miss):
            if duration_of(s.text.text, n) in implied:
                miss.remove((s, n))


def _event_days(b: _Bead) -> None:
    """Drop the numbers of a day counted from an event that the other side counts from 0: 入院后第3日 (the day of
    admission is day 1) = "two days after admission", 入院第9日 = "8 days after admission"; "on day 3" matches as is."""
    from zhen_qa.checks.number_units import days_after, event_days  # here: only beads with a mismatch need it
    zh = {(id(s), a, e): v for s in b.zh for v, a, e in event_days(s.text.text)}
    if not zh:
        return
    en = {(id(s), a, e): v for s in b.en for v, a, e in days_after(s.text.text)}
    zh_days, en_days = set(zh.values()), set(en.values())
    for s, n in list(b.miss_en):
        if zh.get((id(s), n.start, n.end), 0.0) - 1 in en_days:
            b.miss_en.remove((s, n))
    for s, n in list(b.miss_zh):
        if (v := en.get((id(s), n.start, n.end))) is not None and v + 1 in zh_days:
            b.miss_zh.remove((s, n))


def _glued_to_citation(b: _Bead) -> None:
    """Drop an English number that ends a name in the Chinese with a citation glued on (`glued_number`: 结构域12。 =
    "domain 1 … alveoli.2")."""
    markers = [c for s in b.zh for c in extract_citations(s.text.text, "zh") if c.kind == "trailing"
               and c.text.isdigit() and len(c.text) > 1]
    if not markers:
        return
    cites = {k for s in b.en for c in extract_citations(s.text.text, "en") for k in c.keys}
    for s, n in list(b.miss_zh):
        keys = {number_key(v) for v in n.endpoints()}
        if any(glued_number(c, keys, cites) for c in markers):
            b.miss_zh.remove((s, n))


def _dated_names(b: _Bead) -> None:
    """Drop an English year the Chinese gives by a dated name (`implied_years`): 辛亥革命 = "the Revolution of 1911"."""
    years = [(s, n) for s, n in b.miss_zh if not isinstance(n.value, tuple) and 1000 <= n.value <= 2100
             and n.value.is_integer() and not n.percent]
    if not years:
        return
    from zhen_qa.checks.number_evidence import implied_years  # here: only a bead with an English year missing asks
    implied = implied_years(" ".join(s.text.text for s in b.zh))
    for m in years:
        if m[1].value in implied:
            b.miss_zh.remove(m)


def _is_year(n: NumberMention) -> bool:
    v = n.value
    return not isinstance(v, tuple) and not n.percent and v.is_integer() and 1900 <= v <= 2100


_ZH_DATE_AFTER_YEAR = LazyPattern(r"\s*年\s*(\d{1,2})\s*月")
_EN_RELATIVE_YEAR = LazyPattern(r"(?<![A-Za-z])(?:this|last|that|next|the\s+same|the\s+previous|the\s+following)\s+"
                                r"year(?:'s)?(?![A-Za-z])", re.IGNORECASE)
"""this year's guidance, the same year: a year the English leaves to the context."""
_EN_NAME_YEAR = LazyPattern(r"[A-Z][A-Za-z]+\s*\(\s*$")
"""A capitalised name before the bracket of a year: "the Great East Japan Earthquake (2011)"."""


def _context_years(b: _Bead) -> None:
    """Drop a year one side adds from the context when the other side has no year of its own to differ from it.

    The Chinese completes a date whose month the English gives without a year (截至2019年10月8日 = "as of October
    8") or names the year the English calls "this year" (2019年指南 = "this year's guidance"); the English dates a
    name in brackets that the Chinese name identifies (東日本大地震 = "the Great East Japan Earthquake (2011)").
    """
    zh_years = [m for m in b.miss_en if _is_year(m[1])]
    en_years = [m for m in b.miss_zh if _is_year(m[1])]
    if zh_years and not any(_is_year(n) for _s, n in b.en_side.mentions):
        relative = any(_EN_RELATIVE_YEAR.search(s.text.text) for s in b.en)
        for s, n in zh_years:
            date = _ZH_DATE_AFTER_YEAR.match(s.text.text, n.end)
            if relative or date and b.en_side.counts[number_key(float(date.group(1)))]:
                b.miss_en.remove((s, n))
    if en_years and not any(_is_year(n) for _s, n in b.zh_side.mentions):
        for s, n in en_years:
            text = s.text.text
            if text[n.end:n.end + 1] == ")" and _EN_NAME_YEAR.search(text, max(0, n.start - 40), n.start):
                b.miss_zh.remove((s, n))


def _surplus(side: _Side, other: _Side) -> set[str]:
    """Keys of the numbers, in any form, that `side` has more often than `other` has them (or their names or
    citations)."""
    return {k for k, c in side.counts.items() if c > other.counts[k] and k not in other.names and k not in other.cites}


def _restated_repeat(b: _Bead) -> None:
    """In a bead where only one side has numbers the other lacks, drop a surplus repeat of one value: a number
    both sides write, one of them once more (the English gives "n=27" for each of three samples, the Chinese
    says 27位 once; 10 min twice where the English restructures the schedule). Repeats of two or more values
    are a copied passage and stay (95% ci，0.34～0.77 written twice)."""
    for miss, other in ((b.miss_en, b.en_side), (b.miss_zh, b.zh_side)):
        repeats = [m for m in miss if all(other.counts[number_key(v)] for v in _compared(m[1]))]
        if len({frozenset(_keys(m)) for m in repeats}) == 1:
            for m in repeats:
                miss.remove(m)


def _compound_durations(b: _Bead) -> None:
    """Drop a Chinese duration of two units that the English gives in the smaller one (1岁9个月 = "21 months"):
    its two numbers and the English total (`compound_duration`)."""
    from zhen_qa.checks.number_evidence import compound_duration  # here: only beads with a mismatch need it
    for s, n in list(b.miss_en):
        found = compound_duration(s.text.text, n)
        total = next((o for o in b.miss_zh if found and found[0] in o[1].endpoints()), None)
        if found is None or total is None or (s, n) not in b.miss_en:
            continue
        b.miss_zh.remove(total)
        b.miss_en[:] = [(t, m) for t, m in b.miss_en if not (t is s and m.start in (n.start, found[1]))]


def _same_quantity(b: _Bead) -> None:
    """Drop pairs of differing numbers that state one quantity in other units or bounds (`same_quantity`)."""
    from zhen_qa.checks.number_evidence import same_quantity  # here: only beads with a mismatch need it
    for m in list(b.miss_en):
        for o in b.miss_zh:
            if same_quantity(m[0].text.text, m[1], o[0].text.text, o[1]):
                b.miss_en.remove(m)
                b.miss_zh.remove(o)
                break


def _listed(b: _Bead) -> None:
    """Drop an English count of things ("5 groups") whose items the Chinese lists without the count."""
    from zhen_qa.checks.number_evidence import counts_things, list_counts  # here: only beads with a mismatch need it
    counts = {c for s in b.zh for c in list_counts(s.text.text)}
    for s, n in list(b.miss_zh) if counts else ():
        if counts_things(s.text.text, n) and int(n.endpoints()[0]) in counts:
            b.miss_zh.remove((s, n))


def _spaced_thousands(side: _Side, other: _Side) -> None:
    """Read "1, 798" as 1798 when the other side has 1798 and not 798: a thousands separator typed with a space."""
    k = 0
    while k + 1 < len(side.mentions):
        (s, a), (t, c) = side.mentions[k], side.mentions[k + 1]
        k += 1
        if s is not t or not (a.text.isdigit() and c.text.isdigit()) or len(a.text) > 3 or len(c.text) != 3 \
                or s.text.text[a.end:c.start] != ", ":
            continue
        whole = 1000 * float(a.text) + float(c.text)
        if number_key(whole) not in other.counts or number_key(float(c.text)) in other.counts:
            continue
        side.mentions[k - 1:k + 1] = [(s, replace(a, value=whole, end=c.end, text=s.text.text[a.start:c.end]))]
        side.counts[number_key(float(a.text))] -= 1
        side.counts[number_key(float(c.text))] -= 1
        side.counts[number_key(whole)] += 1


_SLASH_PAIR = re.compile(r"^(\d{1,2})\s*/\s*(\d{1,2})$")


def _pairs_not_fractions(side: _Side, other: _Side) -> None:
    """Read "1/2" as the pair 1 and 2 when the other side has no half but both numbers (PARP 1/2 = 1和2).

    A slash joins two names as often as it writes a fraction (PARP1/2, SGLT1/2, CDK4/6); when the other
    side lacks the fraction's value and writes both of its numbers, the pair is what was meant. The
    two numbers become evidence (names), the fraction is no longer a mention that can go missing.
    """
    for s, n in list(side.mentions):
        m = _SLASH_PAIR.match(n.text)
        if m is None or isinstance(n.value, tuple) or number_key(n.value) in other.counts:
            continue
        keys = [number_key(float(m.group(1))), number_key(float(m.group(2)))]
        if all(k in other.counts or k in other.names for k in keys):
            side.mentions.remove((s, n))
            side.counts[number_key(n.value)] -= 1
            side.names.update(keys)


_ONE_IN = LazyPattern(r"(?<![\d.])(?:1|one)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)


def _one_in(b: _Bead) -> None:
    """Drop an English M of "1 in M" when the Chinese has the fraction 1/M (二十分之一, 1/20)."""
    for s, n in list(b.miss_zh):
        if isinstance(n.value, tuple) or not n.value:
            continue
        if _ONE_IN.search(s.text.text[max(0, n.start - 20):n.start]) and number_key(1 / n.value) in b.zh_side.counts:
            b.miss_zh.remove((s, n))


_ZH_MAGNITUDE = re.compile(r"千万|百万|万|亿")
_EN_MAGNITUDE = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.IGNORECASE)
_MAGNITUDE_VALUE = {"万": 1e4, "亿": 1e8, "千万": 1e7, "百万": 1e6,
                    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _magnitudes(sentences: list[Sentence], pattern: re.Pattern[str]) -> set[float]:
    return {_MAGNITUDE_VALUE[m.group().lower()] for s in sentences for m in pattern.finditer(s.text.text)}


def _shared_magnitude(b: _Bead) -> None:
    """Drop a pair of differing numbers that are one value once a magnitude word of their sentence applies.

    A magnitude is often written once for two numbers (从 994 下降至 885 亿支, "from 99.4 to 88.5
    billion") or apart from its number (1500多万 = "over 15 million"): 994 x 亿 = 99.4 x billion.
    """
    zh_mags = _magnitudes(b.zh, _ZH_MAGNITUDE) | {1.0}
    en_mags = _magnitudes(b.en, _EN_MAGNITUDE) | {1.0}
    if len(zh_mags) == len(en_mags) == 1:
        return
    scales = [(z, e) for z in zh_mags for e in en_mags if (z, e) != (1.0, 1.0)]

    def same(a: float, e: float) -> bool:
        return any(abs(a * z - e * f) <= 1e-9 * max(abs(a * z), 1.0) for z, f in scales)

    for m in list(b.miss_en):
        for o in b.miss_zh:
            zv, ev = m[1].endpoints(), o[1].endpoints()
            if all(number_key(v) in b.en_side.counts or any(same(v, w) for w in ev) for v in zv) and \
                    all(number_key(w) in b.zh_side.counts or any(same(v, w) for v in zv) for w in ev):
                b.miss_en.remove(m)
                b.miss_zh.remove(o)
                break


def _keys(m: Mention | NumberMention) -> set[str]:
    n = m if isinstance(m, NumberMention) else m[1]
    return {number_key(v) for v in n.endpoints()}


def _reconcile(beads: list[_Bead]) -> None:
    """Drop mismatches that an alignment error explains: a number missing from bead i's English
    that is left over in the English of bead i-1 or i+1 (and the other way round) was translated,
    just across a bead boundary the aligner drew one sentence off."""
    for i, b in enumerate(beads):
        for c in beads[max(i - 1, 0):i] + beads[i + 1:i + 2]:
            for m in list(b.miss_en):
                hit = next((o for o in c.miss_zh if _keys(o) == _keys(m)), None)
                if hit is not None:
                    b.miss_en.remove(m)
                    c.miss_zh.remove(hit)


def _quoted(mentions: list[Mention]) -> str:
    return ", ".join(f'"{t}"' for t in dict.fromkeys(n.text for _s, n in mentions))


def _described(mentions: list[Mention], side: _Side, other: _Side, here: str, where: str) -> list[str]:
    """'"3", "5" in the Chinese are missing from the English', grouped by what is wrong with each number."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(_absence(m[1], side, other, where), []).append(m)
    return [f"{_quoted(ms)} in the {here} {'is' if len({n.text for _s, n in ms}) == 1 else 'are'} {absent}"
            for absent, ms in groups.items()]


def _findings(b: _Bead) -> Iterator[Finding]:
    """At most one finding per bead: every differing number in one message, or one alignment doubt."""
    zh, en, miss_en, miss_zh = b.zh, b.en, b.miss_en, b.miss_zh
    if not miss_en and not miss_zh:
        return
    zh_text, en_text = _excerpt(zh), _excerpt(en)
    data: dict[str, str] = {"zh": zh_text, "en": en_text}
    if miss_en:
        data["zh_number"] = miss_en[0][1].text
        data["zh_numbers"] = " | ".join(n.text for _s, n in miss_en)
    if miss_zh:
        data["en_number"] = miss_zh[0][1].text
        data["en_numbers"] = " | ".join(n.text for _s, n in miss_zh)
    differing = len(miss_en) + len(miss_zh)
    total = sum(1 for side in (b.zh_side, b.en_side) for _s, n in side.mentions if n.written == "digits")
    if differing >= DOUBT_MIN and differing > DOUBT_SHARE * total:
        main = miss_en[0] if miss_en else miss_zh[0]
        lang = "zh" if miss_en else "en"
        msg = (f"{differing} of the {total} numbers of these sentences differ: the sentences may not be "
               f"counterparts (check the alignment): {_short(en_text if lang == 'zh' else zh_text)}")
        yield replace(_finding(main, lang, msg, (en if lang == "zh" else zh)[0].location, data),
                      rule=ALIGNMENT_DOUBT.id, severity=ALIGNMENT_DOUBT.severity)
        return
    if len(miss_en) == len(miss_zh) == 1:  # a number changed in translation: one finding, on the English
        a, e = miss_en[0], miss_zh[0]
        msg = f'"{a[1].text}" in the Chinese is "{e[1].text}" in the English: {_short(en_text)}'
        yield _finding(e, "en", msg, a[0].text.location(a[1].start, a[1].end), data)
        return
    parts = _described(miss_en, b.zh_side, b.en_side, "Chinese", "English")
    parts += _described(miss_zh, b.en_side, b.zh_side, "English", "Chinese")
    if miss_en:
        yield _finding(miss_en[0], "zh", "; ".join(parts) + f": {_short(en_text)}", en[0].location, data)
    else:
        yield _finding(miss_zh[0], "en", "; ".join(parts) + f": {_short(zh_text)}", zh[0].location, data)


def _times(k: int) -> str:
    return {1: "once", 2: "twice"}.get(k, f"{k} times")


def _absence(n: NumberMention, side: _Side, other: _Side, where: str) -> str:
    """"missing from the English", or "there twice but once in the English" when only the count differs."""
    keys = [number_key(v) for v in n.endpoints()]
    if all(other.counts[k] for k in keys):
        k = max(keys, key=lambda k: side.counts[k] - other.counts[k])
        return f"there {_times(side.counts[k])} but {_times(other.counts[k])} in the {where}"
    return f"missing from the {where}"


def run(ctx: CheckContext) -> Iterable[Finding]:
    """Number-mismatch findings of every aligned bead of the manuscript, pair by pair."""
    beads: list[_Bead] = []
    last = None
    for pair, _b, zh, en in ctx.aligned_beads():
        if pair is not last and beads:
            yield from _pair_findings(beads)
            beads = []
        last = pair
        beads.append(_bead(zh, en))
    yield from _pair_findings(beads)


_ZH_COUNT = LazyPattern(r"\s*(?:例|名|位|只|人|个|组|家|所|份|条)")
"""A classifier after a Chinese number: the number counts people or things (27 例)."""
_EN_ALL = LazyPattern(r"(?<![A-Za-z])(?:all|both|each|every|entire)(?![A-Za-z])", re.IGNORECASE)
"""An English quantifier that restates a total instead of writing it again ("All patients were followed up")."""


def _totals_restated(beads: list[_Bead]) -> None:
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
        return _season(n)
    return not n.percent and v.is_integer() and v >= DISTINCT_MIN and not 1900 <= v <= 2100


def _stated_elsewhere(beads: list[_Bead]) -> None:
    """Drop a distinctive number (or a measurement with its Latin unit, "10 cm") that one side of a bead lacks
    when that side states it in another bead of the pair: a total restated (结果：在126例次…中 = "Among the
    patients"; the sample size 4821 given again; 巨块型 defined as ≥10 cm before). Only in
    a bead where one side alone has numbers the other lacks (`_Bead.changed`): a changed number leaves one on
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
                      if _distinctive(n) and total[_key(n)] > side.counts[_key(n)]
                      or _identifying(s, n) and all(total[k] > side.counts[k] for k in _keys(n))
                      or measured[_measure(s, n)] > here[_measure(s, n)] and _measure(s, n)[1]]
            if not stated:
                continue
            if b.changed:
                # restatements on both sides: every number this side lacks (in any form) is stated elsewhere,
                # and the other side may lack a repeat (126例次 stated before; "38 times" twice, 38例次 once)
                other = b.zh_side if lang == "en" else b.en_side
                if len(stated) < len(miss) or not _surplus(other, side) <= {_key(n) for _s, n in stated}:
                    continue
                b.changed = False
                _restated_repeat(b)
            for m in stated:
                if m in miss:  # `_restated_repeat` may have dropped it already
                    miss.remove(m)


COHORT_MIN = 10
"""Smallest count of people (19例, "26 patients") that identifies a study group when it recurs in one abstract."""
_ZH_FRAME = LazyPattern(r"\s*(?:例|名|位)(?:次)?(?:[\u4e00-\u9fff]{0,3}?)(?:中|之中|包括|其中|临床分析|临床观察|报告)")
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
        return not _season(n)
    if n.percent or not v.is_integer() or v < COHORT_MIN:
        return False
    text = s.text.text
    if s.lang == "zh":
        return _ZH_FRAME.match(text, n.end) is not None
    return _EN_PEOPLE.match(text, n.end) is not None and \
        _EN_FRAME_BEFORE.search(text, max(0, n.start - 16), n.start) is not None


def _key(n: NumberMention) -> str:
    return number_key(n.endpoints()[0])


_LATIN_UNIT = re.compile(r"\s?([A-Za-zμµ]{1,4}(?:/[A-Za-z]{1,4})?)(?![A-Za-z])")
"""A unit in Latin letters after a number, written alike in both languages: 10 cm, 60 mg/kg, 2 h."""


def _measure(s: Sentence, n: NumberMention) -> tuple[str, str]:
    """(key, unit) of a measurement with a Latin unit ("10 cm"), or (key, "") for a bare number."""
    m = _LATIN_UNIT.match(s.text.text, n.end) if not n.percent else None
    return _key(n), m.group(1).lower() if m else ""


def _lacking(b: _Bead, lang: str) -> tuple[list[Mention], _Side]:
    """The numbers of bead `b` that its `lang` side lacks, and that side."""
    return (b.miss_en, b.en_side) if lang == "en" else (b.miss_zh, b.zh_side)


_EN_REST = LazyPattern(r"(?<![A-Za-z])(?:the\s+(?:rest|remainder|remaining|others)|all\s+others)(?![A-Za-z])",
                       re.IGNORECASE)
"""The English for a count left implicit as the total less the parts given ("and the rest showed ...")."""


def _the_rest(beads: list[_Bead]) -> None:
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


def _pair_findings(beads: list[_Bead]) -> Iterator[Finding]:
    """Findings of the consecutive aligned beads of one pair, after cross-bead reconciliation."""
    _reconcile(beads)
    _totals_restated(beads)
    _the_rest(beads)
    _stated_elsewhere(beads)
    for b in beads:
        yield from _findings(b)
