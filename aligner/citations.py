"""Citation markers in running text: superscripts, ^{...}, [n], trailing reference numbers, author-year.

Every marker becomes a `CitationMention` whose `keys` are comparable across languages:
numeric references give their numbers as strings (ranges expanded, "[3-5]" -> "3", "4", "5"),
author-year references give "surname year" in lower case ("smith 2020").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN
from zhen_qa.manuscript.segment import FLAT_REFERENCE_NUMBERS as _FLAT

__all__ = ["AMBIGUOUS_KINDS", "CitationMention", "citation_spans", "extract_citations", "name_reference",
           "reference_numbers"]

MAX_RANGE = 60
"""Largest span of a numeric range that is expanded ("1-3" yes, "1990-2020" no)."""

_SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_MAP = {ord(c): str(i) for i, c in enumerate(_SUPER)}
_SUPER_MAP.update({ord("⁻"): "-", ord("˒"): ",", ord("ʼ"): ","})
_FULLWIDTH = {ord(c): c2 for c, c2 in zip("０１２３４５６７８９，－～［］（）", "0123456789,-~[]()")}

_LIST = r"\d+(?:\s*[,，;；\-–—~～]\s*\d+)*"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("superscript", re.compile(r"⁽[" + _SUPER + r"⁻˒,\s\-–]+⁾")),
    ("superscript", re.compile(r"[" + _SUPER + r"]+(?:[⁻˒,\-–][" + _SUPER + r"]+)*")),
    ("caret", re.compile(r"\^\{(" + _LIST + r")\}")),
    ("caret", re.compile(r"\^\((" + _LIST + r")\)")),
    ("caret", re.compile(r"\^\[(" + _LIST + r")\]")),
    # a bare caret, not an exponent: "mg/m^2", "cm^3", "10^6", "(n+1)^2" square a unit, a number or a bracket
    ("caret", re.compile(r"(?<!\d)(?<!\))(?<![/\s\d·*×(][cmkμun]m)(?<![/\s\d·*×(]m)(?<![/\s\d·*×(][smhgLl])"
                         r"\^(\d+(?:[,\-–]\d+)*)")),
    ("bracket", re.compile(r"\[(" + _LIST + r")\]")),
    # NEJM-style reference numbers glued to the end of an English sentence: "death.1-3", "group.9",
    # also after a stray space before the stop, as tokenised text has it: "per group) .19", and after a
    # URL's closing slash: "aidsinfo.nih.gov/.79"; not after a lone letter that opens the text or follows Han or a
    # bracket: no sentence ends there, it is a standard's name ("H.264 CRF 编码", "X.25")
    (
        "trailing",
        re.compile(r"(?:(?<=[A-Za-z\)\]%/])(?<!^[A-Za-z])(?<![" + HAN + r"(（\[][A-Za-z])|(?<=[A-Za-z\)\]%/]\s))[.,;]("
                   + _FLAT + r")(?=\s*$|\s+[A-Z(])"),
    ),
    # the same after a year, where the reference number reads as a decimal: "since 2000.4,5", "in 2012.7";
    # in lower-cased text the next sentence starts with a small letter ("after 2000.4,5 however"), but a
    # magnitude or a unit after it makes it a quantity ("2012.7 million", "2000.5 mg")
    (
        "trailing",
        re.compile(r"(?<=(?<![\d.,])(?:19|20)\d\d)\.(" + _FLAT + r")"
                   r"(?=\s*$|\s+[A-Z(]|\s+(?!(?:million|billion|thousand|trillion|percent)\b)[a-z]{4,})"),
    ),
    # superscript reference numbers flattened onto a word in mid-sentence: "radiotherapy3,17 are", "trials26,27)"
    # (in Chinese text too, before a Chinese stop: "包括利托那韦和cobicistat69。")
    ("glued", re.compile(r"(?<![A-Za-z0-9\-])[A-Za-z][a-z]{4,}(" + _FLAT + r")(?=[\s,;:.)\]。，；：）]|$)")),
    # the same on a capitalised acronym at a clause or sentence end: "use of an AED40.", "使用AED40。" (only before
    # punctuation: mid-sentence "AED40 use" may be a name); ambiguous like every glued marker, so the 40 is a
    # citation only as evidence for the other side's marker, and the name's digits are still compared
    # (`checks.number_names`)
    # (a range may be spaced as the corpus spaces hyphens: "CPR28 - 30。")
    ("glued", re.compile(r"(?<![A-Za-z0-9\-])[A-Z]{2,6}(\d{1,3}(?:(?:,|\s?[\-–]\s?)\d{1,3})*)"
                         r"(?=\s*(?:[,;:.)\]。，；：）]|$))")),
    # the same after an author's name: "Berg et al.26 observed" (never a decimal: "al." takes no digits), and its
    # Chinese rendering "Berg等26在该研究中" (a surname before 等; a classifier after the digits makes them a count:
    # "Smith等3人")
    ("glued", re.compile(r"\bet al\.(" + _FLAT + r")(?=[\s,;:)\]]|$)")),
    ("glued", re.compile(r"(?<![A-Za-z])[A-Z][a-z]{1,20}等(" + _FLAT + r")(?![\d.%])"
                         r"(?!\s*(?:种|个|例|项|组|名|类|次|位|家|篇|年|月|日|周|天|岁|倍|条|只|份|人|型|期|级|分))")),
)
_NUMBERING_WORD = re.compile(r"(?<![A-Za-z])(?:no|nos|fig|figs|vol|ref|refs|eq|eqs|ch|chap|sec|tab|art|p|pp"
                             r"|(?-i:[cgmnr]))$", re.IGNORECASE)
"""Abbreviations that take a number after their period ("No.1", "Fig.3", "Vol.12"), and the lower-case prefixes of
HGVS variant positions ("c.398 G → A", "g.92080045", "m.3243"): that number is no citation."""
_INDEXED = re.compile(r"(?<![A-Za-z0-9_])(?:[A-Za-z]|[A-Za-z_][A-Za-z0-9]*_[A-Za-z0-9_]*|[A-Za-z_][A-Za-z0-9_.]*\()$")
"""What code writes right before a bracketed number that indexes or lists (`_subscript`): a one-letter variable
(x[1]), a snake_case name (tensor_idx[2]), a call's opening bracket glued to its name (Tensor([1]))."""


