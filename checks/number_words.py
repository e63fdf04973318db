"""Numbers written in forms the number reader does not take (Roman categories, decades, ordinals, dimensions,
counts in Chinese numerals): evidence for number-mismatch (`checks.numbers`), read from one sentence."""
from __future__ import annotations

import re
from collections.abc import Mapping

from zhen_qa.aligner.numbers import NumberMention, chinese_numeral_value, number_key
from zhen_qa.checks.number_units import EN_COUNTS
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN, is_han

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


_EN_ROMAN_AFTER = LazyPattern(r"(?<![A-Za-z])(?:phase|stage|grade|type|class|level|group|arm)s?\s+"
                              r"(i{1,3}|iv|vi{0,3}|ix|x)(?:\s*(?:-|–|to|or|and|/)\s*(i{1,3}|iv|vi{0,3}|ix|x))?"
                              r"(?:[a-c])?(?![A-Za-z])", re.IGNORECASE)
"""phase iii, stage II to IV, grade 3: a category written in Roman numerals (3期 in Chinese)."""


_ZH_ROMAN = LazyPattern(rf"(?<![A-Za-z])(?:(?<=[{HAN}])(I{{1,3}}|IV|VI{{0,3}}|IX)|(I{{1,3}}|IV|VI{{0,3}}|IX)"
                        rf"(?=[a-d]?\+?[{HAN}]))[a-d]?\+?(?![A-Za-z])")
"""欧II, 欧Va, 欧VI, III期, II型: a category in Latin capitals glued to the Chinese around it ("Euro 2", "stage 3",
"type 2" in English). Not a lone X (X线 is an X-ray)."""


_UNICODE_ROMAN = LazyPattern("[\u2160-\u2169\u2170-\u2179]")
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


_EN_ORDINAL = LazyPattern(r"(?<![A-Za-z])(?:(" + "|".join(_TENS) + r")[\s-])?("
                          + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")(?![A-Za-z])", re.IGNORECASE)
"""second, Fifth, twenty-first: an ordinal in words, which Chinese writes with digits (第2阶段 = "the second stage")."""


_EN_AGE_DECADE = LazyPattern(r"(?<![\d.,])([1-9]0)['’]?s(?![A-Za-z])")
"""50s, in their 60s, the 70's: an age by its decade (50-59), which Chinese writes as a range of ages (50-60岁)."""


_EN_DECADE_OF_LIFE = LazyPattern(
    r"(?<![A-Za-z])(" + "|".join(w for w in _ORDINALS if _ORDINALS[w] <= 12) + r")"
    r"(?:\s*(?:,|or|and|to|through|-|–)\s*(" + "|".join(w for w in _ORDINALS if _ORDINALS[w] <= 12)
    + r"))?\s+decades?(?![A-Za-z])", re.IGNORECASE)
"""the fifth or sixth decade of life: ages 40 to 59 (40～60岁)."""


_EN_THE_DECADE = LazyPattern(r"(?<![A-Za-z])(?:the|this|that|a|over|past|last|previous|recent|next|coming|following)"
                             r"\s+(?:(?:past|last|previous|recent|next|coming|following|whole|entire)\s+)?decade"
                             r"(?![A-Za-z])", re.IGNORECASE)
"""the past decade, over the last decade: ten years (近10年) said without a count."""


_HALF = {"en": LazyPattern(r"(?<![A-Za-z])half(?![A-Za-z])", re.IGNORECASE), "zh": LazyPattern(r"一半|半数")}
"""half, 一半, 半数: 50% or 0.5 said in words (约一半患者 = "about 50% of patients")."""


_EN_NONE = LazyPattern(r"(?<![A-Za-z])(?:none|nobody|no\s+one|neither|nil)(?![A-Za-z])", re.IGNORECASE)
"""none, no one, neither: a count of 0 said in words (0例 = "none")."""


