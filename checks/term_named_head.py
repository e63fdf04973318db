"""A short head standing for a term the English of the file writes in full (term-missing, Chinese terms):
系统发生树显示… = "The tree shows …" in a report whose English said "phylogenetic tree" before.

`presence.Evidence.has_en_head` takes the head of a term whose modifiers are classifying adjectives for the term
(心肺复苏 as "resuscitation") only from HEAD_WORD_MIN letters: a shorter head (case, data, tree) names too little
by itself. Where the English of the same file has written the term in full, with its classifying adjective, in a
bead before, and names no other concept with the same head (decision tree), the short head is that term said again,
its adjective left to the context a reader already has ("the tree", "a tree" of a tutorial on reading phylogenetic
trees). The other conditions of `has_en_head` hold as they are: no other classifying
adjective or other modifier before the head ("a genetic tree" is another kind), and the English says the head more
times than the Chinese sentence has it outside the term.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

from zhen_qa.checks.term_hits import Hit

NAMED_HEAD_MIN = 4
"""Fewest letters of a head taken for a term the file names in full: a three-letter head (arm, age, use) is too
general a word even there."""


def _head(form: str) -> str:
    """The last word of an English form, lower case, a plural -s taken off (trees: tree)."""
    word = form.lower().split()[-1] if form.split() else ""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def written_in_full(forms: Iterable[str], ids: AbstractSet[str], before: Sequence[Hit]) -> list[str]:
    """The English forms of two words or more among `forms` (of the concepts `ids`) that the English wrote as such
    before the sentence asked about, no other concept's form with the same head written after it (`before`: the
    English matches of the beads before, in text order, `Discourse.en_hits_before`).

    Before, not anywhere: the short head restates a term the reader has been given, and "The tree shows …" opening
    a text names no tree yet. The last of the same head: after "a decision tree", "the tree" reads as the decision
    tree, whatever tree the text named earlier; after "Transmission trees vs phylogenetic trees … a phylogenetic
    tree", as the phylogenetic tree.
    """
    multi = [f for f in forms if len(f.split()) >= 2]
    heads = {_head(f) for f in multi}
    last: dict[str, Hit] = {_head(h.match.form): h for h in before if _head(h.match.form) in heads}
    return [f for f in multi if (h := last.get(_head(f))) is not None and h.match.form.lower() == f.lower()
            and bool(ids & {h.match.concept_id, *h.match.others})]
