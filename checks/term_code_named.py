"""A term named by its code: documentation calls the object a Chinese term describes by its identifier in
the English (执行器 = `Runner`, 可视化器 = `Visualizer`, 优化器封装 = OptimWrapper, 参数调度器 = ParamScheduler),
in an inline code span or as a CamelCase or snake_case identifier in the prose. The identifier's parts spell the
term's words (a part may be the word's abbreviation, Optim for optimizer; it may end otherwise, Visualizer for
visualization, only where the Chinese names the agent, 可视化器 "visualizer": 可视化 alone is the act, which an
identifier of the agent does not say). The identifier must name the term's object: the form's last word is the
identifier's head, its last part (执行器 = `Runner`, 参数调度器 "parameter scheduler" = ParamScheduler), unless the
Chinese term itself modifies the word after it (优化器封装: 优化器 "optimizer" in OptimWrapper) — 参数 alone is not
said by `ParamScheduler`, which names a scheduler. An identifier the Chinese sentence writes too renders that
identifier, no Chinese term (先修改参数，然后配置 `ParamScheduler` / Then configure the `ParamScheduler`)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, inline_code

MIN_ABBREVIATION = 5
"""Letters a part needs to stand for a word it begins (Optim for optimizer, Param for parameter; not Data for
dataset: DataLoader names another object)."""
MIN_STEM = 6
"""Letters a part and a word must share at their start when both go on (Visualizer / visualization)."""
MAX_ENDING = 5
"""Letters the longer of the two may have after what they share."""

_IDENTIFIER = re.compile(r"\b[A-Za-z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)+\b|\b[A-Za-z]\w*_\w+\b")
"""An identifier in prose: CamelCase with a capital inside (OptimWrapper, BaseDataset) or joined by underscores."""
_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def code_named(forms: Iterable[str], sentences: Sequence[Sentence], agent: bool = False,
               written: Iterable[str] = (), modifier: bool = False) -> bool:
    """Whether an identifier in `sentences` (a code span's content, or a CamelCase/snake_case word of the prose)
    spells one of the English `forms`: every word of the form, in order, matches a part of the same identifier
    (by another ending only for an `agent`, see the module docstring), the last word its last part unless the
    Chinese term is a `modifier` of the word after it; an identifier the Chinese writes too (`written`,
    `written_in_chinese`) does not count."""
    written = {n.lower() for n in written}
    names = [n for n in _identifiers(sentences) if n.lower() not in written]
    if not names:
        return False
    wanted = [[w.lower() for w in re.findall(r"[A-Za-z]+", f)] for f in forms]
    return any(words and _spells(words, parts, agent) and (modifier or _matches(parts[-1], words[-1], agent))
               for name in names if (parts := [p.lower() for p in _PART.findall(name)])
               for words in wanted)


def written_in_chinese(sentence: Sentence, end: int) -> list[str]:
    """The identifiers a Chinese sentence writes, except one in brackets right after the term ending at `end` or the
    word it begins: that one glosses the term (执行器（`Runner`）, 优化器封装（OptimWrapper）), so the English
    identifier renders the term as it does the gloss."""
    text = sentence.text.text
    gloss = _GLOSS.match(text, end)
    skipped = set() if gloss is None else {n.lower() for n in _identifiers_in(sentence, gloss.start(), gloss.end())}
    return [n for n in _identifiers([sentence]) if n.lower() not in skipped]


_GLOSS = re.compile(r"[\u4e00-\u9fff]{0,4}\s*[（(][^（()）]{1,60}[)）]")
"""Brackets right after the term, or after the word it begins (优化器封装（OptimWrapper）): a gloss of it."""


def _identifiers_in(sentence: Sentence, start: int, end: int) -> list[str]:
    mt = sentence.text
    out = [w for i in range(start, end) if mt.text[i] == CODE_PLACEHOLDER
           for w in re.findall(r"[A-Za-z_][\w.]*", inline_code(mt, i))]
    return out + _IDENTIFIER.findall(mt.text, start, end)


def _identifiers(sentences: Sequence[Sentence]) -> list[str]:
    return [name for s in sentences for name in _identifiers_in(s, 0, len(s.text.text))]


def _spells(words: list[str], parts: list[str], agent: bool) -> bool:
    """Each word matches a later part than the word before it."""
    at = 0
    for w in words:
        while at < len(parts) and not _matches(parts[at], w, agent):
            at += 1
        if at == len(parts):
            return False
        at += 1
    return True


def _matches(part: str, word: str, agent: bool = True) -> bool:
    if part == word or (len(part) >= MIN_ABBREVIATION and word.startswith(part)):
        return True
    if not agent:
        return False
    common = 0
    for a, b in zip(part, word):
        if a != b:
            break
        common += 1
    return common >= MIN_STEM and common >= max(len(part), len(word)) - MAX_ENDING


def identifier_parts(sentences: Sequence[Sentence]) -> list[list[str]]:
    """The lower-cased parts of each identifier the sentences write (a code span's content, a CamelCase or
    snake_case word of the prose): FieldMapper gives ["field", "mapper"]."""
    return [parts for name in _identifiers(sentences) if (parts := [p.lower() for p in _PART.findall(name)])]
