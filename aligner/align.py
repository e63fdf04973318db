"""Sentence alignment of Chinese and English: the public `align` function.

The score of a bead combines the scorers (lexical both directions, anchors, length, names,
quoted speech) as a weighted mean in [0, 1]. The search maximises the sum over beads of
  (a + b) ** GAMMA * (score - median score of that bead type) - MERGE_PENALTY * (a + b - 2)
  - QUOTE_CUT * [the bead ends inside an open quotation on one side only]
for a bead of a Chinese and b English sentences, and NULL_GAIN for a 1-0 or 0-1 bead. The
per-type median removes the rise of cosine scores that merging alone brings, and the
sub-linear size factor keeps a merge from winning only because it holds more sentences.
Long documents are first aligned in blocks of sentences; the fine search then runs in
a corridor around that path, so time and memory grow linearly with the length.
"""
from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from zhen_qa.aligner.announcing import join_announcing
from zhen_qa.aligner.clause_cuts import join_cut_clauses
from zhen_qa.aligner.clause_gaps import join_clause_gaps
from zhen_qa.aligner.clause_strays import return_clauses
from zhen_qa.aligner.clauses import join_clauses
from zhen_qa.aligner.content_words import ContentWords
from zhen_qa.aligner.continued import join_continued
from zhen_qa.aligner.edge_marks import pair_marked
from zhen_qa.aligner.edge_pairs import pair_across, pair_edges
from zhen_qa.aligner.edge_renderings import give_edge_renderings
from zhen_qa.aligner.en_orphans import Z_FAR, han_ratio, latin_kept_lengths, split_en_orphans, too_long
from zhen_qa.aligner.glued_headings import join_glued_headings
from zhen_qa.aligner.heading_pairs import pair_lone_headings
from zhen_qa.aligner.lexicon import Lexicon, load_lexicon
from zhen_qa.aligner.link_pointers import join_link_pointers
from zhen_qa.aligner.list_items import markers_agree, opens_alike
from zhen_qa.aligner.merged_sentences import join_merged_sentences
from zhen_qa.aligner.number_strays import return_numbered
from zhen_qa.aligner.objective import Objective, Rescored, Similarity
from zhen_qa.aligner.orphan_evidence import Evidence
from zhen_qa.aligner.orphan_repeats import Repeats, lone_repeats, outside_repeats
from zhen_qa.aligner.orphans import doc_ratio, heading_like, shares_names, split_orphans, too_short
from zhen_qa.aligner.own_ratio import own_ratio
from zhen_qa.aligner.refine import (
    PathBead,
    join_nulls,
    nearest_zh_of,
    return_strays,
    shift_nulls,
    split_unsupported,
)
from zhen_qa.aligner.rendered_by import (
    give_back_rendered,
    glossed_from_bead,
    holds_rendering,
    names_own,
    rendered_by,
    renders_own,
)
from zhen_qa.aligner.scorers.anchors import Anchors
from zhen_qa.aligner.scorers.base import Analysis, Scorer, SparseCosine
from zhen_qa.aligner.scorers.length import MU, Length, PreparedLength, char_lengths, zh_lengths
from zhen_qa.aligner.scorers.lexical import EnToZh, ZhToEn
from zhen_qa.aligner.scorers.names import Names
from zhen_qa.aligner.scorers.speech import Speech, doc_en_quoted, zh_open
from zhen_qa.aligner.search import WIDE_SIDE, Band, BeadType, GainFn, bead_types, best_path, corridor
from zhen_qa.manuscript.collector import collector_paused
from zhen_qa.manuscript.document import Bead

if TYPE_CHECKING:
    import scipy.sparse as sp

log = logging.getLogger(__name__)

SCORERS: tuple[tuple[Scorer, float], ...] = (
    (ZhToEn(), 1.0), (EnToZh(), 1.0), (Anchors(), 0.5), (Length(), 0.25), (Names(), 0.25), (Speech(), 0.25))
