"""A Chinese page title whose English page title is a name of its own (term-missing, Chinese terms):
# W8A8 LLM 模型部署 = "# SmoothQuant".

Documentation often titles a page by the method or product it documents in one language and describes it
in the other: the Chinese page "W8A8 LLM 模型部署" (deploying W8A8 models) is the English page "SmoothQuant". The
English heading renders none of the Chinese heading; it is another title, not a translation that dropped the
heading's terms, and a finding per term names no defect a translator can fix by adding a word. A Chinese term is
taken as retitled when

- the page pair writes code (documentation),
- the term's sentence is the Chinese page's title, paired with the English page's title: the first heading of
  each file, of level 1 (`# `). A page is titled by its method; a section heading under it (## 量化模型 =
  "## TurboMind") replaced by a product name the Chinese never writes is a copy-paste slip a translator must fix,
  and keeps its findings (review56 R5), as does a second `#` heading and a page whose first heading is `##`,
- every word of the English heading is a made-up name in camel case (SmoothQuant, TurboMind: a capital after a
  lower-case letter), so it has no word that could render any part of the Chinese,
- the Chinese heading writes none of those names: TurboQuant 量化 = "TurboQuant" is the name clipping the term
  (`term_name_clipped`), not a new title,
- and no part of a name (Smooth|Quant) says a word of the Chinese heading: none of PART_MIN letters or more begins,
  or is begun by, an English form of the term's concept or a lexicon gloss of a Chinese word of the heading. A name
  built of the heading's words is its rendering as a code name, and one with a wrong part is a defect:
  # 字段映射 = "# TypeMapper" ("Mapper" the term's "map", "Type" in the place of 字段 "field") keeps its finding
  (`term_code_agent`).

An English heading with any ordinary word ("# W8A8 LLM Deployment", "## Quantization", "## Performance") or an
acronym (AWQ, GPU: an acronym may stand for the Chinese words) keeps the finding; so does any sentence that is no
heading.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from zhen_qa.checks.term_abbrev_kept import substring_glosses
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.document import Block, Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

_TOKEN = LazyPattern(r"[^\s/&,+|]+")
_CAMEL_NAME = LazyPattern(r"[A-Z][A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*")
"""A made-up name in camel case: a capital after a lower-case letter (SmoothQuant, TurboMind, DeepSpeed)."""
_PART = LazyPattern(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
PART_MIN = 3
"""Fewest letters of a name's part, and of the word it is compared with, for the part to say that word."""


def page_title(sentence: Sentence, blocks: Sequence[Block]) -> bool:
    """Whether `sentence` is in its file's title: the file's first heading (`blocks`: the manuscript's, in file
    order), a Markdown heading of level 1."""
    source = sentence.text.source
    first = next((b for b in blocks if b.role is Role.HEADING and b.text.source is source and b.text.offsets), None)
    if first is None or first.part is None or first.part.level != 1 or not sentence.text.offsets:
        return False
    return first.text.offsets[0] <= sentence.text.offsets[0] <= first.text.offsets[-1]


def retitled_by_name(h: Hit, tgt_sentences: Sequence[Sentence], documentation: bool, forms: Iterable[str],
                     zh2en: Mapping[str, tuple[str, ...]], blocks: Sequence[Block]) -> bool:
    """Whether the Chinese page title's term `h` is paired with the English page title made only of camel-case
    names the Chinese heading does not write and whose parts say none of its words (`forms`: the concept's English
    forms; `blocks`: the manuscript's, for the titles; see the module docstring)."""
    if not documentation or h.lang != "zh" or h.sentence.role is not Role.HEADING:
        return False
    if len(tgt_sentences) != 1 or tgt_sentences[0].role is not Role.HEADING:
        return False
    if not page_title(h.sentence, blocks) or not page_title(tgt_sentences[0], blocks):
        return False
    names = _TOKEN.findall(tgt_sentences[0].text.text.strip().lstrip("#").strip())
    zh = h.sentence.text.text.lower()
    if not names or not all(_CAMEL_NAME.fullmatch(n) and n.lower() not in zh for n in names):
        return False
    words = {w.lower() for f in forms for w in f.split()} | substring_glosses(h.sentence.text.text, zh2en)
    words = {w for w in words if len(w) >= PART_MIN}
    parts = {p.lower() for n in names for p in _PART.findall(n) if len(p) >= PART_MIN}
    return not any(p.startswith(w) or w.startswith(p) for p in parts for w in words)
