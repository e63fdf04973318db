"""A Chinese term made an adjective by 式 that the English says by the adjective of the term's own word (term-missing,
Chinese terms): 插件式存储后端 = "Pluggable Storage Backends" for 插件 "plug-in", 模块式设计 = "modular design" for 模块
"module".

式 after a noun makes "in the manner of" it (插件式 "plug-in style"), the adjective English forms from the same word
with -able, -ible, -al or -ar: pluggable, modular. So the English says the term where it writes such an adjective
built on the first word of one of the term's English forms (plug of plug-in; a final e dropped: modul-ar), with at
most two letters between (the doubled g of plug-g-able). The noun without 式 (安装插件 for "install pluggable
parts"), an adjective of another word ("portable backends"), or no adjective at all ("Storage Backends") leaves the
term missing. The English must have as many such adjectives as the Chinese says the term + 式 in the bead.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

STYLE = "式"
"""The morpheme that makes a noun before it an adjective of manner (插件式 "plug-in style")."""

BASE_MIN = 4
"""Letters the English word keeps before the adjective's ending (plug, modul; not us-able for "use")."""

_ENDINGS = "able|ible|al|ar"
"""The adjective endings English builds on a noun or verb for "in the manner of" (pluggable, modular)."""


def style_adjective(en_forms: Iterable[str], zh_text: str, zh_end: int, en_text: str, said: int) -> bool:
    """Whether `en_text` says a Chinese term the hit ending at `zh_end` of `zh_text` makes an adjective by 式, by the
    adjective of an English form's first word, at least `said` times (see the module docstring)."""
    if zh_text[zh_end:zh_end + 1] != STYLE:
        return False
    bases = set()
    for form in en_forms:
        first = re.split(r"[\s-]+", form.strip().lower())[0]
        base = first[:-1] if first.endswith("e") else first
        if len(base) >= BASE_MIN and base.isascii() and base.isalpha():
            bases.add(base)
    places = sum(len(re.findall(rf"(?<![A-Za-z-]){re.escape(base)}[a-z]{{0,2}}(?:{_ENDINGS})(?![A-Za-z-])",
                                en_text, re.I)) for base in bases)
    return places > 0 and places >= said
