"""Evidence from inline code that an English concept is rendered: documentation writes a UI label, a menu path or a
product feature's name in backticks ("You could use `Resource Center` to upload files", "click `Resources -> Task
Group Management`"). The prose view holds one placeholder for each code span (`manuscript.source.CODE_PLACEHOLDER`),
so `checks.presence` never sees the words inside it; the reader does. A code span written as words (two words or
more set apart by spaces) is text for the question whether the term is there; an identifier without spaces
(`resourceCenter`, `task_group`) is no prose: `term_code_named` asks whether it names the term."""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, inline_code

_WORDS = re.compile(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}")
"""Two words set apart by a space: a code span written as words (a UI label, a menu path), not an identifier."""


def code_words(sentences: Iterable[Sentence]) -> str:
    """The contents of the sentences' inline code spans written as words (`_WORDS`), one a line ("" when none)."""
    out: list[str] = []
    for s in sentences:
        mt = s.text
        if CODE_PLACEHOLDER not in mt.text:
            continue
        for i, ch in enumerate(mt.text):
            if ch == CODE_PLACEHOLDER:
                span = inline_code(mt, i)
                if _WORDS.search(span):
                    out.append(span)
    return "\n".join(out)
