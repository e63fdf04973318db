"""Per-bead rules of number-mismatch over a number one side of a bead lacks because it leaves it implied: a count
of the items listed or pointed back at, a duration of dates, a day counted from 0, a year from the context."""
from __future__ import annotations

import re

from zhen_qa.aligner.jieba_base import cut
from zhen_qa.aligner.numbers import NumberMention, number_key
from zhen_qa.checks.number_beads import Bead, is_year
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN, is_han

_ZH_NAMELY = LazyPattern(r"即[^，。；：,;:（）()]{0,12}$")


_ZH_FOLLOWING = LazyPattern(r"(?:以下|下列|如下|下述)\s*$")
"""以下3个人群：…: "the following 3 populations", a count of the items listed after it."""


_ZH_COUNT_NOUN = LazyPattern(r"\s*(?:个|种|项|类|组|次|段|期|方面)")
"""即符合比例风险的3个时间段: "namely the 3 intervals", a count that restates the list before it."""



def namely_counts(b: Bead) -> None:
    """Drop a Chinese count that 即 ("namely") puts after the items it counts (0～30日，30日～1年和1～5年
    （即…3个时间段） = "within 0 to 30 days, 30 days to 1 year, and 1 year to 5 years"), that sums up the list
    right before it (`sums_list_before`), or that announces the items
    listed after it (以下3个人群：… = "first in …, then in …, and then in …"): the English gives the items, not the
    count. Only in a bead whose English lacks no number (a changed number leaves one there)."""
    for s, n in list(b.miss_en):
        text = s.text.text
        if isinstance(n.value, tuple) or n.percent or not n.value.is_integer() or not 2 <= n.value <= 12:
            continue
        if _ZH_COUNT_NOUN.match(text, n.end) and (_ZH_NAMELY.search(text, max(0, n.start - 13), n.start)
                                                  or _ZH_FOLLOWING.search(text, max(0, n.start - 3), n.start)
                                                  or sums_list_before(text, n) or announces_list_after(text, n)):
            b.miss_en.remove((s, n))



_ZH_SPLIT_INTO = LazyPattern(r"(?:分为|分成|分入|分到|分配到|分配至|分配为)\s*$")
_ZH_GROUPS = LazyPattern(r"\s*个?组")
_EN_VERSUS = LazyPattern(r"(?<![A-Za-z])(?:versus|vs\.?)(?![A-Za-z])", re.IGNORECASE)
"""versus, vs, vs.: not a lone "v." (the v. of i.v., a version)."""


def arms_named(b: Bead) -> None:
    """Drop a Chinese count of the groups a sample is split into (随机分为2组，分别接受A或B) when the English names the
    arms joined by "versus" instead ("randomly assigned … to receive A versus B"): as many arms as "versus" joins
    (one "versus", two arms; "A vs B vs C", three). The English gives the groups, not their count; a count the arms
    do not make (分为3组 beside "A versus B") stays reported."""
    arms = {len(_EN_VERSUS.findall(s.text.text)) + 1 for s in b.en}
    arms.discard(1)
    for s, n in list(b.miss_en) if arms else ():
        text = s.text.text
        if isinstance(n.value, tuple) or n.percent or not n.value.is_integer():
            continue
        if int(n.value) in arms and _ZH_GROUPS.match(text, n.end) \
                and _ZH_SPLIT_INTO.search(text, max(0, n.start - 4), n.start):
            b.miss_en.remove((s, n))


_ZH_LIST_BEFORE = LazyPattern(r"[^，。；：,;:！？!?（）()]*[" + HAN + r"]等?\s*$")
"""The clause before a count, ending in the last item of a list (or 等 after it)."""


_ZH_LAST_JOIN = LazyPattern(r"[" + HAN + r"](?:以及|和|与|及)[" + HAN + r"]")


