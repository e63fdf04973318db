"""Numbers in Chinese and English text, normalised so the two languages can be compared.

`extract_numbers(text, lang)` finds Arabic numerals (with thousands separators, decimals,
percentages, Chinese multipliers 万/亿 and English million/billion), English month names (May only
next to a date or a time word), ranges, simple fractions (2 / 3 = 三分之二 = two thirds), Chinese
numerals followed by a measure word (三组, 两次, 百分之三十一, 三分之一) or by 大/强 (十大 = top 10), decades
(20世纪90年代 = 1990s; 2 decades = 20 years), and
English number words (two, forty-one or "forty one", twice, a third, threefold, tripled).
Gestational ages keep their two parts in both languages (37周+6天 = 37+6 weeks = 37 6/7 weeks: 37
and 6). It skips what only looks like a number: citation markers (also one glued to a year: "in
2000.4,5"), list and section numbers at line start, digits glued to a Latin identifier (her2,
CD34, nct01358877) or a Greek letter (χ2, β2), ordinal words (第三, third), and 一 inside words
(一些, 一种, 统一, 之一).

`NumberMention.value` is a float, or a (lo, hi) tuple of floats for a range. Percentages keep
their written value (31% -> 31.0, with `percent=True`). `written` says whether the mention was
in digits or in words; word forms are softer evidence (两组 may be "both groups").

The English word forms are read in `number_words_en`, the Chinese numerals in `zh_numerals`, list markers and section
numbers in `list_markers`, the mention and its key are `number_mention`'s; this module reads digits, dates and the
special forms and puts them together.
"""
from __future__ import annotations

import functools
import re

from zhen_qa.aligner.citations import CACHE_SIZE, citation_spans
from zhen_qa.aligner.list_markers import list_spans
from zhen_qa.aligner.number_mention import ANY_DIGIT, NumberMention, number_key, overlaps
from zhen_qa.aligner.number_words_en import (
    EN_MAGNITUDES,
    EN_UNITS,
    EN_WORDS,
    en_and_a_half,
    en_word_mentions,
    fold_word,
)
from zhen_qa.aligner.zh_numerals import (
    ZH_DIGITS,
    and_a_half,
    chinese_numeral_value,
    zh_fraction,
    zh_fractions,
    zh_word_mentions,
)
from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["NumberMention", "extract_numbers", "number_key", "chinese_numeral_value", "zh_fraction"]

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％～－：", "0123456789.,%~-:")
_ANY_FULLWIDTH = re.compile("[０１２３４５６７８９．，％～－：]")
"""A character `_FULLWIDTH` changes: a text without one is its own translation (found faster than translated)."""
_FULLWIDTH_PAIRS = tuple(zip("０１２３４５６７８９．，％～－：", "0123456789.,%~-:"))


def _half_width(text: str) -> str:
    """`text.translate(_FULLWIDTH)`, by replacing the characters it holds: `str.translate` looks every character
    of a non-ASCII text up in the table (a Chinese sentence nearly always holds a full-width comma: 0.2 s of Bible
    006's alignment); each replacement is one ASCII character, never a character of the table, so the order of the
    replacements does not matter."""
    if not _ANY_FULLWIDTH.search(text):
        return text
    for wide, narrow in _FULLWIDTH_PAIRS:
        if wide in text:
            text = text.replace(wide, narrow)
    return text

_DIGIT_NUM = (r"(?:(?:\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?: \d{3})+(?![\d.,])|\d+)(?:\.\d+)?"
              r"|(?:^|(?<=[\s=<>\u2264\u2265(\[\uff08:\uff1a,\uff0c;\uff1b~\u00b1\-\u2013]))\.\d+(?![\d.]))")
"""A number in digits: thousands grouped by commas or spaces, decimals; or a decimal without its leading zero after
a space, a relation or an opening bracket (`P = .04`, `P<.001`, `r = .85`: the journal style of P values)."""
_ZH_MULT = r"(?:万亿|千万|百万|亿|万|千(?![克米卡瓦帕焦]))"

