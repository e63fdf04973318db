"""A term of a documentation heading that the English heading leaves to its section (term-missing, Chinese terms).

Documentation pages are written in both languages side by side, and their headings are labels each language words
its own way: 配置主题 over "Basic Usage", 增加语言包 over "Adding new language", 注册全局方法 over "Global methods".
A heading names its section's topic; where the paired English heading does not say a term of the Chinese heading but
the English section under it does ("You can pass `theme` to `ConfigProvider` to customize theme"), the reader is
told it where the section is, and nothing is missing. A Chinese term is taken as rendered when

- the page pair writes code (documentation, `presence_usage.writes_code`),
- the term's sentence is a heading and every English sentence of its bead is a heading,
- and a sentence of the English section under the bead's last heading (up to the next heading) names the concept.

- and the English heading is a label of its own, not a translation of the Chinese one: no word of the Chinese
  heading besides the term is glossed in it. "Configure skin" for 配置主题 translates 配置 and puts another word in
  the term's place, which is what a glossary is there to catch (review49 R2); and it has two content words at
  least: a one-word heading ("## Skin" for 主题, "## About skins" for 关于主题) is the term's own slot, said with the
  wrong word (review49b Q4).

A heading paired with prose (an alignment slip), a heading of a manuscript without code (a thesis's chapter title),
or one whose English section never names the term keeps its finding.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from zhen_qa.aligner.lexicon import en_stems, one_begins_other
from zhen_qa.checks.term_abbrev_kept import substring_glosses
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.document import Manuscript, Role, Sentence

SAME_MIN = 4
"""Fewest letters of the shorter of a lexicon gloss and a heading word's stem where one begins the other: the two
stem apart ("configuration" / "configur")."""

def section_under(manuscript: Manuscript, heading: Sentence) -> list[Sentence]:
    """The sentences after `heading` in its pair's side, up to the next heading (none: [])."""
    for pair in manuscript.pairs:
        side = pair.en if heading.lang == "en" else pair.zh
        for i, s in enumerate(side):
            if s is heading:
                out: list[Sentence] = []
                for after in side[i + 1:]:
                    if after.role is Role.HEADING:
                        break
                    out.append(after)
                return out
    return []


def translates_rest(h: Hit, en_heading: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the English heading glosses a word of the Chinese heading outside the term `h` (2 to 4 characters the
    lexicon knows: `term_abbrev_kept.substring_glosses`): then it translates the heading, and another word stands in
    the term's place."""
    text = h.sentence.text.text
    rest = text[:h.match.start] + " " + text[h.match.end:]
    glossed = substring_glosses(rest, zh2en)
    return any(one_begins_other(a, b, SAME_MIN) for a in en_stems(en_heading) for b in glossed)


def heading_left_to_section(h: Hit, tgt_sentences: Sequence[Sentence], manuscript: Manuscript, documentation: bool,
                            names: Callable[[Sentence], bool], zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the Chinese heading term `h` is said by the English section under its bead's heading (see the module
    docstring); `names` says whether an English sentence names the term's concept."""
    if not documentation or h.lang != "zh" or h.sentence.role is not Role.HEADING:
        return False
    if not tgt_sentences or any(s.role is not Role.HEADING for s in tgt_sentences):
        return False
    en_heading = " ".join(s.text.text for s in tgt_sentences)
    if len(en_stems(en_heading)) < 2 or translates_rest(h, en_heading, zh2en):
        return False
    return any(names(s) for s in section_under(manuscript, tgt_sentences[-1]))
