"""A Chinese term inside an item of a menu path the English writes as its own menu path (term-missing, Chinese
terms): 用户点击【资源中心】-【任务组管理】-【任务组配置】 = "The user clicks `Resources -> Task Group Management -> …`"
(dolphin-heldout's task-group page, 资源中心 listed for "resource center").

Documentation tells the reader which menu items to click by their labels, and each language's page gives the labels
its own interface shows: the English interface labels the menu "Resources", the Chinese one 资源中心. The items are
quoted, not translated, so a term inside a Chinese item that the English item does not say is no term dropped. A
Chinese term is taken as an interface label when

- it stands inside a 【…】 item of a Chinese menu path: two 【…】 items or more joined by a path separator (-, ->,
  >, →, /),
- and the English of the bead writes a menu path of PATH_MIN items or more: items joined by ->, > or → inside one
  code span or bold run (`Resources -> Task Group Management`).

A term in the prose around the path, or a path the English does not write as one (the English sentence says
something else), keeps its finding.
"""
from __future__ import annotations

from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

PATH_MIN = 2
"""Fewest items of an English menu path."""

_ZH_PATH = LazyPattern(r"【[^【】\n]+】(?:\s*(?:->|-|>|→|/)\s*【[^【】\n]+】)+")
_EN_SPAN = LazyPattern(r"`([^`\n]+)`|\*\*([^*\n]+)\*\*")
_EN_SEPARATOR = LazyPattern(r"\s*(?:->|>|→)\s*")


def in_menu_path(zh_text: str, start: int, end: int, en_text: str) -> bool:
    """Whether zh_text[start:end] lies inside an item of a Chinese 【…】 menu path while `en_text` writes an English
    menu path (see the module docstring)."""
    inside = any(m.start() <= start and end <= m.end() for m in _ZH_PATH.finditer(zh_text))
    return inside and any(len(_EN_SEPARATOR.split(m.group(1) or m.group(2) or "")) >= PATH_MIN
                          for m in _EN_SPAN.finditer(en_text))


def written_source(sentence: Sentence) -> str:
    """The source text from a sentence's start to the end of its last line, markup included: its code spans, which
    the sentence's text holds as one placeholder character each."""
    mt = sentence.text
    if not mt.text:
        return ""
    src = mt.source.text
    end = src.find("\n", mt.offsets[-1])
    return src[mt.offsets[0]:end if end >= 0 else len(src)]
