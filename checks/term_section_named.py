"""A term of a documentation body sentence left to the heading of its section, which names it on both sides.

A documentation section is about what its heading names: under `### 数据类型` = "### data type", the sentence
和数据类型相关的参数是… = "… are the relevant parameters" leaves the section's subject to its heading, as a reader
reads it; under `## 精度评测` = "## Evaluation", 评测时，请在config文件中… = "Remember to pass `quant_policy` …". The
term is said where the section starts, in both languages, so nothing is missing from the sentence. A term is taken
as left to its section when

- the page pair writes code (documentation, `presence.writes_code`),
- the term's sentence and every sentence of its bead's other side are body text (no heading: a heading's term is the
  heading's own, `term_heading_short` and its neighbours decide those),
- the nearest Markdown heading before the term's sentence names the concept, and the nearest heading before the
  other side's sentences names it too (by a term match, or a listed form found leniently),
- and those two headings are one bead of the alignment: the same section in both languages (a heading paired with
  another heading, or not at all, says nothing about this section).

The excuse's registry entry adds what `topic` asks of a page's subject left out (`term_excuses`): no other word in the
term's place (`Case.replaced`: a wrong rendering is reported in any section), no slip of the listed form, no other
concept in the target that the source lacks. A term dropped from a section whose heading does not name it on both
sides, or from a heading, keeps its finding.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from zhen_qa.checks.term_heading_parent import markdown_level
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.document import Manuscript, Role, Sentence


def section_heading(manuscript: Manuscript, sentence: Sentence) -> Sentence | None:
    """The nearest Markdown heading (`#` … `######`) before `sentence` on its side of the page (all pairs), or None."""
    side = manuscript.sentences(sentence.lang)
    for i, s in enumerate(side):
        if s is sentence:
            return next((p for p in reversed(side[:i]) if p.role is Role.HEADING and markdown_level(p) > 0), None)
    return None


def _one_bead(manuscript: Manuscript, zh: Sentence, en: Sentence) -> bool:
    """Whether a Chinese and an English sentence are in one bead of the alignment."""
    for pair in manuscript.pairs:
        for bead in pair.beads:
            if any(pair.zh[i] is zh for i in bead.zh):
                return any(pair.en[j] is en for j in bead.en)
    return False


def left_to_section(h: Hit, tgt_sentences: Sequence[Sentence], manuscript: Manuscript, documentation: bool,
                    names_own: Callable[[Sentence], bool], names_other: Callable[[Sentence], bool]) -> bool:
    """Whether the term of hit `h` is left to the heading of its section (see the module docstring); `names_own` and
    `names_other` say whether a sentence of the term's language, of the other language, names the term's concept."""
    if not documentation or not tgt_sentences or h.sentence.role is Role.HEADING \
            or any(s.role is Role.HEADING for s in tgt_sentences):
        return False
    own, other = section_heading(manuscript, h.sentence), section_heading(manuscript, tgt_sentences[0])
    if own is None or other is None or not names_own(own) or not names_other(other):
        return False
    zh, en = (own, other) if h.lang == "zh" else (other, own)
    return _one_bead(manuscript, zh, en)
