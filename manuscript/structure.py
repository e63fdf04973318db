"""Split a manuscript into blocks, each with a language and a role.

Lines are classified one at a time (heading, label, furniture, caption, reference, text), then
text lines are joined into paragraphs: a line continues the previous paragraph of the same
language when that paragraph has not ended a sentence. Page furniture and captions that PDF
extraction drops into the middle of a paragraph are skipped over, so the paragraph stays one block.
"""
from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass

from zhen_qa.manuscript.bullets import item_ended, opens_item
from zhen_qa.manuscript.document import Block, Role
from zhen_qa.manuscript.heading_lines import (
    MARKDOWN_SUFFIXES,
    paragraph_line_languages,
    short_lines,
    stands_alone,
    stops_short,
)
from zhen_qa.manuscript.keyword_lines import keywords_word_goes_on, single_glued_keyword, starts_own_block
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import detect_lang, is_han, is_wide, script_share
from zhen_qa.manuscript.source import MappedText, SourceText

_SP = r"[ \t]*(?:\u3000[ \t]*)*"
"""Spaces, tabs and ideographic spaces, as `[ \t\u3000]*` matches them (same spans, unambiguous), compiled without
a 65,536-character map (`[ \t\u3000]` needs one: 0.1 ms each of its 60 uses)."""
ZH_ABSTRACT = re.compile(rf"^{_SP}[\[【]?{_SP}摘{_SP}要{_SP}[\]】]?{_SP}[:：]?{_SP}")
EN_ABSTRACT = re.compile(rf"^{_SP}(?:abstract|summary){_SP}[:：.]{_SP}|^{_SP}abstract{_SP}$", re.I)
_ZH_KEYWORDS_WORD = rf"(?:关{_SP}键{_SP}[词字]|主{_SP}题{_SP}词(?=[\]】:：\s]|$))"
"""关键词 (关键字), or 主题词 followed by its colon, bracket or nothing (subject headings, as medical journals label
their MeSH-style keywords; not 主题词表 in a sentence)."""
ZH_KEYWORDS = re.compile(rf"^{_SP}[\[【]?{_SP}{_ZH_KEYWORDS_WORD}{_SP}[\]】]?{_SP}[:：]?{_SP}")
EN_KEYWORDS = re.compile(rf"^{_SP}(?:key{_SP}words?|keywords?){_SP}[:：.]{_SP}", re.I)
ZH_ABSTRACT_PART = re.compile(rf"^{_SP}[\[【]?(目的|方法|结果|结论|背景|意义){_SP}[\]】]?{_SP}[:：]{_SP}")
EN_ABSTRACT_PART = re.compile(
    rf"^{_SP}(objectives?|aims?|background|methods?|results?|conclusions?|purpose|significance){_SP}[:：]{_SP}",
    re.I,
)
FURNITURE = re.compile(
    rf"^{_SP}[-*]?{_SP}(?:收稿日期|修回日期|接受日期|录用日期|网络出版|基金项目|资助项目|通讯作者|通信作者|"
    r"本文编辑|责任编辑|作者简介|第一作者|中图分类号|文献标志码|文献标识码|文章编号|DOI|doi|"
    r"Received|Revised|Accepted|Corresponding author|Funding|Edited by|Article ID|CLC number)"
    rf"{_SP}(?:[:：/]|$)"
)
PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?\s*$|^\s*[-*_\s]*$")
CAPTION = re.compile(rf"^{_SP}(?:图|表|附图|附表|Fig\.|Figure|Table){_SP}[0-9０-９]+[A-Za-z]?{_SP}[.．:：]?", re.I)
DOTTED_NUMBER = r"\d+(?:\.\d+)*"
"""A section number as a heading writes it, levels joined by periods (2, 2.1, 3.1.4): the number of
`NUMBERED_HEADING`, the key `aligner.sections.SECTION_NUMBER` pairs sections by, the label
`checks.untranslated_unpaired._HEADING_NUMBER` takes off a heading. Narrower on purpose:
`checks.number_beads._HEADING_NUMBER`
(levels of 1 to 99, no quantity: 2019年 and 50% are not section numbers there), `aligner.item_titles._ZH_TITLE`
(one level glued to a Chinese title, 2.直接加减数字) and `manuscript.segment._SECTION_NUMBER` (a label alone before
its period)."""
NUMBERED_HEADING = re.compile(rf"^{_SP}(?P<num>{DOTTED_NUMBER})\.?{_SP}(?P<title>\S.*)$")
LABELLED_HEADING = re.compile(
    rf"^{_SP}(?P<num>[一二三四五六七八九十]{{1,3}}、|(?=[IVX])X{{0,3}}(?:IX|IV|V?I{{0,3}})\.[ \t])"
    rf"{_SP}(?P<title>\S.*)$")
