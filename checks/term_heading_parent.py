"""A Chinese sub-heading's term that the English sub-heading leaves to its parent heading, naming only what both keep:
### 通过 npm 安装 ("install with npm") = ### npm under ## Install (term-missing, Chinese terms).

Documentation lists the ways to do one thing as sub-headings of a heading that names it: ## 安装 / ## Install over
### 通过 npm 安装, ### 通过 CDN 安装. The Chinese repeats the act in each sub-heading, the English titles each by the
name alone (### npm, ### CDN), the act said once above. The reader is told the term by the parent, and nothing is
missing. A Chinese term is taken as rendered when

- the page pair writes code (documentation, `presence_usage.writes_code`),
- the term's sentence is a heading and the bead's English is one heading,
- every word of the English heading (Latin letters and digits) is written in the Chinese heading too: the English
  heading is the name both keep, no words of its own ("### Using npm" translates, and says another word where
  the term was; "### npm packages" has a word of its own),
- and the English heading's parent (the nearest heading before it of a higher level, # over ##) names the concept.

A heading of a manuscript without code, one with words of its own, or one whose parent does not name the term keeps
its finding.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.document import Manuscript, Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

_WORD = LazyPattern(r"[A-Za-z0-9]+")
_HASHES = LazyPattern(r"\s*(#+)\s")


def markdown_level(s: Sentence) -> int:
    """The Markdown level of a heading sentence (1 for `#`; 0 when its line is no `#` heading)."""
    m = _HASHES.match(s.text.source.line(s.location.line))
    return len(m.group(1)) if m else 0


def parent_heading(manuscript: Manuscript, heading: Sentence) -> Sentence | None:
    """The nearest heading before `heading` on its side of the page (all pairs) of a higher level (fewer `#`), or
    None."""
    level = markdown_level(heading)
    if level <= 1:
        return None
    side = manuscript.sentences(heading.lang)
    for i, s in enumerate(side):
        if s is heading:
            return next((p for p in reversed(side[:i]) if p.role is Role.HEADING and 0 < markdown_level(p) < level),
                        None)
    return None


def heading_left_to_parent(h: Hit, tgt_sentences: Sequence[Sentence], manuscript: Manuscript, documentation: bool,
                           names: Callable[[Sentence], bool]) -> bool:
    """Whether the Chinese heading term `h` is said by the parent of its bead's English heading, which names only what
    the Chinese heading keeps (see the module docstring); `names` says whether an English sentence names the term's
    concept."""
    if not documentation or h.lang != "zh" or h.sentence.role is not Role.HEADING:
        return False
    if len(tgt_sentences) != 1 or tgt_sentences[0].role is not Role.HEADING:
        return False
    words = [w.lower() for w in _WORD.findall(tgt_sentences[0].text.text)]
    zh_words = {w.lower() for w in _WORD.findall(h.sentence.text.text)}
    if not words or any(w not in zh_words for w in words):
        return False
    parent = parent_heading(manuscript, tgt_sentences[0])
    return parent is not None and names(parent)
