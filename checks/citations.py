"""citation-mismatch: citation markers compared within each aligned bead."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

from zhen_qa.aligner.citations import (
    AMBIGUOUS_KINDS,
    CitationMention,
    extract_citations,
    name_reference,
    reference_numbers,
)
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.aligner.numbers import extract_numbers, number_key
from zhen_qa.checks.citation_series import member_noun, series_nouns
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.han_citations import agrees, han_citations
from zhen_qa.checks.number_names import names_with_digits
from zhen_qa.checks.quote import clipped
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.segment import FLAT_REFERENCE_NUMBERS
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, code_written
from zhen_qa.report.findings import Finding, Rule, Severity

CITATION_MISMATCH = Rule(
    "citation-mismatch",
    Severity.WARNING,
    "A citation marker in one language has no counterpart in the aligned sentence of the other.",
    preconditions="aligned beads only (never on untranslated sentences)",
)

RULES: tuple[Rule, ...] = (CITATION_MISMATCH,)

Marker = tuple[Sentence, CitationMention]


def _side(sentences: list[Sentence], lang: str) -> tuple[list[Marker], set[str], Counter[str], str, set[str]]:
    """Markers of one side, the keys they cite, the side's whole plain numbers, its lower-cased text and the keys
    its code spans write (`code_written`; no marker is taken from code): evidence only for the other side's index
    written as code (`_code_index`), never for a citation."""
    markers: list[Marker] = []
    keys: set[str] = set()
    code_keys: set[str] = set()
    numbers: Counter[str] = Counter()
    for s in sentences:
        for c in extract_citations(s.text.text, lang):
            if c.kind not in AMBIGUOUS_KINDS:  # "covid19" may be a name: evidence, never reported
                markers.append((s, c))
            keys.update(c.keys)
        if CODE_PLACEHOLDER in s.text.text:
            code_keys.update(k for c in extract_citations(code_written(s.text), lang) for k in c.keys)
        for n in extract_numbers(s.text.text, lang):
            numbers.update(number_key(v) for v in n.endpoints() if float(v).is_integer())
    return markers, keys, numbers, " ".join(s.text.text for s in sentences).lower(), code_keys


_CODE_INDEX_BEFORE = re.compile(r"[A-Za-z0-9_)\]]\Z")
"""What ends the text right before an index written as code: an identifier, a call or another index (`arr[3]`,
`reply(2)[1]`). A citation's bracket follows a space, a Han character or punctuation."""


def _code_index(marker: Marker) -> bool:
    """Whether a bracketed marker is an index glued to code (`_CODE_INDEX_BEFORE`), not a citation."""
    s, c = marker
    return c.text.startswith("[") and _CODE_INDEX_BEFORE.search(s.text.text, 0, c.start) is not None


def _coded(marker: Marker, missing: list[str], other_code: set[str]) -> list[str]:
    """The keys of `missing` left when a marker that is itself code (`_code_index`: the Chinese writes
    `reply(2)[1]` bare) finds them in the other side's code spans (the English writes it as a code span)."""
    return [k for k in missing if k not in other_code] if other_code and _code_index(marker) else missing


_OCR_YEAR = re.compile(r"(?<![A-Za-z0-9])[12][0-9Oo]{3}(?![A-Za-z0-9])")
"""A year whose zeros OCR read as the letter O ("2O01", "2Ooo"), as `checks.numbers` repairs it: the slip is the
number check's finding, not a citation the other side lacks."""


def ocr_years(text: str) -> set[str]:
    """The years of `text` written with a letter O for a zero, repaired ("2O01" -> "2001")."""
    return {m.group().replace("O", "0").replace("o", "0") for m in _OCR_YEAR.finditer(text)
            if any(c in "Oo" for c in m.group())} if "o" in text.lower() else set()


def _han_citation(han: list[tuple[str, str]], surname: str, year: str) -> int | None:
    """The index in `han` of a Han-named citation of `year` whose name agrees with `surname` in sound, or None."""
    readings: Mapping[str, tuple[str, ...]] | None = None
    for i, (name, cited) in enumerate(han):
        if cited == year:
            readings = readings if readings is not None else load_lexicon().readings
            if agrees(name, surname, readings):
                return i
    return None


def _missing(marker: CitationMention, other_keys: set[str], other_text: str,
             han: list[tuple[str, str]] | None = None) -> list[str]:
    """The keys of `marker` the other side does not cite. `han`: the citations the other (Chinese) side writes with a
    Han author name (`han_citations.han_citations`); an English author-year citation of such a year whose surname the
    Han name agrees with in sound (`han_citations.agrees`) is that citation, and takes it (each Chinese citation
    answers one English citation, so a second one of the same year, or one of another author, is missing)."""
    out = []
    for k in marker.keys:
        if k in other_keys:
            continue
        if marker.kind == "author-year":
            name, year = k.rsplit(" ", 1)
            if name in other_text and (year in other_text or year in ocr_years(other_text)):
                continue  # a citation said in prose ("Flykt and Esteves published … in 2O01"), a slip in its year
            if han and (taken := _han_citation(han, name, year)) is not None:
                del han[taken]  # the author written in Han characters: 克拉克（2016） for Clark (2016)
                continue
        out.append(k)
    return out


