"""An initialism of the term with the modifier the Chinese puts before it: "FS" for 软式乙状结肠镜.

Clinical English abbreviates a modified procedure or device as one initialism ("FS", flexible sigmoidoscopy; "FOBT"),
often without defining it in the excerpt at hand; the Chinese names the modifier and the term (软式 + 乙状结肠镜). The
initialism renders the term where it spells a lexicon gloss of a Chinese word just before the term (软: "flexible")
followed by one of the term's renderings ("sigmoidoscopy"): `term_forms.is_initialism` of "flexibl sigmoidoscopy",
every word giving its first letter in order. The modifier is read within MODIFIER_REACH Han characters before the term
(软式乙状结肠镜: 式 between). A capitalised word that spells nothing so ("FOBT" for 乙状结肠镜) renders nothing.
"""
from __future__ import annotations

from collections.abc import Mapping

from zhen_qa.checks.term_forms import is_initialism
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.lazy_re import LazyPattern

MODIFIER_REACH = 3
"""Han characters before the term within which a word may be its modifier."""
_CAPITALISED = LazyPattern(r"(?<![A-Za-z0-9])[A-Z][A-Za-z]{1,9}(?![A-Za-z0-9])")
"""A word that starts with a capital letter (an initialism has two or more)."""


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def modifiers(h: Hit, zh2en: Mapping[str, tuple[str, ...]]) -> set[str]:
    """The lexicon glosses (English stems) of the Chinese words within MODIFIER_REACH Han characters before the
    term, in one run of Han characters with it."""
    sentence = h.sentence.text.text
    left = h.match.start
    while left > max(0, h.match.start - MODIFIER_REACH) and _is_han(sentence[left - 1]):
        left -= 1
    out: set[str] = set()
    for i in range(left, h.match.start):
        for j in range(i + 1, h.match.start + 1):
            out.update(zh2en.get(sentence[i:j], ()))
    return out


def modified_initialism(h: Hit, renderings: tuple[str, ...], text: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the English `text` writes the term with its Chinese modifier as one initialism (see the module
    docstring)."""
    if h.lang != "zh":
        return False
    words = {w for w in _CAPITALISED.findall(text) if sum(c.isupper() for c in w) >= 2}
    if not words:
        return False
    glosses = modifiers(h, zh2en)
    return any(is_initialism(w, f"{g} {r}") or w.endswith("s") and is_initialism(w[:-1], f"{g} {r}")
               for w in words for g in glosses for r in renderings)
