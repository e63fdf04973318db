"""A short head standing for a term the English of the file writes in full (term-missing, Chinese terms):
系统发生树显示… = "The tree shows …" in a report that says "phylogenetic tree" elsewhere.

`presence.Evidence.has_en_head` takes the head of a term whose modifiers are classifying adjectives for the term
(心肺复苏 as "resuscitation") only from HEAD_WORD_MIN letters: a shorter head (case, data, tree) names too little
by itself. Where the English of the same file writes the term in full, with its classifying adjective, the short
head is that term said again, its adjective left to the context a reader already has ("the tree", "a tree" of a
tutorial on reading phylogenetic trees). The other conditions of `has_en_head` hold as they are: no other classifying
adjective or other modifier before the head ("a genetic tree" is another kind), and the English says the head more
times than the Chinese sentence has it outside the term.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet

from zhen_qa.checks.term_hits import Hit

NAMED_HEAD_MIN = 4
"""Fewest letters of a head taken for a term the file names in full: a three-letter head (arm, age, use) is too
general a word even there."""


def _head(form: str) -> str:
    """The last word of an English form, lower case, a plural -s taken off (trees: tree)."""
    word = form.lower().split()[-1] if form.split() else ""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def written_in_full(forms: Iterable[str], before: AbstractSet[str], ids: AbstractSet[str],
                    hits: Mapping[int, list[Hit]]) -> list[str]:
    """The English forms of two words or more among `forms` (of the concepts `ids`) that the English wrote as such
    before the sentence asked about (`before`: the forms, lower case, of the beads before it,
    `Discourse.en_forms_before`), their head shared with no other concept the file's English names (`hits`: the
    file's matches by sentence).

    Before, not anywhere: the short head restates a term the reader has been given, and "The tree shows …" opening
    a text names no tree yet. No shared head: where the file names a decision tree as well, "the tree" may be either
    (the one named last, most often), so the short head renders neither for certain.
    """
    multi = {f.lower(): f for f in forms if len(f.split()) >= 2}
    full = [f for low, f in multi.items() if low in before]
    if not full:
        return []
    others = {_head(h.match.form) for hs in hits.values() for h in hs if h.lang == "en"
              and not ids & {h.match.concept_id, *h.match.others}}
    return [f for f in full if _head(f) not in others]
