"""number-mismatch: numbers compared within each aligned bead after normalisation."""
from __future__ import annotations

from typing import Iterable, Iterator

from aligner.citations import extract_citations
from aligner.document import Sentence
from aligner.source import Location
from aligner.numbers import NumberMention, extract_numbers, number_key
from checks.context import CheckContext
from report.findings import Finding, Rule, Severity

RULES: tuple[Rule, ...] = (
    Rule(
        "number-mismatch",
        Severity.WARNING,
        "A number in one language has no counterpart in the aligned sentence of the other.",
        preconditions="aligned beads only (never on untranslated sentences); citation markers are not numbers",
    ),
)

_EXCERPT = 80

Mention = tuple[Sentence, NumberMention]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


def _side(sentences: list[Sentence], lang: str) -> tuple[list[Mention], set[str], set[str]]:
    """Mentions of one side, the keys of all its numbers, and the keys of its citation numbers."""
    mentions: list[Mention] = []
    keys: set[str] = set()
    cites: set[str] = set()
    for s in sentences:
        for n in extract_numbers(s.text.text, lang):
            mentions.append((s, n))
            keys.update(number_key(v) for v in n.endpoints())
        for c in extract_citations(s.text.text, lang):
            cites.update(number_key(float(k)) for k in c.keys if k.isdigit())
    return mentions, keys, cites


def _unmatched(mentions: list[Mention], other_keys: set[str], other_cites: set[str]) -> list[Mention]:
    """Digit mentions with an endpoint found neither among the other side's numbers nor its citation numbers."""
    out: list[Mention] = []
    for s, n in mentions:
        if n.written != "digits":
            continue  # 两组 may be "both groups": word forms only count as evidence for the other side
        if n.value == 1.0 and not n.percent:
            continue  # 1 is "a", "one", "per", "each", "once" in the other language: never evidence alone
        if any(number_key(v) not in other_keys and number_key(v) not in other_cites for v in n.endpoints()):
            out.append((s, n))
    return out


def _excerpt(sentences: list[Sentence]) -> str:
    return " ".join(s.text.text for s in sentences)


def _finding(main: Mention, lang: str, message: str, related: Location | None, data: dict[str, str]) -> Finding:
    s, n = main
    return Finding(
        rule="number-mismatch",
        severity=Severity.WARNING,
        message=message,
        location=s.text.location(n.start, n.end),
        lang=lang,
        excerpt=s.text.text,
        related=related,
        data=tuple(data.items()),
    )


def check_bead(zh: list[Sentence], en: list[Sentence]) -> Iterator[Finding]:
    """Number-mismatch findings of one aligned bead (Chinese sentences zh, English sentences en)."""
    zh_m, zh_keys, zh_cites = _side(zh, "zh")
    en_m, en_keys, en_cites = _side(en, "en")
    miss_en = _unmatched(zh_m, en_keys, en_cites)
    miss_zh = _unmatched(en_m, zh_keys, zh_cites)
    zh_text, en_text = _excerpt(zh), _excerpt(en)
    data = {"zh": zh_text, "en": en_text}
    for a, b in zip(miss_en, miss_zh):  # a number changed in translation: one finding, on the English
        msg = f'"{a[1].text}" in the Chinese is "{b[1].text}" in the English: {_short(en_text)}'
        related = a[0].text.location(a[1].start, a[1].end)
        yield _finding(b, "en", msg, related, {**data, "zh_number": a[1].text, "en_number": b[1].text})
    k = min(len(miss_en), len(miss_zh))
    for s, n in miss_en[k:]:
        msg = f'"{n.text}" in the Chinese is missing from the English: {_short(en_text)}'
        yield _finding((s, n), "zh", msg, en[0].location, {**data, "zh_number": n.text})
    for s, n in miss_zh[k:]:
        msg = f'"{n.text}" in the English is missing from the Chinese: {_short(zh_text)}'
        yield _finding((s, n), "en", msg, zh[0].location, {**data, "en_number": n.text})


def run(ctx: CheckContext) -> Iterable[Finding]:
    """Number-mismatch findings of every aligned bead of the manuscript."""
    for _pair, _bead, zh, en in ctx.aligned_beads():
        yield from check_bead(zh, en)
