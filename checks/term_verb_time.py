"""A Chinese term "verb + 时" read as the clause "when … verb" its 时 closes, the English saying the verb
(term-missing, Chinese terms): 在 iOS 设备上运行时 = "when running on iOS devices", where 运行时 is listed "runtime".

A software glossary lists 运行时 "runtime" (编译时 "compile time"); the Chinese also writes 运行 + 时 "when it
runs", a temporal clause opened by 在 or 当 and closed by 时 (当应用程序已经在运行时 "while the application is already
running", 在后续运行时 "on subsequent runs"). The matcher cannot tell the two (jieba's dictionary takes the term
whole wherever it is listed), and a translator renders the clause by the verb, never by "runtime". It is the clause
only where
- the Chinese form is two Han characters or more before a closing 时, and the English form is that verb's English
  and "time" (runtime, run time, compile-time): the verb is the form without its "time";
- the term's clause (back to the last clause mark, FRAME characters at most) holds the opener 在 or 当 before it;
- the 时 closes the clause: no localizer, 之 or 的 follows it (NOUN_NEXT), which would make the form the noun
  (在 Node.js 运行时中 "in the Node.js runtime", 在运行时的内存里 "in the runtime's memory");
- the English says the verb as a word of its own (run, runs, running, ran; compile, compiled, compiling), not
  followed by "time" (that would be the term itself), in a clause of time or condition: TEMPORAL words at most
  after one of WHEN ("when running", "while the application is already running", "on subsequent runs", "if you
  try to run"). "Load it at runtime, then run it" for 在运行时加载，然后运行 says the verb for the other 运行 only.
在运行时加载 "loaded at runtime" is the same shape in Chinese: an English that renders it "loaded on startup" (no
verb) keeps its finding, as does a 运行时 outside a 在/当 clause ("JavaScript 运行时") whatever the English says.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.aligner.jieba_base import is_word
from zhen_qa.manuscript.lazy_re import LazyPattern

CLOSER = "时"
"""The temporal localizer that closes a 在/当 clause ("when …") and ends terms such as 运行时, 编译时."""

OPENERS = frozenset("在当")
"""Words that open the temporal clause 时 closes."""

NOUN_NEXT = frozenset("中里内上下之的外")
"""Localizers and 的: right after the 时 (spaces skipped) they make the form a noun they attach to, not the end of
a "when …" clause: 在 Node.js 运行时中 is "in the Node.js runtime". Not where the character opens a word of its own
(上传, 下载, 内存, 的话) that is no localizer word (LOCALIZER_WORDS): then the clause has ended and a verb or a
subject follows ("在运行时上传文件" = "upload files when running")."""

LOCALIZER_WORDS = frozenset({"里面", "之中", "之内", "之间", "之外", "之上", "之下", "上面", "下面", "中间", "内部",
                             "外部"})
"""Two-character localizers after the 时 (在运行时里面): the noun, like the one-character ones."""

FRAME = 30
"""Characters looked back from the term for its clause's opener (within its clause)."""

WHEN = frozenset({"when", "whenever", "while", "if", "as", "once", "on", "upon", "during", "before", "after",
                  "until"})
"""English words that open a clause (or phrase) of time or condition, as 在/当 … 时 does."""

TEMPORAL = 5
"""Most words between the opener of WHEN and the verb ("while the application is already running": 4)."""

IRREGULAR_PAST = {"run": ("ran",), "build": ("built",), "begin": ("began", "begun")}
"""Past forms of the verbs of verb + time terms that no ending makes."""

_CLAUSE_MARK = LazyPattern(r"[，。；：！？,;:!?、\n]")
_TIME_FORM = LazyPattern(r"^([a-z]+)[\s-]*time$")
_WORD = LazyPattern(r"[A-Za-z]+")
_TIME_NEXT = LazyPattern(r"[\s-]*time(?![A-Za-z])", re.IGNORECASE)


def _verb_forms(verb: str) -> set[str]:
    """The inflected forms of an English verb: run -> run, runs, running, ran; compile -> compiles, compiling…"""
    forms = {verb, verb + "s", verb + "es", verb + "ed", verb + "d", verb + "ing"}
    if verb.endswith("e"):
        forms.update({verb[:-1] + "ing", verb[:-1] + "ed"})
    forms.update({verb + verb[-1] + "ing", verb + verb[-1] + "ed"})  # running, planned
    forms.update(IRREGULAR_PAST.get(verb, ()))
    return forms


def verbs_of(en_forms: Iterable[str]) -> set[str]:
    """The verbs of the English forms that are a verb and "time" (runtime, run time, compile-time -> run, compile)."""
    return {m.group(1) for f in en_forms if (m := _TIME_FORM.match(f.lower().strip())) and len(m.group(1)) >= 3}


def _noun_next(after: str) -> bool:
    """Whether `after` (the text right after the 时) opens with a localizer or 的 that makes the form a noun."""
    if not after or after[0] not in NOUN_NEXT:
        return False
    two = after[:2]
    return len(two) < 2 or two in LOCALIZER_WORDS or not is_word(two)


def in_time_clause(zh_text: str, start: int, end: int) -> bool:
    """Whether the Chinese match zh_text[start:end] ends in 时 after two Han characters or more, its clause holds
    a 在 or 当 before it and no localizer or 的 after the 时 makes it a noun."""
    if end - start < 3 or zh_text[end - 1] != CLOSER:
        return False
    if _noun_next(zh_text[end:].lstrip()):
        return False  # 在运行时中: the runtime a localizer places something in
    lo = max(0, start - FRAME)
    marks = list(_CLAUSE_MARK.finditer(zh_text, lo, start))
    if marks:
        lo = marks[-1].end()
    return any(ch in OPENERS for ch in zh_text[lo:start])


def verb_clause_said(zh_text: str, start: int, end: int, en_forms: Iterable[str], en_text: str) -> bool:
    """Whether the Chinese term at zh_text[start:end] is a "when … verb" clause the English renders by the verb
    (see the module docstring)."""
    verbs = verbs_of(en_forms)
    if not verbs or not in_time_clause(zh_text, start, end):
        return False
    wanted = {f for v in verbs for f in _verb_forms(v)}
    words = [(m.group().lower(), m.end()) for m in _WORD.finditer(en_text)]
    for i, (word, end) in enumerate(words):
        if word in wanted and not _TIME_NEXT.match(en_text, end):
            before = words[max(0, i - TEMPORAL - 1):i]
            if any(w in WHEN for w, _e in before):
                return True
    return False
