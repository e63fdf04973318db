"""English keywords without Chinese ones: the keyword line of an abstract missing, given in English, shorter or run
together (one untranslated finding)."""
from __future__ import annotations

from zhen_qa.checks.quote import clipped
from zhen_qa.checks.untranslated_findings import UNTRANSLATED, listing, run_span
from zhen_qa.manuscript.document import Pair, Role, Sentence
from zhen_qa.manuscript.keyword_lines import is_keyword_line, is_unseparated_terms
from zhen_qa.manuscript.source import Location
from zhen_qa.manuscript.structure import EN_ABSTRACT, ZH_ABSTRACT, ZH_KEYWORDS
from zhen_qa.report.findings import Finding
from zhen_qa.report.places import span_words

UNHEADED = ("body", "document")
"""Sections of a pair that no heading named: the whole text, or what stands before the first heading."""


def may_close_abstract(section: str) -> bool:
    """Whether the last sentence of a pair named `section` may be an unlabelled keyword line: the pair is an
    abstract (a front-matter pair, `abstract 2`, or a section headed 摘要/Abstract) or has no heading (a two-file
    abstract is the whole text). A section some other heading opens (a documentation page's `1. Complete RAG
    Query`, a thesis's chapter) does not end in the keywords of an abstract: a sentence of terms there is prose."""
    name = section.strip()
    return (name in UNHEADED or name.split(" ")[0] in ("abstract", "keywords") or ZH_ABSTRACT.match(name) is not None
            or EN_ABSTRACT.match(name) is not None)


def chinese_keywords(pair: Pair) -> list[Sentence]:
    """The Chinese keyword items of a pair: its keyword-role sentences, or else its last sentence when that is a bare
    keyword line or a run of terms whose separators were lost (an abstract printed one paragraph a line)."""
    items = [s for s in pair.zh if s.role is Role.KEYWORDS]
    if items or not pair.zh:
        return items
    last = pair.zh[-1].text.text
    return [pair.zh[-1]] if is_keyword_line(last, "zh") or is_unseparated_terms(last) else []


def _after_chinese_label(s: Sentence) -> bool:
    """Whether the sentence is on a line that opens with the Chinese keywords label (关键词：…)."""
    offsets = s.text.offsets
    if not len(offsets):
        return False
    source = s.text.source
    return ZH_KEYWORDS.match(source.text[source.line_start(offsets[0]):offsets[0]]) is not None


def keywords_without_chinese(sentences: list[Sentence], related: Location | None,
                              chinese: list[Sentence]) -> Finding:
    """One `untranslated` warning for English keywords with no Chinese keyword: the list journals require in both
    languages. With no Chinese keyword line it is missing (the mirror of "the Chinese keywords have no English
    keywords"); with one, it lists fewer keywords, or runs them together without separators (干细胞分泌组再生医学
    is one item), and the message says which and where."""
    where, lines = run_span(sentences)
    n = len(sentences)
    english = clipped(', '.join(s.text.text for s in sentences))
    in_english = [s for s in sentences if _after_chinese_label(s)]
    if in_english and not chinese:  # 关键词：Tinker；Robotics Learning (a thesis that gives them in English only)
        first, last = in_english[0].location, in_english[-1].location
        rest = [s for s in sentences if s not in in_english]
        msg = (f"the Chinese keyword line (关键词, {span_words(first.path, first.line, last.end_line)}) gives its "
               f"keywords in English: {clipped(', '.join(s.text.text for s in in_english))}" +
               (f"; the English keywords ({run_span(rest)[1]}) have no Chinese keywords" if rest else ""))
        missing = "zh-keywords-in-english"
    elif not chinese:
        msg = (f"the Chinese keyword line (关键词) is missing: the English keywords ({lines}) have no Chinese "
               f"keywords: {english}")
        missing = "zh-keywords"
    else:
        zh_where = span_words(chinese[0].location.path, chinese[0].location.line, chinese[-1].location.end_line)
        listed = clipped(", ".join(s.text.text for s in chinese))
        glued = len(chinese) == 1 and is_unseparated_terms(chinese[0].text.text)
        if glued:
            msg = (f"the Chinese keywords ({zh_where}) are run together without separators: {listed}; the English "
                   f"keywords ({lines}) have no Chinese item of their own: {english}")
        else:
            msg = (f"{n} English keyword{'s' if n > 1 else ''} ({lines}) {'have' if n > 1 else 'has'} no Chinese "
                   f"keyword: {english} (the Chinese keyword line, {zh_where}, lists {len(chinese)}: {listed})")
        missing = "zh-keyword-items"
    return Finding(UNTRANSLATED.id, UNTRANSLATED.severity, msg, where, "en", sentences[0].text.text,
                   related=related, data=(("count", n), ("missing", missing), ("sentences", listing(sentences))))
