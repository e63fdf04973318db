"""Which uses of an English form of a glossary concept are no writer's choice of spelling for term-inconsistent's
respellings (`term_written.is_respelling`): a form that renders another concept's Chinese on the page, and a form in
a table row that quotes the product's own message beside its code constant.

iotdb's concepts page defines 测点 (its glossary's `measurement`) as "Timeseries" and 时间序列 as "time series":
the two writings render two Chinese terms the page keeps apart, not one term spelt two ways. A status-code table
(`| 609 | ALIGNED_TIMESERIES_ERROR | Meet error in aligned timeseries |`) quotes the messages the product prints,
spelt as the product spells them, as `term_inconsistent._NAME_MARK` keeps a name as written.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_row_subject import table_row
from zhen_qa.glossary.model import Glossary
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

_CODE_CONSTANT = LazyPattern(r"\s*`?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+`?\s*")
"""A table cell that is a code constant in capitals and underscores (TIMESERIES_ALREADY_EXIST)."""


def in_message_row(sentence: Sentence, index: int) -> bool:
    """Whether character `index` of the sentence stands in a later cell of a Markdown table row another cell of
    which is a code constant (`_CODE_CONSTANT`): the product's message for that code, quoted as it prints it."""
    found = table_row(sentence, index)
    if found is None:
        return False
    cells, k = found
    return any(i != k and _CODE_CONSTANT.fullmatch(c) for i, c in enumerate(cells))


def concepts_by_sentence(order: Sequence[Hit]) -> dict[int, set[str]]:
    """The glossary concepts each Chinese sentence names (by the id of the sentence), from the hits of `order`."""
    out: dict[int, set[str]] = {}
    for h in order:
        if h.lang == "zh":
            out.setdefault(id(h.sentence), set()).add(h.match.concept_id)
    return out


RENDERS_OTHER_MIN = 2
"""Uses of a form rendering another concept's Chinese that make it that term's writing on the page: one may be a
bead the aligner drew wide; a page that writes the form for another term does so again."""


def renders_other(hits: Sequence[Hit], concept_id: str, glossary: Glossary, named: Mapping[int, set[str]],
                  partners: Mapping[int, list[Sentence]]) -> bool:
    """Whether RENDERS_OTHER_MIN uses or more of one English form render another glossary concept's Chinese: the
    Chinese partner names that concept and not `concept_id`, and the English sentence has none of that concept's
    English (iotdb's "timeseries" facing 测点, the glossary's `measurement`, with no "measurement" in the English,
    where "time series" faces 时间序列): the page writes the form for another term, not this one spelt otherwise."""
    def renders(h: Hit) -> bool:
        faced = set().union(*(named.get(id(p), set()) for p in partners.get(id(h.sentence), [])))
        if not faced or concept_id in faced:
            return False
        text = h.sentence.text.text.lower()
        return any(not any(f.lower() in text for f in glossary.concept(d).accepted("en") if f) for d in faced)
    return sum(1 for h in hits if renders(h)) >= RENDERS_OTHER_MIN
