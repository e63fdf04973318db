"""The term matches the terminology rules share: one match in one sentence (`Hit`), and the aligned beads with
their matches on either side (`bead_sides`)."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from zhen_qa.checks.context import CheckContext
from zhen_qa.glossary.model import TermMatch
from zhen_qa.manuscript.document import Role, Sentence
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import TERM_EXCERPT_CONTEXT, Scope, window

NOT_REFERENCES = Scope(frozenset({Role.REFERENCE}))
"""Reference-list entries quote other works' titles verbatim: their terms are not the author's to change."""


@dataclass(frozen=True)
class Hit:
    """One term match in one sentence."""

    sentence: Sentence
    match: TermMatch
    lang: str

    @property
    def location(self) -> Location:
        return self.sentence.text.location(self.match.start, self.match.end)

    @property
    def surface(self) -> str:
        return self.sentence.text.text[self.match.start:self.match.end]

    @property
    def excerpt(self) -> str:
        text = self.sentence.text.text
        return window(text, self.match.start, self.match.end, TERM_EXCERPT_CONTEXT).replace("\n", " ")


def q(term: str, lang: str) -> str:
    """A term quoted as its language quotes: 「术语」, “term”."""
    return f"「{term}」" if lang == "zh" else f"“{term}”"


def bead_sides(ctx: CheckContext, hits: dict[int, list[Hit]], before: set[str] | None = None,
               refers_back: Callable[[str], bool] | None = None,
               ) -> Iterator[tuple[list[Hit], list[Hit], list[Sentence], list[Sentence]]]:
    """Aligned beads with a term match on either side; `before`, when given, is kept as the concepts named
    in the English of the previous aligned bead while each bead is handled. An English bead that `refers_back`
    by a pronoun keeps what its own bead before named, for the next ("Will I need an ostomy? How long will I need
    it? How will I take care of it?")."""
    previous: set[str] = set()
    for _pair, _bead, zh, en in ctx.aligned_beads():
        zh_hits = [h for s in zh for h in hits.get(id(s), ())]
        en_hits = [h for s in en for h in hits.get(id(s), ())]
        if before is not None:
            carried = set(previous) if refers_back is not None and previous \
                and refers_back(" ".join(s.text.text for s in en)) else set()
            before.clear()
            before.update(previous)
            previous = {c for h in en_hits for c in h.match.concepts} | carried
        if zh_hits or en_hits:
            yield zh_hits, en_hits, zh, en
