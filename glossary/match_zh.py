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
(在研究中 is not the term 中), and a grammatical character (无, 对, 将...) never.

Confirmation. The glossary terms found in a text join the dictionary of a private `jieba.Tokenizer`
(`add_word`, so jieba suggests their frequency), in the order they are first seen; they join it when a
confirmation is about to read the dictionary, so every confirmation sees the words of every text before it,
and a run that confirms nothing (Chinese text without English, and a glossary whose concepts have one Chinese
form each) neither adds them nor even looks for them. A candidate is rejected when jieba's segmentation
contradicts it: a word that starts inside the candidate and ends outside it, or the reverse
(肝病 in 肝病毒 = 肝|病毒). A candidate inside one longer word is kept when the rest of that word is
made of dictionary words of two or more characters (干细胞 in 胚胎干细胞). The segmentation is
jieba's own model (`cut(HMM=False)`: the most probable path through the DAG of dictionary words,
word probability = frequency / total), computed here directly on windows of the text so that the
DAG of each position is built once per text and one segmentation serves every later candidate of
the sentence. It runs only once some edge of a candidate lies inside a dictionary word of the text
(if no word crosses an edge, no segmentation can contradict the candidate).

The comparative 比. A term joins the dictionary with the frequency jieba suggests for it, just above that of its
own split, so a term made of two words (风险|比) is always one token, and its split has word boundaries at both of
its ends anyway: no segmentation tells 风险比为0.71 ("the hazard ratio was") from 风险比安慰剂组低 ("the risk was
lower than with placebo"). A term ending in 比 is therefore rejected where that 比 reads as the preposition of a
comparison (`_compares`), and the shorter term before it may match.
"""
from __future__ import annotations

import bisect
import logging
import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from zhen_qa.glossary.model import TermMatch, TermStatus, zh_key
from zhen_qa.glossary.normalize import fold_zh
from zhen_qa.glossary.zh_trie import KeyTrie
from zhen_qa.manuscript.lazy_re import LazyPattern

if TYPE_CHECKING:  # pragma: no cover
    import jieba

    from zhen_qa.glossary.model import Glossary

log = logging.getLogger(__name__)

WINDOW = 10
"""Characters of context segmented before a candidate."""

AHEAD = 2000
"""Characters segmented after a candidate: a sentence is segmented once and every later candidate
reuses it; the bound keeps memory flat on texts given as one huge string."""

MARGIN = 6
"""A segmentation is trusted only this far inside its window (the path may differ near the edges)."""

MAX_WORD = 8
"""Longest word (characters) looked for across a candidate's edge."""

LOCALIZERS = frozenset("中上下内外里间前后时")
"""Characters that close a locative frame (在研究中, 于表面上): as one-character terms they match only outside one."""

FRAME_OPENERS = frozenset("在于从当自")
"""Prepositions that open a locative frame closed by one of LOCALIZERS."""

GRAMMATICAL = frozenset("的了着过是有无没不非未已也都又再就才并而且或及与和同跟对向往被把将让给以于之其此该各每从自")
"""One-character words that are grammar in running text (无 "no", 对 "to", 将 "will"): as one-character terms
they never match, whatever the glossary means by them (a software glossary's 无 "none")."""

BATCH_CHARS = 1 << 16
"""Characters of text from which `find_all` walks the texts with numpy (`zh_trie`): below, importing numpy costs
more than the walk saves."""

UNSCANNED_CHARS = 1 << 21
"""Characters of text whose terms `find` leaves unlooked-for until a confirmation needs them; past this, they
are looked for (the texts are not kept alive, the terms found wait in order)."""

FRAME = 20
"""Characters looked back from a localizer for the preposition of its frame (within the same clause)."""

_CLAUSE_END = LazyPattern(r"[，。；：！？,;:!?、\n]")

COMPARATIVE = "比"
"""The comparative preposition ("A 比 B 低", A is lower than B): the last character of terms such as 风险比 (hazard
ratio), 比值比, 优势比, 信噪比, where a subject ending in the rest of the term (风险, 比值...) can be followed by it."""

COMPARED = frozenset("高低多少大小长短快慢好差强弱轻重早晚优劣增减升降")
"""Predicate characters of a comparison (低 "lower", 增加 "increased"): "…的风险比安慰剂组低" compares; the term
is not there."""

NOT_COMPARED = frozenset("为是值的在达约均分显明略更稍较仍也都已未无不没有等近和与及或比")
"""Characters that, right after a term ending in 比, start its predicate or a coordination (风险比为0.71,
风险比显著降低, 风险比和…, 比值比比…): the 比 closes the term, no compared noun follows."""

NOT_COMPARED_WORDS = ("接近", "相等", "相同", "相似", "相近", "相当", "相比", "提示", "表明", "表示", "说明", "证明",
                      "证实", "意味", "支持")
"""Predicate words that, right after a term ending in 比, say what the ratio was or shows (风险比接近1, 风险比提示…).
Words, not their first characters: 接受安慰剂者 ("those given placebo"), 支架组 are nouns a comparison names
(风险比接受安慰剂后低41% = the risk was 41% lower than with placebo)."""

COMPARE_SPAN = 16
"""Characters of the clause after a term ending in 比 in which the predicate of a comparison is looked for."""


def _latin(ch: str) -> bool:
    """An ASCII letter or digit (text is folded, so full-width ones are ASCII here)."""
    return ch.isascii() and ch.isalnum()


def _compares(folded: str, start: int, end: int) -> bool:
    """True if the candidate [start, end) ends in the comparative 比 that reads as the preposition of a comparison:
    a noun follows (not a predicate, a copula or a coordination) and a comparative predicate closes the clause
    (死亡风险比安慰剂组低 = the risk of death was lower than with placebo, not 风险比 "hazard ratio")."""
    if end - start < 2 or folded[end - 1] != COMPARATIVE or end >= len(folded):
        return False
    clause = _CLAUSE_END.split(folded[end:end + COMPARE_SPAN], maxsplit=1)[0]
    if not clause or clause[0] in NOT_COMPARED or clause.startswith(NOT_COMPARED_WORDS) \
            or not (_JIEBA_HAN.match(clause[0]) or clause[0].isalpha()):
        return False  # a digit or a bracket: 风险比0.71, 风险比（HR）
    if clause[0] in COMPARED:
        return False  # 风险比低于1, 风险比降低了: the predicate of the term itself
    return any(ch in COMPARED for ch in clause[1:])


class _Scan:
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
        scan = _Scan(folded, tk.FREQ, tk.total)
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
                    if _compares(folded, i, end):
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

    def _confirmed(self, scan: _Scan, start: int, end: int) -> bool:
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

    def _single_ok(self, scan: _Scan, i: int) -> bool:
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
        if scan.folded[i] in LOCALIZERS:
            clause = _CLAUSE_END.split(scan.folded[max(0, i - FRAME):i])[-1]
            if any(ch in FRAME_OPENERS for ch in clause):
                return False
        return True

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


_JIEBA_HAN = re.compile("[\u4e00-\u9fd5]+")
"""What jieba's `cut` takes as one block of Han characters (`jieba.re_han_default`, less its Latin letters,
digits and symbols, which it treats apart)."""


def add_words(tk: "jieba.Tokenizer", words: list[str]) -> None:
    """`tk.add_word(word)` for each word in order, with the same frequencies and total.

    jieba's `add_word` suggests a frequency by segmenting the word with the dictionary as it stands
    (`suggest_freq`: its most probable path, the product of its words' probabilities, at least the word's
    own count) through `cut`'s generators: 0.1 ms a word. For a word of Han characters alone, `cut` is
    one block cut by `__cut_DAG_NO_HMM`, computed here with the same arithmetic; other words go through jieba."""
    freq = tk.FREQ
    for word in words:
        if not _JIEBA_HAN.fullmatch(word):
            tk.add_word(word)
            freq = tk.FREQ
            continue
        tk.load_chars(word)  # what `LazyTokenizer.add_word` loads first
        freq = tk.FREQ
        total = tk.total
        n = len(word)
        logtotal = math.log(total)
        route: list[tuple[float, int]] = [(0, 0)] * (n + 1)  # jieba's `calc`: best (log probability, end) from idx
        for idx in range(n - 1, -1, -1):
            ends = []  # jieba's `get_DAG`
            i = idx
            frag = word[idx]
            while i < n and frag in freq:
                if freq[frag]:
                    ends.append(i)
                i += 1
                frag = word[idx:i + 1]
            if not ends:
                ends.append(idx)
            route[idx] = max((math.log(freq.get(word[idx:x + 1]) or 1) - logtotal + route[x + 1][0], x)
                             for x in ends)
        ftotal = float(total)
        p: float = 1
        x = 0
        while x < n:  # `suggest_freq`: the product over the words of the path
            y = route[x][1] + 1
            p *= freq.get(word[x:y], 1) / ftotal
            x = y
        f = max(int(p * total) + 1, freq.get(word, 1))
        freq[word] = f  # `add_word`
        tk.total = total + f
        for k in range(1, n + 1):
            if word[:k] not in freq:
                freq[word[:k]] = 0
