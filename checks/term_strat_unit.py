"""A geological time name said by its rock unit: 古新统 for the listed 古新世 "Paleocene" (term-missing).

Chinese stratigraphy names a span of time and the rocks laid down in it apart: 古新世 (the Paleocene Epoch)
and 古新统 (the Paleocene Series), 白垩纪 and 白垩系, 新生代 and 新生界, 元古宙 and 元古宇. English says both by
the one name ("Paleocene", "Cretaceous", "Cenozoic"), adding Epoch or Series only where it must. A glossary lists
one of the pair; a text that speaks of the rocks (潜山盆地古新统 "the Paleocene of the Qianshan Basin") renders the
English name with the other. The English term is rendered where

- a listed Chinese form ends in a time unit (`PAIRS`: 宙 代 纪 世) or a rock unit (宇 界 系 统) after a stem of
  MIN_STEM Han characters or more;
- the Chinese has that stem with the paired unit (古新统 for 古新世, 古新世 for 古新统);
- the concept is a proper name in English: a listed English form written with a capital (Paleocene, Jurassic),
  as the names of the geological time scale are (not 世纪 "century" against 世系 "lineage").

The stem with neither unit, or with another (古新 alone, 古新期), keeps the finding.
"""
from __future__ import annotations

from collections.abc import Iterable

from zhen_qa.checks.presence_zh import zh_key

PAIRS = {"宙": "宇", "代": "界", "纪": "系", "世": "统"}
"""Each geochronologic unit (time) with its chronostratigraphic unit (rock): eon/eonothem, era/erathem,
period/system, epoch/series."""
_OTHER = {**PAIRS, **{rock: time for time, rock in PAIRS.items()}}
MIN_STEM = 2
"""Fewest Han characters before the unit (古新, 白垩, 新生): one (中世, 近代) is a common word, not a name."""


def unit_swapped(text: str, zh_forms: Iterable[str], en_forms: Iterable[str]) -> bool:
    """Whether the Chinese text has a listed Chinese form with its time unit said as the rock unit or the rock
    unit as the time unit (古新统 for 古新世), the concept named in English with a capital."""
    if not any(f[:1].isupper() and f[1:2].islower() for f in en_forms):
        return False
    text = zh_key(text)
    for form in map(zh_key, zh_forms):
        stem, unit = form[:-1], form[-1:]
        if len(stem) >= MIN_STEM and unit in _OTHER and stem + _OTHER[unit] in text:
            return True
    return False