_EN_MULT = r"(?:" + "|".join(EN_MAGNITUDES) + r")\b"
_PERCENT = r"(?:\s*%|\s+percent\b|\s+per\s+cent\b)"
_ONE = (
    r"(?P<num>" + _DIGIT_NUM + r")"
    r"(?:\s*(?P<zhmult>" + _ZH_MULT + r")|(?:\s+|-)(?P<enmult>" + _EN_MULT + r"))?"
    r"(?P<pct>" + _PERCENT + r")?"
)
_NUMBER = re.compile(
    r"(?:(?<![0-9A-Za-z.\u0370-\u03ff])|(?<=[Ff]ig\.)|(?<=[Ff]igs\.)|(?<=Tab\.)|(?<=No\.)"
    r"|(?<=[a-z]{2}\.)(?=\d+(?:\.\d+)?\s?[%％]))" + _ONE
    + r"(?:(?P<sep>\s*(?:-|–|—|~|〜|至|到)\s*|(?:\s+|-)to(?:\s+|-))"
    + _ONE.replace("?P<", "?P<hi_") + r")?"
)
_FRACTION = re.compile(r"(?<![\d/:A-Za-z])(?<!\d[.,])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/:]|[.,]\d)")
"""2 / 3, 1/3: a simple fraction (numerator below the denominator; dates such as 2020/3/5 are not, nor digits of a
decimal or a thousands group such as 1.2/3 or 1/2,000); a comma or a stop that ends a clause may touch it (为2 / 3，,
where the full-width comma is read as ",")."""
_GRADE_AFTER = LazyPattern(r"\s*(?:级|期|型|度|类|相|组)")
_GRADE_BEFORE = LazyPattern(r"(?:grade|phase|stage|type|class|level|group|arm)s?\s*$", re.IGNORECASE)
"""3/4级, grade 3/4, phase 1/2: two categories, written "3 or 4" as often as with a slash (not a fraction)."""
_WEEKS_DAYS = re.compile(r"(?<![\d.])(\d{1,2})\s+([0-6])\s*/\s*7(?=\s*(?:weeks?|wks?)\b)", re.IGNORECASE)
"""37 6/7 weeks: a gestational age, 37 weeks and 6 days (37周+6天, 37+6 weeks)."""
_ZH_FEW = re.compile(r"(?<![A-Za-z0-9_.、第图表式])([1-9])、([1-9])(?=[个次天行句段字遍条步年月周])")
"""1、2行, 2、3天: an approximate count ("a line or two"), read as the word forms of its two numbers."""
_EN_DECADES = LazyPattern(r"(?<![\d.,])(\d{1,2}|(?<![A-Za-z\-])(?:two|three|four|five|six|seven|eight|nine))"
                          r"\s+decades?(?![A-Za-z\-])", re.IGNORECASE)
"""2 decades, three decades: 20 and 30 years (20年, 近三十年来); the count alone is no number of the Chinese. In
words, as every word form, it is softer evidence."""
_ZH_DECADE = re.compile(r"(\d{1,2}|二十一|二十|十[一二三四五六七八九]?)\s*世纪"
                        r"\s*(?:(\d)0|([一二三四五六七八九])十)\s*年代")
"""20世纪90年代, 二十世纪九十年代: the 1990s."""
_ZH_BARE_DECADE = re.compile(r"(?<![\d世纪十])(?:(\d)0|([一二三四五六七八九])十)\s*年代")
"""80年代, 八十年代 with no century of its own: after 20世纪70年代 in the same text, the century said once for both
(20世纪70年代中期至80年代后期 = "from the mid-1970s to the late 1980s")."""
_ROUND_THE_CLOCK = LazyPattern(r"(?<![\d.,/])(24)\s*[/x\u00d7]\s*(7)(?![\d.,/])")
"""24/7 (24x7, 24×7): "round the clock", which a translation says in words (全天候, 昼夜不停), not a fraction or two
counts; read as numbers in words, which match a counterpart but are never reported missing."""


def _digits_value(m: re.Match[str], prefix: str = "") -> tuple[float, bool]:
    raw = m.group(prefix + "num").replace(",", "").replace(" ", "")
    value = float(raw)
    zh = m.group(prefix + "zhmult")
    if zh:
        for c in zh:
            value *= {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2}[c]
    en = m.group(prefix + "enmult")
    if en:
        value *= EN_MAGNITUDES[en.lower()]
    return value, bool(m.group(prefix + "pct"))


