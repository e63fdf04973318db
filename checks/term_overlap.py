"""Two concepts in one Chinese phrase: a listed term with another concept's term inside it, the English saying it.

A Chinese phrase may hold one concept's term spread around another's: 俯卧位机械通气 is 俯卧位通气 "prone position
ventilation" with 机械 "mechanical" inside, and so holds 机械通气 "mechanical ventilation" too. The English names the
phrase by the outer concept ("prone position ventilation"), the inner one's modifier left as understood (prone
ventilation is mechanical). Both matches then render each other: the English term is in the Chinese, spread
(its characters in order with up to GAP characters inside, the inner term among them), and the inner Chinese term is
said by the English term of the outer concept it sits in. The outer concept must be matched on both sides of the
bead: a phrase the English does not name that way ("prone position substance") leaves the inner term missing. A form
written whole is not spread: 药理学及方法学 holds 药理学 "pharmacology" whole, not spread over 方法学 (药理…学).

The English has its own overlaps (`shares_words`): "data type promotion" holds "data type" and "type promotion", two
listed terms sharing "type". Where the Chinese names the other concept only (隐式类型提升 "implicit type promotion"),
the phrase is that concept's English, "data" its modifier, and "data type" no mention of a data type of its own. Only
where the two English matches share a word: "data type and type promotion" names both, and the Chinese must too.
The dropped word may narrow the meaning ("memory leak detection" = 泄漏检测 leaves out that the leaks are memory
leaks), so the page must show the writer using the shared word's Chinese bare for the term elsewhere (`bare_elsewhere`:
a bead whose English names a data type and whose Chinese writes 类型 alone, not as part of 类型提升 or 数据类型).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from zhen_qa.checks.presence_zh import zh_key
from zhen_qa.checks.term_hits import Hit

GAP = 4
"""Most characters inside a spread Chinese form (机械 of 俯卧位机械通气)."""


def overlapped(h: Hit, tgt_hits: Sequence[Hit], zh_forms: Callable[[str], Iterable[str]]) -> bool:
    """Whether the term `h` and a match of another concept on the other side (`tgt_hits`) are one Chinese phrase: the
    Chinese match spreads a form of the English match's concept over itself (see the module docstring). `zh_forms`
    gives a concept's accepted Chinese forms."""
    own = set(h.match.concepts)
    for o in tgt_hits:
        if own & set(o.match.concepts):
            continue
        zh_hit, en_hit = (h, o) if h.lang == "zh" else (o, h)
        forms = [f for c in en_hit.match.concepts for f in zh_forms(c)]
        if any(_spread_over(zh_key(f), zh_hit) for f in forms):
            return True
    return False


def shares_words(h: Hit, tgt_hits: Sequence[Hit], en_forms: Callable[[str], Iterable[str]],
                 zh_forms: Callable[[str], Iterable[str]], beads: Sequence[tuple[str, str]]) -> bool:
    """Whether the English term `h` shares a word with an English form of another concept the Chinese (`tgt_hits`)
    names, written across the term's edge in its sentence ("data type promotion": "type promotion" over the "type"
    of "data type"): one phrase, the other concept's English (see the module docstring), where the page's beads
    (`beads`, Chinese and English) show the shared word's Chinese standing bare for the term (`bare_elsewhere`).
    `en_forms` / `zh_forms` give a concept's accepted forms. The matcher keeps one of two overlapping matches, so the
    other is looked for in the text."""
    if h.lang != "en":
        return False
    text, start, end = h.sentence.text.text, h.match.start, h.match.end
    own = set(h.match.concepts)
    for c in {c for o in tgt_hits for c in o.match.concepts} - own:
        crossing = any(start < m.start() < end < m.end() or m.start() < start < m.end() < end
                       for form in en_forms(c)
                       for m in re.finditer(rf"(?<![A-Za-z]){re.escape(form)}(?![A-Za-z])", text, flags=re.I))
        if crossing and any(bare_elsewhere(k, c, en_forms, zh_forms, beads) for k in own):
            return True  # across the term's edge, neither holding the other
    return False


def bare_elsewhere(k: str, c: str, en_forms: Callable[[str], Iterable[str]],
                   zh_forms: Callable[[str], Iterable[str]], beads: Sequence[tuple[str, str]]) -> bool:
    """Whether a bead of the page names concept `k` in its English and, in its Chinese, writes no form of `k` but
    the Chinese `k` shares with concept `c` (类型 of 数据类型 and 类型提升) outside every form of `c`: the writer says
    `k` by the shared word alone, so leaving `k`'s other word out beside `c` is the page's usage. Without it the
    dropped word is an omission (泄漏检测 for "memory leak detection")."""
    ks, cs = [zh_key(f) for f in zh_forms(k)], [zh_key(f) for f in zh_forms(c)]
    shared = {p for f in ks for g in cs for p in _junctions(f, g)}
    if not shared:
        return False
    patterns = [re.compile(rf"(?<![A-Za-z]){re.escape(f)}(?:e?s)?(?![A-Za-z])", re.I) for f in en_forms(k)]
    for zh, en in beads:
        if not any(p.search(en) for p in patterns) or any(f in zh for f in ks):
            continue
        rest = zh
        for g in sorted(cs, key=len, reverse=True):
            rest = rest.replace(g, "\n")
        if any(p in rest for p in shared):
            return True
    return False


def _junctions(f: str, g: str) -> list[str]:
    """The Chinese two forms share at their seam: the longest end of `f` that begins `g`, and the longest beginning
    of `f` that ends `g` (类型 of 数据类型 and 类型提升), shorter than either form."""
    out = []
    for n in range(min(len(f), len(g)) - 1, 0, -1):
        if f.endswith(g[:n]):
            out.append(g[:n])
            break
    for n in range(min(len(f), len(g)) - 1, 0, -1):
        if g.endswith(f[:n]):
            out.append(f[:n])
            break
    return out


def _spread_over(key: str, zh_hit: Hit) -> bool:
    """Whether a Chinese form (3+ characters) occurs spread in the sentence of `zh_hit`, the match starting among the
    characters inside it: 俯卧位通气 as 俯卧位机械通气, 机械通气 starting at 机械 (not where the form is written whole
    there, 药理学及方法学)."""
    if len(key) < 3:
        return False
    text = zh_hit.sentence.text.text
    for k in range(1, len(key)):
        pattern = re.escape(key[:k]) + rf"([^\s，。；！？,;]{{1,{GAP}}})" + re.escape(key[k:])
        for m in re.finditer(pattern, text):
            if m.start(1) <= zh_hit.match.start < m.end(1) and not text.startswith(key, m.start()):
                return True
    return False
