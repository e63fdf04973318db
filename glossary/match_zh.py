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

AHEAD = 24
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
        self._base_freq: dict[str, int] | None = None
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

        Both dictionaries hold every prefix of their words (jieba's with frequency 0), so the walk
        from each start i < b stops at the first fragment that begins no word.
        """
        folded, n = scan.folded, scan.n
        if b <= 0 or b >= n:
            return False
        known = scan.inside.get(b)
        if known is not None:
            return known
        if self._base_freq is None:
            from aligner.jieba_base import base_tokenizer

            self._base_freq = base_tokenizer().FREQ
        freq = self._base_freq
        terms = self._prefixes
        found = False
        for i in range(b - 1, max(-1, b - MAX_WORD), -1):
            head = folded[i:b]
            in_freq = head in freq
            in_terms = head in terms
            j = b + 1
            while (in_freq or in_terms) and j <= n and not found:
                frag = folded[i:j]
                if in_freq:
                    f = freq.get(frag)
                    if f is None:
                        in_freq = False
                    elif f:
                        found = True
                if in_terms:
                    t = terms.get(frag)
                    if t is None:
                        in_terms = False
                    elif t:
                        found = True
                j += 1
            if found:
                break
        scan.inside[b] = found
        return found

    def _confirmed(self, scan: "_Scan", start: int, end: int) -> bool:
        """False if jieba's segmentation around [start, end) contradicts the candidate."""
        if not (self._inside_word(scan, start) or self._inside_word(scan, end)):
            return True
        tk = self._jieba()
        if not scan.covers(start, end):
            w0 = max(0, start - WINDOW)
            w1 = min(scan.n, end + WINDOW + AHEAD)
            window = scan.folded[w0:w1]
            self._add_terms(window)  # glossary terms near the candidate join jieba's dictionary
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

    def _add_terms(self, window: str) -> None:
        """Add the glossary terms occurring in `window` to the private jieba dictionary (once each)."""
        get = self._prefixes.get
        n = len(window)
        for i in range(n):
            j = i + 1
            while j <= n:
                is_term = get(window[i:j])
                if is_term is None:
                    break
                if is_term and window[i:j] not in self._added:
                    self._added.add(window[i:j])
                    self._jieba().add_word(window[i:j])
                j += 1

    def _jieba(self) -> "jieba.Tokenizer":
        if self._tokenizer is None:
            self._tokenizer = _private_tokenizer()
        return self._tokenizer