"""A heading numbered by a Chinese numeral and 、 (八、鉴别诊断) or an upper-case Roman numeral and a period (VIII.
Differential Diagnosis): the way Chinese documents and their translations number their top sections."""
MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<title>.+?)\s*#*\s*$")
NAMED_HEADINGS = {
    "引言", "前言", "背景", "方法", "结果", "讨论", "结论", "结语", "小结", "展望", "致谢",
    "introduction", "background", "methods", "materials and methods", "results", "discussion",
    "conclusion", "conclusions", "acknowledgements", "acknowledgments",
}
REFERENCES_HEADING = re.compile(r"^\s*(?:#+\s*)?(?:参\s*考\s*文\s*献|references|bibliography)\s*[:：]?\s*$", re.I)
CITATION_START = re.compile(
    rf"^{_SP}[-*]?{_SP}(?:引用本文|本文引用格式|引用格式|Article Citation|Cite this article)", re.I
)
DECLARATION = re.compile(
    rf"^{_SP}(?:利益冲突|致谢|作者贡献声明|作者贡献|伦理声明|数据可用性|Conflicts? of interest|Acknowledge?ments|"
    rf"Author contributions)\s*[:：]"
)
LIST_MARKER = re.compile(r"^\s*[-*+]\s+")
MARKUP_COMMENT = re.compile(r"^\s*<!--.*?-->\s*$")
"""A line that is only an HTML/Markdown comment (a suppression comment in a .txt): never prose."""
TERMINAL = set("。！？；….!?;:：”’」』\"'")
ZH_STOPS = "。！？"
"""Full-width sentence ends: Chinese writing closes its sentences with them, English never."""
TRAILING_NOISE = LazyPattern(r"[\s\u00b9\u00b2\u00b3\u2070-\u209f⁽⁾()\[\]\d,，\-–^{}*]*$")
_NOISE_RUN = re.compile(TRAILING_NOISE.pattern[:-1])
"""TRAILING_NOISE without its anchor: matched at the start of the reversed text, it measures the same run at once
(`TRAILING_NOISE.sub` tries every position of the text)."""
AFFILIATION_HINT = re.compile(
    r"大学|学院|研究所|研究院|医院|中心|实验室|公司|集团|部|University|Institute|Hospital|College|Center|Centre|"
    r"Laboratory|Department|Group|School|Japan|China|\d{3}-?\d{4}"
)


class LineKind(enum.Enum):
    """What one line is, before lines are joined into blocks."""

    TEXT = "text"
    HEADING = "heading"
    FURNITURE = "furniture"
    CAPTION = "caption"
    LABEL_ABSTRACT = "label-abstract"
    """摘要: / Abstract: (the rest of the line, if any, is abstract text)."""
    LABEL_KEYWORDS = "label-keywords"
    LABEL_PART = "label-part"
    """A structured abstract's part label (目的, Methods: ...)."""
    CITATION = "citation"
    """The header of a citation/metadata block (引用本文, Cite this article)."""
    DECLARATION = "declaration"
    BLANK = "blank"

    @property
    def is_label(self) -> bool:
        """An abstract, keywords or abstract-part label."""
        return self in (LineKind.LABEL_ABSTRACT, LineKind.LABEL_KEYWORDS, LineKind.LABEL_PART)


# Members the per-line and per-block loops compare with, as module names: on Python 3.11 reading a member as
# `LineKind.TEXT` or `Role.PARAGRAPH` goes through EnumType's `__getattr__` hook (about 900 instructions), and these
# loops read 16 a line (Bible 006's Chinese: 1.7 million reads, 9 % of its check with a glossary).
_BLANK, _TEXT, _HEADING, _FURNITURE, _CAPTION = (LineKind.BLANK, LineKind.TEXT, LineKind.HEADING, LineKind.FURNITURE,
                                                 LineKind.CAPTION)
_CITATION, _DECLARATION, _LABEL_PART = LineKind.CITATION, LineKind.DECLARATION, LineKind.LABEL_PART
_LABEL_ABSTRACT, _LABEL_KEYWORDS = LineKind.LABEL_ABSTRACT, LineKind.LABEL_KEYWORDS
_R_PARAGRAPH, _R_KEYWORDS, _R_ABSTRACT, _R_HEADING = Role.PARAGRAPH, Role.KEYWORDS, Role.ABSTRACT, Role.HEADING
_R_TITLE, _R_AUTHORS, _R_AFFILIATIONS = Role.TITLE, Role.AUTHORS, Role.AFFILIATIONS
_R_FURNITURE, _R_CAPTION, _R_CITATION, _R_REFERENCE = Role.FURNITURE, Role.CAPTION, Role.CITATION, Role.REFERENCE
_PLAIN_LINE = (LineKind.TEXT, 0)
"""What `_classify` answers for a plain line."""


@dataclass
class _Line:
    """One line with its classification (blank lines too)."""

    start: int
    end: int
    text: str
    kind: LineKind
    lang: str
    label_end: int = 0
    hard: bool = False
    """The line begins a new paragraph whatever the one before says (`SourceText.hard_lines`)."""
    cell: bool = False
    """The line is a table cell's text (`SourceText.cell_lines`): text, and if not hard, its row's paragraph goes on."""
    part: bool = False
    """The line begins a footnote, endnote or text box (`SourceText.part_lines`): no reference list goes on there."""
    styled: bool = False
    """The line heads a section by its Word style (`SourceText.heading_lines`): a heading, in a reference list too."""


SECTION_LABELS = frozenset(NAMED_HEADINGS | {"目的", "意义", "摘要", "关键词", "参考文献"})
"""Words that label a section or an abstract part (背景, 方法, Results...)."""


