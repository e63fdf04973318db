"""The document's own length ratio: how long its English runs against its Chinese, measured on the paired beads.

The length scorer expects English of e^MU characters a Chinese character (`scorers.length.MU`, a translation's ratio).
Authors who write their own English abstract run longer throughout (ChinaXiv abstracts: 1.2-1.7 against MU's 1.03), so
against MU the bead of one long Chinese sentence written as two English sentences looks too long, and dropping either
English sentence "raises" the bead's similarity by the length term alone (chinaxiv7 cx7-013: 0.033, cx7-025: 0.013):
`refine.split_unsupported` then left a rendering alone as an `extra-target`. Against the document's own ratio the bead
has the length the rest of the document has. Only English edges are judged so (English writes a long Chinese sentence
as two, the case the length prior misjudges; a Chinese edge keeps MU), and the ratio is never taken below MU: a document
whose English runs short gets no stricter test than before.
"""
from __future__ import annotations

import math

import numpy as np

from zhen_qa.aligner.refine import PathBead
from zhen_qa.aligner.scorers.length import MU, K


def own_ratio(path: list[PathBead], zh_chars: np.ndarray, en_chars: np.ndarray) -> float:
    """The log ratio of English to Chinese characters over the path's beads with both sides (an English sentence left
    alone, an addition, does not count), never below MU; MU when no bead has both sides."""
    zh = sum(float(zh_chars[i0:i1].sum()) for i0, j0, i1, j1 in path if i1 > i0 and j1 > j0)
    en = sum(float(en_chars[j0:j1].sum()) for i0, j0, i1, j1 in path if i1 > i0 and j1 > j0)
    if zh <= 0 or en <= 0:
        return MU
    return max(MU, math.log((en + K) / (zh + K)))