"""The scorers and their weights in the combined bead score."""

NULL_GAIN = -0.2
"""Gain of a 1-0 or 0-1 bead: a pair is kept when its score exceeds this."""
MERGE_PENALTY = 0.1
"""Cost of each sentence a bead has beyond one a side."""
MANY = 2
"""Largest smaller side of a many-to-many bead (2-2, 2-3 allowed; 3-3 not)."""
GAMMA = 0.5
"""A bead's evidence counts (a + b) ** GAMMA times: merging is rewarded less than linearly."""
MAX_SIDE = 4
"""Largest bead side of a long document (searched in a corridor): literary text has 1-4 beads (2.3 % of mac-dev
gold); strict F1 there 0.783 -> 0.800 at no cost on paramed-dev; bible 006 18.5 s / 491 MB -> 23.8 s / 547 MB."""
QUOTE_CUT = 0.15
"""Cost of a bead that ends inside an open quotation on one side only. A speech the English splits
into several sentences usually translates one Chinese sentence (mac-dev gold: 46 % of English
sentence ends inside a quotation end a bead, 73 % elsewhere), unless the Chinese splits the speech
there too. Leave-one-chapter-out on mac-dev (speech weight 0.15/0.25/0.4 x cut 0.05-0.2) picks
0.25 / 0.15 for five folds: pooled held-out strict F1 0.849."""
CHRF_WEIGHT = 0.3
"""Weight of the chrF second pass. mac-dev strict F1 by weight: 0 0.852, 0.1 0.855, 0.2 0.858, 0.3 0.860,
0.45 0.863, 0.6 0.850; leave-one-chapter-out over these weights 0.858. 0.3 stays clear of the drop
at 0.6; paramed-dev unchanged at 0.3 (0.994)."""
CHRF_MAX_SENTENCES = 4000
"""The chrF pass runs on documents of at most this many sentences (both sides): its cost grows with
the length of the glosses, ~0.3 s for a 600-sentence chapter but ~14 s for bible 001 (11,301)."""
FULL_LIMIT = 1_500_000
"""Documents with at most this many nodes are searched without a corridor."""
CHUNK = 1 << 17
"""Beads scored per call of the scorers: their temporaries stay small (and in cache) however large the band."""


def align(
    zh: Sequence[str],
    en: Sequence[str],
    *,
    max_side: int | None = None,
    glossary_pairs: Iterable[tuple[str, str]] | None = None,
    chrf: float | None = None,
    groups: tuple[Sequence[int], Sequence[int]] | None = None,
    paragraphs: bool = False,
    en_blocks: Sequence[int] | None = None,
    zh_blocks: Sequence[int] | None = None,
    written: tuple[Sequence[str], Sequence[str]] | None = None,
) -> list[Bead]:
    """Align Chinese and English sentences into monotone beads covering every sentence once.

    Each bead holds up to `max_side` sentences a side (1-0 and 0-1 included; None: `WIDE_SIDE` for a document
    searched whole, else `MAX_SIDE`). `score` is a
    confidence in [0, 1]: for a bead with both sides, the combined evidence that they translate
    each other; for a 1-0 or 0-1 bead, one minus the best 1-1 score of that sentence with any
    sentence of the other side the search considered (high = nothing there translates it).
    `chrf` is the weight of the chrF second pass (`aligner.chrf`); None means CHRF_WEIGHT, 0 turns it off.
    `groups` (a group number per Chinese and per English sentence, non-decreasing on each side) keeps every
    bead with both sides inside one group: sentences of different groups are never paired. `paragraphs`: the text is
    structured Markdown's paragraphs or their sentences, where English left without Chinese is split off merged beads
    (`en_orphans.split_en_orphans`). `en_blocks` (a block number per English sentence: its paragraph or list item)
    lets an English sentence alone join the part of a Chinese sentence its block's bead leaves unsaid
    (`clause_gaps`); None: never. `zh_blocks` (the same per Chinese sentence) lets a Chinese sentence alone join
    the bead of its block whose English renders it in a clause the bead's Chinese leaves unsaid
    (`merged_sentences`); None: never. `written` (the Chinese and the English sentences with each inline code span
    written out, where `zh` and `en` hold its placeholder: `manuscript.source.code_written`) is what those two join
    passes read of a sentence's names: a name the Chinese writes bare and the English in a code span is one name
    (None: `zh` and `en` as they are).
    """
    if max_side is None:
        max_side = WIDE_SIDE if (len(zh) + 1) * (len(en) + 1) <= FULL_LIMIT else MAX_SIDE
    if max_side < 1:
        raise ValueError("max_side must be at least 1")
    with collector_paused():
        return _align(zh, en, max_side, glossary_pairs, chrf, groups, paragraphs, (en_blocks, zh_blocks), written)