def is_doubled_label(text: str) -> bool:
    """True for a line that is only a section label printed twice (背景背景, "Methods Methods").

    Web and PDF layouts print a structured abstract's labels in two elements, and extraction
    keeps both: layout duplication, not a doubled word typed by the author or translator.
    """
    core = text.strip().rstrip(":：").strip()
    half = len(core) // 2
    if len(core) % 2 == 0 and core[:half] == core[half:]:
        return core[:half].strip().lower() in SECTION_LABELS
    words = core.split()
    return len(words) == 2 and words[0].lower() == words[1].lower() and words[0].lower() in SECTION_LABELS


_SENTENCE_INSIDE = re.compile(r"[a-z]\. [A-Z]")
"""A sentence ending inside a numbered line's title ("4 minutes. Pain medicine may be given"): running text whose
wrap put a number at the line's start, not a heading (a heading holds no sentence end; "U.S. Policy" is none)."""


def _heading_title(text: str) -> str | None:
    """The heading text when a line looks like a section heading, else None."""
    stripped = text.strip()
    m = MD_HEADING.match(stripped)
    if m:
        return m.group("title").strip()
    if REFERENCES_HEADING.match(stripped):
        return stripped.strip("#: ：")
    if stripped.lower().rstrip(":：") in NAMED_HEADINGS:
        return stripped.rstrip(":：")
    m = NUMBERED_HEADING.match(stripped) or LABELLED_HEADING.match(stripped)
    if m:
        title = m.group("title")
        limit = 30 if detect_lang(title) == "zh" else 90
        if len(title) <= limit and title[-1] not in TERMINAL and not re.search(r"[。，,；;：:]", title) \
                and not _SENTENCE_INSIDE.search(title):
            return stripped
    return None


@functools.lru_cache(maxsize=1)
def _any_kind() -> re.Pattern[str]:
    """One pattern that matches at the start of a line where any pattern `_classify` tries matches there.

    Most lines of a long text are plain text: one match (in C) instead of fifteen says so. Compiled on first use
    (about 5 ms: the fifteen patterns again), by texts of `SCREEN_AFTER` lines or more."""
    patterns = (CITATION_START, FURNITURE, MARKUP_COMMENT, PAGE_NUMBER, ZH_ABSTRACT, EN_ABSTRACT, ZH_KEYWORDS,
                EN_KEYWORDS, DECLARATION, CAPTION, MD_HEADING, REFERENCES_HEADING, NUMBERED_HEADING, LABELLED_HEADING,
                ZH_ABSTRACT_PART, EN_ABSTRACT_PART)
    branches = [f"(?{'i' if p.flags & re.I else ''}:{re.sub(r'[(][?]P<[a-z]+>', '(?:', p.pattern)})"
                for p in patterns]
    return re.compile("|".join(branches))


SCREEN_AFTER = 1_000
"""Lines of a text from which `_lines` screens them with `_any_kind` (5 us saved a plain line, 5 ms to compile)."""


def _classify(text: str, screen: re.Pattern[str] | None = None) -> tuple[LineKind, int]:
    """(kind, label_end) of one non-blank line; `screen` (`_any_kind()`, or None) answers plain lines at once."""
    if screen is not None and screen.match(text) is None and text == text.strip() and \
            text.lower().rstrip(":：") not in NAMED_HEADINGS:  # `_heading_title` looks at the stripped text
        return _PLAIN_LINE
    body = LIST_MARKER.sub("", text, count=1) if CITATION_START.match(text) else text
    if CITATION_START.match(body):
        return LineKind.CITATION, 0
    if FURNITURE.match(text) or MARKUP_COMMENT.match(text):
        return LineKind.FURNITURE, 0
    if PAGE_NUMBER.match(text):
        return LineKind.FURNITURE, 0
    for pattern, kind in (
        (ZH_ABSTRACT, LineKind.LABEL_ABSTRACT),
        (EN_ABSTRACT, LineKind.LABEL_ABSTRACT),
        (ZH_KEYWORDS, LineKind.LABEL_KEYWORDS),
        (EN_KEYWORDS, LineKind.LABEL_KEYWORDS),
    ):
        m = pattern.match(text)
        if m and not (pattern is ZH_KEYWORDS and keywords_word_goes_on(text, m.end())):
            return kind, m.end()
    if DECLARATION.match(text):
        return LineKind.DECLARATION, 0
    if CAPTION.match(text):
        return LineKind.CAPTION, 0
    if _heading_title(text) is not None:
        return LineKind.HEADING, 0
    for pattern in (ZH_ABSTRACT_PART, EN_ABSTRACT_PART):
        m = pattern.match(text)
        if m:
            return LineKind.LABEL_PART, 0
    return LineKind.TEXT, 0


KEYWORDS_ALONE = re.compile(rf"^{_SP}(?:key{_SP}words?|keywords?){_SP}[:：.]?{_SP}$", re.I)
"""An English keywords label standing alone without a colon (Keywords, Key words): what a Word heading style says it
is (关键词 alone is a label already)."""


