"""Orphans inside merged beads: a Chinese sentence with no translation absorbed by its neighbour's bead.

When a translation is deleted (or never written), the search often pairs the orphan Chinese sentence
with its neighbour's English in a k-1 bead rather than leaving it alone in a 1-0 bead: a null bead
costs a fixed gain, while the merge costs little when the orphan shares words with its neighbour (a
conclusion restating the result before it, a heading repeated by the sentence under it).
`refine.split_unsupported` catches orphans that dilute the bead's similarity; these two tests catch
the ones that do not, from evidence the similarity averages away:

- *length*: the English is far too short for all the bead's Chinese (length z-value below
  -Z_SHORT against the document's own English/Chinese ratio) and fits the bead without the edge
  sentence (|z| below Z_FIT); when it fits without either edge, the one whose removal raises the
  bead's similarity most, if any does. A translator who merges two sentences writes English for both.
- *heading*: one edge sentence reads as a heading (`heading_like`), no other Chinese sentence of the
  bead does, the English sentence ends a sentence, and the heading matches no more of the English
  through the lexicon than the rest of the bead does: a heading is translated by a heading.
- *restatement*: every English word the edge sentence (of MIN_CHARS or more) matches through the
  lexicon the rest of the bead matches too, the rest carries at least as much evidence, and the bead
  without the sentence has a plausible length (|z| below Z_LOOSE) that fits the English better than
  the whole bead's. A merged sentence adds English of its own; a sentence whose English is there in
  words the lexicon does not know (超适应证 "off-label") still adds its length to the English.
- *numbers*: the edge sentence writes numbers in digits none of which the English has, and the rest of the bead
  has the English's numbers (`_numbers_elsewhere`), with a plausible length without it (|z| below Z_NUMBERS).
- *silent*: the edge sentence glosses into MIN_STEMS or more English stems, yet matches next to none of
  the English (at most SILENT_SHARE of what the rest matches, none of it its own), and the bead without it
  has a plausible length (|z| below Z_LOOSE): a translated sentence leaves some of its words in the English.
  A short sentence adds little length, so the length test alone cannot see it (a deleted translation
  of 九十渔民参与了这项研究。 next to a long sentence).
- *unspoken*: the edge sentence says words of its own that the English never says, while the English renders the
  rest (`unspoken`).

Only k-1 beads (several Chinese sentences, one English) are looked at, and one edge sentence is split
off per bead, as a 1-0 bead before or after the rest. The evidence these tests read is `orphan_evidence.Evidence`;
which English sentence renders which Chinese one (the repairs around them) is `rendered_by`.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np

from zhen_qa.aligner.heading_pairs import ends_clause
from zhen_qa.aligner.median import median
from zhen_qa.aligner.orphan_evidence import NAME, Evidence, rows
from zhen_qa.aligner.refine import MAX_MERGE_RATE, PathBead, Similarity, bead_similarity, merge_rate
from zhen_qa.aligner.scorers.length import MU, K, z_value
from zhen_qa.aligner.unspoken import unspoken as unspoken_edge
from zhen_qa.manuscript.script import has_digit
from zhen_qa.manuscript.source import CODE_PLACEHOLDER

_SPACE = re.compile(r"\s+")

Z_SHORT = 1.6
"""The English of a bead is too short for its Chinese below this length z-value (negated)."""
Z_FIT = 1.2
"""...and fits the rest of the bead within this |z|."""
Z_LOOSE = 2.0
"""A restating sentence's bead must still have a plausible length without it (|z| below this)."""
OWN_SHARE = 0.02
"""A sentence restates when the evidence only it gives is at most this share of the bead's."""
Z_NUMBERS = 3.0
"""A sentence whose numbers the English lacks is split off when the bead without it has |z| below this (numbers are
stronger evidence than length: a condensed translation's English may be long for its Chinese)."""
MIN_NUMBERS = 2
"""Numbers an edge sentence must write for the *numbers* test: one number may be said otherwise (第5日, "four days
after" the first)."""
MIN_CHARS = 14
"""A restating sentence has at least this many characters: a shorter one has too few words for the lack of
evidence of its own to mean anything (a line of dialogue, 韦小宝道：“是，是。”, merged with its speech)."""
HEADING_CHARS = 20
"""A line of at most this many characters that does not end a sentence reads as a heading."""
MIN_ONES = 3
"""1-1 beads needed to take the document's own length ratio (else the model's MU)."""
SILENT_SHARE = 0.1
"""A sentence is silent in a bead when the English evidence it gives is at most this share of the rest's."""
Z_IDLE = 1.0
"""*idle*: the English of a k-1 bead is short for all its Chinese below this length z-value (negated)..."""
IDLE_COST = 0.025
"""...and an edge sentence adds no evidence when the bead without it is less similar by less than this (a merged
sentence with a translation in the English costs its bead 0.02-0.4 when split off; an orphan 0.006-0.022)."""
MIN_STEMS = 3
"""...and it glosses into at least this many English stems: a sentence the lexicon barely knows says nothing."""
SILENT_CHARS = 18
"""In a document whose merges are the English writing one Chinese sentence as several (the merge rate of both sides
above MAX_MERGE_RATE, of Chinese sentences alone not), the silent test still runs for an edge sentence of at least
this many characters: a full clause says enough that its translation leaves words of its own (wmtbio-para orphans
of 21-25 characters: 腹腔镜在直肠癌手术治疗中的应用越来越广泛。), where a short line of a free translation (a reply,
a reaction: 小丫头去了。, 我们俩在草地上干那件事。, 6-15 characters in mac-dev) is often folded into its neighbour's
English without a word of its own."""
def heading_like(sentences: Sequence[str]) -> np.ndarray:
    """(len(sentences),) bool: short (HEADING_CHARS or fewer non-space characters) and not ending a sentence or a
    clause (统计学分析, Secondary End Points; `heading_pairs.ends_clause`); a line of dialogue, a sentence or a
    clause ends with its punctuation."""
    return np.array([_heading(s, len(_SPACE.sub("", s))) for s in sentences], dtype=bool)