_TEMPLATE = LazyPattern(r"\$(?:\[[^\[\]\n]*(?:\[[^\[\]\n]*\][^\[\]\n]*)*\]|\{[^{}\n]*\})")
"""A template expression written bare (`$[yyyyMMdd+7*N]`, `${system.biz.date}`): code, whose digits are no numbers of
the text, as in the other language's inline code (`$[yyyyMMdd+7*N]` in backticks) they are none."""


HEX_LITERAL = LazyPattern(r"(?<![A-Za-z0-9_.])0[xX]([0-9A-Fa-f]+)(?:[uU]?[lL]{0,2}|[lL]{1,2}[uU])(?![A-Za-z0-9_]|\.\w)")
"""A hexadecimal literal (0x1000, 0x01): one number, its value in base 16, never the 0 before its x."""


def _hex_mentions(t: str, text: str, skip: list[tuple[int, int]]) -> list[NumberMention]:
    """The hexadecimal literals of the text (`HEX_LITERAL`), each one mention of its value; their spans go to
    `skip`, so the digit reader does not read the leading 0 as a number."""
    out: list[NumberMention] = []
    for m in HEX_LITERAL.finditer(t):
        if not overlaps(skip, m.start(), m.end()):
            out.append(NumberMention(float(int(m.group(1), 16)), m.start(), m.end(), text[m.start():m.end()]))
    skip += [(n.start, n.end) for n in out]
    return out


_TIME_PREFIX = LazyPattern(r"(?<![A-Za-z])(?:mid|early|late|pre|post)-$", re.IGNORECASE)
"""mid-1990s, early-2020, pre-2000: a time word before a year, not a name such as IL-6."""


_CLOCK = LazyPattern(r"[0-2]?\d:[0-5]\d(?![\d:])")
"""A clock time (07:00)."""


_CODE_BEFORE_SLASH = LazyPattern(r"(?<![A-Za-z0-9])[A-Za-z]*\d+[A-Za-z]+ $")
"""A name of letters and digits and the stray space PDF extraction leaves before its slash ("c57BL /6")."""


_SPECIMEN_BEFORE = LazyPattern(r"[(（]\s*[A-Z]{2,6}\s+[A-Z]{1,2}\s*$")
"""A museum's code and collection letters opening a bracket before digits: the specimen number "(IVPP V 725)" (the
Institute of Vertebrate Paleontology's vertebrate collection), "(AMNH FR 5027)" names one fossil, no quantity. Three
digits or more: a score after two capitals is a value ("(ECOG PS 1)", "(ASA PS 3)")."""


_ALTERNATIVE_BEFORE = LazyPattern(r"(?<![A-Za-z0-9_.])\d+(?:\.\d+)?[ -]?([A-Za-z]+)/$")
"""A number with its unit and a slash before digits ("32-bit/", "8GB/", "200 mg/"): the digits after the slash are
the other value of a pair of alternatives when the same unit follows them ("32-bit/64-bit", "8GB/16GB", a combined
dose "200 mg/50 mg")."""
_UNIT_AFTER = LazyPattern(r"[ -]?([A-Za-z]+)")


def _alternative_after_slash(t: str, start: int) -> bool:
    """Digits after "32-bit/" that the same unit follows ("32-bit/64-bit"): the second of two values, a quantity as
    the first is, not the number of a name such as "her2/neu"."""
    m = _ALTERNATIVE_BEFORE.search(t, max(0, start - 24), start)
    if m is None:
        return False
    end = start
    while end < len(t) and (t[end].isdigit() or t[end] == "." and t[end + 1:end + 2].isdigit()):
        end += 1
    after = _UNIT_AFTER.match(t, end)
    return after is not None and after.group(1) == m.group(1)


