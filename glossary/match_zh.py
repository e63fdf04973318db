"""Chinese term matching: leftmost-longest multi-pattern search over folded text, confirmed by jieba's model.

Search. A dictionary of every prefix of every term is walked from each position that can start a
term (a regex character class jumps to those in C): time is linear in the text, times at most the
longest term, and in practice one or two lookups per character. With 50,000 CC-CEDICT terms this
runs at over 10 MB/s, where pyahocorasick's automaton manages about 2 MB/s (its trie nodes search
their children linearly, and the root of a Chinese termbase has thousands).

Folding. The text is folded (Traditional→Simplified, full-width→half-width Latin letters and digits)
by a length-preserving fold, so offsets into the folded text are offsets into the original.

One-character terms match only as a whole word of jieba's segmentation (钙 in 补钙 is not the
term), a localizer (中, 上, 内...) not where it closes a frame opened in its clause by 在/于/从
(在研究中 is not the term 中), and a grammatical character (无, 对, 将...) never (`zh_context`).

Confirmation. The glossary terms found in a text join the dictionary of a private `jieba.Tokenizer`
(`add_word`, so jieba suggests their frequency), in the order they are first seen; they join it when a
confirmation is about to read the dictionary, so every confirmation sees the words of every text before it,
and a run that confirms nothing (Chinese text without English, and a glossary whose concepts have one Chinese
form each) neither adds them nor even looks for them. A candidate is rejected when jieba's segmentation
contradicts it: a word that starts inside the candidate and ends outside it, or the reverse
(肝病 in 肝病毒 = 肝|病毒). A candidate inside one longer word is kept when the rest of that word is
made of dictionary words of two or more characters (干细胞 in 胚胎干细胞). The segmentation is
jieba's own model (`cut(HMM=False)`: the most probable path through the DAG of dictionary words,
word probability = frequency / total), computed directly (`zh_segment`) on windows of the text so that the
DAG of each position is built once per text and one segmentation serves every later candidate of
the sentence. It runs only once some edge of a candidate lies inside a dictionary word of the text
(if no word crosses an edge, no segmentation can contradict the candidate).

The comparative 比. A term joins the dictionary with the frequency jieba suggests for it, just above that of its
own split, so a term made of two words (风险|比) is always one token, and its split has word boundaries at both of
its ends anyway: no segmentation tells 风险比为0.71 ("the hazard ratio was") from 风险比安慰剂组低 ("the risk was
lower than with placebo"). A term ending in 比 is therefore rejected where that 比 reads as the preposition of a
comparison (`zh_context.compares`), and the shorter term before it may match.
"""
from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from zhen_qa.glossary.model import TermMatch, TermStatus, zh_key
from zhen_qa.glossary.normalize import fold_zh
from zhen_qa.glossary.zh_context import GRAMMATICAL, closes_frame, compares, names_pathogen
from zhen_qa.glossary.zh_segment import AHEAD, WINDOW, Scan, add_words
from zhen_qa.glossary.zh_trie import KeyTrie

if TYPE_CHECKING:  # pragma: no cover
    import jieba

    from zhen_qa.glossary.model import Glossary

log = logging.getLogger(__name__)

BATCH_CHARS = 1 << 16
"""Characters of text from which `find_all` walks the texts with numpy (`zh_trie`): below, importing numpy costs
more than the walk saves."""

UNSCANNED_CHARS = 1 << 21
"""Characters of text whose terms `find` leaves unlooked-for until a confirmation needs them; past this, they
are looked for (the texts are not kept alive, the terms found wait in order)."""


def _latin(ch: str) -> bool:
    """An ASCII letter or digit (text is folded, so full-width ones are ASCII here)."""
    return ch.isascii() and ch.isalnum()


