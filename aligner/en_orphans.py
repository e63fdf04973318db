"""English orphans inside merged beads: English sentences with no Chinese absorbed by their neighbour's bead.

The converse of `orphans.split_orphans`. When a Chinese paragraph is deleted (or never written), the search
often joins the English it left without a counterpart to the bead of the Chinese sentence beside it, in a 1-k
bead (k up to the largest bead side), rather than leaving it in 0-1 beads: a null bead costs a fixed gain,
while the merge costs little when the orphan shares the page's vocabulary (a documentation page repeats its
product and API names in every paragraph). `refine.split_unsupported` splits off one that dilutes the bead's
similarity, but not one that the length score's drop hides or whose words the Chinese shares.

The test here is *length*: the English of the bead is far too long for its Chinese (length z-value above
Z_SHORT against the document's own English/Chinese ratio), and a run of its English sentences fits the Chinese
(|z| below Z_FIT): the sentences outside that run are orphans, split off as 0-1 beads before and after it. A
translator who writes one Chinese sentence as two English ones writes English of the length of the Chinese; a
bead with the English of a whole paragraph more is no such translation. Of the runs that fit, the one most similar
to the Chinese is kept, and only when it is more similar than the whole bead (a sentence that only adds length,
not evidence) or the English is more than twice too long (Z_FAR). English that renders one Chinese sentence as
two loses similarity when either is split off (documentation pages: 0.35-0.91 down to 0.28-0.71); splitting an
orphan paragraph off mostly raises it (0.30-0.44 up to 0.45-0.66), but not when the orphan repeats the Chinese's
words (0.32 down to 0.26 with English 4.5 standard deviations too long: Z_FAR).

The expected ratio is the median of the 1-1 beads whose Chinese has Han characters (`han_ratio`): a page's code
lines, the same in both files, would pull the document's ratio to zero. A Chinese side with no Han character (a
size such as ~750x600, a name, a code line) is written the same in the English: its expected ratio is zero.
"""
from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from zhen_qa.aligner.median import median
from zhen_qa.aligner.orphan_evidence import Evidence
from zhen_qa.aligner.orphan_repeats import Repeats
from zhen_qa.aligner.orphans import Z_FIT, Z_SHORT, doc_ratio, length_z
from zhen_qa.aligner.refine import (
    WEAK_SHARE,
    PathBead,
    Similarity,
    bead_similarity,
    similarities,
)
from zhen_qa.aligner.scorers.length import MU
from zhen_qa.manuscript.script import HAN_RUN_RE, han_count

log = logging.getLogger(__name__)

COPIED_SHARE = 0.5
"""An English run written in Chinese is the Chinese sentence's copy when it writes at least this share of the
sentence's distinct Han characters (an alt text copied, or mistyped by one character: 同步发送 for 异步发送, 3 of 4)."""

_LATIN_LETTERS = re.compile(r"[A-Za-z]+")
"""A run of Latin letters in a Chinese sentence: a product, API or option name written as in the English."""


def latin_kept_lengths(ev: Evidence) -> Evidence:
    """`ev` with each Latin letter of a Chinese sentence counted exp(-MU) of a character (as `length.zh_lengths`
    counts the letters of an English phrase): the name is written the same in the English, not rendered at e^MU
    times its length. A documentation page's Chinese is full of such names (参考 Tree shaking 章节了解更多。 = "See
    Tree shaking for more details."): counted as Chinese characters they made the English of the sentence look
    far too short for it (length z -2.2), so that no run of a merged bead's English fitted it and the English
    paragraph whose Chinese was deleted stayed in the bead. Only for `split_en_orphans` (structured Markdown); the
    search's length model keeps its fitted counts (paramed-dev: see `length._LATIN`), and `split_en_orphans` tries
    this count only for a bead where the plain count finds no run (counted so everywhere, a half-fitting run that
    held the deleted paragraph's first sentence was no longer split off on antd-heldout's contributing page)."""
    if ev.zh_texts is None:
        return ev
    # a sentence without Han characters is measured against the English at ratio 1 already (`_ratio`): left as it is
    latin = np.array([sum(len(m) for m in _LATIN_LETTERS.findall(s)) if HAN_RUN_RE.search(s) else 0
                      for s in ev.zh_texts], dtype=np.float64)
    return replace(ev, zh_chars=ev.zh_chars - latin * (1.0 - math.exp(-MU)))