def _cell_kind(line: str) -> tuple[LineKind, int]:
    """(kind, label_end) of a table cell's text: text, but for an abstract or keywords label (a journal's front matter
    set as a table: `Abstract | Regenerative medicine…`, or one cell holding `Abstract` and the abstract's paragraphs)
    alone in its cell or closed by a colon (`摘要生成方法` in a cell is text)."""
    kind, label_end = _classify(line)
    if kind in (_LABEL_ABSTRACT, _LABEL_KEYWORDS) and (
            label_end >= len(line) or line[:label_end].rstrip()[-1:] in (":", "：", ".")):
        return kind, label_end
    if KEYWORDS_ALONE.match(line):
        return _LABEL_KEYWORDS, len(line)
    return _TEXT, 0


def _styled(line: str, kind: LineKind, label_end: int) -> tuple[LineKind, int]:
    """(kind, label_end) of a line that heads a section by its Word style: a label (摘要, Abstract, Key words, also
    without a colon) stays a label, so the paragraph after it is the abstract or the keywords; other text is a
    heading. (`_lines` leaves the first line of each language before any heading as it is: a title some authors
    give a heading style.)"""
    if kind is not _TEXT:
        return kind, label_end  # a label, caption, furniture or heading line says what it is itself
    if KEYWORDS_ALONE.match(line):
        return _LABEL_KEYWORDS, len(line)
    return _HEADING, 0


def _lines(source: SourceText) -> list[_Line]:
    out: list[_Line] = []
    text = source.text
    screen = _any_kind() if text.count("\n") >= SCREEN_AFTER else None
    hard_lines, cell_lines, part_lines = source.hard_lines, source.cell_lines, source.part_lines
    heading_lines = source.heading_lines
    headed, langs_seen = False, set()  # a heading seen; the languages of the lines before (Word headings only)
    for index, (start, end) in enumerate(source.line_spans()):
        line = text[start:end]
        if not line.strip() or not line.strip(" \t\u3000\u00a0\ufeff"):
            out.append(_Line(start, end, line, LineKind.BLANK, "mixed"))
            continue
        # trim surrounding whitespace but keep positions
        lead = len(line) - len(line.lstrip())
        trail = len(line.rstrip())
        start2, end2 = start + lead, start + trail
        line = text[start2:end2]
        if cell_lines and index in cell_lines:  # a cell's "60" is no page number, its "52.3" no heading
            kind, label_end = _cell_kind(line)
            out.append(_Line(start2, end2, line, kind, detect_lang(line[label_end:]), label_end, index in hard_lines,
                             True, index in part_lines))
            continue
        kind, label_end = _classify(line, screen)
        if kind is _HEADING and out and _wrapped_number(out[-1], line):
            kind = _TEXT
        styled = bool(heading_lines) and index in heading_lines
        if heading_lines:
            lang = detect_lang(line)
            if styled and (headed or lang in langs_seen):  # the first line of a language before any heading: a title
                kind, label_end = _styled(line, kind, label_end)
            headed = headed or kind is _HEADING
            langs_seen.add(lang)
        out.append(_Line(start2, end2, line, kind, detect_lang(line[label_end:]), label_end,
                         index in hard_lines if hard_lines else False, False,
                         index in part_lines if part_lines else False, styled))
    if cell_lines:
        _label_cells(out)
    _keywords_alone(out)
    _keyword_after_abstract(out)
    if heading_lines:
        _titles_before_abstracts(out)
    for first, after in zip(out, out[1:]):
        if _wrapped_item(first, after):
            first.kind = _TEXT
    return out


_LIST_SEPARATOR = re.compile(r"[;；,，、]")


def _label_cells(lines: list[_Line]) -> None:
    """A cell that is a label alone labels the cell after it only when that cell is what it names: prose for an
    abstract (a sentence closed by its full stop), a list for keywords; a table's column headings
    (`摘要 | 摘要生成方法`, `Abstract | Keywords`) are text."""
    for i, line in enumerate(lines):
        if not (line.cell and line.kind.is_label and line.label_end >= len(line.text)):
            continue
        after = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].kind is not _BLANK), None)
        names = after is not None and after.cell and after.kind is _TEXT and (
            _ends_sentence(after.text) and len(after.text) >= 20 if line.kind is _LABEL_ABSTRACT
            else _LIST_SEPARATOR.search(after.text) is not None)
        if not names:
            line.kind, line.label_end, line.lang = _TEXT, 0, detect_lang(line.text)


def _keyword_list(text: str) -> bool:
    """True for a line that reads as a list of keywords: items split by `;`, `,` or `、`, none longer than a few
    words (`stem cells; secretome; regenerative medicine`), not a sentence that holds a comma; a list closed by a full
    stop holds short items only (`Keywords help readers, so choose them with care.` is a sentence)."""
    items = _LIST_SEPARATOR.split(text.rstrip(" ."))
    longest = 4 if _ends_sentence(text) else 6
    return len(items) > 1 and all(0 < len(item.split()) <= longest for item in items)


def _keywords_alone(lines: list[_Line]) -> None:
    """An English keywords label alone on its line without a colon (`Keywords`, `Key words`, `KEY WORDS`) labels the
    line after it (across blank lines) when that line is English and a list (`_keyword_list`): the keywords, as
    `关键词` alone heads them. A line `Keywords` before prose (a heading of a text about keywords) stays as it was."""
    for i, line in enumerate(lines):
        if line.cell or line.kind not in (_TEXT, _HEADING) or KEYWORDS_ALONE.match(line.text) is None:
            continue
        after = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].kind is not _BLANK), None)
        if after is not None and after.kind is _TEXT and after.lang == "en" and _keyword_list(after.text):
            line.kind, line.label_end, line.lang = _LABEL_KEYWORDS, len(line.text), detect_lang("")


