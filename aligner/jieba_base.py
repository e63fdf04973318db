"""One jieba dictionary per process: loading it costs about half a second, so every user shares it."""
from __future__ import annotations

import logging
import marshal
import os
import sys
import tempfile
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)


def import_jieba() -> Any:
    """`import jieba` without the `pkg_resources` import it tries first (0.07 s; jieba falls back to `open`)."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    hide = "pkg_resources" not in sys.modules
    if hide:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes `import pkg_resources` raise ImportError
    try:
        import jieba
    finally:
        if hide and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba


def _load_cache(tok: Any) -> bool:
    """Fill `tok` from jieba's own dictionary cache, read in one piece (`marshal.loads` of the bytes is ~3x faster than
    jieba's `marshal.load(file)`); False when there is no usable cache (then jieba builds and writes it)."""
    path = os.path.join(tok.tmp_dir or tempfile.gettempdir(), tok.cache_file or "jieba.cache")
    try:
        with open(path, "rb") as fh:
            freq, total = marshal.loads(fh.read())
    except Exception:  # noqa: BLE001 - any unreadable cache: let jieba rebuild it
        return False
    if not isinstance(freq, dict):
        return False
    tok.FREQ, tok.total = freq, total
    tok.initialized = True
    return True


@lru_cache(maxsize=1)
def base_tokenizer() -> Any:
    """jieba's default dictionary, loaded once (never the global tokenizer). Treat it as read-only."""
    jieba = import_jieba()
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    if not _load_cache(tok):
        tok.initialize()
    return tok


def private_tokenizer() -> Any:
    """A tokenizer of its own (for user-dictionary words) that copies the shared dictionary instead of reloading it."""
    base = base_tokenizer()
    tok = import_jieba().Tokenizer()
    tok.FREQ = dict(base.FREQ)
    tok.total = base.total
    tok.initialized = True
    return tok


@lru_cache(maxsize=1 << 17)
def cut(text: str) -> tuple[str, ...]:
    """`base_tokenizer().cut(text, HMM=False)` as a tuple, memoised: the aligner and the checks cut the same text."""
    return tuple(base_tokenizer().cut(text, HMM=False))
