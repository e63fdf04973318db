"""Modifiers and heads of English noun phrases: classifying adjectives (`CLASSIFIER`) and the place of a
modifier before a head (`in_modifier_place`), for `presence.Evidence.has_en_head`."""
from __future__ import annotations

import re

from zhen_qa.aligner.lexicon import PREPOSITIONS, STOP_EN

CLASSIFIER = re.compile(r"(?:ic|ac|al|ar|ary|ory|ive|ous)$")
"""English adjective endings of a classifying modifier (therapeutic, cardiac, cardiopulmonary, ocular, invasive):
the kind of the head noun, which the context may give."""


PART_MIN = 6
"""Fewest letters of a multiword term's first word that stands for the term by itself (radiation, confidence)."""


HEAD_WORD_MIN = 5
"""Fewest letters of the head noun `Evidence.has_en_head` takes alone for a term whose modifiers classify it: a
shorter head names too little (case, data), and one under PART_MIN only as the word itself (asset, assets)."""


_VERB_SLOT = re.compile(r"(?:\b(?:to|will|would|can|could|may|might|must|should|shall)\s+[a-z]+"
                        r"|(?:^|[,;:]|\b(?:and|or))\s*[a-z]+ing)\s+$")
"""A verb right before a word ending the text: after the infinitive's "to" or a modal ("to import "), or an -ing
form opening a clause or a list item ("or inspecting "): the word after is its object, not a modified noun (a
participle after a determiner or preposition, "of cleaning staff", modifies it)."""


def in_modifier_place(text: str, start: int) -> bool:
    """Whether the word before index `start` of lower-case English `text` stands in the place of a modifier of the
    word starting there: a content word (`_content_word`), not hyphenated, nor a verb taking that word as its object
    (`_VERB_SLOT`: "to import assets", "or inspecting asset information")."""
    before = text[:start].split()[-1:]
    return bool(before) and "-" not in before[0] and _content_word(before[0]) and not _VERB_SLOT.search(text[:start])


def _content_word(word: str) -> bool:
    """Whether an English word as written (lower case) is a content word: letters, three or more, not a stop word
    nor a preposition."""
    word = word.strip("\"'()[],.;:*`#")
    return len(word) >= 3 and word.isalpha() and word not in STOP_EN and word not in PREPOSITIONS