def _identifier_before(t: str, start: int) -> bool:
    """Digits after "IL-", "COVID-" or "her2/" belong to a name, not a quantity (mid-1990s is a year); so do
    digits after a hyphen and one space ("C/T- 13910", as PDF extraction breaks "C/T-13910"), after a slash
    that one space parts from a name of letters and digits ("c57BL /6" for the mouse strain C57BL/6), and a
    specimen number's after its museum code ("(IVPP V 725)", `_SPECIMEN_BEFORE`)."""
    if start >= 6 and t[start:start + 3].isdigit() and _SPECIMEN_BEFORE.search(t, max(0, start - 16), start):
        return True
    if start >= 3 and t[start - 1] == " " and t[start - 2] == "-":
        start -= 1
    if start >= 4 and t[start - 1] == "/" and _CODE_BEFORE_SLASH.search(t, max(0, start - 24), start - 1):
        return True
    if t[start - 1:start] == "/" and _CLOCK.match(t, start):
        return False  # "14:00 UTC/07:00 PT": a second clock time, not a name's number
    if t[start - 1:start] == "/" and _alternative_after_slash(t, start):
        return False  # "32-bit/64-bit": the second of two alternatives
    return start >= 2 and t[start - 1] in "-/" and t[start - 2].isascii() and t[start - 2].isalpha() \
        and not (t[start - 1] == "-" and _TIME_PREFIX.search(t, max(0, start - 6), start))


_SPACED_VERSION = LazyPattern(r"(?<![\d.])\d+\.\d+ \. $")
"""A decimal and a period spaced by tokenisation before digits: "3.6 . 0", "1.0 . 143" (versions 3.6.0, 1.0.143)."""


def _version_part(t: str, start: int) -> bool:
    """Digits that continue a dotted version the tokeniser spaced ("R软件3.6 . 0版"): part of the version, as the digits
    after the second period of "3.6.0" are, not a number of their own. Chinese only: there a period between digits
    never ends a sentence."""
    return start >= 6 and t[start - 2] == "." and _SPACED_VERSION.search(t, max(0, start - 24), start) is not None


def _special_mentions(t: str, text: str, lang: str, skip: list[tuple[int, int]]) -> list[NumberMention]:
    """Gestational ages, decades and simple fractions, read before plain numbers (their spans join `skip`)."""
    out: list[NumberMention] = []

    def add(value: float, start: int, end: int) -> None:
        out.append(NumberMention(value, start, end, text[start:end]))
        skip.append((start, end))

    for m in _ROUND_THE_CLOCK.finditer(t) if "7" in t else ():
        if not overlaps(skip, m.start(), m.end()):  # an idiom ("always", 全天候): evidence only, as words are
            for g in (1, 2):
                out.append(NumberMention(float(m.group(g)), m.start(g), m.end(g), text[m.start(g):m.end(g)],
                                         False, "words"))
            skip.append((m.start(), m.end()))
    for m in _WEEKS_DAYS.finditer(t):
        if not overlaps(skip, m.start(), m.end()):
            add(float(m.group(1)), m.start(1), m.end(1))
            add(float(m.group(2)), m.start(2), m.end(2))
            skip.append((m.start(), m.end()))
    if lang == "zh":
        for m in _ZH_FEW.finditer(t):
            if int(m.group(2)) == int(m.group(1)) + 1 and not overlaps(skip, m.start(), m.end()):
                for g in (1, 2):
                    out.append(NumberMention(float(m.group(g)), m.start(g), m.end(g), text[m.start(g):m.end(g)],
                                             False, "words"))
                skip.append((m.start(), m.end()))
        said: list[tuple[int, int]] = []  # (end, century) of each decade read with its century
        for m in _ZH_DECADE.finditer(t):
            head = m.group(1)  # digits or a Chinese numeral, each part in either form: 二十世纪90年代
            century = int(head) if head.isdigit() else int(chinese_numeral_value(head) or 0)
            decade = int(m.group(2)) if m.group(2) else ZH_DIGITS[m.group(3)]
            if 1 <= century <= 21 and not overlaps(skip, m.start(), m.end()):
                add(float((century - 1) * 100 + decade * 10), m.start(), m.end())
                said.append((m.end(), century))
        for bare in _ZH_BARE_DECADE.finditer(t) if said else ():  # ...至80年代: the century said before it
            before = [century for end, century in said if end <= bare.start()]
            if before and not overlaps(skip, bare.start(), bare.end()):
                decade = int(bare.group(1)) if bare.group(1) else ZH_DIGITS[bare.group(2)]
                add(float((before[-1] - 1) * 100 + decade * 10), bare.start(), bare.end())
    if lang == "en" and "ecade" in t:
        for m in _EN_DECADES.finditer(t):
            if not overlaps(skip, m.start(), m.end()):
                count = m.group(1)
                if count.isdigit():
                    add(10.0 * int(count), m.start(), m.end())
                else:
                    out.append(NumberMention(10.0 * EN_WORDS[count.lower()], m.start(), m.end(),
                                             text[m.start():m.end()], False, "words"))
                    skip.append((m.start(), m.end()))
    for m in _FRACTION.finditer(t):
        num, den = int(m.group(1)), int(m.group(2))
        if not 0 < num < den <= 10 or overlaps(skip, m.start(), m.end()) or _identifier_before(t, m.start()):
            continue
        if _GRADE_AFTER.match(t, m.end()) or _GRADE_BEFORE.search(t, 0, m.start()):
            continue
        add(num / den, m.start(), m.end())
    return out