_EN_BOTH = LazyPattern(r"(?<![A-Za-z])both(?![A-Za-z])", re.IGNORECASE)
"""both: two (1种或2种 = "one or both", 2组 = "both groups")."""


def _decade_evidence(text: str) -> set[str]:
    """Keys of the ages that English decades of age give: "in their 50s" -> 50, 59, 60 (50-60岁); "the fifth or
    sixth decade of life" -> 40, 50, 59, 60 (40～60岁). A Chinese range of ages gives its upper end as the next
    decade or the last year before it."""
    out: set[str] = set()
    tens: list[int] = []
    if "0s" in text or "0's" in text or "0’s" in text:
        tens += [int(m.group(1)) for m in _EN_AGE_DECADE.finditer(text)]
    if "ecade" in text:
        for m in _EN_DECADE_OF_LIFE.finditer(text):
            for g in m.groups():
                if g:
                    tens.append(10 * (_ORDINALS[g.lower()] - 1))
    for ten in tens:
        out.update(number_key(float(v)) for v in (ten, ten + 9, ten + 10))
    return out


_ZH_ORDINAL = LazyPattern(r"第([零〇一二两三四五六七八九十百]+)")
"""第二, 第十一: an ordinal in Chinese numerals, which English may write with digits ("stage 2", "week 11")."""


_ZH_INCREASED_BY = LazyPattern(r"(?:增加|增长|提高|升高|上升|增高|增大)了?(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)倍")
"""增加2倍, 提高了两倍: by the Chinese convention the increase itself is twice the original, so three times it ("a
threefold increase", "tripled"); the loose reading (twice) is the number as written, which the reader takes."""


_ZH_DIMENSION = LazyPattern(r"([一二两三四五六七八九十]+)维(?![生持护修权系])")
"""三维, 二维, 四维: N dimensions, "3D", "2-dimension" in English (not 维生素, 维持)."""


_PLAN_WORD = r"\s*(?:规划|计划|期间|时期|国家(?:重点|科技|级|攻关)|重点|科技|攻关|以来|末期?|初期?)"
_ZH_PLAN = LazyPattern(r"(?<![〇零一二两三四五六七八九十百千万\d])(?:(十[一二三四五六七八九])五(?=[”\"」』’])|"
                       rf"(十?[一二三四五六七八九]|十)五(?=[”\"」』’]?{_PLAN_WORD}))")
"""“十三五”规划, 九五期间: a five-year plan named by its number in Chinese numerals and 五, which English says as "the
13th Five-Year Plan" (十五 alone is the tenth, 2001-2005): its number, as evidence. 国家 only as the plan's
programme (十五国家重点, 十三五国家科技): 十五国家参与 counts fifteen countries. A closing quote alone names a plan
only after 十X五 (“十三五”): a quoted “三五” or “十五” with no plan word after is a phrase or a count (“三五”成群,
“十五”个), not the third or tenth plan."""


_ZH_NUMERAL_NAME = LazyPattern(r"(?<![零〇一二两三四五六七八九十百千万亿])(?=[零〇一二两三四五六七八九十百千]*[十百千])"
                               r"(?=[零〇一二两三四五六七八九十百千]*[一二两三四五六七八九])"
                               r"[零〇一二两三四五六七八九十百千]{2,}(?![零〇一二两三四五六七八九十百千万亿])")
"""二十八宿, 七十二候, 三十六计: a number in Chinese numerals with a unit (十, 百, 千) and a digit, inside a name or
before a noun that is no measure word ("the 28 lunar mansions", "the 72 pentads"); an unambiguous number, never a
word such as 十分 ("very"), 千万 ("by all means") or 一一 ("one by one"): evidence only."""


_ZH_LONE_MAGNITUDE = LazyPattern(r"(?<![零〇一二两三四五六七八九十百千万亿\d.每数几好上成])(?<!\d\s)([百千万])"
                                 r"(?=[余多]?[个例名位人次年行条张字元台项份])")
