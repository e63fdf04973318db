"""A Chinese term that a short English label leaves to the heading of its section (term-missing, Chinese terms).

Documentation introduces a code block or a case with a label, and the two languages word it differently:
under "How to Use Type Promotion" (三、飞桨的隐式类型提升使用方法说明) the Chinese writes
1、对于支持隐式类型提升的情况 ("for the case that supports implicit type promotion") and the English "1. For
Supported Case"; under "Type Promotion Rules" the Chinese says 以下是 Tensor 之间类型提升的样例： and the English
"Sample Code:". The section's heading names the term in both languages, and the English label, a few words with
no sentence of its own, leaves it to the heading above: nothing is missing. A Chinese term is taken as rendered when

- the page pair writes code (documentation, `presence_usage.writes_code`),
- the English of the bead is one label: LABEL_MAX words at most (a list marker not counted), ending with no full
  stop, question or exclamation mark, and no Markdown heading (a `#` line or an underlined one titles a section of
  its own, and `term_heading_section` / `term_heading_parent` judge its term on their own conditions: "### npm
  packages" for ### 通过 npm 安装 has a word of its own); a numbered line the reader takes for a heading by its
  number (2、For Unsupported Case) is such a label,
- the heading of the section each side is in names the concept: the nearest heading before it, or for a heading
  the nearest one before it that is less deep (`heading_above`: a numbered line is below every Markdown level),
- and no other word stands in the term's place in the English (`Case.replaced`, checked by the caller): "Skin
  settings:" for 主题设置： under a heading naming 主题 says the wrong word.

A label under a heading that does not name the term, a label said as a sentence ("Type promotion is applied to the
following operators."), or prose keeps its finding.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from zhen_qa.checks.term_heading_parent import markdown_level
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.document import Manuscript, Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

LABEL_MAX = 4
"""Most English words of a label ("For Supported Case", "Sample Code:")."""

_MARKER = LazyPattern(r"\s*(?:[-*+]|\d+[.、)]|[(（]\d+[)）])\s*")
"""A list marker before a label (1., 2、, -)."""
_WORD = LazyPattern(r"[A-Za-z][A-Za-z'\-]*|\d+")
_STOP = LazyPattern(r"[.!?。！？]\s*$")
_SETEXT_1 = LazyPattern(r"\s*=+\s*$")
_SETEXT_2 = LazyPattern(r"\s*-+\s*$")
NUMBERED_DEPTH = 7
"""The depth of a heading by its line alone (a numbered line): below every `#` level."""


def _depth(s: Sentence) -> int:
    """How deep a heading sentence is: its `#` count, 1 or 2 for a setext heading (underlined by = or -), and
    NUMBERED_DEPTH for a heading by its line alone (1、对于支持…的情况, a numbered line under the marked ones)."""
    if level := markdown_level(s):
        return level
    under = s.text.source.line(s.location.end_line + 1)
    return 1 if _SETEXT_1.match(under) else 2 if _SETEXT_2.match(under) else NUMBERED_DEPTH


def heading_above(manuscript: Manuscript, sentence: Sentence) -> Sentence | None:
    """The heading of the section `sentence` is in, on its side of the page (all pairs): the nearest heading before
    it, or for a heading the nearest one before it that is less deep (its parent); None where there is none."""
    side = manuscript.sentences(sentence.lang)
    for i, s in enumerate(side):
        if s is sentence:
            depth = _depth(s) if s.role is Role.HEADING else NUMBERED_DEPTH + 1
            return next((p for p in reversed(side[:i]) if p.role is Role.HEADING and _depth(p) < depth), None)
    return None


def is_label(text: str) -> bool:
    """Whether an English text is a label: LABEL_MAX words at most after any list marker, no full stop at its end."""
    rest = text[m.end():] if (m := _MARKER.match(text)) else text
    return 0 < len(_WORD.findall(rest)) <= LABEL_MAX and not _STOP.search(rest)


def label_under_heading(h: Hit, tgt_sentences: Sequence[Sentence], manuscript: Manuscript, documentation: bool,
                        names_zh: Callable[[Sentence], bool], names_en: Callable[[Sentence], bool]) -> bool:
    """Whether the Chinese term `h` is left by a short English label to the heading of its section, which names the
    concept in both languages (see the module docstring; the caller checks that no word replaces the term).
    `names_zh` / `names_en` say whether a Chinese / English sentence names the term's concept."""
    if not documentation or h.lang != "zh" or len(tgt_sentences) != 1:
        return False
    label = tgt_sentences[0]
    if not is_label(label.text.text) or label.role is Role.HEADING and _depth(label) < NUMBERED_DEPTH:
        return False  # a Markdown heading (# or underlined) titles a section: `term_heading_*` judge it
    zh_heading = heading_above(manuscript, h.sentence)
    en_heading = heading_above(manuscript, tgt_sentences[0])
    return zh_heading is not None and en_heading is not None and names_zh(zh_heading) and names_en(en_heading)
