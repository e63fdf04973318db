"""An English word a documentation page's Chinese keeps in a bracketed gloss beside a word the page keeps
(图数据（vertex 和 edge）on a page that keeps vertex): one of the set of names the gloss gives, not English left in the
prose (`presence_kept._named_here`).

A bracket right after Chinese words that holds only English words joined by Chinese conjunctions (和, 与, 及, 或, 、)
gives the original names of what those words say, on purpose: when the page keeps one of them as its usage, the
others are of the same set of names. Coordinated in the running prose (请妥善保管 token 和 password), beside a kept
word, a word is no name for that (the translator left password in English), nor is a bracket of words the page does
not keep (由于 issue 和 request 的内容, `test_term_doc_kept`).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from zhen_qa.manuscript.script import is_han

_COORDINATED_BEFORE = re.compile(r"(?<![A-Za-z0-9])(?P<word>[A-Za-z][A-Za-z0-9]*)[ \t]*[和与及或、][ \t]*$")
_COORDINATED_AFTER = re.compile(r"[ \t]*[和与及或、][ \t]*(?P<word>[A-Za-z][A-Za-z0-9]*)(?![A-Za-z0-9])")
"""An English word before or after a kept word, joined to it by a Chinese conjunction or the enumeration comma."""

_GLOSS = re.compile(r"[（(](?P<inside>[A-Za-z0-9 \t和与及或、]+)[）)]")
"""A bracket of English words joined by Chinese conjunctions or the enumeration comma (（vertex 和 edge）)."""


def in_bracket_gloss(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands in a bracket of English words (`_GLOSS`) opened right after a Han character."""
    for m in _GLOSS.finditer(text):
        if m.start("inside") <= start and end <= m.end("inside"):
            return m.start() > 0 and is_han(text[m.start() - 1])
    return False


def coordinated_with_kept(text: str, start: int, end: int, usage: Callable[[str], bool]) -> bool:
    """Whether the English word text[start:end] kept in Chinese text is coordinated (和, 与, 及, 或, 、) with an English
    word the file keeps as its `usage`, both in a bracketed gloss after Chinese words (`in_bracket_gloss`:
    图数据（vertex 和 edge）on a page that keeps vertex); see the module docstring."""
    if not in_bracket_gloss(text, start, end):
        return False
    before = _COORDINATED_BEFORE.search(text, 0, start)
    after = _COORDINATED_AFTER.match(text, end)
    return any(near is not None and usage(near.group("word")) for near in (before, after))
