"""Per-bead rules of number-mismatch over the numbers both sides of a bead lack: one quantity written two ways
(a shared magnitude, other units, a thousands separator, a slash pair), a repeat, or a number really changed."""
from __future__ import annotations

import re
from dataclasses import replace

from zhen_qa.aligner.numbers import NumberMention, number_key
from zhen_qa.checks.number_beads import Bead, Mention, Side, compared, mention_key, mention_keys, surplus
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

_ZH_ONE_UNIT = LazyPattern(r"\s*(?:个)?(?:周|天|日|年|月|次|例|名|位|小时|分钟|岁|组|项|期)")



def one_changed(b: Bead) -> None:
    """Report a Chinese 1 with a unit (1周) whose English has no 1 in any form but one number more of another value
    in digits ("2 week", beside "two patients" that renders 2例): the 1 was changed. A bare 1 is never reported
    alone ("a", "one", "per", "each" render it), and the other value's words let its digits pass as matched."""
    zh_more, en_more = surplus(b.zh_side, b.en_side), surplus(b.en_side, b.zh_side)
    if zh_more != {number_key(1.0)} or len(en_more) != 1:
        return
    (k,) = en_more
    if b.en_side.counts[k] - b.zh_side.counts[k] != 1:
        return
    ones = [(s, n) for s, n in b.zh_side.mentions if n.written == "digits" and n.value == 1.0 and not n.percent
            and _ZH_ONE_UNIT.match(s.text.text, n.end)]
    changed = [(s, n) for s, n in b.en_side.mentions if n.written == "digits" and mention_key(n) == k]
    if len(ones) == 1 and changed:
        b.miss_en.append(ones[0])
        b.miss_zh.append(changed[-1])



def changed_duration(b: Bead) -> None:
    """Report a duration whose count differs in one unit of time, one on each side (1周 and "2 weeks", where 2例
    elsewhere in the bead lets the 2 pass as matched and a bare 1 is never reported): the count changed."""
    from zhen_qa.checks.number_units import durations  # here: only a changed bead with nothing reported asks

    def read(side: Side, lang: str) -> dict[str, list[tuple[Mention, float]]]:
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



def restated_repeat(b: Bead) -> None:
    """In a bead where only one side has numbers the other lacks, drop a surplus repeat of one value: a number
    both sides write, one of them once more (the English gives "n=27" for each of three samples, the Chinese
    says 27位 once; 10 min twice where the English restructures the schedule). Repeats of two or more values
    are a copied passage and stay (95% ci，0.34～0.77 written twice)."""
    for miss, other in ((b.miss_en, b.en_side), (b.miss_zh, b.zh_side)):
        repeats = [m for m in miss if all(other.counts[number_key(v)] for v in compared(m[1]))]
        if len(_values(repeats)) == 1:
            for m in repeats:
                miss.remove(m)



_ZH_MONTH_DAY = LazyPattern(r"\s*月\s*$")


_ZH_DAY = LazyPattern(r"\s*[日号]")


def _values(repeats: list[Mention]) -> set[frozenset[str]]:
    """The values that `repeats` state, a date of month and day one value (3 月 15 日 restated, "that date" in the
    English)."""
    day_of: dict[tuple[int, int], Mention] = {}
    for s, n in repeats:
        text = s.text.text
        found = next((d for t, d in repeats if t is s and d.start > n.end and _ZH_DAY.match(text, d.end)
                      and _ZH_MONTH_DAY.match(text[n.end:d.start])), None)
        if found is not None:
            day_of[(id(s), n.start)] = (s, found)
    days = {(id(s), d.start) for s, d in day_of.values()}
    out: set[frozenset[str]] = set()
    for s, n in repeats:
        if (id(s), n.start) in days:
            continue  # read with its month
        day = day_of.get((id(s), n.start))
        out.add(frozenset(mention_keys(n) | (mention_keys(day) if day is not None else set())))
    return out



def compound_durations(b: Bead) -> None:
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



def same_quantities(b: Bead) -> None:
    """Drop pairs of differing numbers that state one quantity in other units or bounds (`same_quantity`)."""
    from zhen_qa.checks.number_evidence import same_quantity  # here: only beads with a mismatch need it
    for m in list(b.miss_en):
        for o in b.miss_zh:
            if same_quantity(m[0].text.text, m[1], o[0].text.text, o[1]):
                b.miss_en.remove(m)
                b.miss_zh.remove(o)
                break