def _subscript(text: str, start: int, body: str) -> bool:
    """Whether the bracketed number at `start` (its digits `body`) is code, not a citation: numbered from 0 (x[0],
    shape[0]: reference lists start at 1), glued to a name code writes (`_INDEXED`), or a second index of one (a[1][2]).
    A citation glued to a word (研究[12], BERT[3], et al.[3]) counts."""
    if re.search(r"(?<!\d)0(?!\d)", body):
        return True
    if start > 0 and text[start - 1] == "]":  # a second bracket: an index when the first one is (a[1][2]), two
        opening = text.rfind("[", 0, start - 1)  # adjacent citations when it is one ([1][2])
        return opening >= 0 and _subscript(text, opening, text[opening + 1:start - 1])
    return _INDEXED.search(text, max(0, start - 40), start) is not None


_N_SUPERSCRIPT = 2
"""The first patterns, superscripts, are the only ones that need no decimal digit."""
_ANY_DIGIT = re.compile(r"\d")
_SUPER_DIGIT = re.compile("[" + _SUPER + "]")
"""Without a match of either, a text has no citation marker."""
AMBIGUOUS_KINDS = frozenset({"glued"})
"""Marker kinds that may also be part of a name (covid19, caspase3): evidence for the other side, never reported."""
# Chinese sentence-final reference numbers: "结局1 - 3。", "疗法4。", "设计12。" (not after 为/是/约/分之/合计 ...,
# which take values) and clause-final ones before a semicolon or full stop in mid-sentence: "化疗方案11 - 13；而",
# "《分期系统》15；", or after a percentage or a decimal and a space (two numbers never stand side by side):
# "升至45.8% 10。", "系数为0.9 24。"
_ZH_TRAILING = re.compile(
    r"(?:(?<=[" + HAN + r"）)》」』”])(?<![为是约共达至到于和与及第或、之])(?<![合共总累估预]计)"
    r"|(?<=[%％]\s)|(?<=\.\d\s)|(?<=\.\d\d\s))"
    r"(\d{1,3}(?:\s*[,，\-–]\s*\d{1,3})*)(?=\s*(?:[。；;]|$))"
)
_EN_AFTER_BRACKET = re.compile(r"(?<=[)\]]) (" + _FLAT + r")(?=\s*$|[.;]?\s+[A-Z(]|;\s)")
"""English reference numbers flattened after a closing bracket and a space, at a clause or sentence end: "function
score (range, 0 to 68) 11-14; the", "(… at NEJM.org.) 12,13" (a number there before a capital, a semicolon or the end
is no quantity: a quantity has its noun or unit after it)."""
_SURNAME = r"[A-Z][A-Za-z'\-]+"
_AUTHOR_YEAR = (
    LazyPattern(
        r"(" + _SURNAME + r")(?:\s+et\s+al\.?|\s+(?:and|&)\s+" + _SURNAME + r")?,?\s+((?:19|20)\d\d)[a-z]?"
    ),
    re.compile(
        r"(" + _SURNAME + r")(?:\s+et\s+al\.?|\s+(?:and|&)\s+" + _SURNAME + r"|\s*等人?|\s*和\s*" + _SURNAME + r")?"
        r"\s*[(（]((?:19|20)\d\d)[a-z]?[)）]"
    ),
)
_PAREN = re.compile(r"[(（]([^()（）]{4,200})[)）]")