def _align(
    zh: Sequence[str],
    en: Sequence[str],
    max_side: int,
    glossary_pairs: Iterable[tuple[str, str]] | None,
    chrf: float | None,
    groups: tuple[Sequence[int], Sequence[int]] | None,
    paragraphs: bool = False,
    blocks: tuple[Sequence[int] | None, Sequence[int] | None] = (None, None),
    written: tuple[Sequence[str], Sequence[str]] | None = None,
) -> list[Bead]:
    """`align` with its arguments checked; `blocks`: `align`'s (en_blocks, zh_blocks); `written`: `align`'s."""
    n, m = len(zh), len(en)
    if n == 0 or m == 0:
        return [Bead((i,), (), 1.0) for i in range(n)] + [Bead((), (j,), 1.0) for j in range(m)]
    lexicon = load_lexicon().with_glossary(glossary_pairs)
    doc = Analysis(list(zh), list(en), lexicon)
    full = (n + 1) * (m + 1) <= FULL_LIMIT
    doc.small = doc.small and full  # the block-level first pass works in scipy.sparse
    band = Band.full(n, m) if full else _first_pass(doc, max_side)
    log.debug("band of %d nodes for %d x %d sentences", band.size, n, m)
    used = [(s, w) for s, w in SCORERS if s.useful(doc)]
    similarity = Similarity([(s.prepare(doc, band, max_side), w) for s, w in used], CHUNK)
    # what a sentence says, in words and numbers (no length; names are neutral where absent): which Chinese sentence
    # an English one belongs to (`refine.nearest_zh_of`)
    words = [(p, w) for (s, w), (p, _) in zip(used, similarity.scorers) if isinstance(s, (ZhToEn, EnToZh, Anchors))]
    content = Similarity(words, CHUNK) if words else similarity
    # open_en[j]: a quotation is open after English sentence j-1 (node j). Kept even where quotes are too
    # rare for the speech scorer (mac-dev 005: 0.863 -> 0.872 with it); a stray mark is dropped (MAX_OPEN).
    open_en = np.concatenate([[False], doc_en_quoted(doc)[2]])
    open_zh = np.concatenate([[False], zh_open(zh)])
    inside = None
    if groups is not None:
        group_zh, group_en = np.asarray(groups[0], dtype=np.int64), np.asarray(groups[1], dtype=np.int64)
        if group_zh.shape != (n,) or group_en.shape != (m,):
            raise ValueError("groups must give one group a sentence")
        inside = (group_zh, group_en)
    gain = Objective(similarity, open_zh, open_en, null_gain=NULL_GAIN, gamma=GAMMA,
                     merge_penalty=MERGE_PENALTY, quote_cut=QUOTE_CUT, groups=inside)
    types = bead_types(max_side, MANY)
    chrf = CHRF_WEIGHT if chrf is None else chrf
    if not (chrf > 0 and n + m <= CHRF_MAX_SENTENCES):
        doc.cache.clear()  # the prepared scorers hold what the search needs; the per-document tables can go
    path = best_path(band, types, gain)
    if chrf > 0 and n + m > CHRF_MAX_SENTENCES:
        log.debug("%d sentences: no chrF pass (limit %d)", n + m, CHRF_MAX_SENTENCES)
    elif chrf > 0:
        path = _chrf_pass(path, band, types, gain, doc, chrf)
    if written is not None and (len(written[0]) != n or len(written[1]) != m):
        raise ValueError("written must give one text a sentence")
    path = _repaired(path, zh, en, doc, similarity, content, lexicon, max_side, paragraphs, inside, blocks,
                     written)
    return _beads(path, band, similarity)


