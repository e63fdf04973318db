"""Runs of beads a reordered rewrite leaves paired with sentences they do not translate.

An author's own English abstract is often written in another order than the Chinese: background sentences first,
the aim after them, a Chinese sentence said at the end. An alignment is monotone, so it cannot pair a sentence with a
translation that sits further on past other sentences: it pairs it with what is there (a background sentence) and
leaves its translation paired with another Chinese sentence or with none. Every bead of that stretch then compares
sentences that are not counterparts, and each reports its own "difference" (a missing term, a missing number, a
sentence without English): several findings for one misalignment.

The evidence is the lexicon's, sentence by sentence: a Chinese sentence i of a doubtful bead k with both sides
(paired with English it does not translate), or left unpaired between two doubtful beads, *crosses* to an English
sentence j of another doubtful bead m (up to RADIUS beads away, every bead between doubtful too) when i glosses into
MIN_CROSS or more of j's stems (Latin tokens, numbers kept as they are), MIN_MORE more than into the English of its
own bead, and MIN_MORE more than j's own Chinese does, and no other sentence crosses to either of them with more (a
results sentence restating the aim's words gives way to the aim). That is, j translates i better than either's
partner: the counterparts are in different beads. A bead is doubtful when one side is empty or its score is below
WEAK_SCORE. The beads from k to m are one run, runs that overlap one run.

A Chinese sentence left unpaired is judged only between two doubtful beads (`amid_doubt`): its English may have been
deleted, and an abstract's neighbouring sentences restate its words (the aim's drug and disease names in the
results: medline's injected deletions in zh2en-doc68 and en2zh-doc42 were hidden so when every unpaired sentence was
judged). A deletion from a translation leaves the sentences around it paired with their translations (a reference
pair scores 0.5 or more) or sits at the pair's edge (zh2en-doc68's aim); a rewrite written in another order leaves
the sentence unpaired inside a stretch of beads pairing sentences they do not translate (cx12-002: 此外，个体道德认同
水平… between beads of 0.39 and 0.40, its English "This study also examined the moderating role of individuals'
moral identity…" paired with the closing sentence). The check (`checks.misaligned_run`) keeps such a crossing only
when it folds that sentence's own `untranslated` finding, never one naming several sentences in a row. A
well-aligned stretch has no crossing: each sentence's own partner translates it best, whatever one bead lacks (a
dropped term, a changed number), so its findings stand.

`unsaid_sentences` names a run's English sentences that no Chinese sentence of the pair says at all (MAX_UNSAID): the
background an author's English adds, paired with Chinese it does not translate.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from zhen_qa.aligner.lexicon import en_stems, load_lexicon, zh_tokens
from zhen_qa.aligner.scorers.anchors import latin_tokens
from zhen_qa.aligner.scorers.lexical import glossed_stems
from zhen_qa.manuscript.document import Bead
from zhen_qa.manuscript.lazy_re import LazyPattern

WEAK_SCORE = 0.4
"""Highest score of a bead with both sides that reads as no translation: ChinaXiv's free-rewrite beads pairing a
sentence with one it does not translate score 0.10-0.40 (cx2-036's split background bead 0.31), and a reference pair
of the injected-defect benchmark (`benchmarks/defects.py`, a well-aligned 1-1 bead) at least 0.5; the same bound as
`checks.unrelated.MAX_BEAD_SCORE` (the best bead of a translated abstract scores 0.447 or more)."""
RADIUS = 4
"""Most beads between a Chinese sentence and the English that translates it (an aim after three background
sentences)."""
MIN_CROSS = 4
"""Fewest English stems a Chinese sentence must gloss into to be taken as translated by that sentence."""
MIN_MORE = 2
"""Fewest stems the crossing pair must share beyond what each sentence shares with its own bead's other side."""
MAX_UNSAID = 1
"""Most stems an English sentence of a run may share with each Chinese sentence of its pair and still be taken as
saying what no Chinese sentence says. On the runs of ChinaXiv 1-13 every English sentence sharing 0 or 1 is added
background the Chinese lacks (cx10-007's "The environmental factors, more specifically, the maternal behaviors have
obtained little attention", cx2-036's serotonin and SSRI sentences, cx10-039's "Most of the previous studies have
taken trait anxiety as a categorical construct"); a free rendering shares 2 or more, and so does some added
background (cx4-004's "It is essential to investigate the neural mechanisms…" shares 3): such a sentence is not
named, so the bound names fewer added sentences than there are, never a rendering seen."""
MIN_UNSAID_WORDS = 6
"""Fewest words of an English sentence named as unsaid: a heading or fragment shares nothing for lack of words."""

_NUMBER = LazyPattern(r"\d+(?:\.\d+)?")


class Crossing(NamedTuple):
    """Chinese sentence `zh` (index into the pair's Chinese) translated by English sentence `en`, their beads `beads`
    (first, last: indices into the pair's beads, first <= last) and the stems they share (`shared`)."""

    zh: int
    en: int
    beads: tuple[int, int]
    shared: int


def _marks(text: str) -> set[str]:
    """Latin tokens and numbers of two characters or more, lower-cased as stems are."""
    return {t.lower() for t in latin_tokens(text) if len(t) > 1} | {n for n in _NUMBER.findall(text) if len(n) > 1}


def shared(zh: str, en: str, pairs: Sequence[tuple[str, str]] = ()) -> int:
    """How many stems of English `en` Chinese `zh` glosses into through the lexicon, with the marks they share;
    `pairs` (a glossary's translation pairs, as `align` adds them to its lexicon): the stems of an English term
    whose Chinese term `zh` writes, when `en` writes it too (道德认同 = "moral identity", which the lexicon does not
    pair)."""
    if not zh or not en:
        return 0
    lexicon = load_lexicon()
    stems = set(en_stems(en))
    glossed = glossed_stems(zh_tokens(zh, lexicon), lexicon.zh2en, dict.fromkeys(stems, 1))
    lower = en.lower()
    for z, e in pairs:
        if z in zh and e.lower() in lower:
            glossed |= stems.intersection(en_stems(e))
    return len(glossed | (_marks(zh) & _marks(en)))


def doubtful(bead: Bead) -> bool:
    """A bead with one side empty, or scoring below WEAK_SCORE."""
    return not (bead.zh and bead.en) or bead.score < WEAK_SCORE


def amid_doubt(weak: Sequence[bool], k: int) -> bool:
    """Whether bead `k` lies between two beads and both are doubtful (`weak`)."""
    return 0 < k < len(weak) - 1 and weak[k - 1] and weak[k + 1]


def crossings(zh: Sequence[str], en: Sequence[str], beads: Sequence[Bead],
              pairs: Sequence[tuple[str, str]] = ()) -> list[Crossing]:
    """Every crossing of the alignment `beads` of sentences `zh` and `en` (see the module docstring); `pairs` as
    `shared` takes them."""
    out: list[Crossing] = []
    weak = [doubtful(b) for b in beads]
    for k, bead in enumerate(beads):
        if not weak[k] or not bead.zh or not (bead.en or amid_doubt(weak, k)):
            continue  # an unpaired Chinese sentence may have lost its English: a neighbour restating it says no more
        own_en = " ".join(en[j] for j in bead.en)
        for m in range(max(0, k - RADIUS), min(len(beads), k + RADIUS + 1)):
            lo, hi = min(k, m), max(k, m)
            if m == k or not beads[m].en or not all(weak[lo:hi + 1]):
                continue
            own_zh = " ".join(zh[i] for i in beads[m].zh)
            for i in bead.zh:
                mine = shared(zh[i], own_en, pairs)
                for j in beads[m].en:
                    cross = shared(zh[i], en[j], pairs)
                    theirs = shared(own_zh, en[j], pairs)
                    if cross >= MIN_CROSS and cross >= mine + MIN_MORE and cross >= theirs + MIN_MORE:
                        out.append(Crossing(i, j, (lo, hi), cross))
    return [c for c in out if c.shared == max(x.shared for x in out if x.zh == c.zh)
            and c.shared == max(x.shared for x in out if x.en == c.en)]


def unsaid_sentences(zh: Sequence[str], en: Sequence[str], beads: Sequence[Bead], run: tuple[int, int],
                     found: Sequence[Crossing], pairs: Sequence[tuple[str, str]] = ()) -> list[int]:
    """The English sentences of `run` (first, last bead) that say what no Chinese sentence of the pair says: paired
    with Chinese (an unpaired one is `extra-target`'s), no crossing's target, of MIN_UNSAID_WORDS words or more, and
    sharing at most MAX_UNSAID stems with each Chinese sentence of `zh` (`shared`, with `pairs`), in order."""
    targets = {c.en for c in found}
    out: list[int] = []
    for bead in beads[run[0]:run[1] + 1]:
        if not bead.zh:
            continue
        for j in bead.en:
            if j in targets or len(en[j].split()) < MIN_UNSAID_WORDS:
                continue
            if all(shared(z, en[j], pairs) <= MAX_UNSAID for z in zh):
                out.append(j)
    return out


def runs(found: Sequence[Crossing]) -> list[tuple[int, int]]:
    """The bead runs (first, last) the crossings span, overlapping ones joined, in order."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(c.beads for c in found):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
