"""An English term that says what the noun before it is for ("two Facebook groups for peer support"): a qualifier
of that noun, which the file's subject does not supply (`Discourse.topic` leaves the subject to the context).

`term_implied.Discourse.topic` lets either side leave out the file's subject where the other names it: both readers
know it. That holds for the subject as a participant of the sentence (the disease of "survival in stage II
patients", the influenza of "receive their vaccination"). A noun followed by "for" and the term is another thing:
"groups for peer support" says which groups (those whose purpose is the topic), and the Chinese says that with the
term (同侪支持小组); a Chinese that keeps the noun (两个封闭的脸书小组) and drops the term drops what the noun is for.
A disease is excepted: what a treatment, a test or a vaccine is "for" in a file about one disease is that disease
("treatment for colon cancer" = 治疗 in a colon cancer summary), so the subject does supply it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_rendered import is_disease
from zhen_qa.glossary.model import Concept
from zhen_qa.manuscript.lazy_re import LazyPattern

_NOUN_FOR = LazyPattern(r"(?<![A-Za-z])[A-Za-z]{3,}\s+for\s+(?:the\s+)?$", re.I)
"""What comes right before an English term that is the purpose of the noun before it: a word, "for", perhaps the
article ("groups for peer support")."""


def purpose_of_noun(h: Hit, concepts: Sequence[Concept]) -> bool:
    """Whether the English term `h` (of `concepts`) follows a word and "for" and names no disease: what that noun
    is for, which the file's subject does not supply (see the module docstring)."""
    if h.lang != "en" or any(is_disease(c) for c in concepts):
        return False
    return _NOUN_FOR.search(h.sentence.text.text, 0, h.match.start) is not None