def _repaired(path: list[PathBead], zh: Sequence[str], en: Sequence[str], doc: Analysis, similarity: Similarity,
              content: Similarity, lexicon: Lexicon, max_side: int, paragraphs: bool,
              inside: tuple[np.ndarray, np.ndarray] | None,
              blocks: tuple[Sequence[int] | None, Sequence[int] | None],
              written: tuple[Sequence[str], Sequence[str]] | None) -> list[PathBead]:
    """The searched path after the repair passes, in order: beads the evidence does not support split, orphans and
    strays given back, lone sentences joined where their counterpart was folded into a neighbour (`paragraphs`: a
    structured Markdown page, where the prose-only passes are off; `written`: `align`'s)."""
    evidence = _evidence(doc)
    # the nearest-Chinese, own-words and idle passes are for prose paragraphs (abstracts); in structured Markdown
    # the blocks already pair paragraph with paragraph and a page's sentences are short and loosely rendered: there
    # they moved English away from its counterpart (antd-heldout 3 true extra-target lost, docs 5 false findings new)
    prose = not paragraphs
    # structured Markdown: English outside a bead's fitting run that only repeats what the run says of the Chinese
    repeats = outside_repeats(zh, en, lexicon) if paragraphs else None
    path = _split(path, zh, evidence, similarity, content, paragraphs, repeats)
    en_mu = han_ratio(path, evidence)
    path = _given_back(path, zh, en, evidence, similarity, content, max_side, paragraphs, inside, en_mu)
    return _joined(path, zh, en, evidence, similarity, lexicon, max_side, prose, inside, en_mu, repeats, blocks,
                   written)


def _split(path: list[PathBead], zh: Sequence[str], evidence: Evidence, similarity: Similarity, content: Similarity,
           paragraphs: bool, repeats: Repeats | None) -> list[PathBead]:
    """`_repaired`'s first passes: beads the evidence does not support split, orphans split off (`repeats`: the
    `orphan_repeats` test `split_en_orphans` keeps a fitting run with; None outside structured Markdown)."""
    n = len(zh)
    prose = not paragraphs
    # an English edge of a merged bead with words of the bead's Chinese is judged against the document's own length
    # ratio (`own_ratio`); one without is no rendering however its length fits (an English keyword with no Chinese)
    en_similarity = _with_ratio(similarity, own_ratio(path, zh_lengths(list(zh)), evidence.en_chars))
    path = split_unsupported(path, similarity, en_similarity=en_similarity,
                             en_judged=lambda b, j: glossed_from_bead(evidence, b, j),
                             keep=lambda b, j: renders_own(evidence, b, j) or (prose and (
                                 names_own(evidence, b, j) or b[0] <= nearest_zh_of(content, n, b, j) < b[2])))
    path = split_orphans(path, evidence, similarity, idle=prose, unspoken=prose)
    if repeats is not None:
        path = split_en_orphans(path, evidence, similarity, repeats)
    return path


