"""A term of a documentation body sentence left to the heading of its section, which names it on both sides.

A documentation section is about what its heading names: under `### 数据类型` = "### data type", the sentence
和数据类型相关的参数是… = "… are the relevant parameters" leaves the section's subject to its heading, as a reader
reads it; under `## 精度评测` = "## Evaluation", 评测时，请在config文件中… = "Remember to pass `quant_policy` …". The
term is said where the section starts, in both languages, so nothing is missing from the sentence. A term is taken
as left to its section when

- the page pair writes code (documentation, `presence_usage.writes_code`),
- the term's sentence and every sentence of its bead's other side are body text (no heading: a heading's term is the
  heading's own, `term_heading_short` and its neighbours decide those),
- the nearest Markdown heading before the term's sentence is a section's (`##` or deeper, not the page title) and
  names the concept, and the nearest heading before the
  other side's sentences names it too (by a term match, or a listed form found leniently),
- and those two headings are one bead of the alignment: the same section in both languages (a heading paired with
  another heading, or not at all, says nothing about this section).

- and the term is a Chinese one whose English sentence says nothing the Chinese does not (`explained`: every English
  content word glossed by a Chinese word of two characters or more, or written in the Chinese in Latin letters). A
  word the Chinese does not say stands where the term is missing: another word in its place ("the substance
  parameters" for 数据类型的参数), a wrong rendering to report in any section. (`Case.replaced`, which the registry
  asks too, looks at the term's slot only and misses "are the substance parameters"; the injected drops of
  `benchmarks/docs_term_recall.py` showed it.) English terms lacking their Chinese are not taken: no test of the
  Chinese side tells a word put in the term's place (物质) from the rest of a free Chinese sentence.

The excuse's registry entry adds what `topic` asks of a page's subject left out (`term_excuses`): no other word in the
term's place (`Case.replaced`), no slip of the listed form, no other concept in the target that the source lacks. A
term dropped from a section whose heading does not name it on both sides, or from a heading, keeps its finding.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from zhen_qa.aligner.lexicon import en_stems
from zhen_qa.checks.term_heading_parent import markdown_level
from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.zh_words import glossed_words
from zhen_qa.manuscript.document import Manuscript, Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

WORD_MIN = 2
"""Fewest characters of a Chinese word that explains an English word (one character glosses too much: 和 lists
"sum" and "peace")."""

_LATIN = LazyPattern(r"[A-Za-z]+")


SECTION_LEVEL = 2
"""Least Markdown level of a section heading (`##`): a page title (`#`) names the page's subject, which `topic`
excuses only where the page names it throughout (review55 R6: `# 依赖管理` over "Select the ones to upgrade in the
panel." keeps its finding)."""


def section_heading(manuscript: Manuscript, sentence: Sentence) -> Sentence | None:
    """The nearest Markdown heading before `sentence` on its side of the page (all pairs), or None; None too when that
    heading is the page's title (level < SECTION_LEVEL)."""
    side = manuscript.sentences(sentence.lang)
    for i, s in enumerate(side):
        if s is sentence:
            heading = next((p for p in reversed(side[:i]) if p.role is Role.HEADING and markdown_level(p) > 0), None)
            return heading if heading is not None and markdown_level(heading) >= SECTION_LEVEL else None
    return None


def explained(en_text: str, zh_text: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether every content word of the English is said by the Chinese: a Chinese word of WORD_MIN characters or
    more glosses it (`zh_words.glossed_words`), or the Chinese writes it in Latin letters (a name, a code word). An
    English word nothing in the Chinese says stands where the term is missing: a wrong word, not a term left to the
    heading ("the substance parameters", "8bit k/v substance")."""
    return not unexplained(en_text, zh_text, zh2en)[0]


def unexplained(en_text: str, zh_text: str, zh2en: Mapping[str, tuple[str, ...]]) -> tuple[list[str], int]:
    """The content words of the English that the Chinese does not say (as `explained`), and how many content words
    the English has."""
    written = {w.lower() for w in _LATIN.findall(zh_text)}
    unsaid, content = [], 0
    for word in _LATIN.findall(en_text):
        if not en_stems(word):
            continue
        content += 1
        if word.lower() in written:
            continue
        if any(next(glossed_words(s, zh_text, zh2en, WORD_MIN), None) is None for s in en_stems(word)):
            unsaid.append(word)
    return unsaid, content


def _one_bead(manuscript: Manuscript, zh: Sentence, en: Sentence) -> bool:
    """Whether a Chinese and an English sentence are in one bead of the alignment."""
    for pair in manuscript.pairs:
        for bead in pair.beads:
            if any(pair.zh[i] is zh for i in bead.zh):
                return any(pair.en[j] is en for j in bead.en)
    return False


def left_to_section(h: Hit, src_text: str, tgt_sentences: Sequence[Sentence], manuscript: Manuscript,
                    documentation: bool, names_own: Callable[[Sentence], bool], names_other: Callable[[Sentence], bool],
                    zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the Chinese term of hit `h` (in the bead's Chinese `src_text`) is left to the heading of its section
    (see the module docstring); `names_own` and `names_other` say whether a Chinese, an English sentence names the
    term's concept."""
    if not documentation or h.lang != "zh" or not tgt_sentences or h.sentence.role is Role.HEADING \
            or any(s.role is Role.HEADING for s in tgt_sentences):
        return False
    own, other = section_heading(manuscript, h.sentence), section_heading(manuscript, tgt_sentences[0])
    if own is None or other is None or not names_own(own) or not names_other(other):
        return False
    return _one_bead(manuscript, own, other) \
        and explained(" ".join(s.text.text for s in tgt_sentences), src_text, zh2en)
