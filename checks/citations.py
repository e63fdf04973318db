"""citation-mismatch: citation markers compared within each aligned bead."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from zhen_qa.aligner.citations import AMBIGUOUS_KINDS, CitationMention, extract_citations
from zhen_qa.aligner.numbers import extract_numbers, number_key
from zhen_qa.checks.context import CheckContext
from zhen_qa.manuscript.document import Sentence
from zhen_qa.report.findings import Finding, Rule, Severity

CITATION_MISMATCH = Rule(
    "citation-mismatch",
    Severity.WARNING,
    "A citation marker in one language has no counterpart in the aligned sentence of the other.",
    preconditions="aligned beads only (never on untranslated sentences)",
)

RULES: tuple[Rule, ...] = (CITATION_MISMATCH,)

Marker = tuple[Sentence, CitationMention]


def _side(sentences: list[Sentence], lang: str) -> tuple[list[Marker], set[str], str]:
    """Markers of one side, the keys they cite plus the side's plain numbers, and its lower-cased text."""
    markers: list[Marker] = []
    keys: set[str] = set()
    for s in sentences:
        for c in extract_citations(s.text.text, lang):
            if c.kind not in AMBIGUOUS_KINDS:  # "covid19" may be a name: evidence, never reported
                markers.append((s, c))
            keys.update(c.keys)
        for n in extract_numbers(s.text.text, lang):
            # reference numbers written as plain digits on the other side ("结局1 - 3") still count
            keys.update(number_key(v) for v in n.endpoints() if float(v).is_integer())
    return markers, keys, " ".join(s.text.text for s in sentences).lower()


def _missing(marker: CitationMention, other_keys: set[str], other_text: str) -> list[str]:
    out = []
    for k in marker.keys:
        if k in other_keys:
            continue
        if marker.kind == "author-year":
            name, year = k.rsplit(" ", 1)
            if name in other_text and year in other_text:
                continue
        out.append(k)
    return out


def _finding(marker: Marker, lang: str, missing: list[str], other: Sentence, other_lang: str) -> Finding:
    s, c = marker
    where = "English" if other_lang == "en" else "Chinese"
    return Finding(
        rule=CITATION_MISMATCH.id,
        severity=CITATION_MISMATCH.severity,
        message=f'citation "{c.text}" ({", ".join(missing)}) is missing from the {where}: {other.text.text[:80]}',
        location=s.text.location(c.start, c.end),
        lang=lang,
        excerpt=s.text.text,
        related=other.location,
        data=(("marker", c.text), ("missing", tuple(missing)), ("other", other.text.text)),
    )


def check_bead(zh: list[Sentence], en: list[Sentence]) -> Iterator[Finding]:
    """Citation-mismatch findings of one aligned bead."""
    zh_m, zh_keys, zh_text = _side(zh, "zh")
    en_m, en_keys, en_text = _side(en, "en")
    miss_en = [(m, miss) for m in zh_m if (miss := _missing(m[1], en_keys, en_text))]
    miss_zh = [(m, miss) for m in en_m if (miss := _missing(m[1], zh_keys, zh_text))]
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
    for _pair, _bead, zh, en in ctx.aligned_beads():
        yield from check_bead(zh, en)
