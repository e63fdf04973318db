"""Reading manuscripts, segmenting them into sentences and aligning Chinese with English.

`align(zh_sentences, en_sentences)` is the entry point; see `aligner.align.align`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from aligner.align import align as align

__all__ = ["align"]


def __getattr__(name: str) -> Any:
    """Import `align` lazily: the aligner pulls in numpy and scipy, which most callers never need."""
    if name == "align":
        from aligner.align import align

        return align
    raise AttributeError(name)