"""千行, 百名, 万人, 千余人: a magnitude character alone before a measure word, one hundred, thousand or ten thousand
("less than 1000 lines" for 代码量在千行以内). Not inside a longer numeral (三千行 is read whole), not 千万 ("must"),
百度 or 百分 (度 and 分 are no measures here); after 每 the rate reader takes it. Not after an approximator (数百名
"several hundred", 几千行, 好几千, 成千上万, 上万条: no exact value) nor a digit across a space (5 万元 is 50000).
Evidence only."""


_ZH_NUMBERED = LazyPattern(rf"(?<=[{HAN}]{{2}})([一二三四五六七八九十])((?:[和与及、至到][一二三四五六七八九十])*)"
                           rf"(?![〇零一二两三四五六七八九十百千万亿个种类次项名位条])")
"""问题二, 方案一, 问题二和三: a numeral after the noun it numbers, as English writes "Problem 2", "questions 2 and 3";
words that end in a numeral (之一, 统一, 唯一) are told apart by the dictionary (`numbered`)."""


def _numbered(text: str) -> set[str]:
    """Keys of the numerals that number the noun before them (`_ZH_NUMBERED`): the two characters before are a
    word of CC-CEDICT (问题, 方案) and neither the last of them nor both with the numeral make one (统统一 is 统统 +
    统一); a numeral glued to Han after it is taken in a list (问题二和三都) or where it begins no word with the Han
    after it (方法二使用 = "Method 2 uses"): 方案一样 is 一样 "alike", 方法一般 is 一般 "usually".
    Evidence only, like `word_evidence`."""
    from zhen_qa.aligner.lexicon import load_lexicon  # noqa: PLC0415  (CC-CEDICT, loaded on the first candidate)

    out: set[str] = set()
    words: Mapping[str, tuple[str, ...]] | None = None
    for m in _ZH_NUMBERED.finditer(text):
        i, end = m.start(1), m.end()
        if words is None:
            words = load_lexicon().zh2en
        if not m.group(2) and end < len(text) and is_han(text[end]) and _starts_word(text, i, words):
            continue
        if text[i - 2:i] not in words or text[i - 1:i + 1] in words or text[i - 2:i + 1] in words:
            continue
        for numeral in (m.group(1), *m.group(2)[1::2]):
            value = chinese_numeral_value(numeral)
            if value is not None:
                out.add(number_key(value))
    return out