@dataclass(frozen=True)
class CitationMention:
    """One citation marker: `text[start:end]`, its comparable `keys` and its `kind`.

    kind is one of superscript, caret, bracket, trailing (reference numbers after the sentence's
    last word or before a Chinese clause end), glued (digits flattened onto an English word, ambiguous
    with names such as covid19: see `AMBIGUOUS_KINDS`) or author-year.
    """

    keys: tuple[str, ...]
    start: int
    end: int
    text: str
    kind: str


def _numbers(body: str) -> tuple[str, ...]:
    """Reference numbers of a marker body such as "7,8", "3-5", "1 - 3"; ranges expanded."""
    body = body.translate(_SUPER_MAP).translate(_FULLWIDTH)
    out: list[str] = []
    for part in re.split(r"\s*[,，;；]\s*", body):
        m = re.fullmatch(r"\s*(\d+)\s*(?:[\-–—~～]\s*(\d+))?\s*", part)
        if not m:
            continue
        lo = int(m.group(1))
        hi = int(m.group(2)) if m.group(2) else lo
        if lo <= hi <= lo + MAX_RANGE:
            out.extend(str(n) for n in range(lo, hi + 1))
        else:
            out.extend([str(lo), str(hi)] if m.group(2) else [str(lo)])
    return tuple(out)


def reference_numbers(body: str) -> tuple[str, ...]:
    """Reference numbers of a flattened citation's digits ("59,60", "28-30"), ranges expanded; () if none."""
    return _numbers(body)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


CACHE_SIZE = 65536
"""Texts whose citations (and numbers, `aligner.numbers`) are cached."""


def extract_citations(text: str, lang: str, *, cache: bool = True) -> list[CitationMention]:
    """Citation markers of `text` in language `lang`, in text order.

    Cached: the aligner and several checks read the same sentences. `cache=False` reads the text without the
    cache (nor adding it there).
    """
    return list(_extract_citations_cached(text, lang)) if cache else _extract_citations(text, lang)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _extract_citations_cached(text: str, lang: str) -> tuple[CitationMention, ...]:
    return tuple(_extract_citations(text, lang))