def _heading(sentence: str, chars: float) -> bool:
    """`heading_like` of one sentence of `chars` non-space characters."""
    return 0 < chars <= HEADING_CHARS and not ends_clause(sentence)


def doc_ratio(path: list[PathBead], ev: Evidence) -> float:
    """Median log length ratio (English over Chinese, smoothed by K) of the path's 1-1 beads."""
    r = [math.log((ev.en_chars[j0] + K) / (ev.zh_chars[i0] + K))  # `log_ratio` inline: one a bead, a Bible has 20,000
         for i0, j0, i1, j1 in path if i1 - i0 == 1 and j1 - j0 == 1]
    return median(r) if len(r) >= MIN_ONES else MU


SHORT_Z = 2.5
"""The English of a 1-1 bead is too short to translate its Chinese below this length z-value (negated)."""


def too_short(ev: Evidence, mu: float, b: PathBead) -> bool:
    """The English of 1-1 bead `b` is far too short to be a whole translation of its Chinese (length z-value below
    -SHORT_Z against the document's ratio `mu`), measured only where length measures content: not for a heading
    (a heading's translation is as short as it likes: Global Registration for a paragraph that repeats it), nor
    for text with inline code (an object character for a whole code span: "Something like this: `{{var, …}}`")."""
    i0, j0, i1, j1 = b
    if i1 - i0 != 1 or j1 - j0 != 1 or length_z(ev, mu, i0, i1, j0, j1) >= -SHORT_Z:
        return False
    if ev.zh_texts is None or ev.en_texts is None:
        return True
    zh, en = ev.zh_texts[i0], ev.en_texts[j0]
    if CODE_PLACEHOLDER in zh or CODE_PLACEHOLDER in en:
        return False
    return not _heading(zh, ev.zh_chars[i0]) and not _heading(en, ev.en_chars[j0])


def length_z(ev: Evidence, mu: float, i0: int, i1: int, j0: int, j1: int) -> float:
    """Length z-value of Chinese [i0, i1) against English [j0, j1) (negative: the English is short)."""
    zh, en = ev.zh_chars, ev.en_chars
    lz = float(zh[i0]) if i1 - i0 == 1 else float(zh[i0:i1].sum())
    le = float(en[j0]) if j1 - j0 == 1 else float(en[j0:j1].sum())
    return z_value(lz, le, mu)


def _support(ev: Evidence, k: int, rest: tuple[int, int], j0: int, j1: int) -> tuple[float, float, float]:
    """(evidence of sentence k, of the rest [rest), given by k alone): lexical dot products with the English."""
    assert ev.Z is not None and ev.E is not None
    e = rows(ev.E, j0, j1)
    zk = rows(ev.Z, k, k + 1)
    zr = rows(ev.Z, rest[0], rest[1])
    mine = sum(v * e.get(c, 0.0) for c, v in zk.items())
    own = sum(v * e.get(c, 0.0) for c, v in zk.items() if c not in zr)
    return mine, sum(v * e.get(c, 0.0) for c, v in zr.items()), own


def _number_keys(text: str, lang: str, digits_only: bool) -> set[str]:
    from zhen_qa.aligner.numbers import extract_numbers, number_key

    return {number_key(v) for m in extract_numbers(text, lang) if not digits_only or m.written == "digits"
            for v in m.endpoints()}