def _finding(marker: Marker, lang: str, missing: list[str], other: Sentence, other_lang: str) -> Finding:
    s, c = marker
    where = "English" if other_lang == "en" else "Chinese"
    return Finding(
        rule=CITATION_MISMATCH.id,
        severity=CITATION_MISMATCH.severity,
        message=f'citation "{c.text}" ({", ".join(missing)}) is missing from the {where}: {clipped(other.text.text)}',
        location=s.text.location(c.start, c.end),
        lang=lang,
        excerpt=s.text.text,
        related=other.location,
        data=(("marker", c.text), ("missing", tuple(missing)), ("other", other.text.text)),
    )


def glued_number(marker: CitationMention, numbers: set[str], cites: set[str]) -> tuple[str, str] | None:
    """(number, reference) when a Chinese trailing marker is the number ending a name with a flattened citation
    glued on: 结构域12。 = domain 1 and reference 2, where the English writes "domain 1 … alveoli.2".

    Only a marker of digits alone, split where its head is a number of the other side (`numbers`, number keys) and
    its tail a citation there (`cites`); else None.
    """
    body = marker.text
    if marker.kind != "trailing" or not body.isdigit():
        return None
    for k in range(1, len(body)):
        head, tail = body[:k], body[k:]
        if tail[0] != "0" and number_key(float(head)) in numbers and tail in cites:
            return head, tail
    return None


def flattened_split(digits: str, numbers: set[str], cites: set[str]) -> tuple[str, str] | None:
    """(number, reference) when a run of digits is a number and a flattened superscript citation glued together, in
    either order: 1537 = 15 and reference 37 ("15 with bystander CPR37"), 215 = reference 21 and 5 ("French
    version21 of the 5-item scale", 法语版215项).

    The evidence is the other side's: one part is one of its numbers (`numbers`, number keys) and the other one of
    its citations (`cites`); neither part starts with 0. None when no split gives both.
    """
    if not digits.isdigit():
        return None
    for k in range(1, len(digits)):
        head, tail = digits[:k], digits[k:]
        if head[0] == "0" or tail[0] == "0":
            continue
        if number_key(float(head)) in numbers and number_key(float(tail)) in cites:
            return head, tail
        if number_key(float(tail)) in numbers and number_key(float(head)) in cites:
            return tail, head
    return None


def _unglued(markers: list[Marker], numbers: set[str], cites: set[str]) -> list[Marker]:
    """Chinese markers with a glued number taken off (`glued_number`): 结构域12 cites 2."""
    out: list[Marker] = []
    for s, c in markers:
        split = glued_number(c, numbers, cites) if c.keys[0] not in cites else None
        if split is not None:
            c = replace(c, keys=(split[1],), start=c.end - len(split[1]), text=split[1])
        out.append((s, c))
    return out


_NAME_DOT_CITATION = re.compile(r"(?<![A-Za-z0-9\-])([A-Za-z][A-Za-z0-9\-]*\d)\.(" + FLAT_REFERENCE_NUMBERS + r")"
                                r"(?=\s*$|\s+[A-Z(])")
"""A name ending in a digit, its sentence's period and a flattened citation: "MEK1 and MEK2.118", "such as
H7N9.59,60" (read as a decimal or a longer name unless the other side shows the name and cites the numbers)."""


def _flattened_keys(sentences: list[Sentence], lang: str, own: tuple[Counter[str], set[str]],
                    other: tuple[Counter[str], set[str], str]) -> set[str]:
    """Reference numbers of this side that extraction glued onto a number or a name, on the other side's evidence.

    `own` is this side's (numbers, cited keys); `other` the other side's (numbers, cited keys, text). A whole number
    that splits into a number the other side has and this side lacks and a reference the other side cites and this
    side does not (`flattened_split`: 1537 = 15 and reference 37) cites that reference; so do the numbers after a
    name ending in a digit and a period when the other side writes the name and cites every one of them (MEK2.118).
    """
    numbers, keys = own
    other_numbers, other_keys, other_text = other
    lacking = {k for k in other_numbers if k not in numbers}
    spare = {k for k in other_keys if k not in keys}
    out: set[str] = set()
    for s in sentences:
        text = s.text.text
        for n in extract_numbers(text, lang) if lacking and spare else ():
            split = flattened_split(n.text, lacking, spare) if n.text.isdigit() else None
            if split is not None and number_key(float(n.text)) not in other_numbers:
                out.add(split[1])
        for m in _NAME_DOT_CITATION.finditer(text) if spare and "." in text else ():
            cited = reference_numbers(m.group(2))
            if m.group(1) in other_text and cited and all(k in spare for k in cited):
                out.update(cited)
    return out