def _given_back(path: list[PathBead], zh: Sequence[str], en: Sequence[str], evidence: Evidence,
                similarity: Similarity, content: Similarity, max_side: int, paragraphs: bool,
                inside: tuple[np.ndarray, np.ndarray] | None, en_mu: float) -> list[PathBead]:
    """`_repaired`'s middle passes: strays and rendered sentences given back, edges paired across, lone headings
    paired (`en_mu`: the split path's `han_ratio`, its 1-1 beads with Han characters)."""
    prose = not paragraphs
    mu = doc_ratio(path, evidence)
    path = shift_nulls(return_strays(path, similarity, max_side, too_short=lambda b: too_short(evidence, mu, b),
                                     too_long=lambda b: too_long(evidence, en_mu, b), content=content,
                                     shares=lambda b: shares_names(zh[b[0]], en[b[1]]), own=prose,
                                     fits=lambda b: opens_alike(zh, en, b)), similarity,
                       marked=lambda b: markers_agree(zh, en, b),
                       # in structured Markdown, a paragraph `split_en_orphans` split off stays alone; a heading's
                       # translation is as long as it likes (全局注册 / "Global Registration", vant-heldout)
                       too_long=(lambda b: too_long(evidence, en_mu, b) and not heading_like([zh[b[0]]])[0])
                       if paragraphs else None)
    if prose:  # a sentence whose translation was deleted holding an English sentence that renders its neighbour
        path = give_back_rendered(path, evidence, max_side, too_long=lambda b: too_long(evidence, en_mu, b, Z_FAR))
    path = pair_across(pair_edges(path, similarity, groups=inside,
                                  contained=(lambda j, x, y: rendered_by(evidence, j, x, y)) if prose else None),
                       similarity, groups=inside)
    # a short line whose translation was deleted: its neighbour took the English that only it shares edge marks with
    path = pair_marked(path, zh, en, groups=inside)
    if prose:  # English whose measured values are the neighbouring Chinese sentence's, taken by a sentence left alone
        path = return_numbered(path, zh, en, max_side)
    # a Chinese heading and an English one left alone side by side between paired beads (症状 / "Signs"), before an
    # English one is joined to the bead beside it
    path = pair_lone_headings(path, zh, en, groups=inside)
    return path


