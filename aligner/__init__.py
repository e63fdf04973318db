"""Pairing the sections of a read document and aligning their Chinese and English sentences.

`build` turns read documents into an aligned `Manuscript`; `pairing` pairs title, abstract, keywords and
body sections; `align` (the entry point `align(zh_sentences, en_sentences)`) runs the search (`search`)
over the scorers (`scorers/`) with the lexicon (`lexicon`), then refinement (`refine`) and the chrF pass
(`chrf`); `evaluate` and `beadio` score and read bead files. Anchors shared with the checks (`numbers`,
`citations`) are extracted here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.aligner.align import align as align

__all__ = ["align"]


def __getattr__(name: str) -> Any:
    """Import `align` lazily: the aligner pulls in numpy and scipy, which most callers never need."""
    if name == "align":
        from zhen_qa.aligner.align import align

        return align
    raise AttributeError(name)
