"""One jieba dictionary per process, shared by every user, filled by first character as texts need it.

Loading all of jieba's 500,000 entries costs a third of a second; a short manuscript needs those of a
few hundred characters. The dictionary is kept split by first character in the user cache folder.
"""
from __future__ import annotations

import logging
import marshal
import os
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
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


def _full_dictionary(tok: Any) -> tuple[dict[str, int], int]:
    """jieba's whole dictionary (word and prefix -> frequency) and its total, from jieba's own cache read in one
    piece (`marshal.loads` of the bytes is ~3x faster than jieba's `marshal.load(file)`), else built by jieba."""
    path = os.path.join(tok.tmp_dir or tempfile.gettempdir(), tok.cache_file or "jieba.cache")
    try:
        with open(path, "rb") as fh:
            freq, total = marshal.loads(fh.read())
        if isinstance(freq, dict):
            return freq, total
    except Exception:  # noqa: BLE001 - any unreadable cache: let jieba rebuild it
        pass
    tok.initialize()
    return tok.FREQ, tok.total


def _shard_path(tok: Any) -> Path:
    """Where the dictionary split by first character is kept: the user cache folder, named after jieba's
    dictionary file (path, size, modification time) and version."""
    import hashlib

    import platformdirs

    jieba = import_jieba()
    dict_file = tok.dictionary or os.path.join(os.path.dirname(os.path.abspath(jieba.__file__)),
                                               jieba.DEFAULT_DICT_NAME)
    try:
        st = os.stat(dict_file)
        ident = f"{dict_file}\0{st.st_size}\0{st.st_mtime_ns}"
    except OSError:
        ident = dict_file
    digest = hashlib.sha256(f"{SHARD_VERSION}\0{jieba.__version__}\0{ident}".encode()).hexdigest()[:16]
    folder = Path(os.environ.get("ZHENQA_CACHE_DIR") or platformdirs.user_cache_dir("zhen-qa"))
    return folder / f"jieba-{digest}.marshal"


SHARD_VERSION = "1"


def _shards(tok: Any) -> tuple[dict[str, bytes], int]:
    """jieba's dictionary as {first character: marshalled {word or prefix: frequency}} and its total.

    Read from the user cache (one `marshal.loads`, ~10 ms), else split from the whole dictionary and written
    there. A check of a short manuscript needs the entries of a few hundred characters, not all 500,000."""
    path = _shard_path(tok)
    try:
        with open(path, "rb") as fh:
            index, total = marshal.loads(fh.read())
        if isinstance(index, dict):
            return index, total
    except Exception:  # noqa: BLE001 - no cache yet, or an unreadable one: split the dictionary again
        pass
    freq, total = _full_dictionary(tok)
    groups: dict[str, dict[str, int]] = {}
    for word, f in freq.items():
        groups.setdefault(word[0], {})[word] = f
    index = {ch: marshal.dumps(entries) for ch, entries in groups.items()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps((index, total)))
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("cannot cache jieba's dictionary in %s: %s", path.parent, exc)
    return index, total


@lru_cache(maxsize=1)
def _tokenizer_class() -> Any:
    """`jieba.Tokenizer` whose dictionary is filled by first character, before any text is segmented."""
    jieba = import_jieba()

    class LazyTokenizer(jieba.Tokenizer):  # type: ignore[misc,name-defined]
        """A jieba tokenizer whose `FREQ` holds the entries of the characters seen so far.

        Every entry of jieba's dictionary starts with a character of the text it is looked up for, so
        filling `FREQ` with the entries of a text's characters before segmenting it (`cut`, `add_word`)
        gives jieba's own results. Code that reads `FREQ` directly calls `load_chars(text)` first.
        """

        shards: dict[str, bytes]
        parsed: dict[str, dict[str, int]]
        """Shards already unmarshalled, shared by the base and private tokenizers (and their key strings)."""
        loaded: set[str]

        def load_chars(self, text: str) -> None:
            """Add the dictionary entries starting with any character of `text` (once per character)."""
            new = set(text)
            new.difference_update(self.loaded)
            if not new:
                return
            with self.lock:  # a character counts as loaded once its entries are in (threads of a Dask worker)
                new.difference_update(self.loaded)
                freq, shards, parsed = self.FREQ, self.shards, self.parsed
                for ch in new:
                    entries = parsed.get(ch)
                    if entries is None:
                        blob = shards.get(ch)
                        if blob is None:
                            continue
                        entries = parsed[ch] = marshal.loads(blob)
                    freq.update(entries)
                self.loaded.update(new)

        def cut(self, sentence: str, *args: Any, **kwargs: Any) -> Any:
            self.load_chars(sentence)
            return super().cut(sentence, *args, **kwargs)

        def get_DAG(self, sentence: str) -> Any:  # noqa: N802 - jieba's name; posseg calls it directly
            self.load_chars(sentence)
            return super().get_DAG(sentence)

        def add_word(self, word: str, *args: Any, **kwargs: Any) -> Any:
            self.load_chars(word)
            return super().add_word(word, *args, **kwargs)

    return LazyTokenizer


