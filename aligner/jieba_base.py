"""One jieba dictionary per process: loading it costs about half a second, so every user shares it."""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def base_tokenizer() -> Any:
    """jieba's default dictionary, loaded once (never the global tokenizer). Treat it as read-only."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


def private_tokenizer() -> Any:
    """A tokenizer of its own (for user-dictionary words) that copies the shared dictionary instead of reloading it."""
    import jieba

    base = base_tokenizer()
    tok = jieba.Tokenizer()
    tok.FREQ = dict(base.FREQ)
    tok.total = base.total
    tok.initialized = True
    return tok


@lru_cache(maxsize=1 << 17)
def cut(text: str) -> tuple[str, ...]:
    """`base_tokenizer().cut(text, HMM=False)` as a tuple, memoised: the aligner and the checks cut the same text."""
    return tuple(base_tokenizer().cut(text, HMM=False))
