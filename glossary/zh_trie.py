"""The Chinese matcher's keys as a trie in flat arrays, walked from every position of many texts at once.

`ZhMatcher._candidates` walks a dictionary of prefixes from each position in Python: about a microsecond
a character, most of the matcher's time on a long text (nearly every character starts a CC-CEDICT term).
Here the walk is numpy's: all positions advance one character per step, a step being one binary search of
(node, next character) in the sorted transitions, so the Python work is per step, not per position. The
answer is the same: every occurrence of every key.

The tables are plain bytes (built without numpy, pickled with the matcher in the user cache); numpy is
imported only when a text is long enough to walk this way.
"""
from __future__ import annotations

import array
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

CHAR_BITS = 21
"""Bits of a code point (at most U+10FFFF): a transition's key is parent node << CHAR_BITS | character."""

CHUNK_CHARS = 1 << 18
"""Characters walked at once: the step arrays of a chunk stay a few MB."""


class KeyTrie:
    """Every prefix of every key as a node (0: the empty prefix); transitions sorted by key."""

    def __init__(self, prefixes: Mapping[str, bool]) -> None:
        """`prefixes`: every prefix of every key (one character or more) -> whether it is a key itself."""
        ids = {"": 0}
        trans: list[tuple[int, int]] = []
        term = [False]
        for p in sorted(prefixes, key=len):  # a parent before its children
            node = len(term)
            ids[p] = node
            trans.append((ids[p[:-1]] << CHAR_BITS | ord(p[-1]), node))
            term.append(prefixes[p])
        trans.sort()
        self.keys = array.array("q", (k for k, _ in trans)).tobytes()
        """int64 transition keys, ascending."""
        self.child = array.array("i", (c for _, c in trans)).tobytes()
        """int32 node reached by each transition."""
        self.term = bytes(term)
        """One byte per node: 1 if its prefix is a key."""

    def occurrences(self, texts: Sequence[str]) -> "list[tuple[list[int], list[int]]]":
        """For each text, (starts, ends) of every occurrence of every key, by start then end (shortest first)."""
        out: list[tuple[list[int], list[int]]] = []
        chunk: list[str] = []
        size = 0
        for text in texts:
            chunk.append(text)
            size += len(text)
            if size >= CHUNK_CHARS:
                out.extend(self._walk(chunk))
                chunk, size = [], 0
        if chunk:
            out.extend(self._walk(chunk))
        return out

    def _walk(self, texts: list[str]) -> "list[tuple[list[int], list[int]]]":
        import numpy as np

        keys = np.frombuffer(self.keys, dtype=np.int64)
        child = np.frombuffer(self.child, dtype=np.int32)
        term = np.frombuffer(self.term, dtype=np.bool_)
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        bounds = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(lengths, out=bounds[1:])
        joined = "".join(texts)
        codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        limit = np.repeat(bounds[1:], lengths)  # limit[p]: end of the text holding position p
        last = len(keys) - 1
        # the first step by table: the root's transitions (keys below 1 << CHAR_BITS) indexed by character
        roots = int(np.searchsorted(keys, 1 << CHAR_BITS))
        first = np.zeros(int(keys[roots - 1]) + 2 if roots else 1, dtype=np.int64)  # 0: no key starts so
        first[keys[:roots]] = child[:roots]
        node = first[np.minimum(codes, len(first) - 1)]  # the node each walk has reached, by start position
        starts = np.flatnonzero(node)  # the walks still going
        node = node[starts]
        found_starts: list[np.ndarray] = []
        found_ends: list[np.ndarray] = []
        depth = 1
        is_key = term[node]
        if is_key.any():
            found_starts.append(starts[is_key])
            found_ends.append(starts[is_key] + 1)
        while starts.size and last >= 0:
            at = starts + depth
            inside = at < limit[starts]
            if not inside.all():
                starts, node, at = starts[inside], node[inside], at[inside]
            step = (node << CHAR_BITS) | codes[at]
            j = np.minimum(np.searchsorted(keys, step), last)
            hit = keys[j] == step
            starts = starts[hit]
            node = child[j[hit]].astype(np.int64)
            depth += 1
            is_key = term[node]
            if is_key.any():
                s = starts[is_key]
                found_starts.append(s)
                found_ends.append(s + depth)
        if found_starts:
            s_all = np.concatenate(found_starts)
            e_all = np.concatenate(found_ends)
            order = np.lexsort((e_all, s_all))
            s_all, e_all = s_all[order], e_all[order]
        else:
            s_all = e_all = np.zeros(0, dtype=np.int64)
        cut = np.searchsorted(s_all, bounds)  # occurrences of text k: cut[k]:cut[k + 1]
        base = np.repeat(bounds[:-1], np.diff(cut))  # the start of each occurrence's text
        starts_l, ends_l, at = (s_all - base).tolist(), (e_all - base).tolist(), cut.tolist()
        return [(starts_l[at[k]:at[k + 1]], ends_l[at[k]:at[k + 1]]) for k in range(len(texts))]