_NAME_AFTER = LazyPattern(r"-[a-z]+[A-Z]")
"""A hyphen and a name of mixed case after digits: the 2019 of 2019-nCoV, the 8 of 8-oxoG (a name's digits, never a
quantity; "5-year" and "10-Year" are counts)."""


_ZH_NAME_AFTER = LazyPattern(r" ?(?:(?:新型)?冠状病毒|新冠)")
"""The coronavirus's Chinese name after a year with no 年: the 2019 of 2019新型冠状病毒 (2019-nCoV) and of
2019冠状病毒病 (COVID-19) is part of the name, as the 19 of COVID-19 is, not a date."""


def _digit_mentions(t: str, text: str, skip: list[tuple[int, int]], lang: str = "en") -> list[NumberMention]:
    out: list[NumberMention] = []
    for m in _NUMBER.finditer(t):
        start = m.start()
        if m.group("hi_num") is None and _NAME_AFTER.match(t, m.end()):
            continue
        if lang == "zh" and m.group("hi_num") is None and _ZH_NAME_AFTER.match(t, m.end()):
            continue
        if _identifier_before(t, start) or lang == "zh" and (_version_part(t, start) or _figure_repeat(t, start)):
            continue
        if overlaps(skip, start, m.end()):
            cut = min((s for s, _e in skip if start < s < m.end()), default=None)
            short = _NUMBER.match(t, start, cut) if cut is not None and not overlaps(skip, start, start + 1) else None
            if short is None or overlaps(skip, start, short.end()):
                continue
            m = short  # "2000.4,5": the year before a reference number read as its decimals
        lo, lo_pct = _digits_value(m)
        if m.group("hi_num") is None:
            out.append(NumberMention(lo, start, m.end(), text[start:m.end()], lo_pct))
            continue
        hi, hi_pct = _digits_value(m, "hi_")
        if (m.group("hi_zhmult") or m.group("hi_enmult")) and not (m.group("zhmult") or m.group("enmult")):
            scale = hi / float(m.group("hi_num").replace(",", "").replace(" ", ""))
            if lo * scale <= hi:
                lo *= scale  # 18～20万, 2 to 3 million
        if lo > hi and _short_year_range(t, m):
            hi += lo - lo % 100  # 2010–11: the second year written by its last two digits
        if lo <= hi:
            out.append(NumberMention((lo, hi), start, m.end(), text[start:m.end()], lo_pct or hi_pct))
            continue
        # not a range ("2023-10"): two separate numbers
        first_end = m.start("sep")
        out.append(NumberMention(lo, start, first_end, text[start:first_end], lo_pct))
        rest = _NUMBER.match(t, m.start("hi_num"))
        if rest:
            out.extend(_digit_mentions_at(t, text, rest))
    return out


_ZH_FIGURE_REPEAT = LazyPattern(r"图\s*\d+[A-Za-z]?[\s\u200b]*[（(][\s\u200b]*(?:[Ff]igs?|Tab|No)\.$")


