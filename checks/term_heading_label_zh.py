"""An English documentation heading's term that the Chinese heading leaves to its section (term-missing, English
terms): the mirror of `term_heading_section`.

Documentation pages are written in both languages side by side, and each language titles its sections its own way:
"## Design Token" over 基本概念 (basic concepts), "### Life of Design Token" over 演变过程 (how it evolves). Where the
paired Chinese heading is a label of its own and the Chinese section under it names the English heading's term, the
reader is told the term where the section is, and nothing is missing. An English term is taken as rendered when

- the page pair writes code (documentation, `presence_usage.writes_code`),
- the term's sentence is a heading and every Chinese sentence of its bead is a heading,
- a sentence of the Chinese section under the bead's last heading (up to the next heading) names the concept,
- and the Chinese heading is a label of its own, not a translation of the English one: it has no lexicon rendering
  of a content word of the English heading besides the term ("### Switch Themes Dynamically" over 动态切换
  translates "switch" and "dynamically" and drops the term, which is what a glossary is there to catch); and it has
  LABEL_MIN Han characters at least: a one-word heading (## 皮肤 over "## Theme") is the term's own slot, said with
  the wrong word.
- Where the English heading is the term alone (no content word besides it), the Chinese section names it in the
  English form the Chinese page keeps ("## Design Token" over 基本概念 whose section writes Design Token): the page
  leaves the name untranslated, so its Chinese heading may label the section freely. A section that names it by the
  glossary's Chinese word (主题 under ## 界面风格 for "## Themes") shows the page HAS the word, and the heading chose
  another: the term's slot said with the wrong word, however long (review53 R9).

- A heading the section below writes whole beside the term (### 动态切换 over 在 v5 中，动态切换主题…, for "### Switch
  Themes Dynamically") is that phrase with the term clipped off, not a translation dropping it: it may translate
  the rest (`clipped`).
- A section with no Chinese words (an image, a demo under ### 演变过程 for "### Life of Design Token") is read with
  the sentence leading into it (…您需要了解 antd 中 Design Token 的生命周期。), which names what the picture shows.

A heading paired with prose (an alignment slip), a heading of a manuscript without code, or one whose Chinese section
never names the term keeps its finding.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from zhen_qa.aligner.lexicon import stem
from zhen_qa.checks.presence import Evidence
from zhen_qa.checks.term_heading_section import section_under
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.document import Manuscript, Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN

LABEL_MIN = 4
"""Fewest Han characters of a Chinese heading that labels its section in words of its own (基本概念; 皮肤 is one word,
the term's slot)."""
_WORD = LazyPattern(r"[A-Za-z]+")
_HAN = LazyPattern(f"[{HAN}]")
_HEADING_MARK = LazyPattern(r"^\s*#+\s*")


def _rest_words(h: Hit, stop: Collection[str]) -> list[str]:
    """The content words (3 letters or more, not stop words) of the English heading outside the term `h`."""
    text = h.sentence.text.text
    rest = text[:h.match.start] + " " + text[h.match.end:]
    return [w for w in (m.group().lower() for m in _WORD.finditer(rest)) if w not in stop and len(w) >= 3]


def translates_rest(h: Hit, zh_heading: str, en2zh: Mapping[str, tuple[str, ...]], stop: Collection[str]) -> bool:
    """Whether the Chinese heading has a lexicon rendering (2 characters or more) of a content word of the English
    heading outside the term `h`: then it translates the heading, and the term's place is left empty or taken."""
    return any(len(r) >= 2 and r in zh_heading for w in _rest_words(h, stop) for r in en2zh.get(stem(w), ()))


def heading_label_zh(h: Hit, tgt_sentences: Sequence[Sentence], manuscript: Manuscript, documentation: bool,
                     names: Callable[[Sentence], bool], en2zh: Mapping[str, tuple[str, ...]],
                     stop: Collection[str], en_forms: Sequence[str], zh_forms: Sequence[str] = ()) -> bool:
    """Whether the English heading term `h` is said by the Chinese section under its bead's Chinese heading, a label
    of its own (see the module docstring); `names` says whether a Chinese sentence names the term's concept,
    `en_forms` and `zh_forms` are the concept's English and Chinese forms."""
    if not documentation or h.lang != "en" or h.sentence.role is not Role.HEADING:
        return False
    if not tgt_sentences or any(s.role is not Role.HEADING for s in tgt_sentences):
        return False
    zh_heading = "".join(s.text.text for s in tgt_sentences)
    section = section_under(manuscript, tgt_sentences[-1])
    if not any(_HAN.search(s.text.text) for s in section):  # an image, a demo: the sentence leading into it
        section = [*section, *_leading(manuscript, tgt_sentences[0])]
    if len(_HAN.findall(zh_heading)) < LABEL_MIN:
        return False
    if translates_rest(h, zh_heading, en2zh, stop) and not clipped(zh_heading, section, zh_forms):
        return False
    alone = not _rest_words(h, stop)
    return any(names(s) and (not alone or Evidence(s.text.text).has_en(en_forms)) for s in section)


def clipped(zh_heading: str, section: Sequence[Sentence], zh_forms: Sequence[str]) -> bool:
    """Whether a sentence of the section writes the whole Chinese heading right beside a Chinese form of the term
    (### 动态切换 over 动态切换主题…): the heading is the section's own phrase with the term clipped off, the term said
    where the section begins."""
    core = _HEADING_MARK.sub("", zh_heading).strip()
    return len(_HAN.findall(core)) >= 2 and any(
        core + f in s.text.text or f + core in s.text.text for f in zh_forms if f for s in section)


def _leading(manuscript: Manuscript, heading: Sentence) -> list[Sentence]:
    """The sentence right before `heading` on its side of the page, when it is no heading ([] otherwise)."""
    side = manuscript.sentences(heading.lang)
    i = next((k for k, s in enumerate(side) if s is heading), 0)
    return [side[i - 1]] if i > 0 and side[i - 1].role is not Role.HEADING else []