Z_FAR = 3.0
"""English this far too long for its Chinese (length z-value; about twice the expected length) is split whatever
the similarity says."""


def han_ratio(path: list[PathBead], ev: Evidence) -> float:
    """Median log length ratio (`orphans.doc_ratio`) of the path's 1-1 beads whose Chinese has a Han character: a
    documentation page's code lines and names, the same in both files, would pull the document's ratio to zero."""
    if ev.zh_texts is None:
        return doc_ratio(path, ev)
    return doc_ratio([b for b in path if b[2] > b[0] and _has_han(ev, b[0], b[2])], ev)


def _has_han(ev: Evidence, i0: int, i1: int) -> bool:
    """Chinese sentences [i0, i1) hold a Han character (True when the texts are not known)."""
    return ev.zh_texts is None or any(HAN_RUN_RE.search(ev.zh_texts[i]) for i in range(i0, i1))


def _ratio(ev: Evidence, mu: float, i0: int, i1: int) -> float:
    """The expected log length ratio of Chinese [i0, i1): `mu` (`han_ratio`), or 0 when it has no Han character."""
    return mu if _has_han(ev, i0, i1) else 0.0


def _written_in_chinese(ev: Evidence, j0: int, j1: int) -> bool:
    """English sentences [j0, j1) are Chinese text left in the English (an image's alt text, 异步发送, copied from
    the Chinese page): each holds a Han character and more Han characters than Latin letters (False when the texts
    are not known)."""
    if ev.en_texts is None:
        return False
    for j in range(j0, j1):
        text = ev.en_texts[j]
        han = han_count(text)
        if not han or han <= sum(len(w) for w in _LATIN_LETTERS.findall(text)):
            return False
    return True


def _run_ratio(ev: Evidence, m: float, j0: int, j1: int) -> float:
    """The expected log length ratio of the bead's Chinese against English run [j0, j1): `m`, or 0 when the run is
    Chinese text left in the English (`_written_in_chinese`), written as long as the Chinese it copies, as a code
    line is (`_ratio`)."""
    return 0.0 if _written_in_chinese(ev, j0, j1) else m


def _copies(ev: Evidence, i0: int, i1: int, a: int, c: int) -> bool:
    """English run [a, c) is Chinese text left in the English (`_written_in_chinese`) that writes COPIED_SHARE or more
    of the distinct Han characters of Chinese [i0, i1): the page's copy of it (the alt text 异步发送 of an image both
    pages show, or 同步发送 where the Chinese page mistyped it), which the lexical similarity cannot see (Han text has
    no English stems)."""
    if ev.zh_texts is None or not _written_in_chinese(ev, a, c):
        return False
    assert ev.en_texts is not None
    zh = {ch for i in range(i0, i1) for run in HAN_RUN_RE.findall(ev.zh_texts[i]) for ch in run}
    en = {ch for j in range(a, c) for run in HAN_RUN_RE.findall(ev.en_texts[j]) for ch in run}
    return bool(zh) and len(zh & en) >= COPIED_SHARE * len(zh)


