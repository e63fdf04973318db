"""Text quoted in a finding's message: shortened with "…" where it is cut, so a reader sees that it goes on."""
from __future__ import annotations

QUOTE_LIMIT = 80
"""Characters of manuscript text a message quotes, the "…" included."""


def clipped(text: str, limit: int = QUOTE_LIMIT) -> str:
    """`text` as a message quotes it: whole when it fits in `limit` characters, else cut to `limit` with "…" last."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
