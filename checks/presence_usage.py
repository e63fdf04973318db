"""English words a file's Chinese keeps as its own usage (`kept_as_usage`), as documentation that writes code
(`writes_code`) does; and whether a manuscript is documentation at all (`is_documentation`)."""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.checks.presence_code_run import joined
from zhen_qa.checks.presence_kept import kept_pattern
from zhen_qa.manuscript.document import Block, Role
from zhen_qa.manuscript.markdown import MARKDOWN_SUFFIXES
from zhen_qa.manuscript.markdown_markup import fenced_lines
from zhen_qa.manuscript.script import is_han
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, SourceText

KEPT_USAGE_MIN_SENTENCES = 2
"""Chinese sentences of a file that must keep an English word, set off from the Han characters, before it is the
file's own usage (`kept_as_usage`)."""


def writes_code(source_text: str) -> bool:
    """Whether a file's text writes code, as documentation does: an inline code span (`cache`) or a fenced block.
    Only such a file keeps English words in its Chinese as its own usage (`kept_as_usage`) and names packages by
    hyphenated runs (`code_like_run`); a manuscript without code that keeps "chemotherapy" in its Chinese twice, or
    writes anti-tumor there, leaves the term in English."""
    return _WRITTEN_CODE.search(source_text) is not None


_WRITTEN_CODE = re.compile(r"(?<!`)``(?:[^`'\n]|'(?!'))+``(?!`)|(?<!`)`(?![^`'\s][^`'\n]*'(?!\w))[^`'\n][^`\n]*`(?!`)"
                           r"|^\s*(?:```|~~~)", re.M)
"""A code span of one or two backticks, or a fence; not LaTeX's ``quoted'' text (two backticks opening, two
apostrophes closing), which a thesis writes in prose (review48b DG1), nor its `single' quotes (review69 R8: the
backtick's word closed by an apostrophe no letter follows, as in `first' and `second'; `it's` and `f('a')` are
code)."""


DOC_SPAN_BLOCKS = 2
"""Blocks of each language that must hold an inline code span before a Markdown pair without a code block is
documentation (`is_documentation`): a manuscript may name one tool in backticks once in passing."""

_FRONT_MATTER = (Role.ABSTRACT, Role.KEYWORDS)
"""A manuscript's front matter, both read: documentation has none (one of them alone is sometimes a page's
misread lead paragraph)."""


def is_documentation(sources: Iterable[SourceText], blocks: Iterable[Block]) -> bool:
    """Whether a manuscript, read as its `sources` and `blocks`, is documentation: Markdown files (a LaTeX, plain-text,
    Word or CAT manuscript never is), no manuscript front matter (an abstract and keywords), and code
    a manuscript does not write in passing — a fenced code block in either file, or inline code spans in
    DOC_SPAN_BLOCKS blocks or more of each language. Stricter than `writes_code`, which one code span anywhere (or a
    LaTeX line quoting two words `first' and `second') makes true: a Methods section naming `DESeq2` once is still a
    manuscript, whose 患者death的 is a term left in English (review69 R1, R8)."""
    sources, blocks = tuple(sources), tuple(blocks)
    if not sources or not all(s.path.lower().endswith(MARKDOWN_SUFFIXES) for s in sources):
        return False
    if all(any(b.role is role for b in blocks) for role in _FRONT_MATTER):
        return False
    if any(fenced_lines(s) for s in sources):  # the Markdown reader's own fences
        return True
    spans = {"zh": 0, "en": 0}
    for b in blocks:
        if CODE_PLACEHOLDER in b.text.text:  # a "mixed" block is Chinese prose keeping English words
            spans["en" if b.lang == "en" else "zh"] += 1
    return min(spans.values()) >= DOC_SPAN_BLOCKS


def kept_as_usage(form: str, zh_texts: Iterable[str]) -> bool:
    """Whether the Chinese of a file keeps the English `form` as its own usage, not as a slip: standing alone (not
    the part of a name: European-American) in KEPT_USAGE_MIN_SENTENCES sentences or more, in any case and glued to
    the Han characters or not (RocketMQ's 创建 Topic and 指定topic、tag, SeaTunnel's source和sink), and at least once
    typeset as Chinese technical writing sets a word it keeps on purpose: set off from the Han characters by a
    space or a punctuation mark (定义不同的 environment，, Runner 与 model) or capitalised as the product names its
    object (创建 Topic, 同一类Producer的集合). Documentation keeps such words on purpose (the option, the object, the
    concept as the code names it); a translator's slip is one word in one sentence, glued to the characters in
    lower case each time it recurs (患者death的, death率)."""
    pattern = kept_pattern(form)
    count, typeset = 0, False
    for text in zh_texts:
        alone = [m for m in pattern.finditer(text) if not joined(text, m.start(), m.end())]
        if alone:
            count += 1
            typeset = typeset or any(_set_off(text, m.start(), m.end()) or not m.group().islower() for m in alone)
            if count >= KEPT_USAGE_MIN_SENTENCES and typeset:
                return True
    return False


def _set_off(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has no Han character right before or after it (a space, a mark, an edge instead)."""
    return not (start > 0 and is_han(text[start - 1])) and not (end < len(text) and is_han(text[end]))
