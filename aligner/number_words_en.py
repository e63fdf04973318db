"""English numbers written as words: number words (two, forty-one, one hundred and five, twice, a dozen), fractions
(two thirds), multiples (threefold, tripled), ranges of words (one to three), every two or three years (biennial),
magnitudes (a million, per thousand), months (November, May next to a date, Nov 2020) and "and a half".

`en_word_mentions` reads them (the English half of `numbers.extract_numbers`); `numberless_en` says, for many texts at
once, which hold no number at all, so the aligner skips reading them.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from typing import Any

from zhen_qa.aligner.number_mention import ANY_DIGIT, NumberMention, overlaps
from zhen_qa.manuscript.lazy_re import LazyPattern

EN_MAGNITUDES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
"""English magnitude words: after a number ("2 million") they multiply it; after "per" they are the number."""
EN_WORDS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "twice": 2, "thrice": 3, "dozen": 12,
}
_EN_DENOM = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
             "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
_EN_NUMERATOR = {"one": 1, "two": 2, "three": 3, "four": 4, "a": 1}
_EN_FRACTION = LazyPattern(
    r"(?<![A-Za-z\-])(one|two|three|four|a)[\s\-]+(halves|half|thirds?|quarters?|fourths?|fifths?|tenths?)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_EN_MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4, "twofold": 2, "threefold": 3, "fourfold": 4,
                "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10,
                "twentyfold": 20, "thirtyfold": 30, "fortyfold": 40, "fiftyfold": 50, "hundredfold": 100}
_EN_MULTIPLE_WORD = LazyPattern(
    r"(?<![A-Za-z\-])(double|triple|quadruple|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty"
    r"|fifty|hundred)-?fold)"
    r"(?:[ds]|ing)?(?![A-Za-z\-])(?!\s+(?:blind|negative|stranded|check))",
    re.IGNORECASE,
)
"""3倍 in English: threefold, three-fold, tripled, a triple dose (not double-blind, triple-negative)."""
_EN_WORD = LazyPattern(
    r"(?<![A-Za-z])(" + "|".join(sorted(EN_WORDS, key=len, reverse=True))
    + r")(?:(-|[ \t]+)(one|two|three|four|five|six|seven|eight|nine))?"
    r"(?:(?![A-Za-z])|(?=(?:month|year|week|day|hour|minute)s?(?![A-Za-z])))",
    re.IGNORECASE,
)
"""A number word, also glued to a unit of time ("a short (sixmonth) duration": six-month with its hyphen lost)."""
EN_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_EN_HUNDREDS = LazyPattern(
    r"(?<![A-Za-z\-])(" + "|".join(_TEENS + EN_UNITS) + r"|a)\s+hundred(?:\s+and)?(?:\s+("
    + "|".join(sorted((w for w in EN_WORDS if w not in ("hundred", "twice", "thrice", "dozen")),
                      key=len, reverse=True))
    + r"|one)(?:(?:-|[ \t]+)(" + "|".join(EN_UNITS) + r"))?)?(?![A-Za-z\-])",
    re.IGNORECASE,
)
"""One hundred and thirty-one (or "thirty one"), two hundred, a hundred and five: a number word above one hundred;
also a year or count said in hundreds ("Nineteen hundred seventy-nine patients" = 1979例)."""
_RANGE_ENDS = "|".join(sorted(EN_UNITS[1:] + ("ten",) + _TEENS + ("twenty",), key=len, reverse=True))
"""The number words that end a range of words (two to twenty; "one" only begins one)."""
_EN_WORD_RANGE = LazyPattern(
    r"(?<![A-Za-z\-])(between\s+)?(one|" + _RANGE_ENDS
    + r")(?(1)\s+and\s+|(?:\s+(?:to|or|through)\s+|\s*[-\u2013]\s*))(" + _RANGE_ENDS + r")(?![A-Za-z\-])",
    re.IGNORECASE,
)
"""A range or an either-or of number words: "one to three nodes" = 1-3个, "one or two lives" = 1-2条, "between one and
eleven mutations" = 1到11个突变 ("and" joins the two ends only after "between")."""
_EN_EVERY = LazyPattern(r"(?<![A-Za-z])(bi|tri)ennial(?:ly)?(?![A-Za-z])", re.IGNORECASE)
"""Every two or three years: "biennial screening" = 每2年筛查."""
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_EN_MONTH = LazyPattern(r"(?<![A-Za-z])(" + "|".join(m for m in _MONTHS if m != "may") + r")(?![A-Za-z])",
                        re.IGNORECASE)
