"""Chinese term matching: leftmost-longest multi-pattern search over folded text, confirmed by jieba where needed.

The search walks a dictionary of every prefix of every term from each position that can start a
term (a regex character class jumps to those in C): time is linear in the text, times at most the
longest term, and in practice one or two lookups per character. With 50,000 CC-CEDICT terms it
runs at over 10 MB/s, where pyahocorasick's automaton manages about 2 MB/s (its nodes search their
children linearly, and the root of a Chinese termbase has thousands).

The text is folded (Traditional→Simplified, full-width→half-width Latin letters and digits) with a
length-preserving fold, so match offsets are offsets into the original text. A candidate is kept
unless jieba's segmentation of a small window around it contradicts it: a jieba word that starts
inside the candidate and ends outside it, or the reverse (肝病 in 肝病毒 = 肝|病毒). A candidate inside
one longer jieba word is kept when the rest of that word is made of dictionary words of two or more
characters (干细胞 in 胚胎干细胞). jieba runs only when a boundary of the candidate lies inside some
dictionary or glossary word found in the text, which a short walk over prefix dictionaries tells.
"""
from __future__ import annotations

import bisect
import logging
import re
from typing import TYPE_CHECKING, Iterable

from glossary.model import TermMatch, TermStatus, zh_key
from glossary.normalize import fold_zh

if TYPE_CHECKING:  # pragma: no cover
    import jieba

    from glossary.model import Glossary

log = logging.getLogger(__name__)

WINDOW = 10
"""Characters of context on each side of a candidate given to jieba."""

AHEAD = 64
"""Extra characters segmented after a candidate, so the next candidates reuse the same segmentation."""

MARGIN = 6
"""A segmentation is trusted only this far inside its window (jieba may cut differently at the edges)."""

MAX_WORD = 8
"""Longest word (characters) looked for across a candidate's edge before running jieba."""


def _private_tokenizer() -> "jieba.Tokenizer":
    """A private jieba tokenizer sharing nothing mutable with the base or the global one."""
    from aligner.jieba_base import private_tokenizer

    return private_tokenizer()


class _Scan:
    """The state of one `find` call: the folded text, boundary answers and the last jieba window."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.n = len(folded)
        self.inside: dict[int, bool] = {}
        self.w0 = self.w1 = -1
        self.added_upto = 0
        """Glossary terms starting before this offset are in jieba's dictionary already."""
        self.tok_starts: list[int] = []
        self.tok_ends: list[int] = []

    def covers(self, start: int, end: int) -> bool:
        """True if the last segmented window reliably covers [start, end)."""
        if self.w0 < 0:
            return False
        lo = self.w0 if self.w0 == 0 else self.w0 + MARGIN
        hi = self.w1 if self.w1 == self.n else self.w1 - MARGIN
        return lo <= start and end <= hi

    def segment(self, w0: int, w1: int, tokens: Iterable[str]) -> None:
        """Remember jieba's tokens of folded[w0:w1] as spans of the folded text."""
        self.w0, self.w1 = w0, w1
        self.tok_starts, self.tok_ends = [], []
        pos = w0
        for tok in tokens:
            self.tok_starts.append(pos)
            pos += len(tok)
            self.tok_ends.append(pos)