def _figure_repeat(t: str, start: int) -> bool:
    """Digits glued to a Latin figure reference that repeats the Chinese one before it: the 2 of 图 2 (Fig.2), a
    copy of the original's reference (a Latin "Fig.2" alone is read)."""
    return t[start - 1:start] == "." and _ZH_FIGURE_REPEAT.search(t, max(0, start - 24), start) is not None


_ISO_DAY = LazyPattern(r"[-/]\d")
_YEAR_AFTER = LazyPattern(r"\s*(?:年|season|academic|fiscal|financial)")


def _short_year_range(t: str, m: re.Match[str]) -> bool:
    """A range of years whose second year keeps only its last two digits, larger than the first's: 2010–11 =
    2010-2011, 1998 to 99. A hyphen before a month number (2010-11, November 2010 in ISO form) is left two numbers;
    so is a full ISO date (2010-11-05); 2010-11年 and "the 2019-20 season" are years."""
    lo, hi = m.group("num"), m.group("hi_num")
    if not (len(lo) == 4 and lo.isdigit() and 1800 <= int(lo) <= 2200 and len(hi) == 2 and hi.isdigit()):
        return False
    if any(m.group(g) for g in ("zhmult", "enmult", "pct", "hi_zhmult", "hi_enmult", "hi_pct")):
        return False
    if not int(lo) % 100 < int(hi) or _ISO_DAY.match(t, m.end()):
        return False
    return m.group("sep").strip() != "-" or int(hi) > 12 or _YEAR_AFTER.match(t, m.end()) is not None


_WORD_TO_DIGITS = re.compile(
    r"(?<![A-Za-z\-])(one|" + "|".join(EN_UNITS[1:]) + r")(?:\s+(?:to|through)\s+|\s*[-\u2013]\s*)$", re.IGNORECASE)
"""A number word and "to" right before digits: "one to 14 days" = 1-14天 (a range begun in words, ended in digits)."""


def _word_digit_ranges(t: str, text: str, found: list[NumberMention]) -> list[NumberMention]:
    """English digit mentions with a smaller number word and "to" before them read as one range in digits: "one to
    14 days" is the range 1-14, not a 14 alone beside a word that may be "a" (the word itself is never read)."""
    out: list[NumberMention] = []
    for n in found:
        w = None if isinstance(n.value, tuple) else _WORD_TO_DIGITS.search(t, max(0, n.start - 16), n.start)
        if w is not None and not isinstance(n.value, tuple):
            lo = float(EN_WORDS[fold_word(w.group(1))]) if fold_word(w.group(1)) != "one" else 1.0
            if lo < n.value:
                n = NumberMention((lo, n.value), w.start(), n.end, text[w.start():n.end], n.percent)
        out.append(n)
    return out


def _digit_mentions_at(t: str, text: str, m: re.Match[str]) -> list[NumberMention]:
    value, pct = _digits_value(m)
    end = (m.end("pct") if m.group("pct") else m.end("enmult") if m.group("enmult")
           else m.end("zhmult") if m.group("zhmult") else m.end("num"))
    return [NumberMention(value, m.start(), end, text[m.start():end], pct)]


def extract_numbers(text: str, lang: str, *, cache: bool = True) -> list[NumberMention]:
    """Numbers of `text` in language `lang` ("zh" or "en"), in text order.

    Cached: the aligner and several checks read the same sentences. `cache=False` reads the text (and its
    citations) without the caches, nor adding it there: a document of more sentences than they hold
    (`CACHE_SIZE`) would evict its first sentences before anything reads them again.
    """
    return list(_extract_numbers_cached(text, lang)) if cache else _extract_numbers(text, lang, cache=False)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _extract_numbers_cached(text: str, lang: str) -> tuple[NumberMention, ...]:
    return tuple(_extract_numbers(text, lang))


_DOTTED_MONTHS = re.compile(r"(?<![\d.])((?:19|20)\d\d)\.(0?[1-9]|1[0-2])(?:\s*(?:-|–|—|\\?~|〜|至|到)\s*|\s+to\s+)"
                            r"((?:19|20)\d\d)\.(0?[1-9]|1[0-2])(?!\d|\.\d)"
                            r"(?!\s*(?:%|[kmμµcn]?[gmlL]\b|万|亿|千|元|美元))")
