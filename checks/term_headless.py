"""An English noun phrase with its head gone: an article followed directly by a word no noun phrase goes on with
(a preposition that takes its own object, a verb of being or a modal) or by the sentence's punctuation or end: "If
the of time series is not compatible", "join the cluster to the .", "create the using the configuration", "run the
in a container", "When to use a". The article announces a noun that is not there; English leaves no subject to the
context that way (a subject left to the page is written around: "Some may be shared", "Explore more"), so the hole
marks a dropped noun."""
from __future__ import annotations

from zhen_qa.manuscript.lazy_re import LazyPattern

_DETERMINER = r"(?:the|a|an|this|that|these|those|its|our|their|your|each|every|all|any|some)"
_HOLE = LazyPattern(
    r"(?<![A-Za-z0-9_'’-])(?:"
    r"(?i:the|an)\s*(?:[.,;:!?)\]]|\Z|"
    r"(?:of|to|into|onto|by|at|via|through|during|within|than|is|are|was|were|will|can|may|must|should|would|could"
    r"|has|have|does|using)(?![A-Za-z0-9_'’-])|"
    r"(?:in|on|for|with|from|as|about|like)\s+" + _DETERMINER + r"(?![A-Za-z0-9_'’-]))"
    r"|(?<=[A-Za-z]\s)(?i:a)\s*(?:[.,;:!?)\]]|\Z))")
"""An article followed by punctuation, the end, a word that cannot follow it in a noun phrase, or a preposition
that opens a phrase of its own ("the in a container"; alone, "the in operator", "the for loop", "the from clause" are
code's words and stay). The article in any case, the words after it in lower case ("the May release" names a
month); hyphenated words ("the to-do list", "the by-product") are not matched. "a" only after a word and before
punctuation or the end: it is also a variable's name in code documentation ("if a is None", "a in b") and a list's
letter ("a. Install", "(a)")."""


def headless_article(text: str) -> bool:
    """Whether the English `text` has an article with no noun after it (`_HOLE`)."""
    return _HOLE.search(text) is not None
