"""One Chinese sentence that the English writes as two, the part the paired English leaves unsaid written alone.

A documentation page's translator often writes one Chinese sentence of clauses as two English sentences
(时间比较长，需要耐心等待。 = "Note: The process may take a while. Please be patient."; 这里收录不是很及时，更多请
按照本文开头的方式寻找。 = "This summary is not updated in real-time. For more resources, please refer to …"). The
search, the chrF pass or `refine.split_unsupported` then pairs the Chinese sentence with one of them and leaves the
other alone, reported as `extra-target`: the lone sentence shares too few of the lexicon's words with the Chinese for
any similarity to keep it (the lexicon knows neither 比较长 for "take a while" nor 收录 for "summary"), and
`clause_cuts.cut_at_clause`, which asks the lone sentence to say two of its part's words, does not join it.

Here the evidence is what the paired English does not say. The Chinese sentence, cut at a clause boundary, has a part
on the lone sentence's side, with Han characters, of which the paired English says nothing the other part does not
say too (`clauses.said_of`: glossed stems, Latin tokens and numbers), while it says something of the other part: the
paired English renders the other part only, and the part next to the lone sentence has no English in the bead. The
lone sentence beside it, of the share of the two English sentences' characters that the part holds of the Chinese
sentence (`clause_cuts.in_proportion`), in the same English block (paragraph or list item) as the bead's English, is
that part's English, and joins the bead when it says MIN_SAID words of the part that the paired English does not say.
Only a bead of one Chinese and one English sentence is joined, once, and only where the English blocks are known: the
sentences of structured Markdown pages (`align(paragraphs=True, en_blocks=…)`, from `SentenceGroups`), never the
alignment of whole paragraphs or items (`unit_pairs`), where an English unit alone is a block of its own.

What stays reported: an English sentence added beside a translation that renders the whole Chinese sentence (every
part says words of the paired English its other part does not: nothing is unsaid for the added sentence to render); a
Chinese sentence whose second half is left untranslated (no English sentence is left alone beside it to join), or
left untranslated beside an English sentence the Chinese never says (the lone sentence says fewer than MIN_SAID words
of that part, however short the part: 完成后重启电脑 beside "Then delete the cache folder …"); an English paragraph or
list item beside a bead of another block (its Chinese may be deleted: kitex FAQ's **Cause** paragraph); a run of
English sentences alone (a paragraph whose Chinese was deleted): only an English sentence alone with no English
sentence alone beside it is tested, and it joins a 1-1 bead only.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.aligner.clause_cuts import MIN_SAID, in_proportion
from zhen_qa.aligner.clauses import Tokens, said_of, zh_clauses
from zhen_qa.aligner.lexicon import Lexicon
from zhen_qa.aligner.refine import Groups, PathBead, in_one_group, join_lone
from zhen_qa.manuscript.script import han_count


def unsaid_part(sentence: str, lone: str, paired: str, lone_first: bool, lexicon: Lexicon,
                memo: Tokens | None = None) -> bool:
    """Chinese `sentence`, cut after one of its clauses, has a part on the lone English sentence's side (its head when
    `lone_first`, else its tail), with Han characters (a Latin key or code alone, `max_retry_times:`, is no clause a
    translator writes out as a sentence), of which the `paired` English says nothing its other part does not say too,
    while it says something of the other part; that part holds about the share of the sentence's characters that
    `lone` holds of the two English sentences (`clause_cuts.in_proportion`); and `lone` says MIN_SAID words of it the
    paired English does not say (one word is no evidence: 如果 glossed "given" in "Any given announcement …"; a word
    both English sentences say is the topic's)."""
    clauses = zh_clauses(sentence)
    for k in range(1, len(clauses)):
        head, tail = "".join(clauses[:k]), "".join(clauses[k:])
        near, far = (head, tail) if lone_first else (tail, head)
        if not han_count(near) or not in_proportion(near, sentence, lone, paired):
            continue
        said_far, said_near = said_of(far, paired, lexicon, memo), said_of(near, paired, lexicon, memo)
        if said_far and said_near <= said_far and len(said_of(near, lone, lexicon, memo) - said_near) >= MIN_SAID:
            return True
    return False


def join_clause_gaps(path: list[PathBead], zh: Sequence[str], en: Sequence[str], lexicon: Lexicon, max_side: int, *,
                     groups: Groups | None = None, blocks: Sequence[int] | None = None) -> list[PathBead]:
    """The path with each English sentence alone (0-1 bead) joined to the 1-1 bead beside it when the bead's Chinese
    sentence has a part on its side that the bead's English leaves unsaid and the lone sentence says (`unsaid_part`);
    the bead after it is tried first. Only an English sentence alone whose neighbours on the path are no English
    sentences alone (`_single_lone`): one of a run of English sentences alone (a paragraph whose Chinese was deleted)
    stays. Only a lone sentence of the same English
    block (`blocks`: a block number per English sentence; None: no such sentence joins) as the bead's English: one
    Chinese sentence written as two English sentences is written in one paragraph or list item, and a sentence of
    another block is another paragraph's or item's, whose Chinese may be missing. Never across `groups`; a bead grown
    here is not joined again (it is no 1-1 bead)."""
    if blocks is None:
        return path
    memo: Tokens = {}
    single = _single_lone(path)

    def joins(j: int, y: PathBead, after: bool) -> bool:
        if j not in single or y[2] - y[0] != 1 or y[3] - y[1] != 1 or blocks[j] != blocks[y[1]]:
            return False
        return unsaid_part(zh[y[0]], en[j], en[y[1]], after, lexicon, memo)

    return join_lone(path, max_side, joins, after_first=True, fits=lambda b: in_one_group(b, groups))


def _lone(b: PathBead) -> bool:
    """Bead `b` is an English sentence alone (0-1)."""
    return b[0] == b[2] and b[3] > b[1]


def _single_lone(path: list[PathBead]) -> set[int]:
    """The English sentences alone (0-1 beads) whose neighbouring beads on the path are not English alone too."""
    return {b[1] for k, b in enumerate(path) if _lone(b)
            and not (k > 0 and _lone(path[k - 1])) and not (k + 1 < len(path) and _lone(path[k + 1]))}