def sums_list_before(text: str, n: NumberMention) -> bool:
    """Whether Chinese count `n` sums up the list its clause ends with: 从组织形态、上皮适应分子机制和微生物区系3个方面
    (three items joined by 、 and 和, then "3 aspects"), 从A、B、C等3个方面. The count restates the list, which the
    English gives item by item ("the changes of morphology, molecular adaptive mechanism … and microbiota"); the
    items joined by 、 (and a last 和/与/及/以及) must be exactly as many as the count."""
    m = _ZH_LIST_BEFORE.search(text, max(0, n.start - 120), n.start)
    if m is None:
        return False
    parts = m.group().split("、")
    if len(parts) < 2:
        return False
    items = len(parts) + (1 if _ZH_LAST_JOIN.search(parts[-1]) else 0)
    return items == int(n.endpoints()[0])



_ZH_COLON_AFTER = LazyPattern(r"[^，。；：,;:！？!?（）()]{0,12}[：:]")
"""The count's noun phrase, then the colon that opens its list: 6种蜥蜴：…"""


_OPEN, _CLOSE = "(（[", ")）]"
_ITEM_JOIN = LazyPattern(r"(?:以及|和|与|及)(?=[" + HAN + r"A-Za-z])")
"""The word joining a list's last item, after a Han character or a closing bracket: 黄铺潜山蜥(…)和痘母响蜥(…)."""


def _list_items(text: str, start: int) -> int:
    """How many items the list from `start` holds: parts joined by 、 or a comma outside brackets, up to the end of
    the sentence or a semicolon, or to the part whose last item a 和/与/及/以及 joins (A、B和C: three)."""
    items, depth, has = 0, 0, False
    for i in range(start, len(text)):
        c = text[i]
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif c in "、，,":
            items, has = items + 1, False
            continue
        elif c in "。；;！？!?":
            break
        elif has and _ITEM_JOIN.match(text, i) and (text[i - 1] in ")）]" or is_han(text[i - 1])):
            return items + 2
        has = True
    return items + (1 if has else 0)


def announces_list_after(text: str, n: NumberMention) -> bool:
    """Whether Chinese count `n` announces the list its colon opens, with exactly as many items: 曾报道了6种蜥蜴：A(…),
    B(…), … 和F(…) = "several species …, namely A, B, … and F". The English gives the items, not the count; a list
    of another length leaves the count reported."""
    m = _ZH_COLON_AFTER.match(text, n.end)
    if m is None:
        return False
    return _list_items(text, m.end()) == int(n.endpoints()[0])


_ZH_DEMONSTRATIVE = LazyPattern(r"(?:这|该|上述|以上|此|前述|这些|那些)\s*$")


_ZH_CLASSIFIER = LazyPattern(r"\s*(?:例|名|位|项|个|组|种|篇|家|所|份|条|类|只|株|次)[" + HAN + r"]")


_EN_DEMONSTRATIVE_PLURAL = LazyPattern(
    r"(?<![A-Za-z])(?:these|those|such|both|the(?:\s+(?:above|aforementioned|preceding))?)\s+"
    r"(?:[A-Za-z\-]+\s+){0,2}[A-Za-z\-]{2,}s(?![A-Za-z])", re.IGNORECASE)
"""这3例患者, 上述2项研究, 该2例患者: a count after a demonstrative points back at a set named before; the English
says "these patients", "the two studies" (a number there), "the above studies"."""



_ZH_TOTAL = LazyPattern(r"(?:共|共计|总共|一共|合计|总计)\s*$")
"""6项病例对照、2项队列共8项研究: "in all", before a count that adds up the counts before it."""


def demonstrative_counts(b: Bead) -> None:
    """Drop a Chinese count after a demonstrative and before a classifier and noun (这3例患者, 上述2项研究) when the
    English names a plural set with a demonstrative or the article ("these patients", "the studies"), or when the
    count is the sum of the counts of the same classifier before it in the sentence (1例…和2例…；这3例患者均无 =
    "none had"), and the English lacks no number of its own: the count restates a set stated before, the English
    points back at it without the count. So is a total after 共 ("in all") that sums the counts before it
    (6项病例对照、2项队列共8项研究 = "Six case-control studies and two cohort studies"). A changed count ("these 4
    patients") leaves a number the Chinese lacks, and stays reported."""
    pointed = any(_EN_DEMONSTRATIVE_PLURAL.search(s.text.text) for s in b.en)
    for s, n in list(b.miss_en):
        text = s.text.text
        if isinstance(n.value, tuple) or n.percent or not n.value.is_integer() or n.written != "digits":
            continue
        if not _ZH_CLASSIFIER.match(text, n.end):
            continue
        if _ZH_DEMONSTRATIVE.search(text, max(0, n.start - 3), n.start) and (pointed or _sum_of_parts(b, s, n)) \
                or _ZH_TOTAL.search(text, max(0, n.start - 3), n.start) and _sum_of_parts(b, s, n):
            b.miss_en.remove((s, n))