def _starts_word(text: str, i: int, words: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the numeral at `i` of `text` begins a word of CC-CEDICT with the characters after it (一样, 一般,
    一直, 二手)."""
    return any(text[i:i + k] in words for k in (2, 3, 4) if i + k <= len(text))


_ZH_PARTS = LazyPattern(r"(?<![零〇一二两三四五六七八九十百千万亿])([二两三四五六七八九]|十[一二三四五六七八九]?)"
                        r"(?=[相线芯针])")
"""两相, 四线, 六芯, 四针: a numeral before a part counted in a hardware compound (两相四线步进电机 = "a 2-phase 4-wire
stepper motor", 四针接口 = "4-pin connector"), which English writes with digits; not 一 (一线, 一针见血 are words):
evidence only."""


_ZH_COUNTED = LazyPattern(r"(?:共|分为|分成)([一二两三四五六七八九十]+)|两(?=[" + HAN + r"])")
"""共八面向, 分为三部分, 两模型: a count in Chinese numerals before a noun that is no measure word ("8 subscales")."""


def _has_unit(text: str) -> bool:
    return "十" in text or "百" in text or "千" in text


def _has_magnitude(text: str) -> bool:
    return "百" in text or "千" in text or "万" in text



def word_evidence(text: str, lang: str) -> set[str]:
    """Keys of numbers written in forms the number reader does not take: Roman categories, decades, dimensions,
    ordinals.

    Evidence only (a number of the other side is matched by them, they never go missing themselves):
    "phase iii" renders 3期, Ⅲ期 and III期 render "phase 3", 欧II renders "Euro 2", "two decades" renders 20年,
    三维 renders "3D", 二十八宿 renders "28 star areas", "the second stage" renders 第2阶段 and 第二周 renders
    "week 2", “十三五” renders "the 13th Five-Year Plan"; "in their 50s" renders
    50-60岁 (`_decade_evidence`), "both" renders 2 and "none" 0; "the past decade" renders 10年, 千行 renders
    "1000 lines", and 一半 and "half" render 50%.
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
        out.update(_decade_evidence(text))
        if "decade" in low and _EN_THE_DECADE.search(text):
            out.add(number_key(10.0))
        if "both" in low:
            out.update(number_key(2.0) for _m in _EN_BOTH.finditer(text))
        if _EN_NONE.search(text):
            out.add(number_key(0.0))
    else:
        for m in _ZH_ORDINAL.finditer(text) if "第" in text else ():
            value = chinese_numeral_value(m.group(1))
            if value is not None:
                out.add(number_key(value))
        for m in _ZH_ROMAN.finditer(text) if "I" in text or "V" in text else ():
            out.add(number_key(float(_ROMAN[(m.group(1) or m.group(2)).lower()])))
        for m in _ZH_PLAN.finditer(text) if "五" in text else ():
            value = chinese_numeral_value(m.group(1) or m.group(2))
            if value is not None:
                out.add(number_key(value))  # "Five-Year" is no number to the English reader: no 5 needed
        for m in _ZH_NUMERAL_NAME.finditer(text) if _has_unit(text) else ():
            value = chinese_numeral_value(m.group())
            if value is not None:
                out.add(number_key(value))  # 二十八宿 = "the 28 lunar mansions"
        out.update(_numbered(text))
        for m in _ZH_PARTS.finditer(text) if any(c in text for c in "相线芯针") else ():
            value = chinese_numeral_value(m.group(1))
            if value is not None:
                out.add(number_key(value))  # 四线 = "4-wire"
        for m in _ZH_LONE_MAGNITUDE.finditer(text) if _has_magnitude(text) else ():
            out.add(number_key({"百": 100.0, "千": 1000.0, "万": 10000.0}[m.group(1)]))  # 千行 = "1000 lines"
        for m in _ZH_DIMENSION.finditer(text) if "维" in text else ():
            value = chinese_numeral_value(m.group(1))
            if value is not None:
                out.add(number_key(value))
    if "半" in text or "alf" in text:
        if _HALF[lang].search(text):
            out.update((number_key(50.0), number_key(0.5)))
    for m in _UNICODE_ROMAN.finditer(text):
        code = ord(m.group())
        out.add(number_key(float(code - (0x2160 if code < 0x2170 else 0x2170) + 1)))
    return out



def increased_by(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of each number N of 增加N倍 (`_ZH_INCREASED_BY`): N times more, which English says as N + 1
    times ("threefold" for 增加2倍) or, loosely, as N ("doubled"); both are its values, as evidence only."""
    out: list[tuple[int, int, float]] = []
    for m in _ZH_INCREASED_BY.finditer(text) if "倍" in text else ():
        n = m.group(1)
        value = float(n) if n[0].isdigit() else chinese_numeral_value(n)
        if value is not None:
            out.append((m.start(1), m.end(1), value))
    return out


def counted(text: str, numbers: list[NumberMention]) -> set[str]:
    """Keys of counts in Chinese numerals before a noun that the number reader does not take as a measure word
    (`_ZH_COUNTED`): evidence only, like `word_evidence`; a numeral read as a number (两组) is counted there."""
    read = {n.start for n in numbers}
    out: set[str] = set()
    for m in _ZH_COUNTED.finditer(text) if "共" in text or "分" in text or "两" in text else ():
        start = m.start(1) if m.group(1) else m.start()
        value = chinese_numeral_value(m.group(1) or "两")
        if start not in read and value is not None:
            out.add(number_key(value))
    return out
