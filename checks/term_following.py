"""A Chinese term after a word pointing at what follows, the English pointing there without the noun (term-missing,
Chinese terms): 使用以下命令导入它们： = "Import them using:", 下面的命令将删除…： = "the following will remove …:".

The Chinese names what a sentence introduces (以下命令 "the following command", 如下配置); the English lets the
colon or a bare "the following" point at it, the code block below showing what it is. Nothing is missing: the
referent is the next block, in both languages. It is that only where
- the term comes right after a forward-pointing word (以下, 下面, 如下, 下列, 下述, with or without 的);
- the Chinese sentence ends with a colon (it introduces what follows);
- the English of the bead ends with a colon too, and any "following" / "below" of it stands bare (before a mark, a
  function word or a preposition, not a noun: "run the following inside the repository"), and never right before
  the colon ("run the following:" may be "the following command:" with the noun dropped, the shape of a real
  drop, so it keeps its finding).
"Import them using the following script:" names another thing than 命令 and keeps its finding, as does an English
that introduces nothing (no closing colon) or a Chinese that points nowhere (使用该命令导入).
"""
from __future__ import annotations

import re

from zhen_qa.aligner.lexicon import PREPOSITIONS, STOP_EN
from zhen_qa.manuscript.lazy_re import LazyPattern

_POINTER = LazyPattern(r"(?:以下|下面|如下|下列|下述)的?$")
_ENDS_COLON = LazyPattern(r"[:：]\W*$")
_COLON_NEXT = LazyPattern(r"\s*[:：]")
_BARE_POINTER = LazyPattern(r"\b(?:following|below)\b(\s*[A-Za-z']*)", re.IGNORECASE)


def _bare(en_text: str) -> bool:
    """Whether every "following" / "below" of the English stands bare (no noun after it)."""
    for m in _BARE_POINTER.finditer(en_text):
        nxt = m.group(1).strip().lower()
        if not nxt and _COLON_NEXT.match(en_text, m.end()):
            return False  # "the following:" may be "the following command:" with the noun dropped
        if nxt and nxt not in STOP_EN and nxt not in PREPOSITIONS and nxt not in {"inside", "from", "within"}:
            return False
    return True


def pointed_at_following(zh_text: str, start: int, en_text: str) -> bool:
    """Whether the Chinese term at zh_text[start:] names what the sentence introduces, the English introducing it
    without the noun (see the module docstring)."""
    return (bool(_POINTER.search(zh_text, 0, start)) and bool(_ENDS_COLON.search(zh_text))
            and bool(_ENDS_COLON.search(en_text)) and _bare(en_text))