def _joined(path: list[PathBead], zh: Sequence[str], en: Sequence[str], evidence: Evidence, similarity: Similarity,
            lexicon: Lexicon, max_side: int, prose: bool, inside: tuple[np.ndarray, np.ndarray] | None,
            en_mu: float, repeats: Repeats | None,
            blocks: tuple[Sequence[int] | None, Sequence[int] | None],
            written: tuple[Sequence[str], Sequence[str]] | None) -> list[PathBead]:
    """`_repaired`'s last passes: lone sentences joined where their counterpart was folded into a neighbour
    (`repeats`: as `_split`'s, so that `join_nulls` does not join back what it split off; `written`: the sentences
    with their code spans written out, which the passes that compare a lone Chinese sentence's names read)."""
    path = join_nulls(path, similarity, max_side, too_long=lambda b: too_long(evidence, en_mu, b),
                      names=(lambda b, j: names_own(evidence, b, j)) if prose else None,
                      repeats=None if repeats is None else lone_repeats(repeats, _kept_too_long(path, evidence)))
    # a clause of a long Chinese sentence written as an English sentence of its own. The clause evidence is lexical and
    # specific, so only English more than twice too long (Z_FAR) stops the join: a translator who splits one long
    # Chinese sentence in two often writes it out at length (wmtbio-para 1 false extra-target of 3 joined, no finding
    # lost, recall unchanged); Z_SHORT is for `join_nulls`, whose similarity evidence an orphan paragraph can fake
    if prose:
        path = join_clauses(path, zh, en, lexicon, max_side, too_long=lambda b: too_long(evidence, en_mu, b, Z_FAR))
        # English of a 1-1 bead that renders a clause of the neighbouring Chinese sentence and nothing of its own
        path = return_clauses(path, zh, en, lexicon, max_side, too_long=lambda b: too_long(evidence, en_mu, b, Z_FAR),
                              holds=lambda x, y: holds_rendering(evidence, x, y))
        # English left alone before a bead whose English opens with a pronoun for it and whose Chinese does not
        path = join_continued(path, zh, en, max_side, too_long=lambda b: too_long(evidence, en_mu, b))
    # one Chinese sentence the English writes as two, ending the first where a clause of the Chinese ends: the English
    # sentence left alone beside its bead joins it (structured Markdown too: a paragraph or list item of one sentence)
    path = join_cut_clauses(path, zh, en, lexicon, max_side, groups=inside, en_blocks=blocks[0])
    if not prose:  # a structured page: the English sentence alone beside the part of the Chinese its bead leaves unsaid
        path = join_clause_gaps(path, zh, en, lexicon, max_side, groups=inside, blocks=blocks[0])
        # ...and the Chinese sentence alone beside a bead whose English renders it in a clause its Chinese leaves unsaid
        # (names read with code spans written out: the Chinese writes `IOBufBuilder` bare where the English has it in
        # a code span; a code name is no evidence by itself, the prose words must be said too)
        path = join_merged_sentences(path, zh, en, lexicon, max_side, groups=inside, blocks=blocks[1],
                                     written=written)
        # ...and the Chinese sentence alone beside a bead whose edge English sentence, whole, renders it
        path = give_edge_renderings(path, zh, en, lexicon, groups=inside, blocks=blocks[1], written=written)
    # a Chinese sentence that only points to a link (点击此处查看原文。) after the English sentence holding the link
    path = join_link_pointers(path, zh, en, max_side, groups=inside)
    # a Chinese heading alone before a bead whose English opens with that heading glued to its first sentence
    path = join_glued_headings(path, zh, en, lexicon, max_side, groups=inside)
    if prose:  # a topic sentence announcing a review (下面对…加以评述。) written into its neighbour's English
        path = join_announcing(path, zh, en, lexicon, max_side, groups=inside)
    return pair_lone_headings(path, zh, en, groups=inside)  # and any the passes since have left side by side


def _kept_too_long(path: list[PathBead], evidence: Evidence) -> Callable[[PathBead], bool]:
    """`en_orphans.too_long` with the Chinese's Latin letters counted as the names they are (`latin_kept_lengths`),
    the count under which `split_en_orphans` may have split a bead's orphan off."""
    kept = latin_kept_lengths(evidence)
    kept_mu = han_ratio(path, kept)
    return lambda b: too_long(kept, kept_mu, b)


def _with_ratio(similarity: Similarity, mu: float) -> Similarity:
    """`similarity` with its length scorer (if any) taking `mu` for the mean log ratio."""
    if mu == MU:
        return similarity
    return Similarity([(p.with_ratio(mu) if isinstance(p, PreparedLength) else p, w) for p, w in similarity.scorers],
                      similarity.chunk)


def _evidence(doc: Analysis) -> Evidence:
    """Lengths, headings and (when still cached: documents the chrF pass ran on) glossed vectors for
    `split_orphans`."""
    vectors = doc.cache.get("zh_en")
    Z, E = vectors if vectors is not None else (None, None)
    return Evidence(char_lengths(list(doc.zh)), char_lengths(list(doc.en)), Z, E, doc.zh, doc.en,
                    ContentWords(doc) if Z is not None else None)


def _chrf_pass(path: list[PathBead], band: Band, types: Sequence[BeadType], gain: GainFn, doc: Analysis,
               weight: float) -> list[PathBead]:
    """Rerun the search near `path` with chrF added to the gain of beads with both sides."""
    from zhen_qa.aligner.chrf import ChrF, path_band

    narrow = path_band(path, band.n, band.m)
    narrow = Band(band.n, band.m, np.maximum(narrow.lo, band.lo), np.minimum(narrow.hi, band.hi))
    return best_path(narrow, types, Rescored(gain, ChrF(doc), narrow, weight, GAMMA))