def _numbers_elsewhere(ev: Evidence, k: int, rest: tuple[int, int], j0: int, j1: int) -> bool:
    """*numbers*: edge sentence k writes MIN_NUMBERS numbers in digits (other than 0 and 1), none of which the
    English has in any form, while the rest of the bead has the English's numbers (one of its digit numbers other
    than 0 and 1 at least, when it has any: 1周 may be "a week"): the English translates the rest. A translator who
    merges two sentences keeps both sentences' numbers (a deleted translation of 一项研究共纳入100例患者，其中15%…
    beside a sentence without numbers)."""
    if ev.zh_texts is None or ev.en_texts is None:
        return False
    if not has_digit(ev.zh_texts[k]) and "世纪" not in ev.zh_texts[k]:
        return False  # no number in digits: `extract_numbers` reads them only beside a digit or in 二十世纪九十年代
    mine = _number_keys(ev.zh_texts[k], "zh", True)
    if len(mine - {"0", "1"}) < MIN_NUMBERS:
        return False
    english = set().union(*(_number_keys(ev.en_texts[j], "en", False) for j in range(j0, j1)))
    if mine & english:
        return False
    others = set().union(*(_number_keys(ev.zh_texts[i], "zh", True) for i in range(rest[0], rest[1]))) - {"0", "1"}
    return not others or bool(others & english)


def orphan(b: PathBead, ev: Evidence, mu: float, similarity: Similarity | None = None, *,
           silent: bool = True, idle: bool = False, silent_chars: float = 0.0, unspoken: bool = True) -> int | None:
    """The edge Chinese sentence of k-1 bead `b` that has no translation in it, or None.

    When the bead is too short for its Chinese and fits without either edge sentence, the orphan is the
    one whose removal leaves the bead most similar (`similarity`), if that raises the bead's similarity
    (the sentence dilutes it: `refine.split_unsupported`'s test, which a document with many merges does
    not apply on its own); else the bead is kept. `silent`: also apply the silent-sentence test, to edge sentences
    of `silent_chars` characters or more, and (`unspoken`) the unspoken test.
    """
    i0, j0, i1, j1 = b
    if i1 - i0 < 2 or j1 - j0 != 1:
        return None
    edges = ((i0, (i0 + 1, i1)), (i1 - 1, (i0, i1 - 1)))
    if ev.zh_texts is not None and ev.en_texts is not None:
        headings = [k for k in range(i0, i1) if _heading(ev.zh_texts[k], ev.zh_chars[k])]
        if len(headings) == 1 and headings[0] in (i0, i1 - 1) and not _heading(ev.en_texts[j0], ev.en_chars[j0]) \
                and not _carries(ev, headings[0], edges, j0, j1):
            return headings[0]  # a heading merged with a sentence: a heading's translation is a heading
    z_full = length_z(ev, mu, i0, i1, j0, j1)
    z_rest = {k: length_z(ev, mu, r[0], r[1], j0, j1) for k, r in edges}
    if z_full < -Z_SHORT:
        fits = [(k, r) for k, r in edges if abs(z_rest[k]) < Z_FIT]
        if len(fits) == 1:
            return fits[0][0]
        if fits and similarity is not None:
            rests = [(k, bead_similarity(similarity, (r[0], j0, r[1], j1))) for k, r in fits]
            k, best = max(rests, key=lambda t: t[1])
            if best > bead_similarity(similarity, b):
                return k
    if idle and similarity is not None and z_full < -Z_IDLE:
        lone = _idle(b, ev, edges, z_full, z_rest, similarity)
        if lone is not None:
            return lone
    numbered = [k for k, r in edges if abs(z_rest[k]) < Z_NUMBERS and _numbers_elsewhere(ev, k, r, j0, j1)]
    if len(numbered) == 1:
        return numbered[0]
    if ev.Z is None or ev.E is None:
        return None
    restating = [k for k, r in edges if ev.zh_chars[k] >= MIN_CHARS and abs(z_rest[k]) < Z_LOOSE
                 and abs(z_rest[k]) < abs(z_full) and _restates(*_support(ev, k, r, j0, j1))]
    if len(restating) == 1:
        return restating[0]
    if restating or not silent:
        return None
    quiet = [k for k, r in edges if ev.zh_chars[k] >= silent_chars and abs(z_rest[k]) < Z_LOOSE
             and _silent(ev, k, *_support(ev, k, r, j0, j1))]
    if quiet or not unspoken:
        return quiet[0] if len(quiet) == 1 else None
    unsaid = [k for k, r in edges if ev.zh_chars[k] >= max(MIN_CHARS, silent_chars) and abs(z_rest[k]) < Z_LOOSE
              and unspoken_edge(ev, k, r, j0, j1)]
    return unsaid[0] if len(unsaid) == 1 else None


def shares_names(zh: str, en: str) -> bool:
    """The Chinese sentence writes a Latin name or a number (other than 0 and 1) that the English sentence has too
    (nct01358877, aphinity, 5.3): it has evidence in that sentence however little its words pair."""
    words = {w.lower() for w in NAME.findall(zh)} - {"0", "1"}
    if not words:
        return False
    return bool(words & {w.lower() for w in NAME.findall(en)})