def _keyword_after_abstract(lines: list[_Line]) -> None:
    """关键词帕金森病 (one keyword glued to 关键词, read as prose by `keywords_word_goes_on`) is the keywords line when
    an abstract's label or one of its labelled parts (摘要, 目的：) comes before it with no heading between: there the
    line after the abstract is its keywords, while elsewhere (关键词提取会在检索之前运行 in a page) it is prose."""
    in_abstract = False
    for line in lines:
        if line.kind in (_LABEL_ABSTRACT, _LABEL_PART):
            in_abstract = True
        elif line.kind in (_HEADING, _LABEL_KEYWORDS):
            in_abstract = False
        elif in_abstract and line.kind is _TEXT and not line.cell:
            m = ZH_KEYWORDS.match(line.text)
            if m is not None and single_glued_keyword(line.text[m.end():]):
                line.kind, line.label_end, line.lang = _LABEL_KEYWORDS, m.end(), detect_lang(line.text[m.end():])


_LOWER_WORD = re.compile(r"[a-z]+(?:[\s,;:.)]|$)")
"""A word in lower-case letters only ("ounces", "minutes", "of"): running English, not a heading's first word nor a
name that starts in lower case (mRNA, iPSC, p53)."""


def _wrapped_number(before: _Line, line: str) -> bool:
    """True when `line`, which reads as a numbered heading, is the wrap of the sentence on the line right before it
    (no blank line between): that line is English text whose sentence has not ended, and the words after the number
    go on in lower case ("• By 2 weeks, most babies are eating 3 to" / "4 ounces at each feeding every 3 to 4"). A
    hard wrap put the number at the line's start; a numbered heading begins with a capitalised word. A Chinese line
    is held to `_wrapped_quantity`."""
    m = NUMBERED_HEADING.match(line.strip())
    if m is None or before.kind is not _TEXT or _ends_sentence(before.text):
        return False
    if before.lang == "zh":
        return _wrapped_quantity(before.text, line.strip(), m)
    return before.lang == "en" and _LOWER_WORD.match(m.group("title")) is not None


def _zh_wrap_tail(text: str) -> bool:
    """A Chinese line whose first sentence ends after one Han character (唇。, 部。): no sentence of its own (a
    two-character one is: 文本。), the wrapped end of the line before it (清洁阴 / 唇。)."""
    return len(text) > 1 and text[1] in "。！？" and is_han(text[0])


def _wrapped_item(line: _Line, after: _Line) -> bool:
    """True when `line`, which reads as a numbered heading, is the first line of a wrapped numbered item (a step of a
    procedure) that goes on in the line right after it (no blank line between): English that ends without a stop
    or colon before a line that goes on in lower case ("6. Sit on the toilet and spread your legs" / "apart. Use
    two fingers…"), or Chinese that ends in a Han character before a line whose first sentence is the end of a word
    ("7. 另一只手用湿巾清洁阴" / "唇。"). A heading is followed by text that starts a sentence of its own."""
    if line.kind is not _HEADING or line.styled or after.kind is not _TEXT:
        return False
    core = line.text.rstrip()
    if NUMBERED_HEADING.match(core) is None or core.endswith((":", "：")):
        return False
    if line.lang == "en":
        return after.lang == "en" and not _ends_sentence(core) and _LOWER_WORD.match(after.text) is not None
    return line.lang == "zh" and is_han(core[-1]) and _zh_wrap_tail(after.text)


_ZH_RANGE_END = re.compile(r"[至到~～\-–—和或及与]\s*$")
"""A Chinese line that stops on the word joining two numbers (24至 / 48小时, 3到 / 5天, 10~ / 20毫克): the number
after it is the other end of the range."""
_ZH_MEASURE = re.compile(
    r"(?:个小时|小时|分钟|秒钟?|天|日|周|星期|个月|个|月|年|岁|次|倍|毫克|微克|千克|克|公斤|斤|毫升|升|毫米|厘米|公里|米|"
    r"磅|盎司|例|名|位|只|份|片|粒|杯|勺|滴|步|种|项|度)")
"""Chinese measure words and units (小时, 岁, 毫克, 次, 例…), a closed class: a number followed by one is a quantity
in a sentence, never a heading's number and title."""


def _wrapped_quantity(before: str, line: str, m: re.Match[str]) -> bool:
    """True when a Chinese `line` that reads as a numbered heading is a quantity wrapped to the line's start: the
    number touches the Han text after it (a heading's number is set off by a point or a space: 1. 引言, 2 方法) and
    either names a measure (48小时的心率, 65岁以上) or closes a range the line before left open (记录24至 / 48…)."""
    title = m.group("title")
    if line[m.end("num"):m.start("title")] or not is_han(title[0]):
        return False
    return _ZH_MEASURE.match(title) is not None or _ZH_RANGE_END.search(before) is not None


TITLE_REACH = 4
"""Most lines between a title and its abstract label (authors, affiliations, a blank or two)."""


