"""jieba's segmentation model computed here: the most probable segmentation of windows of a text, and words
joining jieba's dictionary with the frequencies jieba suggests.

`Scan` is jieba's `cut(HMM=False)` (the most probable path through the DAG of dictionary words, word probability
= frequency / total) on windows of one text, so that the DAG of each position is built once per text and one
segmentation serves every later candidate of the sentence; `inside_word` says, without segmenting, whether any
dictionary word of the text crosses a position. `add_words` is jieba's `add_word` for many words, with the same
arithmetic as `suggest_freq` for words of Han characters alone.
"""
from __future__ import annotations

import bisect
import math
from typing import TYPE_CHECKING

from zhen_qa.aligner.jieba_base import JIEBA_HAN, dictionary_cut

if TYPE_CHECKING:  # pragma: no cover
    import jieba

WINDOW = 10
"""Characters of context segmented before a candidate."""

AHEAD = 2000
"""Characters segmented after a candidate: a sentence is segmented once and every later candidate
reuses it; the bound keeps memory flat on texts given as one huge string."""

MARGIN = 6
"""A segmentation is trusted only this far inside its window (the path may differ near the edges)."""

MAX_WORD = 8
"""Longest word (characters) looked for across a candidate's edge."""


class Scan:
    """The state of one `find` call over one folded text: the word DAG and the last segmented window."""

    def __init__(self, folded: str, freq: dict[str, int], total: int) -> None:
        self.folded = folded
        self.n = len(folded)
        self.freq = freq
        self.logtotal = math.log(total)
        self.dag: list[list[tuple[int, float]] | None] = [None] * self.n
        """dag[k]: (exclusive end, log probability) of the dictionary words starting at k."""
        self.inside: dict[int, bool] = {}
        self.w0 = self.w1 = -1
        self.bounds: list[int] = []
        self.splits: set[int] = set()
        """Token boundaries forced into every segmentation: before the comparative 比 of a rejected candidate."""

    def split_at(self, b: int) -> None:
        """Make b a token boundary of this and every later segmentation (风险|比 in 风险比安慰剂组低)."""
        self.splits.add(b)
        if self.w0 < b < self.w1 and b not in self.bounds:
            bisect.insort(self.bounds, b)

    def words_at(self, k: int) -> list[tuple[int, float]]:
        """jieba's DAG entry for position k: words starting there (a lone character if none)."""
        entry = self.dag[k]
        if entry is None:
            folded, freq, n, logtotal = self.folded, self.freq, self.n, self.logtotal
            entry = []
            j = k + 1
            f = freq.get(folded[k:j])
            while f is not None:
                if f:
                    entry.append((j, math.log(f) - logtotal))
                j += 1
                if j > n:
                    break
                f = freq.get(folded[k:j])
            if not entry:
                entry.append((k + 1, -logtotal))  # unknown character: frequency 1, as jieba does
            self.dag[k] = entry
        return entry

    def inside_word(self, b: int) -> bool:
        """True if a dictionary word of the text spans position b (starts before it and ends after it)."""
        if b <= 0 or b >= self.n:
            return False
        known = self.inside.get(b)
        if known is None:
            known = False
            dag, folded, freq = self.dag, self.folded, self.freq
            for k in range(max(0, b - MAX_WORD + 1), b):
                entry = dag[k]
                if entry is None:
                    if folded[k:b + 1] not in freq:
                        continue  # the walk of `words_at(k)` stops before b + 1: no word from k crosses b
                    entry = self.words_at(k)
                if entry[-1][0] > b:
                    known = True
                    break
            self.inside[b] = known
        return known

    def covers(self, start: int, end: int) -> bool:
        """True if the last segmented window reliably covers [start, end)."""
        if self.w0 < 0:
            return False
        lo = self.w0 if self.w0 == 0 else self.w0 + MARGIN
        hi = self.w1 if self.w1 == self.n else self.w1 - MARGIN
        return lo <= start and end <= hi

    def segment(self, w0: int, w1: int) -> None:
        """jieba's most probable segmentation of folded[w0:w1]; keeps its token boundaries."""
        best = [0.0] * (w1 - w0 + 1)  # best[i - w0]: log probability of the best path from i to w1
        step = [0] * (w1 - w0 + 1)
        dag = self.dag
        for k in range(w1 - 1, w0 - 1, -1):
            top = -math.inf
            arg = k + 1
            for end, logp in dag[k] or self.words_at(k):
                if end > w1:
                    continue
                score = logp + best[end - w0]
                if score > top or (score == top and end > arg):
                    top, arg = score, end
            if top == -math.inf:  # every word runs past the window: take the character alone
                top, arg = -self.logtotal + best[k + 1 - w0], k + 1
            best[k - w0] = top
            step[k - w0] = arg
        bounds = [w0]
        k = w0
        while k < w1:
            k = step[k - w0]
            bounds.append(k)
        if self.splits:
            bounds = sorted(set(bounds).union(b for b in self.splits if w0 < b < w1))
        self.w0, self.w1, self.bounds = w0, w1, bounds


def add_words(tk: "jieba.Tokenizer", words: list[str]) -> None:
    """`tk.add_word(word)` for each word in order, with the same frequencies and total.

    jieba's `add_word` suggests a frequency by segmenting the word with the dictionary as it stands
    (`suggest_freq`: its most probable path, the product of its words' probabilities, at least the word's
    own count) through `cut`'s generators: 0.1 ms a word. For a word of Han characters alone, `cut` is
    one block cut by `__cut_DAG_NO_HMM`, computed with the same arithmetic (`jieba_base.dictionary_cut`); other
    words go through jieba."""
    freq = tk.FREQ
    for word in words:
        if not JIEBA_HAN.fullmatch(word):
            tk.add_word(word)
            freq = tk.FREQ
            continue
        tk.load_chars(word)  # what `LazyTokenizer.add_word` loads first
        freq = tk.FREQ
        total = tk.total
        ftotal = float(total)
        p: float = 1
        for w in dictionary_cut(word, freq, total):  # `suggest_freq`: the product over the words of the path
            p *= freq.get(w, 1) / ftotal
        f = max(int(p * total) + 1, freq.get(word, 1))
        freq[word] = f  # `add_word`
        tk.total = total + f
        for k in range(1, len(word) + 1):
            if word[:k] not in freq:
                freq[word[:k]] = 0