"""A range of two dotted year.month dates, "2012.1~2015.10" (2012年1月~2015年10月): a year and a month of 1 to 12
on each side of a range mark, never two decimals (2012.1 to 2015.1); not before a unit ("2012.5-2015.6 mg")."""


def _dotted_months(t: str, text: str, skip: list[tuple[int, int]]) -> list[NumberMention]:
    """The years and months of dotted year.month ranges (`_DOTTED_MONTHS`), each a number of its own as the Chinese
    2012年1月 gives 2012 and 1; their span joins `skip`."""
    out: list[NumberMention] = []
    for m in _DOTTED_MONTHS.finditer(t):
        if overlaps(skip, m.start(), m.end()):
            continue
        out += [NumberMention(float(m.group(g)), m.start(g), m.end(g), text[m.start(g):m.end(g)]) for g in (1, 2, 3, 4)]
        skip.append((m.start(), m.end()))
    return out


_GLUED_COUNT = re.compile(r"(?<=[a-z]{2}\.)(?<!al\.)(\d{1,6})(?= [a-z]{2,})")
"""Digits glued to a word's period and followed by a lower-case word: "plants.25 new compounds", a sentence that
starts with a count after a space lost in extraction (a flattened citation is followed by a capital, and "et al.25"
by the cited finding)."""


def _glued_counts(t: str, text: str, taken: list[tuple[int, int]]) -> list[NumberMention]:
    """Counts that start a sentence glued to the previous one (`_GLUED_COUNT`), in English text with capitals (in
    lower-cased text the digits may be a citation before the next sentence)."""
    if not any(c.isupper() for c in t):
        return []
    return [NumberMention(float(m.group(1)), m.start(1), m.end(1), text[m.start(1):m.end(1)])
            for m in _GLUED_COUNT.finditer(t) if not overlaps(taken, m.start(1), m.end(1))]


def _extract_numbers(text: str, lang: str, cache: bool = True) -> list[NumberMention]:
    """Numbers of `text` in language `lang` ("zh" or "en"), in text order; see the module doc."""
    t = _half_width(text)
    digits = ANY_DIGIT.search(text) is not None  # without one: no digit mention, list number or special form
    skip = citation_spans(text, lang, cache=cache) + (list_spans(t) if digits else [])
    if digits and "$" in t:
        skip += [(m.start(), m.end()) for m in _TEMPLATE.finditer(t)]
    found = zh_fractions(t, text, skip) if lang == "zh" and "分之" in t else []
    if digits and ("0x" in t or "0X" in t):
        found += _hex_mentions(t, text, skip)  # 0x1000: one value, not the 0 of `0` and the name x1000
    if digits or lang == "zh" and "世纪" in t or lang == "en" and "ecade" in t:  # 二十世纪九十年代, "three decades"
        found += _special_mentions(t, text, lang, skip)
    if digits and "." in t:
        found += _dotted_months(t, text, skip)
    if digits:
        found += _digit_mentions(t, text, skip, lang)
        if lang == "en" and "." in t:
            found += _glued_counts(t, text, skip + [(n.start, n.end) for n in found])
        if lang == "en" and (" to " in t or "-" in t or "\u2013" in t):
            found = _word_digit_ranges(t, text, found)
    if lang == "zh" and "半" in t:
        found = [and_a_half(t, text, n) for n in found]
    if "‰" in t:  # 1-2‰ = "1 to 2 per 1,000": the per mille sign names the thousand, as evidence (a word form)
        found += [NumberMention(1000.0, k, k + 1, "‰", False, "words") for k, c in enumerate(t) if c == "‰"]
    taken = skip + [(n.start, n.end) for n in found]
    if lang == "zh":
        found += zh_word_mentions(t, text, taken)
    else:
        found += en_word_mentions(t, text, taken)
    found.sort(key=lambda n: n.start)
    if lang == "en" and found and ("half" in t or "Half" in t):
        found = en_and_a_half(t, text, found)
    return found
