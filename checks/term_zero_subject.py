"""An English term in the subject the English restates where the Chinese sentence leaves its subject out (term-missing).

Chinese drops a subject the text before has established (zero anaphora) or refers to it by a bare demonstrative
pronoun: 这将有利于理解人类动作的产生 ("this will help understand ..."), 对推进饮食行为研究的理论发展，也为……提供
重要支持 ("[it] promotes ... and also supports ..."). An English translation must name a subject and often restates
it in full: "The elucidation of this cognitive neural mechanism of SoA will contribute to ...", "Exploring the
neuro-cognitive mechanisms of restrained eating and food craving can not only promote ...". The terms of that
restated subject have no Chinese in the bead, and none is missing: the Chinese sentence has no subject to hold them.

`restated_subject` holds when all of these do:

- the Chinese of the bead opens without a subject (`subjectless`): a bare demonstrative followed by a verb or an
  adverb (这将, 此也), or a prepositional phrase whose clause goes on without one (对……，也为……);
- the English term stands in the English sentence's subject: before its first finite verb (a modal or a form of
  be/have), with no other clause boundary before it;
- the English names the concept in an earlier sentence of the file (`Discourse.named_before`): the subject restates
  what the text has given, it introduces nothing new.

A Chinese sentence with a subject of its own (本研究……, 这一机制……: 这 followed by a noun) keeps the finding, and so
does a term the English brings in for the first time.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_implied import Discourse
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

_ADVERB_OR_VERB = (r"(?:将|是|也|就|可|能|会|使|既|都|又|还|正|便|则|亦|不仅|不但|说明|表明|提示|意味|有利|有助|"
                   r"为[^，,；;。]{0,30}提供)")
"""What follows a bare demonstrative subject (这将, 此也, 这说明) or opens a clause with no subject (也为……提供)."""
_BARE_DEMONSTRATIVE = LazyPattern(r"\s*(?:这|此)" + _ADVERB_OR_VERB)
"""A Chinese sentence whose subject is a bare demonstrative pronoun: 这将有利于…… (not 这一机制, 这些研究)."""
_PREPOSITIONAL_THEN_PREDICATE = LazyPattern(r"\s*(?:对于?|为了?)[^，,；;。]{2,40}[，,]\s*(?:也|还|并|更|亦|又)")
"""A Chinese sentence opening with a prepositional phrase whose clause goes on with an adverb, no subject between:
对推进饮食行为研究的理论发展，也为……提供重要支持."""
_FINITE = LazyPattern(r"(?<![A-Za-z])(?:can|could|will|would|may|might|shall|should|must|is|are|was|were|has|have"
                      r"|had|does|do|did)(?![A-Za-z])", re.I)
"""The first finite verb of an English sentence: what comes before it (and after any clause boundary) is its
subject."""
_BOUNDARY = LazyPattern(r"[,;:()]|(?<![A-Za-z])(?:that|which|who|when|where|if|because|while|although)(?![A-Za-z])",
                        re.I)
"""A clause boundary: a term after one is in an opening clause or phrase, not in the subject."""


def subjectless(zh_text: str) -> bool:
    """Whether a Chinese sentence opens without a subject: a bare demonstrative before a verb or an adverb, or a
    prepositional phrase whose clause goes on with an adverb (see the module docstring)."""
    return bool(_BARE_DEMONSTRATIVE.match(zh_text) or _PREPOSITIONAL_THEN_PREDICATE.match(zh_text))


def in_subject(h: Hit) -> bool:
    """Whether English hit `h` stands in its sentence's subject: before the first finite verb, with no clause
    boundary before it."""
    text = h.sentence.text.text
    verb = _FINITE.search(text)
    if verb is None or verb.start() < h.match.end:
        return False
    return _BOUNDARY.search(text, 0, h.match.start) is None


def restated_subject(h: Hit, zh_sentences: Sequence[Sentence], discourse: Discourse) -> bool:
    """Whether English term `h` is in a subject the English restates where the Chinese of its bead (`zh_sentences`,
    each subjectless) leaves the subject out, the concept named in the English before."""
    if h.lang != "en" or not zh_sentences or not in_subject(h):
        return False
    if not all(subjectless(s.text.text) for s in zh_sentences):
        return False
    return discourse.named_before(set(h.match.concepts), h.sentence, "en")
