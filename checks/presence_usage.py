"""English words a file's Chinese keeps as its own usage (`kept_as_usage`), as documentation that writes code
(`writes_code`) does."""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.checks.presence_code_run import joined
from zhen_qa.checks.presence_kept import kept_pattern
from zhen_qa.manuscript.script import is_han

KEPT_USAGE_MIN_SENTENCES = 2
"""Chinese sentences of a file that must keep an English word, set off from the Han characters, before it is the
file's own usage (`kept_as_usage`)."""


def writes_code(source_text: str) -> bool:
    """Whether a file's text writes code, as documentation does: an inline code span (`cache`) or a fenced block.
    Only such a file keeps English words in its Chinese as its own usage (`kept_as_usage`) and names packages by
    hyphenated runs (`code_like_run`); a manuscript without code that keeps "chemotherapy" in its Chinese twice, or
    writes anti-tumor there, leaves the term in English."""
    return _WRITTEN_CODE.search(source_text) is not None


_WRITTEN_CODE = re.compile(r"(?<!`)``(?:[^`'\n]|'(?!'))+``(?!`)|(?<!`)`[^`'\n][^`\n]*`(?!`)|^\s*(?:```|~~~)", re.M)
"""A code span of one or two backticks, or a fence; not LaTeX's ``quoted'' text (two backticks opening, two
apostrophes closing), which a thesis writes in prose (review48b DG1)."""


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
