"""The English aligned with a Chinese doubling (`english_of`, `aligned`), and a doubling it spells in pinyin as a
name (`spelt_doubled`: 粉贝贝, "Fen beibei")."""
from __future__ import annotations

from typing import NamedTuple

from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.presence_names import transliterated
from zhen_qa.manuscript.source import Location


class _SpanEnglish(NamedTuple):
    """A Chinese sentence's span, (line, column) from and to, with the English of its bead and the beads either side
    (`near`: a name may sit in the neighbouring sentence), its bead's own English and Chinese."""

    start: tuple[int, int]
    end: tuple[int, int]
    near: str
    own: str
    chinese: str


_FUNCTION_HAN = frozenset("的地得了着过是在和与及或而也就都又还把被对从向于为以之其这那有不没很最")
"""Function words and the commonest single characters: their doubling (我们的的分析) is the textbook slip, whatever
pinyin name ("Didi") the English holds."""


def english_of(ctx: CheckContext) -> dict[str, list[_SpanEnglish]]:
    """{Chinese file: [_SpanEnglish]}: each Chinese sentence's span with the English around it and its bead's own."""
    english: dict[str, list[_SpanEnglish]] = {}
    for pair in ctx.manuscript.pairs:
        beads = pair.beads
        for k, bead in enumerate(beads):
            near = " ; ".join(pair.en[j].text.text for b in beads[max(0, k - 1):k + 2] for j in b.en)
            own = " ".join(pair.en[j].text.text for j in bead.en)
            chinese = "".join(pair.zh[i].text.text for i in bead.zh)
            for i in bead.zh:
                loc = pair.zh[i].location
                english.setdefault(loc.path, []).append(
                    _SpanEnglish((loc.line, loc.column), (loc.end_line, loc.end_column), near, own, chinese))
    return english


def aligned(spans: list[_SpanEnglish], loc: Location) -> list[_SpanEnglish]:
    """The sentences' entries holding `loc` (none when no aligned sentence holds it)."""
    at = (loc.line, loc.column)
    return [s for s in spans if s.start <= at < s.end]


def aligned_english(spans: list[_SpanEnglish], loc: Location) -> str:
    """The English aligned with the Chinese sentence holding `loc` ("" when none holds it)."""
    return " ; ".join(s.near for s in aligned(spans, loc))


def spelt_doubled(doubled: str, english: str) -> bool:
    """Whether the aligned English spells the Chinese doubling `doubled` (贝贝) in pinyin, both copies ("beibei",
    "Bei Bei"): a name that doubles the syllable (the cultivar 粉贝贝, "Fen beibei"), not a slip the translator read
    past. A doubled function word (的的) is a slip even beside a name read the same ("Didi")."""
    from zhen_qa.aligner.lexicon import load_lexicon  # noqa: PLC0415

    if not english or set(doubled) <= _FUNCTION_HAN:
        return False
    return transliterated(doubled, english, load_lexicon().readings)