def kept_run(b: PathBead, ev: Evidence, mu: float, similarity: Similarity | None = None,
             weak: Callable[[], float] = lambda: 0.0, repeats: Repeats | None = None) -> tuple[int, int] | None:
    """The English sentences [a, c) of bead `b` that translate its Chinese when the others are orphans, or None.

    The English is far too long for the Chinese (z above Z_SHORT) and a shorter run of it fits (|z| below Z_FIT);
    of the runs that fit, the one most similar to the Chinese, if it is more similar than the whole bead (the
    orphans only dilute it) or the English is more than twice too long (z above Z_FAR: no rendering however
    much vocabulary the orphans share with it) and the run is no weak pair (similarity `weak()` or more: a bead
    the search got wrong as a whole, a heading's sentence with the next section's English, keeps it), or the run says
    the Chinese and the English outside it only repeats what the run says of it (`repeats`,
    `orphan_repeats.outside_repeats`: the page's names, which add similarity and no evidence). Without `similarity`:
    the only run that fits, if one does.
    """
    i0, j0, i1, j1 = b
    if i1 == i0 or j1 - j0 < 2:
        return None
    m = _ratio(ev, mu, i0, i1)
    z = length_z(ev, m, i0, i1, j0, j1)
    if z <= Z_SHORT:
        return None
    fits = [(a, c) for a in range(j0, j1) for c in range(a + 1, j1 + 1)
            if c - a < j1 - j0 and abs(length_z(ev, _run_ratio(ev, m, a, c), i0, i1, a, c)) < Z_FIT]
    if similarity is None:
        return fits[0] if len(fits) == 1 else None
    if not fits:
        return None
    if copies := [r for r in fits if _copies(ev, i0, i1, *r)]:
        return copies[0]  # the Chinese's own copy is its counterpart: the English beside it is the orphan
    sims = {r: bead_similarity(similarity, (i0, r[0], i1, r[1])) for r in fits}
    best = max(fits, key=lambda r: sims[r])
    if sims[best] > bead_similarity(similarity, b) or z > Z_FAR and sims[best] >= weak():
        return best
    return best if repeats is not None and repeats(b, best) else None


def split_en_orphans(path: list[PathBead], ev: Evidence, similarity: Similarity | None = None,
                     repeats: Repeats | None = None) -> list[PathBead]:
    """The path with the orphan English sentences of each merged bead (`kept_run`) split off into 0-1 beads.

    `align` runs this only on structured Markdown (`paragraphs`: `blocks.align_blocks`), whose translation follows
    the page's paragraphs, so that English of a whole paragraph more than a sentence's is no rendering of it. Text
    aligned whole or line by line writes one Chinese sentence as several English ones far more freely: a literary
    chapter (mac-dev strict F1 0.8602 -> 0.8486 with this applied everywhere) or a medical abstract whose one long
    Chinese sentence (一逗到底) is three English ones (wmtbio-heldout: 3 new findings, 2 false). `repeats`: English
    outside a fitting run that only repeats what the run says of the Chinese is split off too (`kept_run`).
    """
    mu = han_ratio(path, ev)
    kept = latin_kept_lengths(ev)
    kept_mu = han_ratio(path, kept)
    known: list[float] = []

    def weak() -> float:
        """WEAK_SHARE of the path's median 1-1 similarity (`refine.return_strays`' weak pair), computed once."""
        if not known:
            ones = [b for b in path if b[2] - b[0] == 1 and b[3] - b[1] == 1]
            known.append(WEAK_SHARE * median(similarities(similarity, ones)) if ones and similarity else 0.0)
        return known[0]

    # a run that fits with the Chinese's Latin letters counted as characters, else one that fits with them counted as
    # the names they are (`latin_kept_lengths`): either count can be the right one (a name may be expanded in English)
    runs = {k: run for k, b in enumerate(path)
            if (run := kept_run(b, ev, mu, similarity, weak, repeats)
                    or kept_run(b, kept, kept_mu, similarity, weak, repeats))}
    log.debug("%d beads with English orphans", len(runs))
    if not runs:
        return path
    out: list[PathBead] = []
    for k, b in enumerate(path):
        run = runs.get(k)
        if run is None:
            out.append(b)
            continue
        i0, j0, i1, j1 = b
        a, c = run
        out.extend((i0, j, i0, j + 1) for j in range(j0, a))
        out.append((i0, a, i1, c))
        out.extend((i1, j, i1, j + 1) for j in range(c, j1))
    return out


def too_long(ev: Evidence, mu: float, b: PathBead, z: float = Z_SHORT) -> bool:
    """The English of bead `b` is far too long for its Chinese (length z-value above `z`, Z_SHORT unless given): a
    bead no English sentence left alone should join (`refine.join_nulls`)."""
    i0, j0, i1, j1 = b
    return i1 > i0 and j1 > j0 and length_z(ev, _ratio(ev, mu, i0, i1), i0, i1, j0, j1) > z
