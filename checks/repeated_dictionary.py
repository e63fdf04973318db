"""jieba's dictionary and CC-CEDICT as the Chinese doubling checks ask them: the shared tokenizer, token
boundaries, dictionary counts loaded by shard, the lexicon's glosses."""
from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache


@lru_cache(maxsize=1)
def jieba_tokenizer() -> object:
    """The shared jieba tokenizer, loaded on first use (its dictionary takes half a second to load)."""
    from zhen_qa.aligner.jieba_base import base_tokenizer  # noqa: PLC0415

    return base_tokenizer()


def token_bounds(text: str) -> tuple[set[int], dict[int, int]]:
    """Offsets where jieba (dictionary only) puts a token boundary, and each token's start -> end."""
    bounds: set[int] = {0}
    spans: dict[int, int] = {}
    pos = 0
    from zhen_qa.aligner.jieba_base import cut  # noqa: PLC0415

    for tok in cut(text):
        spans[pos] = pos + len(tok)
        pos += len(tok)
        bounds.add(pos)
    return bounds, spans


def token_before(spans: Mapping[int, int], end: int) -> int | None:
    """Start of the token of `spans` (start -> end, as `token_bounds` gives) that ends at `end`, or None."""
    return next((s for s, e in spans.items() if e == end and s < end), None)


class Counts:
    """jieba's dictionary counts, each lookup loading the entries jieba can look up in its word (of a long
    sentence only the few words around a doubling are looked up, not its every character's entries)."""

    def __init__(self, tok: object) -> None:
        self._tok = tok

    def get(self, word: str, default: int = 0) -> int:
        """The count of `word` in jieba's dictionary (0 for a prefix of words only), else `default`.

        The dictionary is kept in shards by a word's first two characters (`jieba_base`): loading only the
        first character's shard missed every word of two or more characters (两两, 对于), and `FREQ` is
        read after loading because loading the whole dictionary replaces it."""
        if word:
            self._tok.load_chars(word)  # type: ignore[attr-defined]
        freq: dict[str, int] = self._tok.FREQ  # type: ignore[attr-defined]
        return freq.get(word, default)


def zh2en() -> Mapping[str, tuple[str, ...]]:
    """CC-CEDICT's Chinese word -> English stems (loaded on the first doubling that needs it)."""
    from zhen_qa.aligner.lexicon import load_lexicon  # noqa: PLC0415

    return load_lexicon().zh2en
