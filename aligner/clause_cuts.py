"""One Chinese sentence that the English writes as two, cut where the Chinese has a clause boundary.

A translator often writes one Chinese sentence of clauses joined by ，or ；as two English sentences, ending the first
where a clause of the Chinese ends (本部分给出生成证书的示例，如果默认的证书已经够用，…，可跳过。 = "This section
provides an example of generating certificates. If the default certificate is sufficient …, you can skip this
section."). The search then often pairs the Chinese sentence with the longer English sentence alone and leaves the
other in a 0-1 bead, reported as `extra-target` though it is translated: in a short section (a heading and one
paragraph) the per-type median of 1-2 beads is taken over a handful of beads that include this one, and the 1-1 bead
with the longer English sentence scores as high as the 1-2 bead; where the English is far longer than the Chinese
(twice the page's ratio), `en_orphans.split_en_orphans` splits the first sentence off a 1-2 bead the search found.
`clauses.join_clauses` (prose only) does not join it when the paired English repeats the clause's words (the
certificate and the section are named in both English sentences): nothing is the lone sentence's own.

Here the test is where the cut falls: the English sentence alone and the English sentence paired beside it read as the
two parts of the Chinese sentence cut after one of its clauses, in order. The sentence alone joins the bead when, at
some clause boundary of the Chinese sentence next to it, the part on its side says (`clauses.said_of`: glossed stems,
Latin tokens and numbers) MIN_SAID or more and SAID_SHARE or more of the sentence alone's stems, more of it than
the other part says, and more of it than of the paired English (先下载官方安装包，再运行启动脚本。 = "Download … first,
then run the start script. Run the start script again after upgrades.": the second sentence repeats the last clause
that the first already renders, 3 stems each, and is added); and the other part says more of the paired English than
the near part does. A sentence the Chinese really lacks is said by no part of it: the clauses say the paired English
(a deleted first sentence, "This section provides an example …", shares one stem, certificate, with the clause
如果默认的证书已经够用).
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.aligner.clauses import Tokens, said_of, zh_clauses
from zhen_qa.aligner.lexicon import Lexicon, en_stems, preposition_stems
from zhen_qa.aligner.refine import Groups, PathBead, in_one_group, join_lone

MIN_SAID = 2
"""Stems (or Latin tokens and numbers) of the lone English sentence its part of the Chinese sentence must say."""
SAID_SHARE = 0.5
"""...and the share of the lone sentence's stems they must be at least: the part renders that sentence, not
a word or two of its topic. A preposition of the lone sentence the part does not say is left out of that count
(`lexicon.preposition_stems`: a closed class a Chinese clause often writes with no glossed word, 上述 for "the above
aspects", word order for "amongst"); one it says (其中 "among") counts."""


CUT_RATIO = 2.0
"""Most the near part's share of the Chinese sentence's characters and the lone sentence's share of the two English
sentences' characters may differ by (as a ratio): the cut falls where the English sentences divide the content."""


def _chars(text: str) -> int:
    """Characters of `text` other than spaces."""
    return sum(1 for c in text if not c.isspace())


def in_proportion(near: str, sentence: str, lone: str, paired: str) -> bool:
    """The part `near` of Chinese `sentence` holds about the share of its characters that English `lone` holds of
    `lone` and `paired` together (within CUT_RATIO)."""
    p = _chars(near) / max(_chars(sentence), 1)
    q = _chars(lone) / max(_chars(lone) + _chars(paired), 1)
    return min(p, q) > 0 and max(p, q) / min(p, q) <= CUT_RATIO


def cut_at_clause(sentence: str, lone: str, paired: Sequence[str], lone_first: bool, lexicon: Lexicon,
                  memo: Tokens | None = None) -> bool:
    """English `lone` and `paired` (in this order when `lone_first`, else `paired` first) are Chinese `sentence` cut
    after one of its clauses: the part on the lone sentence's side says MIN_SAID or more and SAID_SHARE or more of it,
    and more of it than the other part does, and more of it than of the paired English (a sentence added after a
    translation that already renders both parts repeats the near part's words: it is not that part's English); and
    the other part says more of the paired English than that part."""
    clauses = zh_clauses(sentence)
    if len(clauses) < 2:
        return False
    stems = set(en_stems(lone))
    other = " ".join(paired)
    for k in range(1, len(clauses)):
        head, tail = "".join(clauses[:k]), "".join(clauses[k:])
        near, far = (head, tail) if lone_first else (tail, head)
        if not in_proportion(near, sentence, lone, other):
            continue
        lone_near = said_of(near, lone, lexicon, memo)
        # a preposition the part does not say is not held against it (上述 writes "above" with no glossed word)
        least = max(MIN_SAID, SAID_SHARE * len(stems - (preposition_stems() - lone_near)))
        other_near, other_far = said_of(near, other, lexicon, memo), said_of(far, other, lexicon, memo)
        # what the paired English says of the near part and not of the far part: words both parts say (an item's
        # name written in both clauses, rocksdb.data_path：… rocksdb 的数据目录) are the sentence's topic
        if len(lone_near) < least or len(lone_near) <= len(said_of(far, lone, lexicon, memo)) \
                or len(lone_near) <= len(other_near - other_far):
            continue  # the near part is not the lone sentence's: the other part, or the paired English, says it too
        if len(other_far) > len(other_near):
            return True
    return False


def rendering(bead: PathBead, en: Sequence[str], after: bool, same_block: bool = True) -> list[str]:
    """The English of `bead`'s Chinese sentence next to a lone English sentence (`after`: the bead is after it): the
    bead's whole English side when its Chinese side is that one sentence and the lone sentence stands in the block
    (paragraph, list item) of the bead's English next to it (`same_block`: a Chinese sentence the English already
    writes as two sentences, the lone one its third: its length is measured against all of them), else the bead's
    English sentence next to the lone one. A lone sentence of another paragraph does not continue that rendering: it
    is the English of a paragraph of its own, whose Chinese may be missing (a deleted paragraph)."""
    if bead[2] - bead[0] == 1 and same_block:
        return list(en[bead[1]:bead[3]])
    return [en[bead[1]] if after else en[bead[3] - 1]]


def join_cut_clauses(path: list[PathBead], zh: Sequence[str], en: Sequence[str], lexicon: Lexicon, max_side: int, *,
                     groups: Groups | None = None, en_blocks: Sequence[int] | None = None) -> list[PathBead]:
    """The path with each English sentence alone (0-1 bead) joined to the bead beside it when with the bead's English
    next to it it reads as the bead's Chinese sentence next to it cut at a clause boundary (`cut_at_clause`); the bead
    after it is tried first (the lone sentence opens the Chinese sentence's English). A bead side keeps at most
    `max_side` sentences, and never crosses `groups`. No length bound: the English of such a sentence is often far
    longer than its Chinese (a documentation page's English spells out what its Chinese leaves implicit), so that
    `en_orphans.split_en_orphans` split it off; the cut at a clause, in proportion (`CUT_RATIO`), is the evidence."""
    memo: Tokens = {}

    def joins(j: int, y: PathBead, after: bool) -> bool:
        edge = y[0] if after else y[2] - 1
        beside = y[1] if after else y[3] - 1
        same = en_blocks is None or en_blocks[j] == en_blocks[beside]
        return cut_at_clause(zh[edge], en[j], rendering(y, en, after, same), after, lexicon, memo)

    return join_lone(path, max_side, joins, after_first=True, fits=lambda b: in_one_group(b, groups))
