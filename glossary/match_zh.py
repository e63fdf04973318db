"""Chinese term matching: leftmost-longest Aho-Corasick over folded text, confirmed by jieba where needed.

The text is folded (Traditional→Simplified, full-width→half-width Latin letters and digits) with a
length-preserving fold, so match offsets are offsets into the original text. A candidate is kept
unless jieba's segmentation of a small window around it contradicts it: a jieba word that starts
inside the candidate and ends outside it, or the reverse (肝病 in 肝病毒 = 肝|病毒). A candidate inside
one longer jieba word is kept when the rest of that word is made of dictionary words of two or more
characters (干细胞 in 胚胎干细胞). jieba runs only when a boundary of the candidate lies inside some
dictionary word, which a set of the dictionary's internal character bigrams tells in O(1).
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING

import ahocorasick

from glossary.model import TermMatch, TermStatus, zh_key
from glossary.normalize import fold_zh

if TYPE_CHECKING:  # pragma: no cover
    import jieba

    from glossary.model import Glossary

log = logging.getLogger(__name__)

WINDOW = 10
"""Characters of context on each side of a candidate given to jieba."""


@lru_cache(maxsize=1)
def _base_tokenizer() -> "jieba.Tokenizer":
    """jieba's default dictionary, loaded once per process (never the global tokenizer)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


@lru_cache(maxsize=1)
def _base_bigrams() -> frozenset[str]:
    """Every character bigram that occurs inside a word of jieba's dictionary."""
    out: set[str] = set()
    add = out.add
    for word, freq in _base_tokenizer().FREQ.items():
        if freq and len(word) > 1:
            for i in range(len(word) - 1):
                add(word[i:i + 2])
    return frozenset(out)


def _private_tokenizer() -> "jieba.Tokenizer":
    """A private jieba tokenizer sharing nothing mutable with the base or the global one."""
    import jieba

    base = _base_tokenizer()
    tk = jieba.Tokenizer()
    tk.FREQ = dict(base.FREQ)
    tk.total = base.total
    tk.initialized = True
    return tk


class ZhMatcher:
    """Finds the Chinese terms of one glossary in text; see the module docstring for the rules."""

    def __init__(self, glossary: "Glossary") -> None:
        self._entries: dict[str, tuple[str, str, TermStatus]] = {}
        auto = ahocorasick.Automaton()
        bigrams: set[str] = set()
        for c in glossary.concepts:
            for term, status, _field in c.terms("zh"):
                key = zh_key(term)
                if not key or key in self._entries:
                    continue
                entry = (c.id, term, status)
                self._entries[key] = entry
                auto.add_word(key, len(key))
                for i in range(len(key) - 1):
                    bigrams.add(key[i:i + 2])
        if self._entries:
            auto.make_automaton()
        self._auto = auto
        self._bigrams = frozenset(bigrams)
        self._tokenizer: "jieba.Tokenizer | None" = None
        self._added: set[str] = set()
        self.jieba_calls = 0
        """How many windows were segmented (for benchmarks)."""

    def __len__(self) -> int:
        return len(self._entries)

    def find(self, text: str) -> list[TermMatch]:
        """Leftmost-longest, jieba-confirmed term matches in `text`, in order, non-overlapping."""
        if not self._entries or not text:
            return []
        folded = fold_zh(text)
        out: list[TermMatch] = []
        entries = self._entries
        pos = 0
        n = len(folded)
        while pos < n:
            restart = -1
            for end_incl, length in self._auto.iter_long(folded, pos):
                end = end_incl + 1
                start = end - length
                if self._confirmed(folded, start, end):
                    cid, form, status = entries[folded[start:end]]
                    out.append(TermMatch(start, end, cid, form, status))
                    continue
                shorter = self._shorter(folded, start, end)
                if shorter is not None:
                    out.append(shorter)
                    restart = shorter.end
                else:
                    restart = start + 1
                break
            if restart < 0:
                break
            pos = restart
        return out

    def _shorter(self, folded: str, start: int, end: int) -> TermMatch | None:
        """The longest confirmed term that starts at `start` and ends before `end`."""
        for stop in range(end - 1, start, -1):
            entry = self._entries.get(folded[start:stop])
            if entry is not None and self._confirmed(folded, start, stop):
                return TermMatch(start, stop, *entry)
        return None

    def _inside_word(self, b: int, folded: str) -> bool:
        """True if some dictionary or glossary word may span position b (between b-1 and b)."""
        if b <= 0 or b >= len(folded):
            return False
        pair = folded[b - 1:b + 1]
        return pair in _base_bigrams() or pair in self._bigrams

    def _confirmed(self, folded: str, start: int, end: int) -> bool:
        """False if jieba's segmentation around [start, end) contradicts the candidate."""
        if not (self._inside_word(start, folded) or self._inside_word(end, folded)):
            return True
        tk = self._jieba()
        w0 = max(0, start - WINDOW)
        w1 = min(len(folded), end + WINDOW)
        window = folded[w0:w1]
        self._add_terms(window)  # glossary terms near the candidate join jieba's dictionary
        self.jieba_calls += 1
        pos = w0
        for tok in tk.cut(window, HMM=False):
            t0, t1 = pos, pos + len(tok)
            pos = t1
            if t1 <= start or t0 >= end:
                continue
            if t0 < start < t1 < end or start < t0 < end < t1:
                return False  # the token crosses one edge of the candidate
            if t0 < start or t1 > end:  # the candidate lies inside a longer token
                return self._compound_ok(tk, folded[t0:start], folded[end:t1])
        return True

    @staticmethod
    def _compound_ok(tk: "jieba.Tokenizer", left: str, right: str) -> bool:
        freq = tk.FREQ
        return all(not part or (len(part) > 1 and freq.get(part, 0) > 0) for part in (left, right))

    def _add_terms(self, window: str) -> None:
        for end_incl, length in self._auto.iter(window):
            key = window[end_incl + 1 - length:end_incl + 1]
            if key not in self._added:
                self._added.add(key)
                self._jieba().add_word(key)

    def _jieba(self) -> "jieba.Tokenizer":
        if self._tokenizer is None:
            self._tokenizer = _private_tokenizer()
        return self._tokenizer
