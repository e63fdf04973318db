"""A table-of-contents entry that repeats a heading of its page (term-missing, either side).

A documentation page may open with a list of links to its own sections, `- [模型量化](#模型量化)` over
`- [Quantization](#quantization)`, each entry the text of a heading further down (`## 模型量化` / `## Quantization`).
A term the English entry lacks is lacked by the English heading it repeats: one defect, which the heading's bead
reports (or excuses, by what its section says). The entry is no second finding when

- the term's sentence is a list item made of one link to an anchor of the page (`[text](#anchor)`) whose text is,
  as written, the text of a heading on its side of the page,
- and the bead's target is one such entry too, repeating a heading of the other side.

An entry whose text is no heading's (an English entry shortened where the English heading is not) keeps its finding.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.document import Manuscript, Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

_ENTRY = LazyPattern(r"\s*(?:[-*+]|\d+[.)])\s+\[([^\]\n]+)\]\(#[^)\s]*\)\s*")
"""A list item that is one link to an anchor of the page: `- [模型量化](#模型量化)`, `1. [Usage](#usage)`."""


def repeats_heading(manuscript: Manuscript, s: Sentence) -> bool:
    """Whether `s` is a table-of-contents entry whose text is the text of a heading on its side of the page."""
    if s.role is Role.HEADING:
        return False
    m = _ENTRY.fullmatch(s.text.source.line(s.location.line))
    text = s.text.text.strip()
    if m is None or m.group(1).strip() != text:
        return False
    return any(o.role is Role.HEADING and o.text.text.strip() == text for o in manuscript.sentences(s.lang))


def toc_entry(h: Hit, tgt_sentences: Sequence[Sentence], manuscript: Manuscript) -> bool:
    """Whether the term `h` stands in a table-of-contents entry paired with one, each repeating a heading of its side
    (see the module docstring): the headings' bead speaks for it."""
    return len(tgt_sentences) == 1 and repeats_heading(manuscript, h.sentence) \
        and repeats_heading(manuscript, tgt_sentences[0])
