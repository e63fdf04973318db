"""A clause's English taken by the sentence beside it: a 1-1 bead whose English renders a clause of the neighbouring
Chinese sentence, and nothing of its own Chinese.

With a translation deleted beside a Chinese sentence the English writes as two sentences (a 1-2 bead), the search
pairs the orphan with the nearer half (钽棒的应用为股骨头提供了力学支撑…, its English gone, with "Hip joint preserving
surgery, in recent years, has been performed increasingly …", the first half of 近十年来，保留髋关节手术开展越来越多，
临床疗效也不断得到改善，多种术式相互结合…): a pair the similarity scores as middling, the orphan's words and the half's
being the abstract's. The clause structure tells them apart (`clauses.renders_clause`): the English sentence e of a
1-1 bead X-e goes to the neighbouring bead Y and X is left alone when

- e renders a run of clauses of Y's Chinese sentence beside it that Y's English leaves unsaid (`renders_clause`);
- X says nothing of e that Y's sentence does not: every stem, Latin token and number of e that X glosses into or
  writes, Y's sentence glosses into or writes too (`clauses.said_of`), and they are at most OWN_SHARE of Y's;
- Y's bead with e joined has English no longer than its Chinese allows (`too_long`) and at most `max_side`
  sentences a side.

A real pair shares words with its Chinese that the neighbour lacks (its names, its numbers, its own content), so a
sentence translated 1-1 keeps its English.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from zhen_qa.aligner.clauses import Tokens, renders_clause, said_of
from zhen_qa.aligner.lexicon import Lexicon
from zhen_qa.aligner.refine import PathBead, merge_rate
from zhen_qa.aligner.strays import given_to, open_neighbours

OWN_SHARE = 0.5
"""X may say at most this share of what Y's sentence says of e: the English goes to the sentence that says clearly
more of it. Of the English sentences that render a neighbour's clause, those of a deleted translation's orphan are
said 0-0.5 as much by the orphan as by the neighbour (wmtbio-para: 钽棒的应用… 1 of 7 stems); loosely translated
pairs of the chinaxiv sets whose neighbour shares the topic's words, 0.6-1 (序列学习；内隐学习；眼动, a keyword line,
4 of 4)."""
MAX_RATE = 0.2
"""Only in documents whose merges (of either side, `refine.merge_rate`) are at most this share of the beads: a
translation made sentence by sentence, where the English writing some long Chinese sentences as two makes the merges
(wmtbio-para abstracts: 0.06-0.15). A free translation regroups its sentences (mac-dev's literary chapters: 0.41-0.46)
and pairs a line of dialogue loosely with English whose words its neighbour shares (mac-dev strict F1 0.8652 ->
0.8593 without the condition)."""


def return_clauses(path: list[PathBead], zh: Sequence[str], en: Sequence[str], lexicon: Lexicon, max_side: int, *,
                   too_long: Callable[[PathBead], bool] | None = None,
                   holds: Callable[[PathBead, PathBead], bool] | None = None) -> list[PathBead]:
    """The path with the English of each 1-1 bead that renders a clause of a neighbouring bead's Chinese sentence,
    and nothing of its own Chinese, joined to that bead (see the module docstring); the bead before is tried first.
    `holds(x, y)`: the neighbour y's English already holds bead x's translation (`rendered_by.holds_rendering`), so x's
    English is not given to it.
    A bead changed once is not looked at again; nothing changes in a document of many merges (MAX_RATE)."""
    out = list(path)
    if merge_rate(path, 0) > MAX_RATE:
        return out
    changed: set[int] = set()
    memo: Tokens = {}  # each Chinese sentence and clause cut once
    for k, x in enumerate(path):
        if k in changed or x[2] - x[0] != 1 or x[3] - x[1] != 1:
            continue
        e = en[x[1]]
        for n in open_neighbours(path, k, changed, max_side):
            y = path[n]
            edge = y[2] - 1 if n < k else y[0]
            grown, alone = given_to(x, y, n < k)
            if too_long is not None and too_long(grown) or holds is not None and holds(x, y):
                continue
            mine, theirs = said_of(zh[x[0]], e, lexicon, memo), said_of(zh[edge], e, lexicon, memo)
            if not mine <= theirs or len(mine) > OWN_SHARE * len(theirs):
                continue
            if renders_clause(zh[edge], e, [en[j] for j in range(y[1], y[3])], lexicon, memo):
                out[n], out[k] = grown, alone
                changed.update((k, n))
                break
    return out