def _titles_before_abstracts(lines: list[_Line]) -> None:
    """A line that a Word heading style made a heading is a title again when its language's abstract label follows
    within TITLE_REACH lines, before any other heading (an English title styled Heading 1 above its authors and
    Abstract, at the end of a Chinese article)."""
    for i, line in enumerate(lines):
        if not (line.styled and line.kind is _HEADING) or _heading_title(line.text) is not None:
            continue
        seen = 0
        for after in lines[i + 1:]:
            if after.kind is _BLANK:
                continue
            if after.kind is _HEADING:
                break
            if after.kind is _LABEL_ABSTRACT and detect_lang(after.text) == line.lang:
                line.kind = _TEXT
                break
            seen += 1
            if seen > TITLE_REACH:
                break


def _ends_sentence(text: str) -> bool:
    core = text.rstrip()
    if not core or core[-1] in "。！？.!?":
        return True  # what the last test says of most lines, without reversing the text
    core = core[:len(core) - _NOISE_RUN.match(core[::-1]).end()]  # type: ignore[union-attr]  # `*` always matches
    if not core:
        return True
    return core[-1] in TERMINAL or text.rstrip()[-1] in "。！？.!?"


def _han_wraps_closed(parts: list[MappedText]) -> list[MappedText]:
    """The lines of a paragraph joined where a line break falls between two Chinese characters (a PDF's hard wrap
    of 艾滋病 / 毒 in a paragraph read as mixed because of a bullet glyph): Chinese has no space there, so the
    word is one again (艾滋病毒, HIV, not 艾滋病 "AIDS" and 毒); other line breaks stay a space."""
    out: list[MappedText] = []
    run: list[MappedText] = []
    for part in parts:
        if run and not (run[-1].text and part.text and is_wide(run[-1].text[-1]) and is_wide(part.text[0])):
            out.append(MappedText.join(run, ""))
            run = []
        run.append(part)
    if run:
        out.append(MappedText.join(run, ""))
    return out


def _stops_short(parts: list[MappedText], short_ends: set[int]) -> bool:
    """Whether the last line of an open paragraph stops well short of its column: the column its earlier lines
    filled when it has them, else the column of the lines around it (`short_ends`, the ends of such lines)."""
    if len(parts) > 1:
        return stops_short([p.text for p in parts[:-1]], parts[-1].text)
    return bool(parts) and parts[-1].offsets[-1] + 1 in short_ends


WRAPPED_PIECE = 24
"""A Word paragraph after page furniture shorter than this (`san@example.org` after `E-mail: zhang-`) may be its
wrapped end even after a hard boundary; a longer one there (an English title in a title style after 中图分类号) is
text of its own."""