def _extract_citations(text: str, lang: str) -> list[CitationMention]:
    """Citation markers of `text` (a sentence or block in language `lang`), in text order."""
    found: list[CitationMention] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, keys: tuple[str, ...], start: int, end: int) -> None:
        if keys and not _overlaps(taken, start, end):
            taken.append((start, end))
            found.append(CitationMention(keys, start, end, text[start:end], kind))

    digits = _ANY_DIGIT.search(text) is not None
    if not digits and _SUPER_DIGIT.search(text) is None:
        return found  # every marker needs a digit or a superscript digit
    t = text.translate(_FULLWIDTH)
    for kind, pattern in _PATTERNS if digits else _PATTERNS[:_N_SUPERSCRIPT]:
        for m in pattern.finditer(t):
            if kind == "bracket" and _subscript(t, m.start(), m.group(1)):
                continue  # x[0], shape[0], Tensor([1]): code's indexing or list literal, not a reference
            if kind == "trailing" and t[m.start()] == "." and \
                    _NUMBERING_WORD.search(t, max(0, m.start() - 6), m.start()):
                continue  # "No.1 People's Hospital", "Fig.3": the abbreviation's number, not a reference
            body = m.group(1) if m.groups() else m.group(0).strip("⁽⁾")
            start = m.start(1) if kind in ("trailing", "glued") else m.start()
            add(kind, _numbers(body), start, m.end())
    if not digits:  # the rest (trailing numbers, author-year) needs a digit
        found.sort(key=lambda c: c.start)
        return found
    if lang == "zh":
        for m in _ZH_TRAILING.finditer(t):
            add("trailing", _numbers(m.group(1)), m.start(1), m.end(1))
    elif ")" in t or "]" in t:
        for m in _EN_AFTER_BRACKET.finditer(t):
            add("trailing", _numbers(m.group(1)), m.start(1), m.end(1))
    for m in _PAREN.finditer(text):
        keys = []
        for part in re.split(r"[;；]", m.group(1)):
            a = _AUTHOR_YEAR[0].fullmatch(part.strip())
            if a:
                keys.append(f"{a.group(1).lower()} {a.group(2)}")
        add("author-year", tuple(keys), m.start(), m.end())
    for m in _AUTHOR_YEAR[1].finditer(text):
        if not _inside_a_name(text, m.start()):
            add("author-year", (f"{m.group(1).lower()} {m.group(2)}",), m.start(), m.end())
    found.sort(key=lambda c: c.start)
    return found


_WORD_BEFORE = LazyPattern(r"([A-Za-z]+)\s+$")
_LEADING_WORDS = frozenset({"as", "in", "by", "from", "according", "see", "cf", "after", "following", "like", "unlike",
                            "and", "but", "while", "whereas", "however", "thus", "also", "recently", "previously"})
"""Words that may stand right before an author's name ("as Smith (2020) showed", "In Smith (2020)")."""


def _inside_a_name(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` ends a longer name with a year in brackets: after "the" or another
    capitalised word ("the Great East Japan Earthquake (2011)", "the Census (2010)") it names an event, a law or
    a survey, not an author ("Smith (2020)", "as Smith (2020) showed")."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group(1)
    return word.lower() == "the" or word[0].isupper() and word.lower() not in _LEADING_WORDS


def citation_spans(text: str, lang: str, *, cache: bool = True) -> list[tuple[int, int]]:
    """(start, end) offsets of the citation markers of `text` (`cache`: as for `extract_citations`)."""
    return [(c.start, c.end) for c in extract_citations(text, lang, cache=cache)]


def name_reference(name: str, names: set[str], cites: set[str]) -> str | None:
    """The reference number flattened onto a name that ends in a digit ("B131" = the name B1 and reference 31, where
    the other side writes B1 with a citation 31): the tail of `name`'s final digits when its head is one of `names`
    (spelled as `name` is) and the tail one of `cites` (reference keys); else None."""
    digits = len(name) - len(name.rstrip("0123456789"))
    for k in range(len(name) - digits + 1, len(name)):
        head, tail = name[:k], name[k:]
        if tail[0] != "0" and head in names and tail in cites:
            return tail
    return None