def _beads(path: list[PathBead], band: Band, similarity: GainFn) -> list[Bead]:
    """Beads with their confidence; scores are computed per bead type in one vectorised call."""
    scores = np.zeros(len(path))
    by_type: dict[tuple[int, int], list[int]] = {}
    for k, (i0, j0, i1, j1) in enumerate(path):
        by_type.setdefault((i1 - i0, j1 - j0), []).append(k)
    for (a, b), ks in by_type.items():
        if a and b:
            I = np.array([path[k][2] for k in ks])
            J = np.array([path[k][3] for k in ks])
            scores[ks] = similarity(a, b, I, J)
    for k, (i0, j0, i1, j1) in enumerate(path):
        if i1 - i0 and not j1 - j0:
            J = np.arange(max(band.lo[i1], 1), band.hi[i1])
            scores[k] = 1.0 - float(similarity(1, 1, np.full(J.shape, i1), J).max()) if len(J) else 1.0
        elif j1 - j0 and not i1 - i0:
            rows = np.nonzero((band.lo[1:] <= j1) & (band.hi[1:] > j1))[0] + 1
            scores[k] = 1.0 - float(similarity(1, 1, rows, np.full(rows.shape, j1)).max()) if len(rows) else 1.0
    np.clip(scores, 0.0, 1.0, out=scores)
    return [Bead(tuple(range(i0, i1)), tuple(range(j0, j1)), float(s)) for (i0, j0, i1, j1), s in zip(path, scores)]


def _blocks(X: sp.csr_matrix, f: int) -> sp.csr_matrix:
    """Sum rows in consecutive blocks of f: shape (ceil(rows/f), cols)."""
    import scipy.sparse as sp  # long documents only: a short one never imports scipy

    n = X.shape[0]
    k = math.ceil(n / f)
    A = sp.csr_matrix((np.ones(n), (np.arange(n) // f, np.arange(n))), shape=(k, n))
    return (A @ X).tocsr()


COARSE_TYPES = [(1, 1), (1, 2), (2, 1), (1, 0), (0, 1)]
SHRINK = 4
"""Each coarser level sums blocks of this many rows."""
CORRIDOR = 2 * SHRINK
"""Half-width of the fine search's corridor around the block-level path, plus the largest bead side."""


def _lexical_path(Z: sp.csr_matrix, E: sp.csr_matrix) -> list[tuple[int, int]]:
    """Node path of a cheap cosine-only alignment of rows of Z and E, recursing on blocks when large."""
    n, m = Z.shape[0], E.shape[0]
    if (n + 1) * (m + 1) <= FULL_LIMIT or min(n, m) < 2 * SHRINK:
        band = Band.full(n, m)
    else:
        coarse = _lexical_path(_blocks(Z, SHRINK), _blocks(E, SHRINK))
        band = corridor(coarse, n, m, SHRINK, width=2 * SHRINK + 2)
    cos = SparseCosine(Z, E, band, 2)

    def gain(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        if a == 0 or b == 0:
            return np.full(I.shape, 0.05)
        out: np.ndarray = (a + b) ** 0.5 * cos.cosine(a, b, I, J)
        return out

    path = best_path(band, COARSE_TYPES, gain)
    log.debug("lexical pass: %d x %d rows, band of %d nodes", n, m, band.size)
    return [(i0, j0) for i0, j0, _, _ in path] + [(path[-1][2], path[-1][3])]


def _first_pass(doc: Analysis, max_side: int) -> Band:
    """A corridor around a cheap lexical alignment (itself found coarse to fine)."""
    n, m = len(doc.zh), len(doc.en)
    Z, E = ZhToEn().vectors(doc)
    nodes = _lexical_path(_blocks(Z, SHRINK), _blocks(E, SHRINK))
    return corridor(nodes, n, m, SHRINK, width=CORRIDOR + max_side)