_EN_MAY = LazyPattern(r"(?<![A-Za-z])May(?![A-Za-z])")
_EN_MAY_BEFORE = LazyPattern(r"(?:\d|(?<![A-Za-z])(?:in|of|to|from|since|until|through|during|early|late))\s+$|mid-$")
_EN_MAY_AFTER = LazyPattern(r",?\s+\d|\s*(?:[/\-\u2013]|\s(?:and|or|to)\s)\s*(?:" + "|".join(_MONTHS[5:]) + r")\b",
                            re.IGNORECASE)
_EN_MAY_BEFORE_MONTH = LazyPattern(r"\b(?:" + "|".join(_MONTHS[:4]) + r")\s*(?:[/\-\u2013]|\s(?:and|or|to)\s)\s*$",
                                   re.IGNORECASE)
"""The month May, told from the verb by its capital and a date, a time word or another month next to it: May 2014,
5 May, in May, the May/June series, April or May."""
_ABBREVIATED = ("Jan", "Feb", "Mar", "Apr", None, "Jun", "Jul", "Aug", "Sept|Sep", "Oct", "Nov", "Dec")
_EN_MONTH_ABBR = LazyPattern(r"(?<![A-Za-z])(" + "|".join(a for a in _ABBREVIATED if a) + r")\.?(?![A-Za-z])")
_MONTH_WORD = r"(?:" + "|".join([*_MONTHS, *(a for a in _ABBREVIATED if a)]) + r")"
_EN_ABBR_AFTER = LazyPattern(r"\.?(?:,?\s+\d|\s*[/\-\u2013]\s*" + _MONTH_WORD + r"\b)", re.IGNORECASE)
_EN_ABBR_BEFORE = LazyPattern(r"(?:\d|(?<![A-Za-z])(?:in|of|to|from|since|until|through|during|by|early|late|mid)"
                              r")[\s\-]+$|" + _MONTH_WORD + r"\.?\s*[/\-\u2013]\s*$", re.IGNORECASE)
"""An abbreviated month, told from a name (Jan) or a word (Mar) by its capital and a date, a time word or another
month next to it: Nov 2020, 5 Dec, mid-Nov, late-Nov, Nov-Jan, in Jul. Its value is the month's number."""
_EN_PERCENT_AFTER = LazyPattern(r"\s+(?:percent|per\s+cent)\b", re.IGNORECASE)
_EN_FRACTION_NEEDLES = ("half", "halv", "third", "quarter", "fourth", "fifth", "tenth")
_EN_MULTIPLE_NEEDLES = ("double", "triple", "quadruple", "fold")
_EN_MONTH_NEEDLES = tuple(m for m in _MONTHS if m != "may")
_EN_WORD_NEEDLES = tuple(EN_WORDS)
"""Words one of which every match of _EN_FRACTION, _EN_MULTIPLE_WORD, _EN_MONTH, _EN_WORD contains (lower-cased)."""


def fold_word(word: str) -> str:
    """The ASCII spelling of a number word matched case-insensitively: Python's `re` also lets ſ stand for s,
    the Kelvin sign for k, and İ and ı for i, which lower() keeps (a lookup of "ſeven" failed)."""
    return word.casefold().replace("i\u0307", "i").replace("\u0131", "i")


_EN_PER_MAGNITUDE = LazyPattern(r"(?<![A-Za-z])per\s+(thousand|million|billion)(?![A-Za-z])", re.IGNORECASE)
"""A rate per a magnitude written as a word: "1 case per million persons" = 每100万人中1例."""
_EN_MAGNITUDE_NEEDLES = ("thousand", "million", "billion")
_EN_ONE_MAGNITUDE = LazyPattern(r"(?<![A-Za-z])(half\s+a|a|one)\s+(thousand|million|billion)(?![A-Za-z-])",
                                re.IGNORECASE)