def spaced_thousands(side: Side, other: Side) -> None:
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



def pairs_not_fractions(side: Side, other: Side) -> None:
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



_ZH_MAGNITUDE = re.compile(r"千万|百万|万|亿")
"""Magnitude words of Chinese text; they may apply to any number of their sentence (从 994 下降至 885 亿支)."""


_ZH_WAN_W = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)[Ww](?![A-Za-z])")
"""A number with W written right after it: 万 in Chinese technical writing (总虚拟节点数 1000W = 10,000,000). W is
also the watt, so it is only a possible magnitude (1000W matches 1000 W as well), and it scales only the number it
is written after, never another number of the sentence (功率为 5W，电流为 3 毫安 does not license 3 = 30,000)."""


_EN_MAGNITUDE = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.IGNORECASE)


_MAGNITUDE_VALUE = {"万": 1e4, "亿": 1e8, "千万": 1e7, "百万": 1e6,
                    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}



_SI_PREFIX = {"k": 1e3, "kilo": 1e3, "M": 1e6, "mega": 1e6, "G": 1e9, "giga": 1e9, "c": 1e-2, "centi": 1e-2,
              "m": 1e-3, "milli": 1e-3, "μ": 1e-6, "µ": 1e-6, "micro": 1e-6, "n": 1e-9, "nano": 1e-9,
              "千": 1e3, "兆": 1e6, "厘": 1e-2, "毫": 1e-3, "微": 1e-6, "纳": 1e-9}


_PREFIXED_UNIT = {
    "en": re.compile(r"(?<![A-Za-z])(kilo|mega|giga|centi|milli|micro|nano)(?:grams?|met(?:er|re)s?|lit(?:er|re)s?|"
                     r"bases?|daltons?|hertz|watts?|joules?|calories?|pascals?|moles?|seconds?|bytes?)(?![A-Za-z])"
                     r"|\d\s?([kMGcmμµn])(?:g|m|L|l|bp|b|Da|Hz|W|J|cal|Pa|mol)(?![A-Za-z])", re.IGNORECASE),
    "zh": re.compile(r"([千兆厘毫微纳])(?:克|米|升|瓦|卡|焦|帕|赫|摩尔|秒|字节)"),
}
"""A unit with a metric prefix: kilobases, mg, 26 kb, 千克, 毫升. Its prefix is a magnitude the other language may
write as a magnitude word or in another unit: 2.6万个碱基 = "26 kilobases", 1.5厘米 = "15 mm"."""


def _magnitudes(sentences: list[Sentence], pattern: re.Pattern[str], lang: str) -> set[float]:
    """The magnitudes of the sentences: magnitude words (万, million) and the metric prefixes of their units."""
    out = {_MAGNITUDE_VALUE[m.group().lower()] for s in sentences for m in pattern.finditer(s.text.text)}
    for s in sentences:
        for m in _PREFIXED_UNIT[lang].finditer(s.text.text):
            prefix = m.group(1) or m.group(2)
            out.add(_SI_PREFIX.get(prefix) or _SI_PREFIX[prefix.lower()])
    return out



def shared_magnitude(b: Bead) -> None:
    """Drop a pair of differing numbers that are one value once a magnitude word of their sentence applies.

    A magnitude is often written once for two numbers (从 994 下降至 885 亿支, "from 99.4 to 88.5
    billion") or apart from its number (1500多万 = "over 15 million"): 994 x 亿 = 99.4 x billion. The metric
    prefix of a unit is a magnitude too (2.6万个碱基 = "26 kilobases": 2.6 x 万 = 26 x kilo; 1.5厘米 = "15 mm").
    """
    zh_mags = _magnitudes(b.zh, _ZH_MAGNITUDE, "zh") | {1.0}
    en_mags = _magnitudes(b.en, _EN_MAGNITUDE, "en") | {1.0}
    wan_w = {float(m.group(1)) for s in b.zh for m in _ZH_WAN_W.finditer(s.text.text)}
    if len(zh_mags) == len(en_mags) == 1 and not wan_w:
        return
    scales = [(z, e) for z in zh_mags for e in en_mags if (z, e) != (1.0, 1.0)]

    def same(a: float, e: float) -> bool:
        if any(abs(a * z - e * f) <= 1e-9 * max(abs(a * z), 1.0) for z, f in scales):
            return True
        return a in wan_w and any(abs(a * 1e4 - e * f) <= 1e-9 * max(abs(a * 1e4), 1.0) for f in en_mags)

    for m in list(b.miss_en):
        for o in b.miss_zh:
            zv, ev = m[1].endpoints(), o[1].endpoints()
            if all(number_key(v) in b.en_side.counts or any(same(v, w) for w in ev) for v in zv) and \
                    all(number_key(w) in b.zh_side.counts or any(same(v, w) for v in zv) for w in ev):
                b.miss_en.remove(m)
                b.miss_zh.remove(o)
                break


