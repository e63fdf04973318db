"""A Chinese term right after a version number the English writes: the thing named by its number (term-missing).

Chinese puts a classifier noun after a version number (Vant 4.0.0 版本, 自从 5.0 版本以来, 4.0 版本介绍); English
names the version by its number alone ("Vant 4.0.0", "Since 5.0", "4.0 Release Note"): the number says what the
noun does, nothing is left out. A Chinese term is taken as rendered when every use of its concept in the bead's
Chinese follows a version number (two or more dot-separated parts, the last may be x: 5.0, 3.6.2, 4.x;
optionally v-prefixed), right before it or a space away, and the bead's English writes each of those numbers. Only a
version noun (版, or a term ending 版本: 新版本) is what a number replaces; 社区版 "community edition" names more
than the release (review49b Q3): 组件 in "Vant 4.0 组件支持暗色模式"
= "Vant 4.0 supports dark mode" is a term the English drops (review49 R1). A term after a plain number (3 个组件) or
after a word (patch 版本) asks for its rendering as before.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.checks.term_hits import Hit

_VERSION_BEFORE = re.compile(r"(?<![\w.])(v?\d+(?:\.(?:\d+|x))+)\s?$", re.IGNORECASE)


def version_before(h: Hit) -> str:
    """The version number right before the hit in its sentence (a space between allowed), or ""."""
    m = _VERSION_BEFORE.search(h.sentence.text.text, 0, h.match.start)
    return m.group(1) if m else ""


def numbered_version(h: Hit, src_hits: Iterable[Hit], tgt_text: str) -> bool:
    """Whether every Chinese hit of `h`'s concept in its bead (`src_hits`) follows a version number the English text
    `tgt_text` writes (see the module docstring)."""
    if h.lang != "zh" or not (h.surface == "版" or h.surface.endswith("版本")):
        return False
    same = [o for o in src_hits if o.match.concept_id == h.match.concept_id] or [h]
    for o in same:
        number = version_before(o)
        if not number or not re.search(rf"(?<![\w.]){re.escape(number)}(?![\w]|\.\d)", tgt_text, re.IGNORECASE):
            return False
    return True
