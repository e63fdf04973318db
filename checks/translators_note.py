"""A Chinese page's note that it is a translation of the English page ("本文为中文翻译版本，内容基于英文版进行"): it
speaks of the Chinese page only, so the English page has nothing to render it with; no sentence left untranslated."""
from __future__ import annotations

from zhen_qa.manuscript.lazy_re import LazyPattern

_OPENING = LazyPattern(r"[\s>*_]*(?:本文档?|本页面?|本篇|此文档?|此页面?|该文档|该页面?)(?:内容)?"
                       r"(?:为|是|系|由|译自|根据|基于|翻译自)")
"""The page or document the note speaks of, opening the sentence (after a quote mark or emphasis), and what it is
said to be or come from: 本文为…, 本页译自…, 本文档由…."""
_TRANSLATED = LazyPattern(r"翻译版本?|中文版|译文|译本|译自|译出|翻译而来|翻译自|译者注")
"""The note's word for the page being a translation (翻译版本, 译自, 翻译而来), not 翻译 alone (翻译模型 is a
subject)."""
_SOURCE = LazyPattern(r"英文版|英语版|英文原文|英文原版|英文文档|原文档?|官方文档")
"""The version it was translated from, not the bare language name (英文新闻语料 is a paper's data)."""
NOTE_SPAN = 40
"""Characters after the opening within which the note says it is translated and from what."""
NOTE_LENGTH = 80
"""A note is short: a longer sentence opening so is the page's content."""


def translators_note(text: str) -> bool:
    """Whether the Chinese sentence says its page is a translation of the English (or original) version:
    本文为中文翻译版本，内容基于英文版进行; 本页译自英文原文; 本文档由英文版翻译而来 (not
    本文介绍如何把英文文档翻译成中文, the page's subject)."""
    m = _OPENING.match(text)
    if m is None or len(text.strip()) > NOTE_LENGTH:
        return False
    said = text[m.start():m.end() + NOTE_SPAN]
    return _TRANSLATED.search(said) is not None and _SOURCE.search(said) is not None


_BRACKETED_NOTE = LazyPattern(r"\s*[（(]\s*(?:译者注|译注|译者按)[：:，,][^（）()]*[）)][。.]?\s*|"
                              r"\s*[（(][^（）()]*[，,：:]\s*(?:译者注|译注|译者按)\s*[）)][。.]?\s*")
"""A sentence that is all a bracketed note marked as the translator's: （译者注：…）, （…，译者注）."""


def bracketed_note(text: str) -> bool:
    """Whether the Chinese sentence is a translator's note in brackets of its own, marked so at its start or end
    (（译者注：好比…）。, （…，译注）): what the translator adds to explain has no English by design (the mark
    `partly_unsaid` already excuses inside a sentence). A bracketed aside without the mark is the page's content."""
    return _BRACKETED_NOTE.fullmatch(text) is not None


__all__ = ["bracketed_note", "translators_note"]
