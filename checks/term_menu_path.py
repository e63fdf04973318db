"""A Chinese term inside an item of a menu path the English writes as its own menu path, item for item (term-missing,
Chinese terms): 用户点击【资源中心】-【任务组管理】-【任务组配置】-新建任务组 = "The user clicks `Resources -> Task
Group Management -> Task Group option -> Create Task Group`" (dolphin-heldout's task-group page, 资源中心 listed
for "resource center").

Documentation tells the reader which menu items to click by their labels, and each language's page gives the labels
its own interface shows: the English interface labels the menu "Resources", the Chinese one 资源中心. The items are
quoted, not translated, so a term inside a Chinese item that the English item does not say is no term dropped. A
Chinese term is taken as an interface label when

- it stands inside a 【…】 item of a Chinese menu path: two 【…】 items or more joined by a path separator (-, ->,
  >, →, /), a last plain item after a separator counted as one (-新建任务组),
- the English of the bead writes a menu path of as many items: items joined by ->, > or → inside one code span or
  bold run (`Resources -> Task Group Management`),
- each other item of the two paths corresponds (the Chinese item's and the English item's glossary concepts meet, a
  lexicon word of the Chinese item glosses a word of the English item, or the Chinese item's Latin is written in the
  English item): the two paths are the same menu, item for item,
- and the English item at the term's place names no listed concept the Chinese item does not, and shares a gloss
  with the Chinese item (资源 "resource" ~ "Resources"): the same menu entry, labelled otherwise.

A term in the prose around the path, a path the English does not write as one, a path of another length, or an
English item at the term's place that says something else ("Project Management" where 【资源中心】 stands: the path
points at another menu, the slip the missing term reveals) keeps its finding.
"""
from __future__ import annotations

from collections.abc import Mapping
from os.path import commonprefix

from zhen_qa.aligner.lexicon import stem
from zhen_qa.glossary.model import Glossary
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import is_han

_ZH_PATH = LazyPattern(r"【[^【】\n]+】(?:\s*(?:->|-|>|→|/)\s*【[^【】\n]+】)+"
                       r"(?:\s*(?:->|-|>|→)\s*[^\s【】，。；：！？,.;:!?()（）>→/-]+)?")
_ZH_ITEM = LazyPattern(r"【([^【】\n]+)】|([^\s【】>→/-]+)$")
_EN_SPAN = LazyPattern(r"`([^`\n]+)`|\*\*([^*\n]+)\*\*")
_EN_SEPARATOR = LazyPattern(r"\s*(?:->|>|→)\s*")
_EN_WORD = LazyPattern(r"[A-Za-z][A-Za-z0-9]*")
_LATIN = LazyPattern(r"[A-Za-z][A-Za-z0-9 ._-]*[A-Za-z0-9]|[A-Za-z]")

WORD_MAX = 4
"""Longest lexicon word looked up inside a Chinese item (Han characters)."""

ROOT_MIN = 5
"""Fewest leading letters an English word's stem and a lexicon gloss share for the word to say the Chinese word (the
whole of the shorter where shorter, three letters or more)."""


def in_menu_path(zh_text: str, start: int, end: int, en_text: str, glossary: Glossary,
                 zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether zh_text[start:end] lies inside an item of a Chinese 【…】 menu path that `en_text` writes as its own
    menu path item for item (see the module docstring)."""
    for path in _ZH_PATH.finditer(zh_text):
        if not (path.start() <= start and end <= path.end()):
            continue
        items = _zh_items(zh_text, path.start(), path.end())
        at = [i for i, (a, b) in enumerate(items) if a <= start and end <= b]
        if not at:
            return False
        zh_items = [zh_text[a:b] for a, b in items]
        return any(_same_menu(zh_items, en_items, at[0], glossary, zh2en) for en_items in _en_paths(en_text))
    return False


def _zh_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the items of the Chinese menu path text[start:end]: each 【…】's inside, then a last plain item."""
    items: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        m = _ZH_ITEM.search(text, pos, end)
        if m is None:
            break
        group = 1 if m.group(1) is not None else 2
        items.append((m.start(group), m.end(group)))
        pos = m.end()
    return items


def _en_paths(en_text: str) -> list[list[str]]:
    """The English menu paths of `en_text`: the items of each code span or bold run holding two or more."""
    paths = []
    for m in _EN_SPAN.finditer(en_text):
        items = [i.strip("* ") for i in _EN_SEPARATOR.split(m.group(1) or m.group(2) or "")]
        if len(items) >= 2 and all(items):
            paths.append(items)
    return paths


def _same_menu(zh_items: list[str], en_items: list[str], at: int, glossary: Glossary,
               zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the English path is the Chinese one item for item, the item `at` labelled otherwise."""
    if len(zh_items) != len(en_items):
        return False
    if not all(_corresponds(z, e, glossary, zh2en) for j, (z, e) in enumerate(zip(zh_items, en_items)) if j != at):
        return False
    zh_concepts = {k for m in glossary.matchers().zh.find(zh_items[at]) for k in m.concepts}
    en_concepts = {k for m in glossary.matchers().en.find(en_items[at]) for k in m.concepts}
    return en_concepts <= zh_concepts and _glossed(zh_items[at], en_items[at], zh2en)


def _corresponds(zh: str, en: str, glossary: Glossary, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a Chinese and an English item name one menu entry: a glossary concept of both, a lexicon gloss, or
    the Chinese item's Latin written in the English item."""
    zh_concepts = {k for m in glossary.matchers().zh.find(zh) for k in m.concepts}
    if zh_concepts & {k for m in glossary.matchers().en.find(en) for k in m.concepts}:
        return True
    latin = [w.lower() for w in _LATIN.findall(zh)]
    return (bool(latin) and all(w in en.lower() for w in latin)) or _glossed(zh, en, zh2en)


def _glossed(zh: str, en: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a lexicon word of WORD_MAX Han characters or fewer (two or more) inside `zh` has a gloss sharing
    ROOT_MIN leading letters with the stem of a word of `en`."""
    stems = [stem(w.lower()) for w in _EN_WORD.findall(en)]
    for a in range(len(zh)):
        for b in range(a + 2, min(len(zh), a + WORD_MAX) + 1):
            word = zh[a:b]
            if not all(is_han(ch) for ch in word):
                break
            for g in zh2en.get(word, ()):
                if any(len(commonprefix((s, g))) >= max(3, min(ROOT_MIN, len(s), len(g))) for s in stems):
                    return True
    return False


def written_source(sentence: Sentence) -> str:
    """The source text from a sentence's start to the end of its last line, markup included: its code spans, which
    the sentence's text holds as one placeholder character each."""
    mt = sentence.text
    if not mt.text:
        return ""
    src = mt.source.text
    end = src.find("\n", mt.offsets[-1])
    return src[mt.offsets[0]:end if end >= 0 else len(src)]