"""A magnitude word counted by an article or a half: "a million people" = 100万人, "half a million" = 50万."""


@functools.lru_cache(maxsize=1)
def _needle_automaton() -> Any:
    """Aho-Corasick automaton over every word of _EN_*_NEEDLES (one pass over a sentence finds them all)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for needles in (_EN_FRACTION_NEEDLES, _EN_MULTIPLE_NEEDLES, ("hundred",), _EN_MONTH_NEEDLES, _EN_WORD_NEEDLES,
                    _EN_MAGNITUDE_NEEDLES, ("ennial",)):
        for w in needles:
            automaton.add_word(w, w)
    automaton.make_automaton()
    return automaton


_EN_ABBR_HINT = LazyPattern(r"[JFMASOND][aepuco][nbrylgptvc]")
"""The letters every abbreviated month (`_EN_MONTH_ABBR`) starts with: a text without them has none."""


def numberless_en(texts: Sequence[str]) -> list[bool]:
    """For each English text, True where `extract_numbers(text, "en")` is sure to find nothing; False where it
    may find something. These are the gates of every path of `_extract_numbers` on English: a number needs a
    digit, or a word `en_word_mentions` looks for (`_needles_in`), or an abbreviated month (`_EN_MONTH_ABBR`), or
    "May"; the per mille sign and full-width forms are not ASCII, and a text that is not ASCII
    is always False (read whole). The ASCII texts are searched joined by newlines, which no gate's match holds:
    one search of each kind for all of them (Bible 006's 30,000 English sentences: 0.03 s, reading each 0.35 s)."""
    out = [False] * len(texts)
    plain = [k for k, t in enumerate(texts) if t.isascii() and "\n" not in t]
    if not plain:
        return out
    joined = "\n".join(texts[k] for k in plain)
    hits = [m.start() for m in ANY_DIGIT.finditer(joined)] if any(d in joined for d in "0123456789") else []
    hits += [end for end, _ in _needle_automaton().iter(joined.lower())]  # ASCII: lower() keeps every offset
    # an abbreviated month starts with a hint's three letters after a non-letter (a newline is none), so a hint
    # overlapping an earlier one never hides it; each hint is tried where it starts
    hits += [m.start() for m in _EN_ABBR_HINT.finditer(joined) if _EN_MONTH_ABBR.match(joined, m.start())]
    at = joined.find("May")
    while at >= 0:
        hits.append(at)
        at = joined.find("May", at + 1)
    firsts = [0] * len(plain)
    for k in range(1, len(plain)):
        firsts[k] = firsts[k - 1] + len(texts[plain[k - 1]]) + 1
    some = set(bisect.bisect_right(firsts, h) - 1 for h in hits)
    for k, text_at in enumerate(plain):
        out[text_at] = k not in some
    return out


def _needles_in(low: str) -> set[str] | None:
    """The needle words that occur in `low` (overlapping occurrences included: the same as `w in low` for each);
    None would mean that any may occur."""
    return {w for _, w in _needle_automaton().iter(low)}


_EN_MAGNITUDE_AFTER = LazyPattern(r"\s+(" + "|".join(EN_MAGNITUDES) + r")(?![A-Za-z])", re.I)
"""A magnitude word (`EN_MAGNITUDES`) after a number word."""


_EN_DOZEN_AFTER = LazyPattern(r"\s+dozen(?![A-Za-z])", re.I)


def _times_magnitude(t: str, value: float, end: int) -> tuple[float, int]:
    """A number word multiplied by the magnitude word after it ("ten million" = 1,000万, "five hundred thousand",
    "two dozen" = 24)."""
    m = _EN_MAGNITUDE_AFTER.match(t, end)
    if m:
        return value * EN_MAGNITUDES[m.group(1).lower()], m.end()
    m = _EN_DOZEN_AFTER.match(t, end)
    return (value * 12, m.end()) if m else (value, end)


Skips = list[tuple[int, int]]
"""Spans already read as a number (`number_mention.overlaps`): a later pattern family reads nothing inside them."""
May = Callable[[tuple[str, ...]], bool]
"""Whether a pattern whose words are these needles may match the text (`en_word_mentions`)."""


def _words(text: str, start: int, end: int, value: float | tuple[float, float], percent: bool = False) -> NumberMention:
    """The number mention text[start:end], written in words."""
    return NumberMention(value, start, end, text[start:end], percent, "words")


def _quantity_words(t: str, text: str, skip: Skips, may: May) -> list[NumberMention]:
    """Magnitudes (a million, half a billion), fractions (two thirds), ranges of words (one to three), every two or
    three years (biennial), multiples (threefold, double) and "per thousand", in that order."""
    out: list[NumberMention] = []
    for m in _EN_ONE_MAGNITUDE.finditer(t) if may(_EN_MAGNITUDE_NEEDLES) else ():
        value = (0.5 if m.group(1).lower().startswith("half") else 1.0) * EN_MAGNITUDES[m.group(2).lower()]
        out.append(_words(text, m.start(), m.end(), value))
        skip.append((m.start(), m.end()))
    for m in _EN_FRACTION.finditer(t) if may(_EN_FRACTION_NEEDLES) else ():
        if overlaps(skip, m.start(), m.end()):
            continue
        value = _EN_NUMERATOR[fold_word(m.group(1))] / _EN_DENOM[fold_word(m.group(2))]
        out.append(_words(text, m.start(), m.end(), value))
        skip.append((m.start(), m.end()))
    for m in _EN_WORD_RANGE.finditer(t) if may(_EN_WORD_NEEDLES) else ():
        lo, hi = (1.0 if fold_word(g) == "one" else float(EN_WORDS[fold_word(g)]) for g in m.groups()[1:])
        start = m.start(2)
        if lo < hi and not overlaps(skip, start, m.end()):
            out.append(_words(text, start, m.end(), (lo, hi)))
            skip.append((start, m.end()))
    for m in _EN_EVERY.finditer(t) if may(("ennial",)) else ():
        value = 2.0 if m.group(1).lower() == "bi" else 3.0
        out.append(_words(text, m.start(), m.end(), value))
        skip.append((m.start(), m.end()))
    for m in _EN_MULTIPLE_WORD.finditer(t) if may(_EN_MULTIPLE_NEEDLES) else ():
        if overlaps(skip, m.start(), m.end()):
            continue
        value = float(_EN_MULTIPLE[fold_word(m.group(1)).replace("-", "")])
        out.append(_words(text, m.start(), m.end(), value))
        skip.append((m.start(), m.end()))
    for m in _EN_PER_MAGNITUDE.finditer(t) if may(_EN_MAGNITUDE_NEEDLES) else ():
        if overlaps(skip, m.start(1), m.end()):
            continue
        value = EN_MAGNITUDES[m.group(1).lower()]
        out.append(_words(text, m.start(1), m.end(), value))
        skip.append((m.start(1), m.end()))
    return out


def _hundreds(t: str, text: str, skip: Skips, may: May) -> list[NumberMention]:
    """Hundreds in words ("one hundred and five", "five hundred thousand")."""
    out: list[NumberMention] = []
    for m in _EN_HUNDREDS.finditer(t) if may(("hundred",)) else ():
        if overlaps(skip, m.start(), m.end()):
            continue
        head = fold_word(m.group(1))
        value = 100.0 * (1 if head in ("a", "one") else EN_WORDS[head])
        if m.group(2):
            second = fold_word(m.group(2))
            tens = 1 if second == "one" else EN_WORDS[second]
            unit = EN_WORDS.get(fold_word(m.group(3)), 1) if m.group(3) and tens >= 20 and not tens % 10 else 0
            value += tens + unit
        value, end = _times_magnitude(t, value, m.end())
        out.append(_words(text, m.start(), end, value))
        skip.append((m.start(), end))
    return out


def _months(t: str, text: str, may: May) -> list[NumberMention]:
    """Months as their numbers: a full name ("november 2011" = 2011年11月), an abbreviation next to a date (11月 =
    mid-Nov) and May next to a date (2014年5月 = May 2014). They mark no span skipped."""
    out: list[NumberMention] = []
    for m in _EN_MONTH.finditer(t) if may(_EN_MONTH_NEEDLES) else ():
        out.append(_words(text, m.start(), m.end(), float(_MONTHS.index(fold_word(m.group(1))) + 1)))
    for m in _EN_MONTH_ABBR.finditer(t) if _EN_ABBR_HINT.search(t) else ():
        if not (_EN_ABBR_AFTER.match(t, m.end()) or _EN_ABBR_BEFORE.search(t, max(0, m.start() - 12), m.start())):
            continue
        word = m.group(1)
        value = float(next(i for i, a in enumerate(_ABBREVIATED) if a and word in a.split("|")) + 1)
        out.append(_words(text, m.start(), m.end(), value))
    for m in _EN_MAY.finditer(t) if "May" in t else ():
        if not (_EN_MAY_AFTER.match(t, m.end()) or _EN_MAY_BEFORE.search(t, max(0, m.start() - 12), m.start())
                or _EN_MAY_BEFORE_MONTH.search(t, max(0, m.start() - 16), m.start())):
            continue
        out.append(_words(text, m.start(), m.end(), 5.0))
    return out


def _number_words(t: str, text: str, skip: Skips, may: May) -> list[NumberMention]:
    """Plain number words (two, forty-one, "Forty one"), times a magnitude word after them, with "percent"."""
    out: list[NumberMention] = []
    for m in _EN_WORD.finditer(t) if may(_EN_WORD_NEEDLES) else ():
        if overlaps(skip, m.start(), m.end()):
            continue
        value = float(EN_WORDS[fold_word(m.group(1))])
        end = m.end()
        if m.group(3):
            if value >= 20 and not value % 10:
                value += EN_WORDS.get(fold_word(m.group(3)), 1)  # forty-one, "Forty one"
            elif m.group(2) == "-":
                continue
            else:
                end = m.end(1)  # "two one-year cohorts": the first word only
        value, end = _times_magnitude(t, value, end)
        skip.append((m.start(), end))  # "two dozen": the dozen is not a number of its own
        pct = _EN_PERCENT_AFTER.match(t, end)
        if pct:
            end = pct.end()
        out.append(_words(text, m.start(), end, value, bool(pct)))
    return out


def en_word_mentions(t: str, text: str, skip: Skips) -> list[NumberMention]:
    """The numbers the English text `t` (`text` as written, same length) writes in words, by pattern family in a
    fixed order: a span read by one family (`skip`, extended here) is read by no later one."""
    # In ASCII text a case-insensitive match contains one of its pattern's words in the lower-cased text, so a
    # pattern none of whose words occurs is not run (most sentences have no number word; the patterns are slow).
    present = _needles_in(t.lower()) if t.isascii() else None

    def may(needles: tuple[str, ...]) -> bool:
        return present is None or not present.isdisjoint(needles)

    return [*_quantity_words(t, text, skip, may), *_hundreds(t, text, skip, may), *_months(t, text, may),
            *_number_words(t, text, skip, may)]


_EN_HALF = LazyPattern(r"\s+and\s+a\s+half(?![A-Za-z])", re.IGNORECASE)


def en_and_a_half(t: str, text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Numbers with "and a half" after them read as one value ("nine and a half years" = 9.5 = 9年半)."""
    out: list[NumberMention] = []
    end = -1
    for n in found:
        if n.start < end:
            continue  # the "a half" of a number before it
        m = _EN_HALF.match(t, n.end) if not isinstance(n.value, tuple) and not n.percent else None
        if m is not None and not isinstance(n.value, tuple):
            n = NumberMention(n.value + 0.5, n.start, m.end(), text[n.start:m.end()], False, n.written)
            end = m.end()
        out.append(n)
    return out
