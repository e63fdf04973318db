"""A short English sentence that only names what the neighbouring Chinese sentence names and its English leaves out.

A documentation translator often writes the tail of a Chinese sentence, a list of values or an example, as a short
English sentence of its own: 可以是 `TTHeader`、`Framed` 或 `TTHeaderFramed`，如不指定则为默认的 `Buffered`。 =
"It can be TTHeader, Framed, or TTHeaderFramed. If not specified, the default is Buffered."; …，如：go_package =
“pbdemo”。 = "… For example: `go_package = "pbdemo"`."; 如果是 Thrift 配置方式见 [这里](…)。 = "… Please refer to
[here](…).". The aligner pairs the Chinese sentence with the English sentence that says its words and leaves the
short one alone, reported as extra-target: the lexicon has nothing of it to pair (its content is the names).

The evidence is the names: the code spans, link targets and Latin words (names, identifiers, values) of the lone
sentence stand in the Chinese of a bead beside it, in the same paragraph, and in none of that bead's English
sentences: the bead's English leaves them out, and the lone sentence is where the English says them. The lone
sentence must say nothing else: every code span and link of it is such a name, it holds no warning, condition,
negation or modal (`lead_in_again.asks_more`: "Never use TTHeader.", "Do not set …", "It must be …" contradict or
add to the Chinese), and every other word of it is said by the Chinese beside it: a neutral word (`_NEUTRAL`: an
article, a copula, "or"), a content stem the Chinese glosses into (`clauses.said_of`), or the word of a pointer the
Chinese writes (`_POINTERS`, which the lexicon lacks: 可以是 = "It can be", 如：/例如 = "For example", 见/参考 =
"Please refer to", 这里 = "here"); a glossed stem or a number the bead's English says already is that English's, not
the lone sentence's ("The default is TTHeader." beside "If not specified, the default is Buffered.").
"TTHeaderFramed is deprecated." or "Framed is faster than TTHeader." beside
可以是 `TTHeader`、`Framed` 或 `TTHeaderFramed` … says what the Chinese does not ("deprecated", "faster"): reported.
Length is no part of the evidence.

What stays reported: an English sentence whose names the bead's English already gives (a name said twice, the added
sentence is the English's own: "It can be TTHeader or Framed." after "The protocol, TTHeader or Framed, …"); one with
a code span or link the neighbouring Chinese lacks (an added example, a link to another page); one that says more
than the names ("It can be TTHeader or Framed, and the server must use the same one." says a requirement the Chinese
may not make; "Thrift is deprecated." beside a bead whose English leaves Thrift out: the Chinese says no 弃用); one
with no name the Chinese beside it writes (an added sentence of words); a lone sentence of another paragraph (an
English paragraph whose Chinese was deleted), or one of a run of lone sentences.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.aligner.clauses import said_of
from zhen_qa.aligner.lexicon import en_stems, load_lexicon
from zhen_qa.aligner.link_targets import LINK_DESTINATION
from zhen_qa.aligner.scorers.anchors import latin_tokens, number_values
from zhen_qa.checks.clause_beside import same_paragraph
from zhen_qa.checks.lead_in_again import asks_more
from zhen_qa.checks.link_given_bare import page_key
from zhen_qa.manuscript.document import Pair, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, inline_code

__all__ = ["names_beside"]

_NEUTRAL = frozenset({"a", "an", "the", "it", "its", "this", "that", "these", "those", "is", "are", "be", "or", "and",
                      "of", "to", "in", "on", "at", "as", "with", "by"})
"""Words that say no claim between names: articles, pronouns, copulas, "or", prepositions (no negation, no modal)."""
_POINTERS: tuple[tuple[LazyPattern, frozenset[str]], ...] = (
    (LazyPattern(r"可(?:以|为|选|取)"), frozenset({"can", "may", "either", "one"})),
    (LazyPattern(r"例如|比如|譬如|举例|示例|如[：:]|例[：:]"),
     frozenset({"for", "example", "examples", "e", "g", "eg", "instance", "such", "like"})),
    (LazyPattern(r"见|参考|参阅|查看"),
     frozenset({"please", "refer", "see", "here", "for", "details", "more", "information"})),
    (LazyPattern(r"这里|此处"), frozenset({"here"})),
)
"""A pointer the Chinese sentence writes, with the English words that render it, which the lexicon does not gloss
(可以 → "can" is a stop word to it, 见 has no "refer"): a closed class of list, example and reference pointers."""

_LINK = LazyPattern(LINK_DESTINATION)
"""The destination of a Markdown inline link (after its text's closing bracket)."""
_LOCALE_DIR = LazyPattern(r"(?:zh|cn|en|zh-cn|zh-hans|en-us)(?:/|$)", re.I)
"""A locale folder a site's path opens with (/zh/docs/… beside /docs/…): one page in two languages."""
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _page(address: str) -> tuple[str, str]:
    """`link_given_bare.page_key` of a link's destination with a leading locale folder left out."""
    path, anchor = page_key(address)
    return _LOCALE_DIR.sub("", path, count=1) if _LOCALE_DIR.match(path) else path, anchor


def _plain(text: str) -> str:
    """`text` with curly quotes straight and runs of spaces one space: a value as either page writes it."""
    return " ".join(text.translate(_QUOTES).split())


def _spans(sentence: Sentence) -> list[str]:
    """The sentence's inline code spans, `_plain`."""
    mt = sentence.text
    return [s for s in (_plain(inline_code(mt, i)) for i, ch in enumerate(mt.text) if ch == CODE_PLACEHOLDER) if s]


def _written(sentence: Sentence) -> str:
    """The sentence's text with each code placeholder replaced by its span, `_plain`."""
    mt = sentence.text
    return _plain("".join(inline_code(mt, i) if ch == CODE_PLACEHOLDER else ch for i, ch in enumerate(mt.text)))


def _links(sentence: Sentence) -> set[tuple[str, str]]:
    """The pages (`_page`) of the inline links the sentence's source holds."""
    mt = sentence.text
    start, end = mt.start_offset(), mt.end_offset()
    if start is None or end is None:
        return set()
    return {_page(m.group(1)) for m in _LINK.finditer(mt.source.text, start, end)}


class _Side:
    """What the sentences of one bead side name: their text with code written out, links and Latin words."""

    def __init__(self, sentences: Iterable[Sentence]) -> None:
        sentences = list(sentences)
        self.text = " ".join(_written(s) for s in sentences)
        self.links = {k for s in sentences for k in _links(s)}
        self.words = set(latin_tokens(self.text))

    def names(self, span: str) -> bool:
        """Whether the side writes code `span` (in a code span or bare)."""
        return span in self.text


def _told(lone: Sentence, zh: _Side, en: _Side) -> bool:
    """Whether `lone` names only what `zh` names and `en` leaves out, and says little else (module doc)."""
    spans, links = _spans(lone), _links(lone)
    if any(not zh.names(s) or en.names(s) for s in spans) or any(k not in zh.links or k in en.links for k in links):
        return False
    bare = "".join(" " if ch == CODE_PLACEHOLDER else ch for ch in lone.text.text)
    words = {w for w in latin_tokens(bare) if len(w) > 1 and w in zh.words}
    if words & en.words:
        return False  # a name the bead's English gives already: the lone sentence says it again
    if not (spans or links or words) or asks_more(bare):
        return False  # no name of the Chinese; or a warning, condition, negation or modal: a claim, not a rendering
    numbers = number_values(bare, "en")
    if numbers and (not numbers <= number_values(zh.text, "zh") or numbers & number_values(en.text, "en")):
        return False  # a value the Chinese beside does not write, or one the bead's English gives already
    pointed = {w for pattern, glosses in _POINTERS if pattern.search(zh.text) for w in glosses}
    said: set[str] | None = None
    for word in latin_tokens(bare):
        if word in words or word in _NEUTRAL or word in pointed:
            continue
        if said is None:  # what the Chinese beside says that the bead's English does not say already
            said = said_of(zh.text, bare, load_lexicon()) - set(en_stems(en.text))
        stems = en_stems(word)
        if not stems or any(s not in said for s in stems):
            return False  # a word the Chinese beside does not say ("deprecated", "faster", "never"), or one the bead's
            # English says already ("The default is TTHeader." beside "…, the default is Buffered."): the English's own
    return True


def names_beside(pair: Pair, index: int) -> bool:
    """Whether the English-only bead at `index`, one sentence between beads that are not English-only, names only what
    the Chinese of a bead beside it (in the same paragraph) names and that bead's English leaves out (module doc)."""
    bead, beads = pair.beads[index], pair.beads
    if bead.zh or len(bead.en) != 1:
        return False
    if any(0 <= k < len(beads) and beads[k].en and not beads[k].zh for k in (index - 1, index + 1)):
        return False  # one of a run of English sentences alone: a passage, not a clause
    lone = pair.en[bead.en[0]]
    for k in (index - 1, index + 1):
        if not 0 <= k < len(beads) or not (beads[k].zh and beads[k].en):
            continue
        english = [pair.en[j] for j in beads[k].en]
        if not same_paragraph(lone, english[-1] if k < index else english[0]):
            continue
        if _told(lone, _Side(pair.zh[i] for i in beads[k].zh), _Side(english)):
            return True
    return False
