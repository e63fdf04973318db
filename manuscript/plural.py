"""Counted nouns in messages: '1 sentence', '2 sentences' (never '1 sentences')."""
from __future__ import annotations


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 error', '2 errors'; `many` for a plural that is not `word` + s ('1 entry', '3 entries')."""
    return f"{n} {word}" if n == 1 else f"{n} {many or word + 's'}"

