"""An initialism of the term with its marked modifier: "FS" for 软式乙状结肠镜, "AMI" for 急性心肌梗死.

Clinical English abbreviates a modified procedure or condition as one initialism ("FS", flexible sigmoidoscopy;
"AMI", acute myocardial infarction), often without defining it in the excerpt at hand; the Chinese names the
modifier and the term (软式 + 乙状结肠镜). The initialism renders the term where
- a modifier marked as one by its suffix stands right before the Chinese term (`_ZH_MARKED`: 软式, 急性, 小型; the
  marker makes it an attribute of what follows, not a verb or a noun of the sentence), and
- a capitalised word of the English spells a lexicon gloss of that modifier (软, 软式: "flexible") followed by one
  of the term's renderings ("sigmoidoscopy"): `term_forms.is_initialism`, every word giving its first letter in
  order; not one the sentence defines in parentheses or brackets ("95% confidence interval [CI]"), where the words
  before it spell the term out and must render it themselves.
"""
from __future__ import annotations

from collections.abc import Mapping

from zhen_qa.checks.term_forms import is_initialism
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN

_ZH_MARKED = LazyPattern(rf"([{HAN}]{{1,2}})([式型性])$")
"""A modifier marked by its suffix right before the term (软式, 急性)."""
_CAPITALISED = LazyPattern(r"(?<![(\[（［]\s)(?<![A-Za-z0-9(\[（［])[A-Z][A-Za-z]{1,9}(?![A-Za-z0-9])")
"""A word that starts with a capital letter, not in parentheses or brackets (there it is defined)."""


def marked_glosses(h: Hit, zh2en: Mapping[str, tuple[str, ...]]) -> set[str]:
    """The lexicon glosses of the marked modifier right before the Chinese term, with and without its marker."""
    m = _ZH_MARKED.search(h.sentence.text.text[:h.match.start])
    if m is None:
        return set()
    stem, marker = m.group(1), m.group(2)
    out: set[str] = set()
    for k in range(len(stem)):
        out.update(zh2en.get(stem[k:] + marker, ()))
        out.update(zh2en.get(stem[k:], ()))
    return out


def marked_initialism(h: Hit, renderings: tuple[str, ...], text: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the English `text` writes the term with its marked Chinese modifier as one initialism (see the module
    docstring)."""
    if h.lang != "zh":
        return False
    words = {w for w in _CAPITALISED.findall(text) if sum(c.isupper() for c in w) >= 2}
    if not words:
        return False
    glosses = marked_glosses(h, zh2en)
    return any(is_initialism(w, f"{g} {r}") or w.endswith("s") and is_initialism(w[:-1], f"{g} {r}")
               for w in words for g in glosses for r in renderings)
