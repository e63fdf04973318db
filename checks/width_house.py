"""punctuation-width's house styles: a document (or one of its files) that writes its Chinese in half-width
punctuation, or its English in full-width, throughout gets one finding for all those marks, not one at each."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from zhen_qa.checks.typography_texts import Text
from zhen_qa.checks.width_marks import FULL, HALF, WRONG_WIDTH
from zhen_qa.report.findings import Finding

HOUSE_SHARE = 0.75
"""Share of a document's Chinese , ; : ? ! ( ) marks written half-width from which half-width is its house style,
one finding, not a slip at each place. Real files fall far either side: two theses written in half-width have 0.89
and 0.99, every other thesis at most 0.17, the seed (half-width commas from PDF extraction among full-width ones) 0.36,
the most mixed journal documents 0.55-0.68 (a medline abstract: 17 of 25). The same share holds for English typed with
a Chinese input method's full-width marks (，。；：？！（）【】、) among its , . ; : ? ! ( ) [ ]."""
HOUSE_MIN = 20
"""Fewest wrong-width marks a house style is claimed on: a few marks are reported where they are (a short document,
an abstract on one line, is shown as one line of findings by the reports anyway)."""
_FULL_MARKS = frozenset(FULL.values())
_EN_MARKS = "，。；：？！（）【】、"
"""The full-width marks reported in English text (`width_en._FULL_IN_EN`), in the order a house-style message counts
them."""
_EN_RIGHT = re.compile(r"[,;:?!()\[\]]|\.(?=\s|$)")
"""Half-width marks of English text a full-width one stands for; a full stop only where it ends something (before a
space or the end: not the point of 3.5 or the inside of e.g.)."""


def _wrong_width(f: Finding, lang: str) -> bool:
    """Whether f is a wrong-width mark (or bracket pair) of `lang` text: half-width in Chinese, full-width in
    English."""
    return f.lang == lang and f.message.startswith(WRONG_WIDTH[lang][0] + " ")


def _marks(f: Finding) -> list[str]:
    """The wrong-width marks one finding reports ("(" and ")" for a bracket pair)."""
    m = re.match(r'(?:half|full)-width "(.)"(?: and "(.)")?', f.message)
    return [c for c in (m.groups() if m else ()) if c]


def _right_width_counts(texts: Iterable[Text], lang: str) -> Counter[str]:
    """Marks of the right width in the `lang` texts checked (where a finding may start), by file: full-width
    , ; : ? ! ( ) in Chinese, half-width ones (`_EN_RIGHT`) in English."""
    n = Counter[str]()
    for mt, text_lang, keep in texts:
        if (text_lang == "en") != (lang == "en"):
            continue
        if lang == "en":
            n[mt.source.path] += sum(1 for m in _EN_RIGHT.finditer(mt.text) if keep is None or m.start() in keep)
        else:
            n[mt.source.path] += sum(1 for k, c in enumerate(mt.text)
                                     if c in _FULL_MARKS and (keep is None or k in keep))
    return n


def house_style(findings: list[Finding], texts: list[Text]) -> list[Finding]:
    """`findings` with the wrong-width marks of one language made one finding when that width is the document's
    house style: at least HOUSE_MIN marks and HOUSE_SHARE of its marks of that language (an editor wants one note,
    "the Chinese uses half-width punctuation throughout", or "the English was typed with full-width punctuation", not
    a note at each mark). A document that is not, as a whole, may hold a file that is (a thesis's chapter written by
    another hand): that file's marks are one finding. The finding stands at the first mark, its message counts the
    marks by kind, its data's `places` holds each place and its suggestion (`fix` fixes them all). A document that
    mixes, a minority of the wrong width, keeps a finding at each place."""
    for lang in ("zh", "en"):
        findings = _house_style(findings, texts, lang)
    return findings


def _house_style(findings: list[Finding], texts: list[Text], lang: str) -> list[Finding]:
    wrong = [f for f in findings if _wrong_width(f, lang)]
    if sum(len(_marks(f)) for f in wrong) < HOUSE_MIN:
        return findings
    right = _right_width_counts(texts, lang)
    whole = _one_finding(wrong, sum(right.values()), lang)
    if whole is not None:
        return [f for f in findings if not _wrong_width(f, lang)] + [whole]
    by_file: dict[str, list[Finding]] = {}  # not the document's style: perhaps one file's
    for f in wrong:
        by_file.setdefault(f.location.path, []).append(f)
    merged, drop = [], set[int]()
    for path, fs in by_file.items():
        one = _one_finding(fs, right[path], lang)
        if one is not None:
            merged.append(one)
            drop.update(id(f) for f in fs)
    return [f for f in findings if id(f) not in drop] + merged


def _one_finding(wrong: list[Finding], right: int, lang: str) -> Finding | None:
    """The one finding for the wrong-width marks `wrong` of `lang` text among `right` right-width ones, or None when
    they are too few (HOUSE_MIN) or too small a share (HOUSE_SHARE) to be a house style. Its data: `places`
    (location, suggestion) of each mark, `counts` by mark and `full_width` (Chinese) or `half_width` (English), the
    right-width marks."""
    marks = [c for f in wrong for c in _marks(f)]
    if len(marks) < HOUSE_MIN or len(marks) < HOUSE_SHARE * (len(marks) + right):
        return None
    rank: dict[str, int] = {}  # files in reading order (the order the texts were checked in), each by position
    for f in wrong:
        rank.setdefault(f.location.path, len(rank))
    wrong = sorted(wrong, key=lambda f: (rank[f.location.path], f.location.line, f.location.column))
    first, last = wrong[0], wrong[-1]
    order = HALF if lang == "zh" else _EN_MARKS
    counts = sorted(((n, c) for c, n in Counter(marks).items()),
                    key=lambda t: (-t[0], order.index(t[1]) if t[1] in order else len(order)))
    by_mark = ", ".join(f'"{c}" {n}' for n, c in counts)
    files = len({f.location.path for f in wrong})
    where = (f"line {first.location.line} to line {last.location.end_line}" if files == 1 else
             f"{files} files, from {_name(first.location.path)}:{first.location.line} "
             f"to {_name(last.location.path)}:{last.location.end_line}")
    width, language = WRONG_WIDTH[lang]
    other = "full-width" if lang == "zh" else "half-width"
    message = (f"{width} punctuation throughout the {language} text: {len(marks)} of {len(marks) + right} marks "
               f"({by_mark}), {where}; `fix` makes every one {other}")
    return Finding(first.rule, first.severity, message, first.location, lang, first.excerpt,
                   data=(("places", tuple((f.location, f.suggestion) for f in wrong)),
                         ("counts", tuple((c, n) for n, c in counts)),
                         ("full_width" if lang == "zh" else "half_width", right)))


def _name(path: str) -> str:
    """A file's name without its folders."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]
