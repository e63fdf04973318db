"""A documentation heading's term that the other side's heading leaves out while the section under that heading says
it (term-missing, either side): a title written freely, not a dropped concept.

Documentation headings are titles each language words its own way: ## 推理效率 over "## Performance", ## 增加语言包
over "## Adding new language", "### Check the code style" over ### 代码风格检测. Of the term-missing findings 0.41.0
reports on Markdown headings of the documentation sets with glossaries, the reviewer rejected 57 and accepted 7
(hd61; gx60 counted 105 / 8 on the label files, stale rows included): the surface of the heading cannot tell the two
apart — a word changed, dropped or said by a synonym looks the same in both. What tells them apart is whether the
concept reached the reader: where the section under the other side's heading says the concept by its listed form (or
the file's own rendering), the reader of that side is told the term where the section is, and the heading is one
title among the ways to name it. Where the section does not say it either, the concept is dropped from the heading
and its body alike, and the heading keeps its finding: one finding for the dropped concept, at the heading that
names the section.

A term is taken as said when

- the page pair writes code (documentation, `presence.writes_code`: a thesis's chapter title keeps its finding),
- the term's sentence is a heading and every sentence of its bead on the other side is a heading (a heading paired
  with prose is an alignment slip, which keeps its finding),
- the other side's heading names no glossary concept the term's heading does not (`names_nothing_else`: "### 3.3
  Publish BATCH Message" over ### 3.3 批量事件发布 says the glossary's *message* where the Chinese says 事件, event:
  another listed term in the heading, a wrong term, stays reported),
- the other side's heading writes no part of a listed form of the term's concept (`part_written`: two Han
  characters of a Chinese form of three or more, a content word of an English form of two words or more):
  ## 应用状态中继 for "## Application State Preservation" (listed 状态保留), ## 使用其他模块联合模块 for "## Consume
  other Module Federation modules" (listed 模块联邦): the heading writes the term in its place and changes the rest
  of it, a deformed term a reader takes for another, which stays reported (the two such labelled headings, karmada
  and rslib, are true findings),
- the other side's heading is a title of its own, not the term's heading translated word for word with the term
  deleted (`term_heading_short.says_rest`): "## Service" for ## 推理服务, ## 服务 for "## Inference Service" is a
  heading cut short, the shape of a translator's drop (the docs term gauge injects exactly that, and the section
  under it still says the term); "## Your First Pull Request" for ## 第一次贡献 (contribution) words the section its
  own way. The test is the lexicon's: a cut-short heading with a word it does not gloss (活跃 "active") or a
  function character (将, 的) reads as a title of its own (hd61's log lists the gauge sites so lost),
- the term does not tell two sections apart (`term_heading_short.tells_sections_apart`: ## 训练配置 beside
  ## 推理配置, or another heading of the other side reads as this one): two sections the reader can no longer tell
  apart by their titles is a defect the section body does not mend (review55 R1),
- and a sentence of the section under the other side's heading (up to the next heading, `section_under`) names the
  concept.

A deprecated form in the heading is another rule's finding (term-forbidden) and stays reported; a heading
paired with another section's heading keeps its finding unless that section happens to say the term.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from zhen_qa.aligner.lexicon import en_stems
from zhen_qa.checks.term_heading_section import section_under
from zhen_qa.checks.term_heading_short import tells_sections_apart
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.document import Manuscript, Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

_HAN = LazyPattern(r"[\u4e00-\u9fff]")
PART_HAN = 2
"""Han characters in a row of a listed Chinese form (of PART_HAN + 1 or more) that make a part of it."""


def part_written(heading: str, forms: Iterable[str], lang: str) -> bool:
    """Whether the heading text writes a part of one of the concept's listed forms in `lang` (see the module
    docstring): PART_HAN Han characters in a row of a Chinese form of more Han characters, or a content word of an
    English form of two content words or more."""
    if lang == "zh":
        for f in forms:
            han = "".join(_HAN.findall(f))
            if len(han) > PART_HAN and any(f[i:i + PART_HAN] in heading for i in range(len(f) - PART_HAN + 1)
                                           if len(_HAN.findall(f[i:i + PART_HAN])) == PART_HAN):
                return True
        return False
    words = set(en_stems(heading))
    return any(len(stems := en_stems(f)) >= 2 and words & set(stems) for f in forms)


def heading_said_below(h: Hit, tgt_sentences: Sequence[Sentence], manuscript: Manuscript, documentation: bool,
                       names_nothing_else: Callable[[], bool], forms: Iterable[str], rest_said: Callable[[str], bool],
                       names: Callable[[Sentence], bool]) -> bool:
    """Whether the heading term `h` is said by the section under the other side's heading of its bead (see the
    module docstring); `forms` are the concept's listed forms in the other side's language, `rest_said` whether a
    heading text of the other side says the rest of the term's heading word for word, `names` whether a
    sentence of the other side names the term's concept, and `names_nothing_else` whether the bead's other side
    names no glossary concept its source does not (asked last of the three: most candidates are no heading)."""
    if not documentation or h.sentence.role is not Role.HEADING:
        return False
    if not tgt_sentences or any(s.role is not Role.HEADING for s in tgt_sentences) or not names_nothing_else():
        return False
    lang, text = tgt_sentences[0].lang, " ".join(s.text.text for s in tgt_sentences)
    if part_written(text, forms, lang) or rest_said(text) or tells_sections_apart(h, tgt_sentences[-1], manuscript):
        return False
    return any(names(s) for s in section_under(manuscript, tgt_sentences[-1]))
