"""A term written one slip away from its listed form: 临床实验 for 临床试验, 淋巴癌 for 淋巴瘤, "ACD" for ASD.

Such a form is not the concept said another way (a synonym, the context) but the listed term mistyped or confused
with a neighbour, which a reviewer wants to see even where the concept is the file's subject (`term_implied`'s
topic rule stays silent otherwise).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.checks.renderings import near_variant
from zhen_qa.glossary.normalize import fold_en

MIN_LEN = 3
"""Fewest characters of a form compared: one slip in a two-character word (化疗 → 化学) is another word."""
MAX_EN_EDITS = 2
"""Most edits within one English word of a longer form ("distant" for "distance")."""
LONG_WORD = 6
"""Letters from which an English word may differ by MAX_EN_EDITS; shorter ones by one ("ACD" for "ASD")."""
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def edits(a: str, b: str, cap: int) -> int:
    """Levenshtein distance of `a` and `b`, or cap + 1 once it exceeds `cap`."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > cap:
            return cap + 1
    return row[-1]


def near_zh(text: str, forms: Iterable[str]) -> bool:
    """Whether the Chinese text has a form of MIN_LEN or more characters with one character changed, added or
    dropped (`renderings.near_variant`), where it does not have the form itself (which counts as rendered
    elsewhere)."""
    return near_variant(text, [f for f in forms if len(f) >= MIN_LEN and f not in text])


def near_en(text: str, forms: Iterable[str]) -> bool:
    """Whether the English text has a form with one word misspelt: every other word the same, that one within one
    edit (two for words of LONG_WORD letters or more): "distant learning" for "distance learning"."""
    words = [w.lower() for w in _WORD.findall(fold_en(text))]
    for form in forms:
        want = [w.lower() for w in _WORD.findall(fold_en(form))]
        if not want or sum(map(len, want)) < MIN_LEN:
            continue
        for k in range(len(words) - len(want) + 1):
            got = words[k:k + len(want)]
            diff = [(g, w) for g, w in zip(got, want) if g != w]
            if len(diff) != 1:
                continue
            g, w = diff[0]
            cap = MAX_EN_EDITS if len(w) >= LONG_WORD else 1
            if len(w) >= MIN_LEN and edits(g, w, cap) <= cap and not _inflected(g, w):
                return True
    return False


def _inflected(got: str, want: str) -> bool:
    """"trials" for "trial", "controls" for "control": the same word, which presence already accepts."""
    return got.rstrip("s") == want.rstrip("s") or got.rstrip("es") == want.rstrip("es")
