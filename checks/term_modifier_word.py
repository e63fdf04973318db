"""The word before an English head, in the term's modifier's place: is it a word displaced there from another part
of the sentence? (`term_excuses`'s `en-head` and `head-said` take such a word as another modifier, not the term's
own left to the context.)"""

from __future__ import annotations

import re
from collections.abc import Callable

from zhen_qa.checks.presence import in_modifier_place

MARKS = "\"'()[],.;:*`#"
"""Quotes, brackets, punctuation and Markdown marks around an English word, taken off before it is looked up."""

_DETERMINERS = r"the|a|an|this|that|these|those|its|their|our|his|her|such"
"""Words that open a noun phrase: "the" in "for the purpose of"."""

_OF_FOR = r"of|for"
"""The prepositions after a noun heading its own phrase: "of" in "for the purpose of"."""


def said_as_noun(word: str, text: str) -> bool:
    """Whether lower-case English `text` says `word` as the head of a phrase of its own, a determiner before it and
    "of"/"for" after it ("for the purpose of"). The word in the modifier's place stands before the head, never
    before "of"/"for", so it is not counted; a word said again rendering the same Chinese word ("every bystander
    should", "the extent of debulking is") is no noun phrase of its own in this sense."""
    low = word.strip(MARKS)
    if not low:
        return False
    return re.search(rf"(?<![a-z-])(?:{_DETERMINERS})\s+{re.escape(low)}\s+(?:{_OF_FOR})(?![a-z-])", text) is not None


def displaced(text: str, start: int, word: str, rendered: Callable[[int], bool]) -> bool:
    """Whether `word`, the word before the English head at index `start` of lower-case `text`, is a content word in
    the modifier's place (`presence.in_modifier_place`) rendering no word of the Chinese sentence (`rendered`) that
    the English uses as a noun of its own (`said_as_noun`): "current purpose disease surveillance … for the purpose
    of" for 现行传染病监测…以期. A modifier the lexicon misses is said once ("primary debulking surgery"), again as
    a modifier ("new cases … new deaths") or again as itself ("every bystander should"): those stay the term's own."""
    return in_modifier_place(text, start) and not rendered(start) and said_as_noun(word, text)