class ZhMatcher:
    """Finds the Chinese terms of one glossary in text; see the module docstring for the rules."""

    def __init__(self, glossary: "Glossary") -> None:
        self._entries: dict[str, tuple[str, str, TermStatus]] = {}
        prefixes: dict[str, bool] = {}  # every prefix of a term -> whether it is a whole term
        for c in glossary.concepts:
            for term, status, _field in c.terms("zh"):
                key = zh_key(term)
                if not key or key in self._entries:
                    continue
                self._entries[key] = (c.id, term, status)
                for i in range(1, len(key)):
                    prefixes.setdefault(key[:i], False)
                prefixes[key] = True
        self._prefixes = prefixes
        firsts = sorted({key[0] for key in self._entries})
        self._starts = re.compile("[" + "".join(re.escape(ch) for ch in firsts) + "]") if firsts else None
        self._tokenizer: "jieba.Tokenizer | None" = None
        self._all_words: dict[str, int] | None = None
        self._added: set[str] = set()
        self.jieba_calls = 0
        """How many windows were segmented (for benchmarks)."""

    def __len__(self) -> int:
        return len(self._entries)

    def find(self, text: str) -> list[TermMatch]:
        """Leftmost-longest, jieba-confirmed term matches in `text`, in order, non-overlapping."""
        if self._starts is None or not text:
            return []
        folded = fold_zh(text)
        n = len(folded)
        get = self._prefixes.get
        search = self._starts.search
        entries = self._entries
        scan = _Scan(folded)
        out: list[TermMatch] = []
        i = 0
        while True:
            hit = search(folded, i)
            if hit is None:
                break
            i = hit.start()
            ends: list[int] = []  # ends of the terms starting at i, shortest first
            j = i + 1
            while j <= n:
                is_term = get(folded[i:j])
                if is_term is None:
                    break
                if is_term:
                    ends.append(j)
                j += 1
            for end in reversed(ends):
                if self._confirmed(scan, i, end):
                    out.append(TermMatch(i, end, *entries[folded[i:end]]))
                    i = end
                    break
            else:
                i += 1
        return out

    def _inside_word(self, scan: "_Scan", b: int) -> bool:
        """True if a jieba dictionary word or a glossary term of the text spans position b (between b-1 and b).

        The word list holds every prefix of every word (value 0 for a prefix only), so a word from
        i < b across b exists only if folded[i:b+1] is in it, and the walk goes on from there.
        """
        folded, n = scan.folded, scan.n
        if b <= 0 or b >= n:
            return False
        known = scan.inside.get(b)
        if known is not None:
            return known
        words = self._words()
        found = False
        for i in range(b - 1, max(-1, b - MAX_WORD), -1):
            j = b + 1
            value = words.get(folded[i:j])
            while value is not None:
                if value:
                    found = True
                    break
                j += 1
                if j > n:
                    break
                value = words.get(folded[i:j])
            if found:
                break
        scan.inside[b] = found
        return found

    def _words(self) -> dict[str, int]:
        """jieba's dictionary plus the glossary terms: word -> frequency, every prefix -> 0 (built once)."""
        if self._all_words is None:
            from aligner.jieba_base import base_tokenizer

            words = dict(base_tokenizer().FREQ)
            for key, is_term in self._prefixes.items():
                if is_term:
                    words[key] = words.get(key) or 1
                else:
                    words.setdefault(key, 0)
            self._all_words = words
        return self._all_words

    def _confirmed(self, scan: "_Scan", start: int, end: int) -> bool:
        """False if jieba's segmentation around [start, end) contradicts the candidate."""
        if not (self._inside_word(scan, start) or self._inside_word(scan, end)):
            return True
        tk = self._jieba()
        if not scan.covers(start, end):
            w0 = max(0, start - WINDOW)
            w1 = min(scan.n, end + WINDOW + AHEAD)
            window = scan.folded[w0:w1]
            self._add_terms(scan, max(w0, scan.added_upto), w1)  # nearby glossary terms join jieba's dictionary
            scan.added_upto = max(scan.added_upto, w1)
            self.jieba_calls += 1
            scan.segment(w0, w1, tk.cut(window, HMM=False))
        k = bisect.bisect_right(scan.tok_starts, start) - 1
        while k < len(scan.tok_starts) and scan.tok_starts[k] < end:
            t0, t1 = scan.tok_starts[k], scan.tok_ends[k]
            k += 1
            if t1 <= start:
                continue
            if t0 < start < t1 < end or start < t0 < end < t1:
                return False  # the token crosses one edge of the candidate
            if t0 < start or t1 > end:  # the candidate lies inside a longer token
                return self._compound_ok(tk, scan.folded[t0:start], scan.folded[end:t1])
        return True

    @staticmethod
    def _compound_ok(tk: "jieba.Tokenizer", left: str, right: str) -> bool:
        freq = tk.FREQ
        return all(not part or (len(part) > 1 and freq.get(part, 0) > 0) for part in (left, right))

    def _add_terms(self, scan: "_Scan", lo: int, hi: int) -> None:
        """Add the glossary terms starting in folded[lo:hi] to the private jieba dictionary (once each)."""
        get = self._prefixes.get
        folded, n = scan.folded, scan.n
        added = self._added
        for i in range(lo, hi):
            j = i + 1
            is_term = get(folded[i:j])
            while is_term is not None:
                if is_term:
                    term = folded[i:j]
                    if term not in added:
                        added.add(term)
                        self._jieba().add_word(term)
                j += 1
                if j > n:
                    break
                is_term = get(folded[i:j])

    def _jieba(self) -> "jieba.Tokenizer":
        if self._tokenizer is None:
            self._tokenizer = _private_tokenizer()
        return self._tokenizer
