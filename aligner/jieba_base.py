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


FAST_AFTER = 50_000
"""Characters cut with jieba before rjieba takes over: loading rjieba's dictionary (0.15 s) pays only on more text."""


class _Cutter:
    """jieba's segmentation, by jieba or, on large texts, by rjieba (a Rust port giving the same tokens 9x faster).

    jieba stays the reference: rjieba (`cut(text, False)`, its built-in copy of jieba's dictionary) gave the
    same tokens as `jieba.Tokenizer().cut(text, HMM=False)` on all 82,000 lines of the development corpora,
    the samples and the tests, and on every word of jieba's dictionary alone and in 349,000 concatenations;
    tests/aligner/test_jieba_base.py compares them. Without rjieba installed, jieba does all the work.
    """

    def __init__(self) -> None:
        self.jieba_chars = 0
        self.fast: Any = None

    def __call__(self, text: str) -> tuple[str, ...]:
        if self.fast is None and self.jieba_chars > FAST_AFTER:
            self.fast = _rjieba() or False
        if self.fast:
            return tuple(self.fast.cut(text, False))
        self.jieba_chars += len(text)
        return tuple(base_tokenizer().cut(text, HMM=False))


def _rjieba() -> Any:
    """rjieba's default segmenter (jieba's dictionary), or None when rjieba is not installed."""
    try:
        import rjieba
    except ImportError:  # pragma: no cover - an install without the optional accelerator
        return None
    return rjieba


_CUTTER = _Cutter()


@lru_cache(maxsize=1 << 17)
def cut(text: str) -> tuple[str, ...]:
    """`base_tokenizer().cut(text, HMM=False)` as a tuple, memoised: the aligner and the checks cut the same text."""
    return _CUTTER(text)
