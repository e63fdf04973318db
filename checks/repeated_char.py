"""repeated-char: accidentally doubled characters or words (一一些, 的的, the the), told from reduplications.

Chinese doublings are judged with jieba's dictionary segmentation (`chinese_doubles`): a doubling the dictionary
knows as a word or that one token holds is meant (常常, 一一对应), as are distributive and tentative
reduplications (年年, 找找), AABB forms (迷迷惑惑), a measure word after a number before a word that starts with
it (5000个个体) and repeated chemical substituents (乙酰乙酰). English doublings (`english_doubles`) spare the
grammatical "had had" and Latin tautonyms (Rattus rattus). A doubling found `DELIBERATE_REPEATS` times in one
manuscript is a name or a style, not a slip, and so is a Chinese doubling the English of its page spells doubled in
pinyin (粉贝贝, "Fen beibei": a cultivar's name). A run of Chinese clauses written twice in a row (a revision kept
beside the old wording) is a doubling too (`repeated_clause`).

The rule joins its neighbours: `repeated_zh` (with `repeated_known`, `repeated_compound`, `repeated_dictionary`),
`repeated_en`, `repeated_layout` (labels, markup, list items) and `repeated_aligned` (the English beside a doubling).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from zhen_qa.aligner.jieba_base import word_tag
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.doubled_punctuation import DOUBLED_PUNCTUATION, punctuation_doubles
from zhen_qa.checks.doubling_rendered import rendered_apart, rendered_each_time, run_rendered_twice
from zhen_qa.checks.repeated_aligned import aligned, aligned_english, english_of, spelt_doubled
from zhen_qa.checks.repeated_clause import clause_doubles
from zhen_qa.checks.repeated_compound import compound_boundary, seam, word_ending_copy
from zhen_qa.checks.repeated_en import EN_DOUBLE, EN_LETTER, english_doubles
from zhen_qa.checks.repeated_heading import heading_over_text
from zhen_qa.checks.repeated_layout import layout_doubles_labels, markup_between, names_kept_in_chinese, opens_item
from zhen_qa.checks.repeated_noun import noun_before_its_compound, written_as_noun
from zhen_qa.checks.repeated_zh import HAN_DOUBLE, chinese_doubles
from zhen_qa.checks.typography_texts import OWN_TYPOGRAPHY, Text
from zhen_qa.manuscript.reader import DOCX_SUFFIXES
from zhen_qa.manuscript.source import Location, MappedText
from zhen_qa.manuscript.structure import is_doubled_label
from zhen_qa.report.findings import Finding, Rule, Severity, excerpt_around

REPEATED_CHAR = Rule(
    "repeated-char",
    Severity.WARNING,
    "Accidentally doubled characters, words or clauses (一一些, the the, a run of clauses written twice in a row), "
    "not a dictionary reduplication (常常, 一一对应).",
    preconditions="reference, citation and page-furniture blocks are skipped",
    scope=OWN_TYPOGRAPHY,
)


DELIBERATE_REPEATS = 3
"""A doubling found this many times in one manuscript is deliberate (a name or a style) and not reported."""


def _clipped(run: str, most: int = 40) -> str:
    return run if len(run) <= most else run[:most] + "…"


def repeated_char(ctx: CheckContext, texts: Iterable[Text]) -> Iterator[Finding]:
    """repeated-char findings over the given texts."""
    seen: set[object] = set()
    found: list[tuple[MappedText, str, int, int, str, Location]] = []
    texts = list(texts)
    layout_doubled = layout_doubles_labels(mt.text for mt, _lang, _keep in texts)
    page = ""  # the manuscript's Chinese, joined at the first Chinese text with a doubling (chinese_doubles' evidence)
    for mt, lang, _keep in texts:
        if not (EN_LETTER.search(mt.text) and EN_DOUBLE.search(mt.text)) and (
                lang == "en" or not (HAN_DOUBLE.search(mt.text) or DOUBLED_PUNCTUATION.search(mt.text))):
            continue  # no doubling to weigh (most texts): one search a language, in C
        if layout_doubled and is_doubled_label(mt.text):
            continue  # 背景背景 on a line of its own: a structured-abstract label the layout printed twice
        hits = list(english_doubles(mt.text))
        if lang != "en":
            page = page or "\n".join(t.text for t, other, _k in texts if other != "en")
            hits += list(chinese_doubles(mt.text, page)) + list(punctuation_doubles(mt.text))
        for a, b, unit in hits:
            loc = mt.location(a, b)
            if loc in seen or (loc.end_line == loc.line and loc.end_column - loc.column != b - a):
                continue  # (or the copies are not adjacent in the file: markup such as \ref{} stood between them)
            if loc.end_line != loc.line and markup_between(mt, a + len(unit), b - len(unit)):
                continue  # the copies end one line and begin another with a display formula between (其中 \n
                # \begin{equation}…\end{equation}\n 其中 $m_i$ …): two sentences' words, the formula read out
            if loc.end_line != loc.line and mt.source.path.lower().endswith(DOCX_SUFFIXES):
                continue  # the copies end one Word paragraph and begin the next (table cells 是 | 是): no slip
            if loc.end_line != loc.line and heading_over_text(mt.source, loc):
                continue  # a heading or label over text that starts with its word (Surgery / Surgery is done…)
            seen.add(loc)
            found.append((mt, lang, a, b, unit, loc))
    times = Counter(mt.text[a:b].casefold() for mt, _l, a, b, _u, _loc in found)
    chinese = "\n".join(mt.text for mt, lang, _keep in texts if lang != "en") if any(
        lang != "en" for _m, lang, _a, _b, _unit, _loc in found) else ""
    openers = {k for k, (mt, lang, a, _b, unit, _loc) in enumerate(found) if lang == "en" and opens_item(mt, a, unit)}
    named = names_kept_in_chinese(texts) if openers else frozenset()
    english = english_of(ctx) if any(lang != "en" for _m, lang, _a, _b, _u, _loc in found) else {}
    for k, (mt, lang, a, b, unit, loc) in enumerate(found):
        if times[mt.text[a:b].casefold()] >= DELIBERATE_REPEATS:
            continue  # a slip does not recur: 刘老老 on every page is a name, not a doubling
        if lang != "en" and spelt_doubled(mt.text[a:b], aligned_english(english.get(loc.path, []), loc)):
            continue  # 樱桃番茄“粉贝贝” beside cherry tomato "Fen beibei": a name (hgmisc53)
        if lang != "en" and len(unit) == 1 and noun_before_its_compound(mt.text, a) and written_as_noun(
                unit, chinese):
            continue  # 主键中的列列表 on a page that writes 每列: the noun 列 "column" + 列表 "list", two words
        if k in openers and unit in named:
            continue  # `- open open transaction` beside `- open 打开事务`: the method open and its gloss
        if lang != "en" and len(unit) > 1 and compound_boundary(mt.text, a, len(unit), chinese):
            continue  # 顺序消费消费失败: 顺序消费 + 消费失败, two compounds sharing their word
        if lang != "en" and seam(mt.text, a, len(unit)) and any(
                rendered_each_time(unit, s.chinese, s.own) for s in aligned(english.get(loc.path, []), loc)):
            continue  # 操作系统系统调用 beside "a system call of the operating system": two words, rendered so
        if lang != "en" and len(unit) > 1 and (word := word_ending_copy(mt.text, a, len(unit))) and any(
                rendered_apart(word, unit, s.chinese, s.own) for s in aligned(english.get(loc.path, []), loc)):
            continue  # 自定义定义 beside "custom definitions": the word 自定义, then the word 定义, each rendered
        yield Finding(REPEATED_CHAR.id, REPEATED_CHAR.severity, f'"{unit}" is doubled: "{mt.text[a:b]}"', loc,
                          "en" if lang == "en" else "zh", excerpt_around(mt.text, a, b), suggestion=unit)
    for mt, lang, _keep in texts:
        if lang == "en":
            continue
        for a, b, run in clause_doubles(mt.text, word_tag):  # a revision kept twice: 本文构建了以…，最终构建了以…
            loc = mt.location(a, b)
            english = english or english_of(ctx)
            if any(run_rendered_twice(run, s.chinese, s.own) for s in aligned(english.get(loc.path, []), loc)):
                continue  # the English states it twice (on the training set … and on the test set …): meant
            if loc not in seen:
                seen.add(loc)
                yield Finding(REPEATED_CHAR.id, REPEATED_CHAR.severity,
                              f'clauses written twice in a row: "{_clipped(run)}"', loc, "zh",
                              excerpt_around(mt.text, a, b))
