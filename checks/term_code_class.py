"""A term that classes a code name: documentation names a plugin, component or option by its code, and one side
adds the class noun after it where the other writes the code alone (创建路由并启用 `ldap-auth-advanced` 插件 /
"Create a Route with `ldap-auth-advanced`"; "enable the `cors` plugin" / 启用 `cors`). The code span names the
object on both sides; the class noun says what kind of thing it is, which the other side leaves to the name. A term
after a code span the other side does not write is no such class noun: the object is named on one side only; nor
is one where the other side writes a noun of its own after the same code ("the `cors` middleware" for `cors` 插件:
the class said otherwise, a replaced term; review50 R3)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.aligner.lexicon import PREPOSITIONS, STOP_EN
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.script import is_han
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, inline_code

_NEXT_EN = re.compile(r"\s*([A-Za-z][A-Za-z-]*)")
ZH_PARTICLES = frozenset("的之地得和与及或是在为了等中上下里内时后前也都就并而将被把对从")
"""Chinese characters that start no noun of its own after a code name (`cors` 的配置, `cors` 和 `jwt`)."""


def classes_code(sentence: Sentence, start: int, other: Sequence[Sentence]) -> bool:
    """Whether the term starting at `start` of `sentence` follows a code span right before it (spaces between) whose
    content a code span of the `other` side's sentences writes too."""
    mt = sentence.text
    at = start - 1
    while at >= 0 and mt.text[at].isspace():
        at -= 1
    if at < 0 or mt.text[at] != CODE_PLACEHOLDER:
        return False
    name = inline_code(mt, at).strip()
    return bool(name) and any(inline_code(s.text, i).strip() == name and not _noun_after(s, i)
                              for s in other for i, ch in enumerate(s.text.text) if ch == CODE_PLACEHOLDER)


def _noun_after(sentence: Sentence, at: int) -> bool:
    """Whether a word of its own (no function word) follows the code placeholder at `at` of the sentence: the side
    classes the code itself, it does not write the code alone."""
    text = sentence.text.text
    if sentence.lang == "zh":
        rest = text[at + 1:].lstrip()
        return bool(rest) and is_han(rest[0]) and rest[0] not in ZH_PARTICLES
    m = _NEXT_EN.match(text, at + 1)
    return m is not None and m.group(1).lower() not in STOP_EN and m.group(1).lower() not in PREPOSITIONS
