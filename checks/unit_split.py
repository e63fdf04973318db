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

The words alone are not enough (review70 R6): a stray sentence carried from another segment can share two generic
words with the English ("find", "useful": 本身就可以找到很多很有用的正则表达式案例。 beside "The following list
includes expressions you may find useful when …", whose paired Chinese says the list and the expressions). So the
lone sentence must also be a part of the English sentence, as the aligner's join asks (`merged_sentences.said_part`):
the English divides at a clause boundary (`merged_sentences.en_clauses`) or before a subordinating conjunction (if,
when, because …: one sentence's condition is what a translator writes as a Chinese sentence of its own, 如果不存在？),
into a part of about the lone sentence's share of the unit's Chinese characters (`clause_cuts.in_proportion`) that
the lone sentence says MIN_SAID words of beyond the paired Chinese, more than the paired Chinese says of it (the
stray sentence fails here: the paired Chinese says the list and the expressions of that part). Either part may be
the lone sentence's: a Chinese condition comes first where the English writes it last ("Create it if it doesn't
exist yet:" = 如果不存在？创建它：). Unlike the documents' join, the English need not render the lone sentence
whole (`merged_sentences.rendered_whole`): inside the translator's own segment a clause the English leaves implicit
(因此，…; 当时，…) is a loose rendering, not an English sentence deleted.

What still reports it: a name or number the lone sentence writes that the English beside it does not (an added
sentence names its own things: "…没有像在第二部分中那样修改 DIRS 设置…" beside English without DIRS), a lone sentence
repeating a run of its neighbour's words (a fragment written twice, `clause_beside`'s test), and any lone Chinese
outside a CAT unit (documents and journals keep `clause_beside`'s stricter evidence: their pairs are whole pages).
"""
from __future__ import annotations

from zhen_qa.aligner.clause_cuts import in_proportion
from zhen_qa.aligner.clauses import MIN_SAID, Tokens, marks, said_of
from zhen_qa.aligner.lexicon import Lexicon, load_lexicon
from zhen_qa.aligner.merged_sentences import en_clauses
from zhen_qa.checks.clause_beside import repeats, words_beside
from zhen_qa.manuscript.document import Pair
from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["split_in_unit", "part_of"]

_SUBORDINATE = LazyPattern(r"\s+(?=(?:if|when|whenever|because|unless|although|though|before|after|until|since)\s)")
"""Where an English clause divides before a subordinating conjunction: the condition or time of one sentence, which
a translator often writes as a Chinese sentence of its own (如果不存在？创建它：)."""


def _parts(english: str) -> list[str]:
    """The pieces of English `english` at its clauses (`merged_sentences.en_clauses`) and before a subordinating
    conjunction (`_SUBORDINATE`); joined with spaces they give it back."""
    return [p for c in en_clauses(english) for p in _SUBORDINATE.split(c) if p.strip()]


def part_of(lone: str, paired: str, english: str, lexicon: Lexicon, memo: Tokens | None = None) -> bool:
    """Whether Chinese `lone` renders a part of English `english` whose other part the `paired` Chinese renders
    (module doc): a cut of `english` (`_parts`) leaves a part of about `lone`'s share of the Chinese characters
    (`in_proportion`) that `lone` says MIN_SAID words of beyond `paired`, more than `paired` says of it. The aligner
    already paired `paired` with `english` inside the unit, so unlike `merged_sentences.said_part` nothing is asked
    of the other part (就创建它： glosses no word of "Create the folder"), nor that the English renders `lone` whole
    (module doc)."""
    pieces = _parts(english)
    for k in range(1, len(pieces)):
        head, tail = " ".join(pieces[:k]), " ".join(pieces[k:])
        for near in (head, tail):
            if not in_proportion(near, english, lone, paired):
                continue
            said_near, lone_near = said_of(paired, near, lexicon, memo), said_of(lone, near, lexicon, memo)
            beyond = lone_near - said_near
            if len(beyond) >= MIN_SAID and len(beyond) > len(said_near - lone_near):
                return True
    return False


def split_in_unit(pair: Pair, index: int) -> bool:
    """Whether the Chinese-only bead at `index` of a CAT unit renders, with the Chinese of a bead beside it, that
    bead's English (module doc): it says MIN_SAID or more words of that English the bead's own Chinese does not
    (`clause_beside.words_beside`, the test a lone sentence outside a unit passes too), and writes no Latin token or
    number that English lacks, nor repeats a run of its neighbour's words; and it is a part of that English
    (`part_of`)."""
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
        other = [pair.en[j] for j in near.en]
        english = " ".join(s.text.text for s in other)
        if not marks(lone) <= marks(english) or repeats(own, same):
            continue
        paired = " ".join(s.text.text for s in same)
        if words_beside(own, same, other, "zh") and part_of(lone, paired, english, load_lexicon()):
            return True
    return False
