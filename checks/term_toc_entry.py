"""A table-of-contents entry that repeats a heading of its page (term-missing, either side).

A documentation page may open with a list of links to its own sections, `- [模型量化](#模型量化)` over
`- [Quantization](#quantization)`, each entry the text of a heading further down (`## 模型量化` / `## Quantization`).
A term the English entry lacks is lacked by the English heading it repeats: one defect, which the heading's bead
reports (or excuses, by what its section says). The entry is no second finding when

- the term's sentence is a list item made of one link to an anchor of the page (`[text](#anchor)`) whose text is,
  as written, the text of a heading on its side of the page,
- the bead's target is one such entry too, repeating a heading of the other side,
- and the two headings repeated are paired in one aligned bead: the heading the entry stands for, not any heading of
  the same text ("Configuration" of a training subsection for the entry of ## 推理配置 = "## Inference
  Configuration" is no proof, review55 R2).

An entry whose text is no heading's (an English entry shortened where the English heading is not) keeps its finding.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.document import Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

_ENTRY = LazyPattern(r"\s*(?:[-*+]|\d+[.)])\s+\[([^\]\n]+)\]\(#[^)\s]*\)\s*")
"""A list item that is one link to an anchor of the page: `- [模型量化](#模型量化)`, `1. [Usage](#usage)`."""


def entry_text(s: Sentence) -> str | None:
    """The text of `s` if it is a table-of-contents entry (a list item that is one link to an anchor of the page)."""
    if s.role is Role.HEADING:
        return None
    m = _ENTRY.fullmatch(s.text.source.line(s.location.line))
    text = s.text.text.strip()
    return text if m is not None and m.group(1).strip() == text else None


def _headings_paired(ctx: CheckContext, zh: str, en: str) -> bool:
    """Whether a heading of text `zh` and one of text `en` are paired in one aligned bead of the page."""
    return any(any(s.role is Role.HEADING and s.text.text.strip() == zh for s in zs)
               and any(s.role is Role.HEADING and s.text.text.strip() == en for s in es)
               for _pair, _bead, zs, es in ctx.aligned_beads())


def toc_entry(h: Hit, tgt_sentences: Sequence[Sentence], ctx: CheckContext) -> bool:
    """Whether the term `h` stands in a table-of-contents entry paired with one, each repeating a heading of its side,
    the two headings one bead (see the module docstring): the headings' bead speaks for it."""
    if len(tgt_sentences) != 1:
        return False
    src, tgt = entry_text(h.sentence), entry_text(tgt_sentences[0])
    if src is None or tgt is None:
        return False
    zh, en = (src, tgt) if h.lang == "zh" else (tgt, src)
    return _headings_paired(ctx, zh, en)
