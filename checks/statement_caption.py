"""A statement's syntax written as the caption of the code block that runs it, kept as written on both pages.

A database's user guide introduces each example with the statement's syntax on a line of its own, outside
backticks, then the code block that runs it: `show all ttl` above `IoTDB> SHOW ALL TTL`, `show ttl on pathPattern`
above `IoTDB> SHOW TTL ON root.db.**;`. The Chinese page keeps the line as the English has it: it is the statement
the reader types (its keywords, a placeholder for the value), code the translator must not translate, not English
left untranslated (`untranslated-span`). A line is such a caption when it ends its block, has no sentence
punctuation, and its words are the first words of the code block's first statement (after a console prompt), the
same keywords whatever their case, a placeholder (`pathPattern`, `<path>`, `path_pattern`) allowed where the
statement gives its value, the keywords written in one case (`show`, `SHOW`). An English instruction above the same
block (`Show all TTL settings`, `show the ttl`, `Show all TTL`) says other words or is a sentence and stays
reported.
"""
from __future__ import annotations

from zhen_qa.manuscript.lazy_re import LazyPattern

_WORD_RE = r"[A-Za-z_][\w.*-]*|<[\w .-]+>"
_WORD = LazyPattern(_WORD_RE)
"""A word of a statement's caption: a keyword, an identifier or a `<placeholder>`."""
_CAPTION = LazyPattern(rf"\s*(?:(?:{_WORD_RE})\s+){{1,7}}(?:{_WORD_RE});?\s*")
"""Two to eight words and nothing else: no sentence punctuation, no Han."""
_PROMPT = LazyPattern(r"\s*(?:[A-Za-z][\w-]*(?:\s*\([^()\n]*\))?\s*>|[$>])\s+")
"""A console prompt before the statement (`IoTDB>`, `mysql>`, `IoTDB (root) >`, `$`)."""
_PLACEHOLDER = LazyPattern(r"<[\w .-]+>|[a-z]+(?:[A-Z][a-z0-9]*)+|[a-z]+(?:_[a-z0-9]+)+")
"""A placeholder for a value: `<path>`, camelCase `pathPattern`, snake_case `path_pattern`."""
MIN_KEYWORDS = 2
"""Keywords the caption and the statement share, at least."""


def statement_caption(text: str, code_after: str) -> bool:
    """True when `text`, the last sentence of a block, is the syntax of the statement that the code block after it
    (`code_after`, `Part.code_after`) runs: its words are the statement's first words, keywords equal ignoring case,
    a placeholder where the statement gives a value, and at least `MIN_KEYWORDS` keywords."""
    if not _CAPTION.fullmatch(text):
        return False
    first = next((line for line in code_after.split("\n") if line.strip()), "")
    prompt = _PROMPT.match(first)
    statement = _WORD.findall(first[prompt.end():] if prompt else first)
    words = _WORD.findall(text)
    if len(words) > len(statement):
        return False
    keywords = 0
    for word, said in zip(words, statement):
        if word.lower() == said.lower():
            keywords += 1
        elif not _PLACEHOLDER.fullmatch(word):
            return False
    if not (words[0].islower() or words[0].isupper()):
        return False  # `Show all TTL`: an instruction in sentence case, not the statement's keywords
    return keywords >= MIN_KEYWORDS and words[0].lower() == statement[0].lower()
