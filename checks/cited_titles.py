"""Reading-list entries: the title of a cited work followed by its source and date, kept in the work's language.

A page's "Further Reading" lists works by title, source and publication date ("New virus surging in Asia rattles
scientists Nature news 2020-01-20"). A translation links the same English article and keeps its title as the work
is called: the same line on both sides is a citation, not English left untranslated (`untranslated-span`). A
documentation page's reference list does the same with numbered entries (`[1] Chen R, Hu X, Huang X, et al. …[J].
Proceedings of the VLDB Endowment, 2025`): `numbered_reference` wants their shape (people as authors, a title or a
source), so a numbered list of names that cites nothing stays reported.
"""
from __future__ import annotations

import re

from zhen_qa.manuscript.lazy_re import LazyPattern

_DATED_END = re.compile(r"(?<![\d-])(?:1[89]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\s*$")
"""An ISO date (2020-01-22) ending the line: a listed work's publication date."""
_TITLE_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_SENTENCE_END = re.compile(r"[.!?]\s+\S")
"""A sentence that ends inside the line: prose with a date at its end, not a title."""


_REFERENCE_NUMBER = LazyPattern(r"^\s*\[\d{1,3}\]\s")
"""A reference-list entry's number opening the line (`[1] …`)."""
_PERSON = r"(?:[A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]+ [A-Z]{1,2})"
"""A personal name as reference lists write it: given and family name (`Yong Liu`) or family name and initials
(`Chen R`, `Hu XY`)."""
_AUTHORS = LazyPattern(rf"(?<=[\],.;]\s){_PERSON}(?:, {_PERSON}){{2,}}(?:,? et al\.)?"
                       rf"|(?<=[\],.;]\s){_PERSON}(?:, {_PERSON})*,? et al\.")
"""An author list: three or more names, or names then `et al.`, beginning after the entry's number or a stop or
comma (not inside a title's run of capitalised words: `Large Time Series Models, Yong Liu` begins at Yong)."""
_NAME = LazyPattern(_PERSON)
_SOURCE = LazyPattern(r"(?<!\d)(?<!\d\.)(?:1[89]|20)\d\d(?!\d|\.\d)|\[[JCMDNRSZ]\]|\b(?:Proceedings|Proc\.|Journal|"
                      r"Conference|Transactions|arXiv|In:|vol\.|pp\.)")
"""Where a cited work appeared: a year (`2025`; not a version's `2021.1`), a GB/T 7714 type mark (`[J]`, `[C]`) or a
venue word (`Proceedings of …`, `arXiv`, `pp.`)."""
_WORDS = LazyPattern(r"[A-Za-z][A-Za-z'’-]*")
_TITLE_END = LazyPattern(r"[,.]\s*$")
MIN_TITLE_WORDS = 4
"""A title before the authors has this many words or more (`Sparse Mixtures Are Efficient Sequence Models`)."""


def numbered_reference(text: str) -> bool:
    """True when `text` is a numbered reference-list entry: `[n]` opening the line, an author list of people and
    the shape of a citation around it — where the work appeared (a year, `[J]`, `Proceedings`…) or its title before
    the authors, closed by a comma or stop (`[1] Timer: …, Yong Liu, Haoran Zhang, Chenyu Li.`; `[1] Chen R, Hu X,
    Huang X, et al. …[J]. …, 2025`). A numbered list of names that is no citation (`[1] Apache Kafka, Apache
    Pulsar, Apache Flink`: one brand's products, no title, no source) or a sentence whose subject is a list of
    names (`[3] Wei Zhang, Lina Chen, Tao Wang joined in 2021.`) is not one: an author list ends at a stop or
    comma."""
    number = _REFERENCE_NUMBER.match(text)
    authors = _AUTHORS.search(text) if number is not None else None
    if number is None or authors is None:
        return False
    rest = text[authors.end():].lstrip()
    if not authors.group().endswith(".") and rest and rest[0] not in ".,;:":
        return False  # `[3] Wei Zhang, Lina Chen, Tao Wang joined in 2021`: the names are a sentence's subject
    names = _NAME.findall(authors.group())
    words = [name.split() for name in names]
    if len(words) > 1 and len({w[0] for w in words}) == 1 and not any(w[1].isupper() for w in words):
        return False  # `Apache Kafka, Apache Pulsar, Apache Flink`: one maker's products (`Wang S, Wang L`: people)
    head = text[number.end():authors.start()]
    titled = len(_WORDS.findall(head)) >= MIN_TITLE_WORDS and _TITLE_END.search(head) is not None
    return titled or _SOURCE.search(text) is not None


def dated_citation(text: str) -> bool:
    """True when `text` is a reading-list entry: words of a title, then a date ending the line, and no sentence
    ending before it."""
    m = _DATED_END.search(text)
    if m is None:
        return False
    head = text[:m.start()]
    return len(_TITLE_WORDS.findall(head)) >= 2 and _SENTENCE_END.search(head) is None
