"""A Chinese term after a name that carries it clipped (term-missing, Chinese terms): TurboQuant 量化 = "TurboQuant",
SmoothQuant 量化 = "SmoothQuant".

A method or product is often named by a made-up word built on the clipped term: TurboQuant and SmoothQuant are
quantization methods, "Quant" the clipping of "quantization". The Chinese writes the name and then the kind
(TurboQuant 量化, "TurboQuant quantization"); the English writes the name alone, which says the kind in it. Nothing
is missing. A Chinese term is taken as said by the name when

- a Latin name of two capitalised parts or more (a made-up word) stands right before the term in the Chinese
  sentence (a space between them at most),
- the bead's English writes the same name (case aside),
- and a capitalised part of the name (Turbo|Quant) of CLIP_MIN letters or more begins an English form of the
  concept (quant of quantization, quantize): the name's clipping of the term.

A name that has no such part ("Turbo 量化" = "Turbo") keeps its finding: the English dropped the term.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.lazy_re import LazyPattern

CLIP_MIN = 4
"""Fewest letters of a name's part for it to be the clipping of a term's English form."""

_NAME_BEFORE = LazyPattern(r"([A-Za-z][A-Za-z0-9]*)\s?$")
_PART = LazyPattern(r"[A-Z][a-z]+|[a-z]+")


def name_clipped(h: Hit, en_text: str, forms: Iterable[str]) -> bool:
    """Whether the Chinese term `h` follows a name the English `en_text` writes too, a part of which clips an English
    form of its concept (`forms`; see the module docstring)."""
    if h.lang != "zh":
        return False
    m = _NAME_BEFORE.search(h.sentence.text.text[:h.match.start])
    if m is None:
        return False
    name = m.group(1)
    parts = _PART.findall(name)
    if len(parts) < 2 or not re.search(r"(?<![A-Za-z0-9])" + re.escape(name) + r"(?![A-Za-z0-9])", en_text, re.I):
        return False
    words = [w.lower() for f in forms for w in f.split()]
    return any(len(p) >= CLIP_MIN and any(w.startswith(p.lower()) for w in words) for p in parts)
