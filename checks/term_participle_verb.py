"""An English adjective term used as the verb's participle, the Chinese saying the verb without the 式 that makes the
listed Chinese an adjective (term-missing, English terms): "make the tensor dynamically distributed in the storage
space" = 让张量动态分布在存储空间内, where "distributed" is listed 分布式.

A glossary lists an adjective of manner as verb + 式 (分布式 "distributed", 嵌入式 "embedded", 交互式
"interactive"). English also uses the same word as the verb's participle ("distributed in the storage space",
"embedded into the page"), and the Chinese then says the verb itself (分布在, 嵌入到), not the adjective: nothing is
missing. It is that only where
- the English hit is one word ending in -ed, followed by a preposition (`PREPOSITIONS`): the participle of a verb
  with its complement, not the adjective before a noun ("distributed training");
- a listed Chinese form of the concept is a verb of two characters or more plus 式; and
- the Chinese bead writes that verb, not followed by 式, at least as many times as the English uses the term so.
The adjective before a noun, or a Chinese without the verb (张量在存储空间内), keeps the finding.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

STYLE = "式"
"""The morpheme that makes the verb before it an adjective of manner (分布式)."""

PREPOSITIONS = frozenset(("in", "into", "on", "onto", "across", "over", "among", "between", "to", "throughout",
                          "within", "along", "inside"))
"""Words after a participle that make it a verb with its complement ("distributed in", "embedded into")."""

_PARTICIPLE = re.compile(r"(?<![A-Za-z-])([A-Za-z]+ed)\s+([a-z]+)\b")


def participle_verb_said(surface: str, zh_forms: Iterable[str], en_text: str, zh_text: str) -> bool:
    """Whether the English word `surface` is used as a participle before a preposition in `en_text` and the Chinese
    `zh_text` says the verb of a listed Chinese form verb + 式 without 式, as often (see the module docstring)."""
    word = surface.lower()
    if not word.endswith("ed") or not word.isalpha():
        return False
    verbs = [f[:-1] for f in zh_forms if f.endswith(STYLE) and len(f) >= 3]
    if not verbs:
        return False
    uses = [m for m in _PARTICIPLE.finditer(en_text) if m.group(1).lower() == word]
    if not uses or any(m.group(2) not in PREPOSITIONS for m in uses):
        return False
    for verb in verbs:
        said = sum(1 for m in re.finditer(re.escape(verb), zh_text)
                   if not zh_text.startswith(STYLE, m.end()))
        if said >= len(uses):
            return True
    return False
