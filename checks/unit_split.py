"""A Chinese sentence alone inside a CAT unit that renders part of the English sentence beside it: one English
sentence written as two Chinese ones.

A CAT unit is the translator's segment: its two sides translate each other, and beads never cross it
(`aligner.unit_sentences`). Inside one, a translator often writes one English sentence as two Chinese sentences ("So
why create tests, and why now?" = 为什么需要测试呢？又为什么是现在呢？; "Create it if it doesn't exist yet:" =
如果不存在？创建它：). The aligner pairs the English with one of the two and leaves the other alone, and read alone it
is "no English for". What shows the split is the words: the lone sentence says `clauses.MIN_SAID` or more words of
the English beside it that the Chinese paired with that English does not (`clauses.said_beyond`: its glossed stems,
its Latin names and numbers) — the rest of that English sentence's rendering. A sentence the translator added (from
an older source, or the neighbouring unit's sentence translated twice) says none of them, or one, the topic's.

What still reports it: a name or number the lone sentence writes that the English beside it does not (an added
sentence names its own things: "…没有像在第二部分中那样修改 DIRS 设置…" beside English without DIRS), a lone sentence
repeating a run of its neighbour's words (a fragment written twice, `clause_beside`'s test), and any lone Chinese
outside a CAT unit (documents and journals keep `clause_beside`'s stricter evidence: their pairs are whole pages).
"""
from __future__ import annotations

from zhen_qa.aligner.clauses import MIN_SAID, marks, said_beyond
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.checks.clause_beside import repeats
from zhen_qa.manuscript.document import Pair

__all__ = ["split_in_unit"]


def split_in_unit(pair: Pair, index: int) -> bool:
    """Whether the Chinese-only bead at `index` of a CAT unit renders, with the Chinese of a bead beside it, that
    bead's English (module doc): it says MIN_SAID or more words of that English the bead's own Chinese does not, and
    writes no Latin token or number that English lacks, nor repeats a run of its neighbour's words."""
    bead = pair.beads[index]
    if not bead.zh or bead.en:
        return False
    own = [pair.zh[i] for i in bead.zh]
    lone = " ".join(s.text.text for s in own)
    for k in (index - 1, index + 1):
        if not 0 <= k < len(pair.beads):
            continue
        near = pair.beads[k]
        if not (near.zh and near.en):
            continue
        same = [pair.zh[i] for i in near.zh]
        english = " ".join(pair.en[j].text.text for j in near.en)
        if not marks(lone) <= marks(english) or repeats(own, same):
            continue
        beyond = said_beyond(lone, [" ".join(s.text.text for s in same)], english, "zh", load_lexicon())
        if len(beyond - marks(lone)) >= MIN_SAID:
            return True
    return False
