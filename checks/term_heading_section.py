"""A term of a documentation heading that the English heading leaves to its section (term-missing, Chinese terms).

Documentation pages are written in both languages side by side, and their headings are labels each language words
its own way: 配置主题 over "Basic Usage", 增加语言包 over "Adding new language", 注册全局方法 over "Global methods".
A heading names its section's topic; where the paired English heading does not say a term of the Chinese heading but
the English section under it does ("You can pass `theme` to `ConfigProvider` to customize theme"), the reader is
told it where the section is, and nothing is missing. A Chinese term is taken as rendered when

- the page pair writes code (documentation, `presence.writes_code`),
- the term's sentence is a heading and every English sentence of its bead is a heading,
- and a sentence of the English section under the bead's last heading (up to the next heading) names the concept.

A heading paired with prose (an alignment slip), a heading of a manuscript without code (a thesis's chapter title),
or one whose English section never names the term keeps its finding.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.document import Manuscript, Role, Sentence


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


def heading_left_to_section(h: Hit, tgt_sentences: Sequence[Sentence], manuscript: Manuscript, documentation: bool,
                            names: Callable[[Sentence], bool]) -> bool:
    """Whether the Chinese heading term `h` is said by the English section under its bead's heading (see the module
    docstring); `names` says whether an English sentence names the term's concept."""
    if not documentation or h.lang != "zh" or h.sentence.role is not Role.HEADING:
        return False
    if not tgt_sentences or any(s.role is not Role.HEADING for s in tgt_sentences):
        return False
    return any(names(s) for s in section_under(manuscript, tgt_sentences[-1]))