def parse_blocks(source: SourceText) -> list[Block]:
    """Blocks of one file in reading order (see the module docstring for the rules)."""
    lines = _lines(source)
    paragraph_langs = frozenset() if source.path.lower().endswith(MARKDOWN_SUFFIXES) else paragraph_line_languages(
        (line.text, line.lang) for line in lines if line.kind is _TEXT)  # Markdown marks its headings; its lines wrap
    # ends of the Chinese lines that stop short of their column (a bulleted item's last line there ends the item)
    short_ends = {line.end for line, short in zip(lines, short_lines([(ln.text, ln.lang) for ln in lines])) if short}
    blocks: list[Block] = []
    # open paragraph being built: list of MappedText parts, its lang and role
    parts: list[MappedText] = []
    cur_lang = ""
    cur_role = _R_PARAGRAPH
    cur_label = ""
    section = ""
    in_references = False
    in_citation = False
    front_matter = True
    prev_kind = _BLANK
    prev_text = ""
    """The last furniture or caption line's text (whether a text line after it wraps it)."""
    in_table = False
    """The open paragraph is a table row."""
    prev_cell = False
    """The last non-blank line was a table cell's."""
    cells: set[int] = set()
    """Indices in `parts` of a table row's cells after its first: joined after a space in any language."""
    table_lang = "mixed"
    """The language of the last table row with words: a row of numbers only (`60 | 52.3`) is in its table's."""
    abstract_section = False
    """The open abstract's label stood alone on its line: the abstract goes on over the paragraphs after it."""

    def flush() -> None:
        nonlocal parts, table_lang
        if parts:
            sep = "" if cur_lang == "zh" else " "
            pieces = parts
            if cells and not sep:
                pieces = []
                for i, part in enumerate(parts):
                    if i in cells:
                        pieces.append(MappedText(" ", [part.offsets[0]], source))
                    pieces.append(part)
            if sep and not in_table:
                pieces = _han_wraps_closed(pieces)
            joined = MappedText.join(pieces, sep)
            lang = detect_lang(joined.text) if cur_lang != "zh" else "zh"
            if in_table:
                if lang == "mixed" and script_share(joined.text) == (0, 0):  # before any row with words: the text's
                    lang = table_lang if table_lang != "mixed" else next(
                        (b.lang for b in reversed(blocks) if b.lang != "mixed"), "mixed")
                else:
                    table_lang = lang
            blocks.append(Block(cur_role, lang, joined, section if not front_matter else "", cur_label))
        parts = []
        cells.clear()

    def emit(role: Role, line: _Line, label: str = "", offset: int = 0) -> None:
        mt = MappedText.span(source, line.start + offset, line.end)
        blocks.append(Block(role, detect_lang(mt.text), mt, section if not front_matter else "", label))

    for line in lines:
        kind = line.kind
        if kind is _BLANK:
            if not (prev_kind.is_label and not parts and cur_role in (_R_ABSTRACT, _R_KEYWORDS) and not cur_lang):
                prev_kind = _BLANK  # a label alone heads what follows over blank lines (摘要, a blank, the text)
            continue
        new_table, prev_cell = line.cell and not prev_cell, line.cell
        if line.cell and kind.is_label and not front_matter:
            kind = _TEXT  # a label cell heads the front matter's abstract or keywords; in the body it is a table's text
        if line.part:  # a footnote, endnote or text box: its own text, not a reference entry or citation block
            flush()
            in_references = in_citation = False
        if kind is _TEXT and prev_kind in (_FURNITURE, _CAPTION) and not line.cell and (
                not line.hard or len(line.text) < WRAPPED_PIECE) and not _ends_sentence(prev_text):
            kind = prev_kind  # a wrapped line of furniture (an e-mail address split at a hyphen), not the text after
            # a caption that ended (图1. …领域。 then the paragraph the figure interrupted), nor a Word paragraph
            # after a hard boundary (中图分类号: R329 then the English title, a heading style)
        if kind in (_FURNITURE, _CAPTION):
            # page furniture and captions never end the open paragraph, except a table's row (its table has ended)
            if in_table:
                flush()
            emit(_R_FURNITURE if kind is _FURNITURE else _R_CAPTION, line)
            prev_kind, prev_text = kind, line.text
            continue
        if kind is _CITATION or in_citation:
            flush()
            in_citation = True
            body_start = len(line.text) - len(LIST_MARKER.sub("", line.text, count=1))
            emit(_R_CITATION, line, label="citation-header" if kind is _CITATION else "citation",
                 offset=body_start)
            prev_kind = kind
            continue
        if kind is _HEADING and in_references and not (
            line.styled or MD_HEADING.match(line.text) or line.text.strip().lower().rstrip(":：") in NAMED_HEADINGS
        ):
            kind = _TEXT  # a numbered reference entry, not a section heading
        if kind is _HEADING:
            flush()
            title = _heading_title(line.text) or line.text
            in_references = bool(REFERENCES_HEADING.match(line.text))
            front_matter = False
            section = title
            emit(_R_HEADING, line, label=title)
            prev_kind = kind
            continue
        if in_references:
            # a line that starts with a number or bullet begins a new entry; others continue it
            new_entry = re.match(r"^\s*(?:\[\d+\]|\d+[.)、]|[-*]\s)", line.text)
            if not line.hard and (parts and not new_entry and prev_kind is not _BLANK or (
                parts and line.text.startswith("- ") and not re.match(r"^-\s*\d", line.text)
                and not _ends_sentence(parts[-1].text)
            )):
                parts.append(MappedText.span(source, line.start, line.end))
            else:
                flush()
                cur_role, cur_lang, cur_label = _R_REFERENCE, line.lang, ""
                parts = [MappedText.span(source, line.start, line.end)]
            prev_kind = kind
            continue
        if kind is _DECLARATION:
            flush()
            emit(_R_CITATION, line, label="declaration")
            prev_kind = kind
            continue
        if kind in (_LABEL_ABSTRACT, _LABEL_KEYWORDS):
            flush()
            role = _R_ABSTRACT if kind is _LABEL_ABSTRACT else _R_KEYWORDS
            label = line.text[: line.label_end].strip()
            abstract_section = line.label_end >= len(line.text)
            if abstract_section:
                cur_role, cur_lang, cur_label = role, "", label
                parts = []
                prev_kind = kind
                continue
            cur_role, cur_lang, cur_label = role, line.lang, label
            parts = [MappedText.span(source, line.start + line.label_end, line.end)]
            prev_kind = kind
            continue
        if kind is _LABEL_PART and cur_role is _R_ABSTRACT:
            flush()
            cur_lang = line.lang
            parts = [MappedText.span(source, line.start, line.end)]
            prev_kind = kind
            continue
        # plain text line: continue the open paragraph or start a new one
        mt = MappedText(line.text, range(line.start, line.end), source)  # `MappedText.span`, the text already cut
        if line.cell and not line.hard and parts and in_table and cur_role is _R_PARAGRAPH and (
                line.lang == "mixed" or cur_lang in ("mixed", line.lang)):
            cells.add(len(parts))  # the next cell of a row: same language, or numbers
            parts.append(mt)
            if cur_lang == "mixed":
                cur_lang = line.lang
            prev_kind = kind
            continue
        same_lang = not cur_lang or line.lang == cur_lang or line.lang == "mixed" or cur_lang == "mixed" or (
            cur_lang == "zh" and line.text[-1] in ZH_STOPS)  # a Latin name closing a wrapped Chinese sentence
        # a bulleted line begins a list item whatever the line before ended with (a lead-in ending in a comma, 在这
        # 次就诊中，; a heading; an item whose full stop the original left out)
        joinable = (prev_kind is not _BLANK or not front_matter) and not line.hard and not opens_item(line.text) \
            and not (parts and opens_item(parts[0].text)  # only a list item's lines are measured (each line would
                     # otherwise measure every line of its paragraph again)
                     and item_ended([p.text for p in parts], line.text, _stops_short(parts, short_ends)))
        if parts and joinable and same_lang and not _ends_sentence(parts[-1].text) and cur_role not in (
            _R_KEYWORDS,
        ) and not starts_own_block(parts[-1].text, line.text, line.lang) and not (
            cur_role is _R_PARAGRAPH and stands_alone(parts[-1].text, detect_lang(parts[-1].text), paragraph_langs)
        ):
            parts.append(mt)
            if not cur_lang:
                cur_lang = line.lang
            prev_kind = kind
            continue
        if not parts and cur_role in (_R_ABSTRACT, _R_KEYWORDS) and not cur_lang and prev_kind.is_label:
            cur_lang = line.lang
            parts = [mt]
            prev_kind = kind
            continue
        # a label alone heads an abstract section (a thesis's 摘  要 page): its paragraphs in its language are the
        # abstract's until a heading, a label or the other language (摘要：… on one line is a one-paragraph abstract;
        # a paragraph of formulas and names in Latin letters, "mixed", goes on)
        goes_on = abstract_section and cur_role is _R_ABSTRACT and bool(parts) and line.lang in (cur_lang, "mixed") \
            and not line.cell
        flush()
        if new_table:
            table_lang = "mixed"  # a new table: its language is its own rows'
        in_table = line.cell
        cur_role, cur_lang = (_R_ABSTRACT, cur_lang if line.lang == "mixed" else line.lang) if goes_on \
            else (_R_PARAGRAPH, line.lang)
        cur_label = cur_label if goes_on else ""
        parts = [mt]
        prev_kind = kind
    flush()
    blocks.sort(key=lambda b: b.text.offsets[0] if len(b.text.offsets) else 0)
    return _front_matter_roles(blocks)