def _idle(b: PathBead, ev: Evidence, edges: tuple[tuple[int, tuple[int, int]], ...], z_full: float,
          z_rest: dict[int, float], similarity: Similarity) -> int | None:
    """*idle*: the one edge sentence (of MIN_CHARS or more: a shorter one has too few words for a lack of evidence to
    mean anything, a line of dialogue 有煞用处呢？” merged with its speech) whose removal costs the bead less than
    IDLE_COST similarity (it adds no evidence of its own) and leaves English that fits the rest better than the whole
    bead's (`z_rest` nearer zero than `z_full`), the other edge costing more; None when no edge or both are so."""
    j0, j1 = b[1], b[3]
    full = bead_similarity(similarity, b)
    idle = [k for k, r in edges if ev.zh_chars[k] >= MIN_CHARS and abs(z_rest[k]) < abs(z_full)
            and full - bead_similarity(similarity, (r[0], j0, r[1], j1)) < IDLE_COST]
    return idle[0] if len(idle) == 1 else None


def _silent(ev: Evidence, k: int, mine: float, theirs: float, own: float) -> bool:
    """Sentence k glosses into MIN_STEMS or more stems yet gives next to no evidence (`mine` at most SILENT_SHARE
    of the rest's `theirs`, none of it `own`), while the rest of the bead gives some."""
    assert ev.Z is not None
    stems = int(ev.Z.indptr[k + 1] - ev.Z.indptr[k])
    return stems >= MIN_STEMS and theirs > 0 and mine <= SILENT_SHARE * theirs and own <= OWN_SHARE * (mine + theirs)


def _carries(ev: Evidence, k: int, edges: tuple[tuple[int, tuple[int, int]], ...], j0: int, j1: int) -> bool:
    """Edge sentence k matches more of the English than the rest of the bead does: the English translates it
    (a Markdown bold line 覆盖主流的训练监测平台 over a list of links, its English "Covers mainstream training
    monitoring platforms" longer than a Chinese heading; a sentence cut short by a code span)."""
    if ev.Z is None or ev.E is None:
        return False
    rest = dict(edges)[k]
    mine, theirs, _own = _support(ev, k, rest, j0, j1)
    return mine > theirs


def _restates(mine: float, theirs: float, own: float) -> bool:
    """A sentence matching English words (`mine`) that the rest matches too (`own` of it alone is next to
    nothing), the rest carrying at least as much evidence (`theirs`)."""
    return 0 < mine <= theirs and own <= OWN_SHARE * (mine + theirs)


def split_orphans(path: list[PathBead], ev: Evidence, similarity: Similarity | None = None, *,
                  idle: bool = True, unspoken: bool = True) -> list[PathBead]:
    """The path with the orphan of each k-1 bead (`orphan`) split off into a 1-0 bead.

    The silent-sentence test runs only in documents translated sentence by sentence (merges at most
    MAX_MERGE_RATE of the beads, `refine.merge_rate`): a free translation (literary chapters) merges
    sentences whose words it renders loosely, leaving a sentence without lexical evidence (mac-dev strict
    F1 0.8608 -> 0.8543 with the test everywhere). Where only the English merges (its Chinese sentences merged in at
    most MAX_MERGE_RATE of the beads: long Chinese sentences written as two English ones) it runs on edge sentences of
    SILENT_CHARS or more. `idle` False (structured Markdown) turns off the *idle* test,
    which is for prose paragraphs, and `unspoken` False the *unspoken* test: a documentation page renders its
    sentences loosely, and a Chinese sentence whose English says it in other words is no orphan (mddocs hf-course
    chapter4/3: 在这里，你可以看到仓库的所有文件以及它们的版本。 for "you'll see that there aren't many files there
    yet — …", split off as untranslated with the test on).
    """
    mu = doc_ratio(path, ev)
    silent = merge_rate(path, 0) <= MAX_MERGE_RATE
    chinese = merge_rate(path, 0, "zh") <= MAX_MERGE_RATE
    idle = idle and chinese
    chars = 0.0 if silent else SILENT_CHARS  # the English splitting sentences: long Chinese ones are still tested
    out: list[PathBead] = []
    for b in path:
        k = orphan(b, ev, mu, similarity, silent=silent or chinese, idle=idle, silent_chars=chars, unspoken=unspoken)
        if k is None:
            out.append(b)
            continue
        i0, j0, i1, j1 = b
        if k == i0:
            out.extend([(i0, j0, i0 + 1, j0), (i0 + 1, j0, i1, j1)])
        else:
            out.extend([(i0, j0, i1 - 1, j1), (i1 - 1, j1, i1, j1)])
    return out
