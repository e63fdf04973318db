"""The numbers of each side of an aligned bead, and which of them the other side lacks (for `checks.numbers`)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from zhen_qa.aligner.citations import extract_citations
from zhen_qa.aligner.list_markers import section_labels
from zhen_qa.aligner.numbers import HEX_LITERAL, NumberMention, extract_numbers, number_key
from zhen_qa.checks.number_fractions import fraction_parts, percentages, rates
from zhen_qa.checks.number_units import UNIT_WORDS, other_units
from zhen_qa.checks.number_words import counted, increased_by, word_evidence
from zhen_qa.checks.placeholders import placeholders
from zhen_qa.checks.presence_code import code_spans
from zhen_qa.manuscript.document import Role, Sentence
from zhen_qa.manuscript.i18n_json import JSON_SUFFIXES
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN, HAN_RUN_RE

Mention = tuple[Sentence, NumberMention]



@dataclass
class Side:
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
    labels: dict[str, set[str]] = field(default_factory=dict)
    """A program string's line-start labels ("1.2", "5") -> the keys they may be written as on the other side: names
    there only when the other side does not write the same label (`label_names`)."""
    also: dict[tuple[int, int], str] = field(default_factory=dict)
    """(id of the sentence, start) of a mention -> another key it may be rendered by (增加2倍: 3, "threefold")."""
    code: set[str] = field(default_factory=set)
    """The inline code spans of a side's sentences (`age=20`, spaces taken out), which their text leaves out:
    their numbers are evidence for the other side only where it does not keep the same span (`code_names`)."""
    bare: str = ""
    """The side's prose, spaces taken out (code spans are out of it already): where a code span of the other side
    written without backticks is found (`code_names`)."""
    versions: set[str] = field(default_factory=set)
    """The dotted versions of three or more groups the side's prose writes ("version 1.2.3", "v1.2.3"), whole: the
    number reader keeps only their first two groups (1.2), a version in code is compared with these (`code_names`)."""



_FREQUENCY = frozenset({"twice", "thrice"})
"""English frequency words: Chinese writes them with digits (每天2次 = twice daily), so they match digits first."""


_NAME_DIGITS = re.compile(r"(?<=[A-Za-z\u0370-\u03ff])(?:-\s?)?(\d+(?:\.\d+)?)(?!\d)")
"""Digits glued to a name (her2, CD34, RevMan5.3, "C/T- 13910", "WMD of-4.94"): evidence for the other side."""


_NAME_LEADING = re.compile(r"(?<![\w.])(\d+)-(?=[a-z]+[A-Z])")
"""Digits that begin a name of mixed case (2019-nCoV, 8-oxoG): not read as numbers, evidence for the other side."""


_LOCANT = {
    "zh": re.compile(r"(?<![\d.])\d+(?:[,，]\d+)*(?=\s*[′']|\s*-\s*[" + HAN + r"]|[A-Z]{2})"),
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



_CLAUSE_MARK = re.compile(r"[，；：]")
"""Full-width clause marks: they part an original name in Latin text from its Chinese rendering in one bracket."""


def _gloss_spans(text: str) -> list[tuple[int, int]]:
    """Brackets of Latin text glossing the Chinese before them: 研究组006（breast cancer ... group 006）,
    环二鸟苷酸 (Bis-(3′-5′) cyclic diguanylic acid, c-di-GMP); also the Latin part of a bracket that gives the
    original name and its rendering, parted by a full-width clause mark (TTM（Target Temperature Management 33 ℃
    versus 36 ℃，33 ℃和36 ℃目标体温管理的比较）: the numbers are said twice, the English writes them once)."""
    if not any(ch in text for ch in _OPEN):
        return []
    out: list[tuple[int, int]] = []
    for a, b in _brackets(text):
        parts = [(a, b)]
        if _HAN.search(text, a, b):
            cuts = [m.start() for m in _CLAUSE_MARK.finditer(text, a, b)]
            parts = [(p + (p > a), q) for p, q in zip([a, *cuts], [*cuts, b])]
        out += [(p, q) for p, q in parts
                if not _HAN.search(text, p, q) and len(_LATIN_WORDS.findall(text, p, q)) >= GLOSS_MIN_WORDS]
    return out



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



_HEADING_NUMBER = LazyPattern(r"\s*([1-9]\d?(?:\.[1-9]\d?)*)\.?(?=[^\d.%]|$)")
"""The number that opens a heading: its section number, however it is set off from the title (`### 2.1权限定义`
glued, `## 2 Linux内核参数` after a space, `## 2.Linux Kernel Parameters`). The line-start labels `extract_numbers`
leaves out need a space after a dotted number and a period after a lone one; a heading's opening number is its
section number whatever follows, not a quantity of the text (a year, 2019年, has more than two digits). Narrower than
`manuscript.structure.DOTTED_NUMBER` (any digits a level), which pairs sections and classifies lines: here a
number read as a label names no value, so a year or a quantity (50%) must not pass for one."""


def label_names(side: Side, other: Side) -> None:
    """A line label of one side names its values when the other side does not write the same label: "5.1 声道"
    against "5.1", "5. Quick start" against "…管理5. 快速入门"; "1.2 等待 1 秒" against "1.2 Wait 2 seconds" is a label
    on both sides and names nothing (the 1 and 2 after it are compared)."""
    for label, keys in side.labels.items():
        if label not in other.labels:
            side.names.update(keys)


def read_side(sentences: list[Sentence], lang: str) -> Side:
    """Number mentions and keys of one side of a bead."""
    side = Side()
    for s in sentences:
        text = s.text.text
        glosses = _gloss_spans(text) if lang == "zh" else []
        numbers = extract_numbers(text, lang)
        details = _count_fractions(text, numbers) if "/" in text else []
        if lang == "zh" and "倍" in text:
            for a, _b, value in increased_by(text):  # 增加2倍 = "threefold" (or, loosely, "doubled")
                side.names.add(number_key(value + 1))
                side.also[(id(s), a)] = number_key(value + 1)
        restated = _restated(text) if lang == "zh" else set()
        named = [(m.start(1), m.end(1)) for m in _NAME_SLASH.finditer(text)] if "/" in text else []
        named += [(m.start(), m.end()) for m in _LOCANT[lang].finditer(text)]
        cat = s.text.source.units
        glued = s.text.source.path.lower().endswith(JSON_SUFFIXES)  # `{0}naming guide{1}` in a message file
        slots = [(a, b) for _k, a, b in placeholders(text, glued)] if cat else []
        if cat:  # a program's string has no section numbers: "5.1 声道" names the 5.1 of "5.1" (a channel layout)
            for label, values in section_labels(text).items():
                side.labels.setdefault(label, set()).update(number_key(v) for v in values)
        opening = _HEADING_NUMBER.match(text) if s.role is Role.HEADING else None
        for n in numbers:
            if opening is not None and (n.start, n.end) == opening.span(1):
                side.names.update(number_key(v) for v in n.endpoints())  # ### 2.1权限定义, ## 2 Linux内核参数
                continue
            if any(a <= n.start and n.end <= b for a, b in slots):
                continue  # %2$@, {0}: what the program fills in, no number (placeholder-mismatch compares them)
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
        # 0.4% is 0.004 (千分之4): a percentage is evidence for its fraction, a fraction in words for its percentage
        side.names.update(number_key(n.value / 100) for n in numbers if n.percent and not isinstance(n.value, tuple))
        side.names.update(number_key(p) for n in numbers for p in _fraction_percentages(n))
        for c in extract_citations(text, lang):
            side.cites.update(number_key(float(k)) for k in c.keys if k.isdigit())
        side.names.update(number_key(float(m.group(1))) for m in _NAME_DIGITS.finditer(text))
        if "-" in text:
            side.names.update(number_key(float(m.group(1))) for m in _NAME_LEADING.finditer(text))
        side.names.update(word_evidence(text, lang))
        side.code.update(_code(s))
        side.bare += "".join(text.split())
        side.versions.update(m.group(1) for m in _CODE_VERSION.finditer(text))
        if UNIT_WORDS[lang].search(text):
            side.names.update(other_units(text, lang))  # "a week" = 7天, 3年 = "36 months"
        if lang == "zh":
            side.names.update(counted(text, numbers))
            if "分之" in text:
                side.names.update(fraction_parts(numbers))
        elif numbers:
            side.names.update(rates(text))
    return side



_CODE_NUMBER = LazyPattern(r"(?<![\w.])\d+(?:\.\d+)?(?=(?:[KMGT]i?B?|[kmgt]b|[A-Za-z]{1,3})?(?![\w.]))")
"""A number of its own in code (the 20 of `age=20`, not the 2 of `log2` or `v1.2.3`'s parts), a unit glued to it or
not (the 40 of `80 * 0.5 = 40G`, `--cache 8GiB`, `16000Hz`, `10s`, `3.3v`: the unit is no part of the number, as in
prose)."""


def _code(s: Sentence) -> set[str]:
    """The inline code spans the reader took out of the sentence's text (`age=20`, spaces taken out:
    `presence_code.code_spans`); none where the reader marks no code (LaTeX's ``quotes'' are prose)."""
    return {"".join(span.split()) for span in code_spans(s)}


_CODE_VERSION = LazyPattern(r"(?<![\w.])[vV]?(\d+(?:\.\d+){2,})(?!\.?\w)")
"""A dotted version of three or more groups in code (`0.107.1`, `v1.2.3`): one version, not numbers."""


def _unescaped(text: str) -> str:
    """The text without backslashes: Markdown escapes (`\\_`, `\\[`) in prose, which a code span writes bare."""
    return text.replace("\\", "")


def code_names(side: Side, other: Side) -> None:
    """The numbers of `side`'s code spans that `other` does not keep (`age=20` ↔ "if age = 20": the translator
    turned the code into prose) become evidence for `other`'s prose numbers; a span both sides write is paired
    with itself and vouches for nothing else (`replicas=3` on both sides is no "at least 3 nodes")."""
    side.names.update(number_key(float(n.group())) for span in side.code - other.code
                      for n in _CODE_NUMBER.finditer(span))
    # a code span `other` writes in its prose without backticks (`[a-zA-Z0-9_]` ↔ [a-zA-Z0-9_], `sprintf(fmt, $1,
    # $2...)`): the same code, whose numbers as the prose reader reads them (the 9 of 0-9, the 2 of $2) are no
    # quantities; a span `other` does not write verbatim vouches only through `_CODE_NUMBER` above
    bare = _unescaped(other.bare)
    side.names.update(number_key(v) for span in side.code - other.code if len(span) > 2 and _unescaped(span) in bare
                      for n in extract_numbers(span, "en") for v in n.endpoints())
    # a hexadecimal literal in code (`0x1000`), which `_CODE_NUMBER` leaves out: the same value in `other`'s prose
    # (值为：0x1000) is the constant written without backticks; another constant there (0x2000) stays reported
    side.names.update(number_key(float(int(m.group(1), 16))) for span in side.code - other.code
                      for m in HEX_LITERAL.finditer(span))
    # a dotted version in code (`0.107.1`), which `_CODE_NUMBER` leaves out: `other`'s prose that writes the same
    # version bare ("version 0.107.1 or higher") reads numbers out of it (0.107), evidenced by the code's version. The
    # versions are compared whole first: a prose version differing in any group (1.2.4, or 1.2 for `1.2.3`) is
    # another version, left to the mismatch rule
    side.names.update(number_key(v) for span in side.code - other.code for m in _CODE_VERSION.finditer(span)
                      if m.group(1) in other.versions
                      for n in extract_numbers(m.group(1), "en") for v in n.endpoints())


def _fraction_percentages(n: NumberMention) -> tuple[float, ...]:
    """The percentages of a fraction written as one ("a third", 三分之一, 1/3: `percentages`); none for a decimal
    (0.33) or a percentage."""
    v = n.value
    if isinstance(v, tuple) or n.percent or not 0 < v < 1 or not (n.written == "words" or "/" in n.text):
        return ()
    return percentages(v)


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



def season(n: NumberMention) -> bool:
    """A range of two consecutive years (2019-2020): a season or an edition, which the other language may name
    by either year (2019年版指南 = "the 2019-2020 guidelines"); it is there when one of its years is."""
    v = n.value
    return isinstance(v, tuple) and len(v) == 2 and v[1] == v[0] + 1 and 1800 <= v[0] <= 2200 and v[0].is_integer()



def compared(n: NumberMention) -> tuple[float, ...]:
    """The values of `n` that need a counterpart: a range from 0 needs only its upper end (0-2月 = "from birth
    to 2 months", "up to 2 months")."""
    v = n.endpoints()
    return v[1:] if len(v) == 2 and v[0] == 0 else v



def unmatched(side: Side, other: Side) -> list[Mention]:
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
        keys = [number_key(v) for v in compared(n)]
        also = side.also.get((id(s), n.start)) if side.also else None
        if also is not None and (also in other.names or other.counts[also]):
            continue  # 增加2倍 rendered "threefold"
        missing = []
        for k in keys:
            seen[k] += 1
            if k in other.names:
                missing.append(False)
                continue
            digits = side.counts[k] - side.words[k]
            extra = digits + min(side.words[k], other.words[k]) - other.counts[k] - spare_cites[k]
            missing.append(extra > 0 and seen[k] > digits - extra)  # the last `extra` mentions have no counterpart
        surplus = all(missing) if season(n) else any(missing)
        if surplus and not (n.value == 1.0 and not n.percent):
            out.append((s, n))  # 1 is "a", "one", "per", "each", "once" in the other language: never evidence alone
    return out



def surplus(side: Side, other: Side) -> set[str]:
    """Keys of the numbers, in any form, that `side` has more often than `other` has them (or their names or
    citations)."""
    return {k for k, c in side.counts.items() if c > other.counts[k] and k not in other.names and k not in other.cites}



def mention_key(n: NumberMention) -> str:
    return number_key(n.endpoints()[0])



def mention_keys(m: Mention | NumberMention) -> set[str]:
    n = m if isinstance(m, NumberMention) else m[1]
    return {number_key(v) for v in n.endpoints()}



def is_year(n: NumberMention) -> bool:
    v = n.value
    return not isinstance(v, tuple) and not n.percent and v.is_integer() and 1900 <= v <= 2100



@dataclass
class Bead:
    """One aligned bead and the digit mentions of each side that the other side lacks."""

    zh: list[Sentence]
    en: list[Sentence]
    zh_side: Side
    en_side: Side
    miss_en: list[Mention]
    """Chinese numbers missing from the English."""
    miss_zh: list[Mention]
    """English numbers missing from the Chinese."""
    changed: bool = True
    """Both sides have a number the other lacks (in any form, 1 included): a changed number looks like this, a
    number restated on one side does not."""