class ZhMatcher:
    """Finds the Chinese terms of one glossary in text; see the module docstring for the rules."""

    def __init__(self, glossary: "Glossary") -> None:
        # key -> (concept id, listed form, status, other concepts listing the same term)
        self._entries: dict[str, tuple[str, str, TermStatus, tuple[str, ...]]] = {}
        owners: dict[str, list[tuple[str, str, TermStatus]]] = {}
        prefixes: dict[str, bool] = {}  # every prefix of a term -> whether it is a whole term
        for c in glossary.concepts:
            for term, status, _field in c.terms("zh"):
                key = zh_key(term)
                if key:
                    owners.setdefault(key, []).append((c.id, term, status))
        for key, listed in owners.items():
            best = next((o for o in listed if o[2] is not TermStatus.DEPRECATED), listed[0])
            others = tuple(dict.fromkeys(o[0] for o in listed if o[0] != best[0]))
            self._entries[key] = (best[0], best[1], best[2], others)
            for i in range(1, len(key)):
                prefixes.setdefault(key[:i], False)
            prefixes[key] = True
        self._prefixes = prefixes
        attributed: dict[str, int] = {}
        for cid, _form, _status, _others in self._entries.values():
            attributed[cid] = attributed.get(cid, 0) + 1
        # a concept given more than one Chinese key, or only a deprecated one (if it has one key)
        self._choices = frozenset(key for key, (cid, _form, status, _others) in self._entries.items()
                                  if attributed[cid] > 1 or status is TermStatus.DEPRECATED)
        """Keys of the concepts whose uses can be reported without an aligned English side: a concept with
        two or more Chinese keys (term-inconsistent, and term-variant when one is deprecated) or a deprecated one."""
        self._shortest = min(map(len, self._entries), default=1)
        """Characters of the shortest key: no term is shorter, so the walk from a position starts at this length."""
        firsts = sorted({key[0] for key in self._entries})
        self._starts = re.compile("[" + "".join(re.escape(ch) for ch in firsts) + "]") if firsts else None
        self._trie = KeyTrie(prefixes)
        """The keys for `find_all`'s walk over many texts at once."""
        self._tokenizer: "jieba.Tokenizer | None" = None
        self._added: set[str] = set()
        """Terms seen in the texts scanned so far: in jieba's dictionary, or in `_queue` to join it."""
        self._queue: list[str] = []
        """Terms seen and not yet in jieba's dictionary, in the order first seen (`_jieba` adds them)."""
        self._unscanned: list[str] = []
        """Texts given to `find` whose terms are not looked for yet, in order (`_scan_unscanned`)."""
        self._unscanned_chars = 0
        self.jieba_calls = 0
        """How many windows were segmented (for benchmarks)."""

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def has_choices(self) -> bool:
        """Whether a concept has two Chinese keys or more, or only a deprecated one: without, `find(text, True)`
        never returns a match."""
        return bool(self._choices)

    def find(self, text: str, choices_only: bool = False) -> list[TermMatch]:
        """Leftmost-longest, jieba-confirmed term matches in `text`, in order, non-overlapping.

        `choices_only`: the caller uses only the matches of concepts with a choice of Chinese forms (two or more
        keys, or a deprecated one), as in text without an aligned English side, where a term of a concept with
        one form can be neither a variant nor inconsistent. A text where no such term is a candidate is then not
        confirmed at all (most text of a large glossary); [] is returned for it. A text that has one gets every
        match, as without the flag, since a neighbouring match decides where the next may start. The terms found
        join the segmentation dictionary either way, so later texts are confirmed as they would be without it."""
        if self._starts is None or not text:
            return []
        if choices_only and not self._choices:
            # no match can be returned: only the terms the text holds matter, for jieba's dictionary, and
            # they are looked for when a later confirmation reads it (or never, when none does)
            self._unscanned.append(text)
            self._unscanned_chars += len(text)
            if self._unscanned_chars > UNSCANNED_CHARS:
                self._scan_unscanned()
            return []
        self._scan_unscanned()  # the terms of earlier texts come first
        folded = fold_zh(text)
        return self._matches(folded, self._candidates(folded), choices_only)

    def find_all(self, texts: Sequence[str], choices_only: Sequence[bool]) -> list[list[TermMatch]]:
        """`[find(text, c) for text, c in zip(texts, choices_only)]`, the same matches, faster on long texts:
        the candidates of every text are found at once (`zh_trie`), then each text is confirmed in order."""
        if (self._starts is None or sum(map(len, texts)) < BATCH_CHARS
                or not self._choices and all(choices_only)):  # the last: nothing is looked for at all (`find`)
            return [self.find(text, c) for text, c in zip(texts, choices_only)]
        self._scan_unscanned()
        folded = [fold_zh(text) for text in texts]
        added, queue, choices = self._added, self._queue, self._choices
        out: list[list[TermMatch]] = []
        for f, c, (starts, ends) in zip(folded, choices_only, self._trie.occurrences(folded)):
            cands: list[tuple[int, list[int]]] = []
            chosen = False
            for i, end in zip(starts, ends):  # by start, then end: `_candidates`' order
                if cands and cands[-1][0] == i:
                    cands[-1][1].append(end)
                else:
                    cands.append((i, [end]))
                piece = f[i:end]
                if piece not in added:
                    added.add(piece)
                    queue.append(piece)
                chosen = chosen or piece in choices
            out.append([] if c and not chosen else self._matches(f, cands, False))
        return out

    def _matches(self, folded: str, cands: list[tuple[int, list[int]]], choices_only: bool) -> list[TermMatch]:
        """The confirmed matches among the candidates of a folded text (`find`)."""
        if not cands:
            return []
        if choices_only:
            choices = self._choices
            if not any(folded[i:end] in choices for i, ends in cands for end in ends):
                return []
        tk = self._jieba()
        tk.load_chars(folded)  # the dictionary entries the scan may look up
        scan = Scan(folded, tk.FREQ, tk.total)
        entries = self._entries
        n = len(folded)
        out: list[TermMatch] = []
        pos = 0
        for i, ends in cands:
            if i < pos:
                continue
            if i > 0 and _latin(folded[i]) and _latin(folded[i - 1]):
                continue  # a term that starts with a Latin letter must not continue a Latin word
            for end in reversed(ends):
                if end < n and _latin(folded[end - 1]) and _latin(folded[end]):
                    continue
                if end == i + 1 and not self._single_ok(scan, i):
                    continue
                if self._confirmed(scan, i, end):
                    if compares(folded, i, end) or names_pathogen(folded, i, end):
                        scan.split_at(end - 1)  # the shorter term before the preposition may match
                        continue
                    out.append(TermMatch(i, end, *entries[folded[i:end]]))
                    pos = end
                    break
        return out

    def _scan_unscanned(self) -> None:
        """Look for the terms of the texts left unscanned by `find`, in order (they join `_queue`)."""
        if self._unscanned:
            texts, self._unscanned, self._unscanned_chars = self._unscanned, [], 0
            folded = [fold_zh(text) for text in texts]
            if sum(map(len, folded)) < BATCH_CHARS:
                for f in folded:
                    self._candidates(f)
                return
            added, queue = self._added, self._queue
            for f, (starts, ends) in zip(folded, self._trie.occurrences(folded)):
                for i, end in zip(starts, ends):  # `_candidates`' order
                    piece = f[i:end]
                    if piece not in added:
                        added.add(piece)
                        queue.append(piece)

    def _candidates(self, folded: str) -> list[tuple[int, list[int]]]:
        """(start, ends of the terms starting there, shortest first) for every position; new terms join `_queue`."""
        get = self._prefixes.get
        search = self._starts.search  # type: ignore[union-attr]
        added = self._added
        queue = self._queue
        n = len(folded)
        shortest = self._shortest
        out: list[tuple[int, list[int]]] = []
        i = 0
        while True:
            hit = search(folded, i)
            if hit is None:
                break
            i = hit.start()
            ends: list[int] | None = None
            j = i + shortest  # every shorter piece is a prefix of some key, not a key: the walk starts here
            piece = folded[i:j]
            is_term = get(piece) if j <= n else None
            while is_term is not None:
                if is_term:
                    if ends is None:
                        ends = [j]
                        out.append((i, ends))
                    else:
                        ends.append(j)
                    if piece not in added:
                        added.add(piece)
                        queue.append(piece)
                j += 1
                if j > n:
                    break
                piece = folded[i:j]
                is_term = get(piece)
            i += 1
        return out

    def _confirmed(self, scan: Scan, start: int, end: int) -> bool:
        """False if jieba's segmentation around [start, end) contradicts the candidate."""
        if not scan.covers(start, end):
            if not (scan.inside_word(start) or scan.inside_word(end)):
                return True  # no word crosses an edge, so no segmentation can contradict the candidate
            self.jieba_calls += 1
            scan.segment(max(0, start - WINDOW), min(scan.n, end + WINDOW + AHEAD))
        bounds = scan.bounds
        k = bisect.bisect_right(bounds, start) - 1  # the token holding `start`: [bounds[k], bounds[k + 1])
        t0, t1 = bounds[k], bounds[k + 1]
        if t1 >= end:  # one token holds the whole candidate
            if t0 == start and t1 == end:
                return True
            return self._compound_ok(scan.folded[t0:start], scan.folded[end:t1], scan.freq)
        if t0 != start:
            return False  # a token crosses the start of the candidate
        j = bisect.bisect_left(bounds, end, k)
        return j < len(bounds) and bounds[j] == end  # else a token crosses the end of the candidate

    def _single_ok(self, scan: Scan, i: int) -> bool:
        """A one-character term: a whole word of the segmentation, and not the localizer of 在…中, 于…上."""
        if _latin(scan.folded[i]):
            return True
        if scan.folded[i] in GRAMMATICAL:
            return False
        if scan.inside_word(i) or scan.inside_word(i + 1):
            self.jieba_calls += 1
            scan.segment(max(0, i - WINDOW), min(scan.n, i + 1 + WINDOW + AHEAD))
            k = bisect.bisect_left(scan.bounds, i)
            if k >= len(scan.bounds) - 1 or scan.bounds[k] != i or scan.bounds[k + 1] != i + 1:
                return False
        return not closes_frame(scan.folded, i)

    @staticmethod
    def _compound_ok(left: str, right: str, freq: dict[str, int]) -> bool:
        return all(not part or (len(part) > 1 and freq.get(part, 0) > 0) for part in (left, right))

    def _jieba(self) -> "jieba.Tokenizer":
        """The private tokenizer, with every term seen in the texts given so far in its dictionary."""
        if self._tokenizer is None:
            from zhen_qa.aligner.jieba_base import private_tokenizer

            self._tokenizer = private_tokenizer()
            log.debug("private jieba tokenizer for %d glossary terms", len(self._entries))
        self._scan_unscanned()
        if self._queue:
            add_words(self._tokenizer, self._queue)
            self._queue.clear()  # in place: `find_all` holds it
        return self._tokenizer
