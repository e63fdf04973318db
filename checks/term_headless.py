"""An English noun phrase with its head gone: "the" or "an" followed directly by a word no noun phrase goes on with
(a preposition that takes its own object, a verb of being or a modal) or by the sentence's punctuation or end: "If
the of time series is not compatible", "join the cluster to the .", "create the using the configuration". The
article announces a noun that is not there; English leaves no subject to the context that way (a subject left to
the page is rewritten away: "Some may be shared", "Explore more"), so the hole marks a dropped noun. "a" is not
asked: it is also a variable's name in code documentation ("if a is None")."""
from __future__ import annotations

from zhen_qa.manuscript.lazy_re import LazyPattern

_HOLE = LazyPattern(r"(?<![A-Za-z0-9_'’-])(?i:the|an)\s*(?:[.,;:!?)\]]|\Z|"
                    r"(?:of|to|into|onto|by|at|via|through|during|within|than|is|are|was|were|will|can|may|must|"
                    r"should|would|could|has|have|does|using)(?![A-Za-z0-9_'’-]))")
"""An article followed by punctuation, the end, or a word that cannot follow it in a noun phrase (whole words; the
article in any case, the word after it in lower case: "the May release" names a month; "the to-do list" and "the
by-product" are hyphenated words, not matched)."""


def headless_article(text: str) -> bool:
    """Whether the English `text` has an article with no noun after it (`_HOLE`)."""
    return _HOLE.search(text) is not None
