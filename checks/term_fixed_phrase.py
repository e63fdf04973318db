"""A glossary word inside a fixed English phrase that does not use it as a word of its own: "For instance, …"
(= for example, 例如), "Table of Contents" (= 目录), "run the script to completion" (= until it ends).

A software glossary lists "instance" (实例), "table" (表格), "completion" (补全); the English also says them inside
fixed phrases whose meaning is not the word's: a discourse marker, a book's contents list, "until it finishes". A
translator renders the phrase (例如, 目录, 运行完毕), never the word, so a match there is no use of the term: no
term-missing ("instance" has no 实例), no term-inconsistent ("instance" rendered 例如). Only the phrase's own shape
counts, so the word used as a noun of its own, even right beside the phrase's words, stays a match:
- "for instance" as a discourse marker: followed by punctuation (or the text's end), or opening its sentence and
  followed by a function word or a clause opener ("For instance if …", "For instance the `git` CLI …"); not "for
  instance creation", "for instance-level settings", "memory for instance A";
- "table of contents": the phrase always names a book's contents list;
- "to completion" after a verb of running in its clause (run, execute, …), followed by punctuation, the text's end
  or a function word ("run the `a` command to completion and view its results"); not "switch to completion
  mode" nor "run … to completion scripts".
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from zhen_qa.aligner.lexicon import STOP_EN
from zhen_qa.manuscript.lazy_re import LazyPattern

CLAUSE_OPENERS = frozenset({"if", "when", "suppose", "imagine", "consider", "let", "let's", "say", "assume"})
"""Words that open a clause after a sentence-initial "For instance" without a comma ("For instance if …"); the
function words of `STOP_EN` do too ("For instance your DMG …", "For instance the `git` CLI …")."""

PHRASE_WORDS = ("instance", "table", "completion")
"""The words of the fixed phrases below that a glossary may list."""

_FOR_INSTANCE = LazyPattern(r"(?<![A-Za-z])for\s+(instance)(?![A-Za-z-])", re.IGNORECASE)
_AFTER_PUNCT = LazyPattern(r"\s*(?:[,:;.!?)]|$)")
_NEXT_WORD = LazyPattern(r"\s+([A-Za-z']+)")
_SENTENCE_START = LazyPattern(r"(?:^|[.!?]\s+|\n\s*)(?:[*_>#\-\s]*)$")
_TABLE_OF_CONTENTS = LazyPattern(r"(?<![A-Za-z])(table)s?\s+of\s+contents(?![A-Za-z])", re.IGNORECASE)
_TO_COMPLETION = LazyPattern(r"(?<![A-Za-z])to\s+(completion)(?![A-Za-z-])", re.IGNORECASE)
_RUN_VERB = LazyPattern(r"(?<![A-Za-z])(?:run|runs|ran|running|execute|executes|executed|executing)(?![A-Za-z])"
                        r"[^,;:.!?\n]*$", re.IGNORECASE)


def _ends_or_function_word(text: str, end: int) -> bool:
    """Whether punctuation, the text's end or a function word follows `end`."""
    if _AFTER_PUNCT.match(text, end):
        return True
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1).lower() in STOP_EN


def fixed_phrase_spans(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the glossary-looking words that are parts of fixed phrases in `text`."""
    for m in _FOR_INSTANCE.finditer(text):
        end = m.end()
        if _AFTER_PUNCT.match(text, end):
            yield m.span(1)
            continue
        nxt = _NEXT_WORD.match(text, end)
        if (nxt is not None and _SENTENCE_START.search(text, 0, m.start())
                and (nxt.group(1).lower() in STOP_EN or nxt.group(1).lower() in CLAUSE_OPENERS)):
            yield m.span(1)
    for m in _TABLE_OF_CONTENTS.finditer(text):
        yield m.span(1)
    for m in _TO_COMPLETION.finditer(text):
        if _RUN_VERB.search(text, 0, m.start()) and _ends_or_function_word(text, m.end()):
            yield m.span(1)


def in_fixed_phrase(text: str, start: int, end: int) -> bool:
    """Whether the English match at text[start:end] is the word of a fixed phrase (see the module docstring)."""
    if not any(w in text[start:end].lower() for w in PHRASE_WORDS):
        return False  # most matches: no word a fixed phrase holds
    return any(s <= start and end <= e for s, e in fixed_phrase_spans(text))


def fixed_phrase_words(texts: Iterable[str], forms: Iterable[str]) -> int:
    """How many fixed-phrase words of `texts` are one of the English `forms` (any case): "instance" of "For
    instance," once. A Chinese word glossing the phrase (例如 "for instance") is spent on it and renders no
    "instance" the same English says as a noun (`term_modifier_word.glosses_spent`)."""
    wanted = {f.lower() for f in forms}
    return sum(1 for text in texts for s, e in fixed_phrase_spans(text) if text[s:e].lower() in wanted)