@lru_cache(maxsize=1)
def base_tokenizer() -> Any:
    """jieba's default dictionary, loaded by first character as texts need it, once (never the global tokenizer).
    Treat it as read-only; call its `load_chars(text)` before reading `FREQ` for a text directly."""
    jieba = import_jieba()
    jieba.setLogLevel(logging.WARNING)
    tok = _tokenizer_class()()
    tok.shards, tok.total = _shards(tok)
    tok.FREQ, tok.loaded, tok.parsed = {}, set(), {}
    tok.initialized = True
    return tok


FLOOR_COUNT = 3
"""jieba's dictionary gives this count to its rarest entries (a third of them, 了了 and 对对 among them): a
string needs a higher count to be a word a writer means (两两 has 30)."""


def is_word(text: str) -> bool:
    """Whether jieba's dictionary knows `text` as a word, with more than its floor count."""
    tok = base_tokenizer()
    tok.load_chars(text[:1])
    return int(tok.FREQ.get(text, 0)) > FLOOR_COUNT


def private_tokenizer() -> Any:
    """A tokenizer of its own (for user-dictionary words) that copies the shared dictionary instead of reloading it."""
    base = base_tokenizer()
    tok = _tokenizer_class()()
    tok.shards, tok.total, tok.parsed = base.shards, base.total, base.parsed
    with base.lock:
        tok.FREQ, tok.loaded = dict(base.FREQ), set(base.loaded)
    tok.initialized = True
    return tok


FAST_AFTER = 50_000
"""Characters cut with jieba before rjieba takes over: loading rjieba's dictionary (0.15 s) pays only on more text."""


class _Cutter:
    """jieba's segmentation, by jieba or, on large texts, by rjieba (a Rust port giving the same tokens 8x faster).

    jieba stays the reference: rjieba (`cut(text, False)`, its built-in copy of jieba's dictionary) gave the
    same tokens as `jieba.Tokenizer().cut(text, HMM=False)` on all 82,000 lines of the development corpora,
    the samples and the tests, and on every word of jieba's dictionary alone and in 349,000 concatenations;
    tests/aligner/test_jieba_base.py compares them. Without rjieba installed, jieba does all the work.
    """

    def __init__(self) -> None:
        self.jieba_chars = 0
        self.fast: Any = None

    def expect(self, chars: int) -> None:
        """`chars` characters are about to be cut: past FAST_AFTER, rjieba takes over now, not after jieba cut
        FAST_AFTER of them (0.5 s on a large text; the tokens are the same either way)."""
        if self.fast is None and self.jieba_chars + chars > FAST_AFTER:
            self.fast = _rjieba() or False

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
    except ImportError:  # pragma: no cover - rjieba is a dependency; without it, jieba does all the work
        return None
    return rjieba


_CUTTER = _Cutter()


def expect(chars: int) -> None:
    """Say that about `chars` characters of text are about to be `cut` (a caller with a whole document in hand)."""
    _CUTTER.expect(chars)


@lru_cache(maxsize=1 << 17)
def cut(text: str) -> tuple[str, ...]:
    """`base_tokenizer().cut(text, HMM=False)` as a tuple, memoised: the aligner and the checks cut the same text."""
    return _CUTTER(text)