def _front_matter_roles(blocks: list[Block]) -> list[Block]:
    """Give title, authors and affiliations roles to the unlabelled front-matter paragraphs.

    Front matter is the run of paragraphs before the first heading and the first paragraph of prose. Per
    language, in order: the first
    paragraph is the title, a following short paragraph of names is the authors, and a paragraph
    with institution words or superscript markers is the affiliations.
    """
    out: list[Block] = []
    seen: dict[str, set[Role]] = {"zh": set(), "en": set(), "mixed": set()}
    in_front = True
    for b in blocks:
        if b.role is _R_HEADING:
            in_front = False
        if b.role is _R_PARAGRAPH and _table_row(b):
            in_front = False  # a table is the body's: its rows are no title or names, and front matter has ended
        if not in_front or b.role is not _R_PARAGRAPH:
            if in_front and b.role in (_R_ABSTRACT, _R_KEYWORDS):
                seen.setdefault(b.lang, set()).update({_R_TITLE, _R_AUTHORS, _R_AFFILIATIONS, b.role})
            out.append(b)
            continue
        lang = b.lang
        have = seen.setdefault(lang, set())
        text = b.text.text
        role = _R_PARAGRAPH
        if _R_ABSTRACT in have or _R_PARAGRAPH in have or _R_TITLE not in have and _prose_paragraph(text, lang):
            role = _R_PARAGRAPH  # front matter is the run at the top: after a paragraph of prose, prose
        elif _R_TITLE not in have:
            role = _R_TITLE
        elif _R_AUTHORS not in have and not _looks_affiliation(text) and len(text) < 200:
            role = _R_AUTHORS
        elif (_R_AFFILIATIONS not in have or _looks_affiliation(text)) and not _prose(text, lang):
            role = _R_AFFILIATIONS
        have.add(role)
        if role is _R_AFFILIATIONS:
            have.add(_R_AUTHORS)
        out.append(b if role is b.role and b.part is None else Block(role, b.lang, b.text, b.section, b.label))
    return out


def _table_row(block: Block) -> bool:
    """Whether the block is a row of a Word table (`SourceText.cell_lines`)."""
    source = block.text.source
    return bool(source.cell_lines) and len(block.text.offsets) > 0 and \
        source.line_col(block.text.offsets[0])[0] - 1 in source.cell_lines


_SENTENCE_STOP = frozenset("。！？.!?")
_CLOSERS = re.compile(r"[”’」』\"')）]+$")


def _prose_paragraph(text: str, lang: str) -> bool:
    """Whether a first paragraph is prose, not a title: two sentences or more ending in a sentence stop.

    A title is one line of words, at most a subtitle after a colon or a full stop (`研究进展. 综述`); an abstract
    alone in its file (one line a document) is sentences ending in 。 or a period; read as a title, the report showed
    it as a heading of 1,600 characters.
    """
    stripped = _CLOSERS.sub("", text.rstrip())
    return bool(stripped) and stripped[-1] in _SENTENCE_STOP and _prose(text, lang)


def _prose(text: str, lang: str) -> bool:
    """Two sentences or more: a paragraph of prose, never an affiliation (a list of institutions has no 。)."""
    from zhen_qa.manuscript.segment import split

    return lang in ("zh", "en") and len(split(text, lang)) >= 2


_NUMBERED = re.compile(r"^\s*[\u00b9\u00b2\u00b3\u2070-\u2079\d]")


def _looks_affiliation(text: str) -> bool:
    return bool(_NUMBERED.match(text)) and bool(AFFILIATION_HINT.search(text)) or (
        len(AFFILIATION_HINT.findall(text)) >= 2
    )