TWIN_MIN_DIGITS = 3
"""Fewest digits of two numbers that differ in one digit before they read as one number changed (16.6 and 16.7,
2015 and 2016): with fewer (24 and 21, 7 and 3) two unrelated numbers agree in form by chance too often."""


_PLAIN = LazyPattern(r"\d+(?:\.\d+)?")


def _digits(n: NumberMention) -> list[str]:
    """The digits and decimal point of each number a mention written in digits gives ("1,234.5" -> ["1234.5"]; a
    range's two ends, "39.1 to 84.7" -> ["39.1", "84.7"]: each end is a number a translation can change), else []."""
    if n.written != "digits":
        return []
    if isinstance(n.value, tuple):
        ends = _PLAIN.findall(n.text.replace(",", ""))
        return ends if len(ends) == len(n.value) == 2 else []
    form = n.text.replace(",", "").rstrip("% ")
    return [form] if _PLAIN.fullmatch(form) else []


def _point_moved(x: str, y: str) -> bool:
    """Whether two numbers written in digits (`_digits`) are one number with its decimal point moved: both written
    with a point, the same digits, leading zeros aside, TWIN_MIN_DIGITS of them or more, the point somewhere else
    (3.91 and 39.1, 0.847 and 84.7, 12.5 and 1.25): a tenfold slip in typing or copying, not two unrelated numbers,
    which share all their digits in order by chance as rarely as they share all but one. Not a whole number and a
    point (42,000 and "42.000"): that is as often the other convention's thousands separator as a point moved."""
    a, b = x.replace(".", "").lstrip("0"), y.replace(".", "").lstrip("0")
    return x != y and a == b and len(a) >= TWIN_MIN_DIGITS and "." in x and "." in y


def _twin(x: str, y: str) -> bool:
    """Whether two numbers written in digits (`_digits`) are one number with one digit changed (`_one_digit`) or
    with its decimal point moved (`_point_moved`)."""
    return _one_digit(x, y) or _point_moved(x, y)


def _one_digit(x: str, y: str) -> bool:
    """Whether two numbers written in digits (`_digits`) are one number with one digit changed: same form and
    length, one digit apart, TWIN_MIN_DIGITS digits or more."""
    if len(x) != len(y):
        return False
    apart = [k for k in range(len(x)) if x[k] != y[k]]
    return len(apart) == 1 and x[apart[0]] != "." and y[apart[0]] != "." \
        and sum(c.isdigit() for c in x) >= TWIN_MIN_DIGITS


def changed_digits(zh: list[Mention], en: list[Mention]) -> int:
    """How many numbers the Chinese lacks in the English (`zh`) pair one to one with one the English lacks (`en`)
    that differs from it in one digit (平均16.6个月 and "an average of 16.7 months") or in the place of its decimal
    point (由3.91上升到8.47 and "increased from 39.1 to 84.7", a range's ends counted as numbers). Such a pair is one
    number changed in translation, one difference that shows the sentences ARE counterparts, not two unrelated
    numbers. Single numbers one digit apart are paired first, so a moved point or a range's end never takes a
    partner a one-digit twin would have had."""
    zh_forms = [(form, n.percent, isinstance(n.value, tuple)) for _s, n in zh for form in _digits(n)]
    left = [(form, n.percent, isinstance(n.value, tuple)) for _s, n in en for form in _digits(n)]
    pairs = 0
    for first in (True, False):
        rest = []
        for form, percent, ranged in zh_forms:
            k = next((k for k, (m, pct, r) in enumerate(left) if pct == percent and (
                not (ranged or r) and _one_digit(form, m) if first else _twin(form, m))), None)
            if k is None:
                rest.append((form, percent, ranged))
            else:
                pairs += 1
                del left[k]
        zh_forms = rest
    return pairs
