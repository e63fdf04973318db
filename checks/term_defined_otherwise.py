"""An English abbreviation the text defines as another name than the glossary's (term-missing, English to Chinese).

Initialisms are short and reused across fields: the glossary's ASD is autism spectrum disorder, while a trauma
abstract writes "acute stress disorder (ASD)". Where the file itself defines the abbreviation (`presence_names`:
"full name (ABBR)"), the abbreviation stands for that full name in the file. When that full name is none of the
concept's listed English forms (nor holds one, leniently: "autism spectrum disorders (ASD)" is the concept), the
abbreviation names another thing, and the Chinese owes it no rendering of the glossary's concept.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from zhen_qa.checks.presence import Evidence
from zhen_qa.checks.term_hits import Hit


def defined_otherwise(h: Hit, forms: Sequence[str], abbrevs: Mapping[str, str]) -> bool:
    """Whether the English term `h` is an abbreviation the file defines (`abbrevs`, ABBR -> full name) by a full name
    that says none of the concept's English `forms` other than the abbreviation itself."""
    if h.lang != "en":
        return False
    full = abbrevs.get(h.surface)
    if not full or not full.isascii():
        return False  # not defined, or defined by the Chinese (自闭症谱系障碍（ASD）): no English name to compare
    names = [f for f in forms if f != h.surface and f.casefold() != h.surface.casefold()]
    return bool(names) and not Evidence(full).has_en(names)