_LABEL_NUMBER = LazyPattern(r"(?<![a-z0-9])(?:stage|step|phase|level|grade|tier|round|part|type)"
                            r"-(\d{1,3})(?!\d|\.\d|-\d)", re.IGNORECASE)
"""A counter noun with its number joined by a hyphen ("stage-2", "step-3"): the number names the stage, as
"stage 2" does, though the English number reader takes a hyphenated word for a name (gc56 A3: colossalai's
"It only supports zero stage-1 and stage-2." = 它仅支持 Zero 阶段1和阶段2。, where 阶段2 before the stop reads as a
trailing reference number)."""


def labelled_numbers(text: str) -> set[str]:
    """The numbers of `text` written after a counter noun and a hyphen (`_LABEL_NUMBER`), as strings."""
    return {str(int(m.group(1))) for m in _LABEL_NUMBER.finditer(text)}


def check_bead(zh: list[Sentence], en: list[Sentence], series: Mapping[str, int] | None = None) -> Iterator[Finding]:
    """Citation-mismatch findings of one aligned bead. `series`: the nouns the document numbers a series with
    (`citation_series.series_nouns`); a Chinese trailing number glued to one is that member's, no marker."""
    zh_m, zh_keys, zh_numbers, zh_text, zh_code = _side(zh, "zh")
    zh_m = [(s, c) for s, c in zh_m
            if c.kind != "trailing" or not member_noun(s.text.text, c.start, c.keys, series or {})]
    en_m, en_keys, en_numbers, en_text, en_code = _side(en, "en")
    if any(c.kind == "trailing" and c.text.isdigit() and len(c.text) > 1 for _s, c in zh_m):
        zh_m = _unglued(zh_m, set(en_numbers), en_keys)
        zh_keys.update(k for _s, c in zh_m for k in c.keys)
    zh_flat = _flattened_keys(zh, "zh", (zh_numbers, zh_keys), (en_numbers, en_keys, " ".join(t.text.text for t in en)))
    en_flat = _flattened_keys(en, "en", (en_numbers, en_keys), (zh_numbers, zh_keys, " ".join(t.text.text for t in zh)))
    zh_keys |= zh_flat
    en_keys |= en_flat
    # reference numbers written as plain digits on the other side ("结局1 - 3") still count, but not a number the
    # other side's numbers match (高50% 50。 = "50% higher.50": the 50 of "50%" is no reference)
    zh_keys.update(zh_numbers - en_numbers)
    en_keys.update(en_numbers - zh_numbers)
    en_keys.update(labelled_numbers(en_text))  # "zero stage-1 and stage-2" = 阶段1和阶段2: stage numbers, no citations
    if zh_m or en_m:  # "B131" = B1 and reference 31 flattened onto it, where the other side writes B1 and cites 31
        zh_names, en_names = names_with_digits(zh), names_with_digits(en)
        en_keys.update(r for n in en_names if (r := name_reference(n, zh_names, zh_keys)) is not None)
        zh_keys.update(r for n in zh_names if (r := name_reference(n, en_names, en_keys)) is not None)
    miss_en = [(m, miss) for m in zh_m if (miss := _coded(m, _missing(m[1], en_keys, en_text), en_code))]
    han = han_citations(zh_text) if any(c.kind == "author-year" for _s, c in en_m) else None
    miss_zh = [(m, miss) for m in en_m if (miss := _coded(m, _missing(m[1], zh_keys, zh_text, han), zh_code))]
    for (a, _), (b, b_miss) in zip(miss_en, miss_zh):  # a marker changed: one finding, on the English
        s, c = b
        yield Finding(
            rule=CITATION_MISMATCH.id,
            severity=CITATION_MISMATCH.severity,
            message=f'citation "{a[1].text}" in the Chinese is "{c.text}" in the English',
            location=s.text.location(c.start, c.end),
            lang="en",
            excerpt=s.text.text,
            related=a[0].text.location(a[1].start, a[1].end),
            data=(("marker", c.text), ("zh_marker", a[1].text), ("missing", tuple(b_miss))),
        )
    k = min(len(miss_en), len(miss_zh))
    for marker, missing in miss_en[k:]:
        yield _finding(marker, "zh", missing, en[0], "en")
    for marker, missing in miss_zh[k:]:
        yield _finding(marker, "en", missing, zh[0], "zh")


def run(ctx: CheckContext) -> Iterable[Finding]:
    """Citation-mismatch findings of every aligned bead of the manuscript."""
    series = series_nouns(ctx.manuscript.sentences("zh"))
    for _pair, _bead, zh, en in ctx.aligned_beads():
        yield from check_bead(zh, en, series)
