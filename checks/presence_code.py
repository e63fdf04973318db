"""Evidence from inline code that an English concept is rendered: documentation writes a UI label, a menu path or a
product feature's name in backticks ("You could use `Resource Center` to upload files", "click `Resources -> Task
Group Management`"). The prose view holds one placeholder for each code span (`manuscript.source.CODE_PLACEHOLDER`),
so `checks.presence` never sees the words inside it; the reader does. A code span written as words (two words or
more set apart by spaces, each capitalised: a label) is text for the question whether the term is there; an
identifier without spaces (`resourceCenter`, `task_group`) is no prose (`term_code_named` asks whether it names the
term), nor a command or a query (`dsctl create task group`, `SELECT name FROM users WHERE index = 1`), nor a span the
source side writes too: copied code is no translator's rendering of the source's term (review50b S4)."""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, inline_code

_WORDS = re.compile(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}")
"""Two words set apart by a space: a code span written as words (a UI label, a menu path), not an identifier."""
_LABEL = re.compile(r"[A-Z][A-Za-z]*(?:\s*(?:->|>|/|&)?\s*[A-Z][A-Za-z]*)*")
"""A label or a menu path: capitalised words, maybe set apart by an arrow, a slash or an ampersand."""


def code_spans(sentence: Sentence) -> list[str]:
    """The contents of the sentence's inline code spans, stripped."""
    text = sentence.text
    return [inline_code(text, i) for i, ch in enumerate(text.text) if ch == CODE_PLACEHOLDER]


def code_words(sentences: Iterable[Sentence], shared: Collection[str] = ()) -> str:
    """The contents of the sentences' inline code spans written as words (`_WORDS`) that read as a label or a menu
    path (`_LABEL`) and are not among the `shared` spans (the source side's), one a line ("" when none)."""
    return "\n".join(span for s in sentences for span in code_spans(s)
                     if _WORDS.search(span) and _LABEL.fullmatch(span) and span not in shared)