def _sum_of_parts(b: Bead, s: Sentence, n: NumberMention) -> bool:
    """Count `n` of sentence `s` is the sum of two or more whole counts before it in `s` with its classifier (the
    1例 and 2例 that 这3例 adds up)."""
    text = s.text.text
    unit = text[n.end:n.end + 2].lstrip()[:1]
    parts = [m.value for t, m in b.zh_side.mentions if t is s and m.end <= n.start and m.written == "digits"
             and not m.percent and not isinstance(m.value, tuple) and m.value.is_integer()
             and text[m.end:m.end + 2].lstrip()[:1] == unit]
    return len(parts) >= 2 and sum(parts) == n.value



def implied_durations(b: Bead) -> None:
    """Drop a number of months or years that a date range of the bead implies (2013年1月至2016年6月42个月: the
    English gives the dates, not the 42 months)."""
    from zhen_qa.checks.number_evidence import duration_of, durations  # here: only beads with a mismatch need it
    implied = {d for s in b.zh + b.en for d in durations(s.text.text)}
    for miss in (b.miss_en, b.miss_zh) if implied else ():
        for s, n in list(miss):
            if duration_of(s.text.text, n) in implied:
                miss.remove((s, n))



def event_days(b: Bead) -> None:
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



def dated_names(b: Bead) -> None:
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



_ZH_DATE_AFTER_YEAR = LazyPattern(r"\s*年\s*(\d{1,2})\s*月")


_EN_RELATIVE_YEAR = LazyPattern(r"(?<![A-Za-z])(?:this|last|that|next|the\s+same|the\s+previous|the\s+following)\s+"
                                r"year(?:'s)?(?![A-Za-z])", re.IGNORECASE)
"""this year's guidance, the same year: a year the English leaves to the context."""
_ZH_RELATIVE_YEARS = frozenset({"今年", "去年", "明年", "前年", "后年", "後年", "本年", "上年", "来年", "來年", "次年",
                                 "翌年", "同年", "当年", "當年", "今年度", "本年度", "上年度"})
"""Words naming a year by its distance from the time of writing or from a year already named (自今年 4 月份开源至今 =
"since it was open-sourced in April 2018", 维护至明年 8 月份 = "until August 2019"), read as whole jieba words: 说明年龄
holds 明年 and 过去年均 去年 as strings, not as words."""


def _relative_years(sentences: list[Sentence]) -> int:
    """How many words of the sentences name a year by its distance (`_ZH_RELATIVE_YEARS`)."""
    return sum(1 for s in sentences for w in cut(s.text.text) if w in _ZH_RELATIVE_YEARS)


_EN_NAME_YEAR = LazyPattern(r"[A-Z][A-Za-z]+\s*\(\s*$")
"""A capitalised name before the bracket of a year: "the Great East Japan Earthquake (2011)"."""

_ZH_SINCE_YEAR = LazyPattern(r"\s*年\s*(?:以来|至今|迄今)")
"""2010年以来, 自2010年至今: a period up to now, dated by the year it starts."""
_ZH_SINCE_BEFORE = LazyPattern(r"(?:自|从)\s*$")
_EN_SINCE_BEFORE = LazyPattern(r"(?<![A-Za-z])since\s+$", re.IGNORECASE)
"""since 2010: a period up to now, dated by the year it starts."""
_EN_RECENT_PERIOD = LazyPattern(r"(?<![A-Za-z])(?:past|last|recent|previous)\s+(?:\w+\s+)?"
                                r"(?:decades?|years)(?![A-Za-z])", re.IGNORECASE)
"""in the past decade, in recent years, over the last ten years: a period up to now said by its length."""
_ZH_COUNT = r"(?:\d+|[一二三四五六七八九十几数]+)"
_ZH_RECENT_PERIOD = LazyPattern(r"近" + _ZH_COUNT + r"?年|过去(?:的)?" + _ZH_COUNT + r"年")
"""近十年, 近年来, 过去20年: a period up to now said by its length."""


