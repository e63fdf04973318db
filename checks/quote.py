"""Text quoted in a finding's message: shortened with "…" where it is cut, so a reader sees that it goes on."""
from __future__ import annotations

QUOTE_LIMIT = 80
"""Characters of manuscript text a message quotes, the "…" included."""


def clipped(text: str, limit: int = QUOTE_LIMIT) -> str:
    """`text` as a message quotes it: whole when it fits in `limit` characters, else cut to `limit` with "…" last."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


LANGUAGE_NAMES = {"zh": "Chinese", "en": "English"}


def differences(missing: list[str], extra: list[str], source_lang: str, target_lang: str) -> list[str]:
    """The clauses saying which shown items (placeholders, inline tags) of the source the target lacks and which of
    the target the source lacks: "%s of the Chinese is missing from the English", "{0}, {1} in the English are not in
    the Chinese" (none for an empty list)."""
    src, tgt = LANGUAGE_NAMES[source_lang], LANGUAGE_NAMES[target_lang]
    parts = []
    if missing:
        parts.append(f"{', '.join(missing)} of the {src} {'is' if len(missing) == 1 else 'are'} missing from the {tgt}")
    if extra:
        parts.append(f"{', '.join(extra)} in the {tgt} {'is' if len(extra) == 1 else 'are'} not in the {src}")
    return parts
