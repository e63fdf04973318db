"""Optional second pass: rescore candidate beads near the first-pass path with chrF.

Each Chinese sentence is glossed into English by the lexicon (the stems of the translations of
its tokens that occur somewhere in the English document); a bead's chrF (sacrebleu's CHRF,
character n-grams 1..6, beta 2) compares the gloss of its Chinese sentences, as hypothesis, with
the stems of its English sentences, as reference, so recall of the English weighs most. Only
beads ending at nodes within `WIDTH` of the first-pass path are scored (sacrebleu costs about
0.2 ms a bead), and the search is rerun in that narrow band.
"""
from __future__ import annotations

import logging
from typing import Callable, Sequence

import numpy as np

from aligner.scorers.base import Analysis
from aligner.scorers.lexical import _translations
from aligner.search import Band, corridor

log = logging.getLogger(__name__)

WIDTH = 1
"""Half-width, in sentences, of the band around the first-pass path that the second pass explores."""

GainFn = Callable[[int, int, np.ndarray, np.ndarray], np.ndarray]


def glosses(doc: Analysis) -> list[str]:
    """Dictionary gloss of each Chinese sentence: English stems of its tokens' translations present in the document."""
    present: dict[str, int] = {}
    for sent in doc.en_stems:
        for t in set(sent):
            present[t] = present.get(t, 0) + 1
    table = doc.lexicon.zh2en
    cache: dict[str, list[str]] = {}
    out = []
    for toks in doc.zh_tokens:
        words: list[str] = []
        for t in toks:
            tr = cache.get(t)
            if tr is None:
                tr = cache[t] = _translations(t, table, present)
            words.extend(tr)
        out.append(" ".join(words))
    return out


class ChrF:
    """chrF between the gloss of a bead's Chinese sentences and its English stems, 0..1."""

    def __init__(self, doc: Analysis) -> None:
        from sacrebleu.metrics import CHRF

        self.metric = CHRF()
        self.zh = glosses(doc)
        self.en = [" ".join(s) for s in doc.en_stems]

    def score(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """chrF / 100 of beads of type (a, b) ending at (I, J); a, b >= 1."""
        out = np.zeros(I.shape)
        for k, (i, j) in enumerate(zip(I.tolist(), J.tolist())):
            hyp = " ".join(self.zh[i - a:i])
            ref = " ".join(self.en[j - b:j])
            out[k] = self.metric.sentence_score(hyp, [ref]).score / 100.0 if hyp and ref else 0.0
        return out


def path_band(path: Sequence[tuple[int, int, int, int]], n: int, m: int, width: int = WIDTH) -> Band:
    """A band of half-width `width` around the nodes of a fine path."""
    nodes = [(i0, j0) for i0, j0, _, _ in path] + [(path[-1][2], path[-1][3])]
    return corridor(nodes, n, m, 1, width)