def _since_year(b: Bead, s: Sentence, n: NumberMention, lang: str) -> bool:
    """Whether year `n` of sentence `s` (on side `lang`) dates a period up to now by its start (2010年以来, since 2010)
    that the other side of the bead says by its length (in the past decade, 近十年): an author's abstract written
    in one year and rendered without a reference to the date of writing says the same span two ways."""
    text = s.text.text
    if lang == "zh":
        dated = bool(_ZH_SINCE_YEAR.match(text, n.end)) or bool(_ZH_SINCE_BEFORE.search(text, max(0, n.start - 3),
                                                                                         n.start))
        return dated and any(_EN_RECENT_PERIOD.search(e.text.text) for e in b.en)
    dated = bool(_EN_SINCE_BEFORE.search(text, max(0, n.start - 8), n.start))
    return dated and any(_ZH_RECENT_PERIOD.search(z.text.text) for z in b.zh)


def context_years(b: Bead) -> None:
    """Drop a year one side adds from the context when the other side has no year of its own to differ from it.

    The Chinese completes a date whose month the English gives without a year (截至2019年10月8日 = "as of October
    8") or names the year the English calls "this year" (2019年指南 = "this year's guidance"); the English dates a
    name in brackets that the Chinese name identifies (東日本大地震 = "the Great East Japan Earthquake (2011)"), and
    writes the number of a year the Chinese names by its distance (今年 4 月份 = "in April 2018", 明年 = "2019"), one
    year for each such word the English does not say in words itself (今年 = "this year's …" stands for no number).
    Either side may date a period up to now by the year it starts where the other says its length (`_since_year`:
    自2010年以来 = "in the past decade"). A year the other side gives differently is a changed year, and a period the
    other side does not say at all is a dropped one: both stay reported.
    """
    zh_years = [m for m in b.miss_en if is_year(m[1])]
    en_years = [m for m in b.miss_zh if is_year(m[1])]
    if zh_years and not any(is_year(n) for _s, n in b.en_side.mentions):
        relative = any(_EN_RELATIVE_YEAR.search(s.text.text) for s in b.en)
        for s, n in zh_years:
            date = _ZH_DATE_AFTER_YEAR.match(s.text.text, n.end)
            if relative or date and b.en_side.counts[number_key(float(date.group(1)))] or _since_year(b, s, n, "zh"):
                b.miss_en.remove((s, n))
    if en_years and not any(is_year(n) for _s, n in b.zh_side.mentions):
        said = sum(len(_EN_RELATIVE_YEAR.findall(s.text.text)) for s in b.en)  # 今年 = "this year" stands for none
        relative = len(en_years) <= _relative_years(b.zh) - said
        for s, n in en_years:
            text = s.text.text
            if relative or text[n.end:n.end + 1] == ")" and _EN_NAME_YEAR.search(text, max(0, n.start - 40), n.start) \
                    or _since_year(b, s, n, "en"):
                b.miss_zh.remove((s, n))



def listed(b: Bead) -> None:
    """Drop an English count of things ("5 groups") whose items the Chinese lists without the count."""
    from zhen_qa.checks.number_evidence import counts_things, list_counts  # here: only beads with a mismatch need it
    counts = {c for s in b.zh for c in list_counts(s.text.text)}
    for s, n in list(b.miss_zh) if counts else ():
        if counts_things(s.text.text, n) and int(n.endpoints()[0]) in counts:
            b.miss_zh.remove((s, n))



_ONE_IN = LazyPattern(r"(?<![\d.])(?:1|one)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)



def one_in(b: Bead) -> None:
    """Drop an English M of "1 in M" when the Chinese has the fraction 1/M (二十分之一, 1/20) or its percentage (20%
    = "1 in 5")."""
    for s, n in list(b.miss_zh):
        if isinstance(n.value, tuple) or not n.value:
            continue
        key = number_key(1 / n.value)
        if _ONE_IN.search(s.text.text[max(0, n.start - 20):n.start]) and (key in b.zh_side.counts
                                                                          or key in b.zh_side.names):
            b.miss_zh.remove((s, n))
