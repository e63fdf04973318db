"""A Chinese form of two words written with 的 between them (命名的路由 for 命名路由): the term still
(`zh_split_by_de`)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from zhen_qa.aligner.jieba_base import cut
from zhen_qa.checks.presence_zh import zh_key
from zhen_qa.manuscript.script import is_han

DE_PART_MIN = 2
"""Fewest characters of either part of a Chinese form split by 的 (`zh_split_by_de`): 命名 + 路由."""


def zh_split_by_de(forms: Iterable[str], text: str, spans: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether `text` writes a Chinese form of two words split by 的 (命名的路由 for 命名路由 "named route"): Chinese
    puts 的 between a modifier and its head as it likes, and the term stays the term. Each part has DE_PART_MIN
    characters or more; no term match of the text (`spans`) crosses the edges of what is found, so a longer word
    there (命名的路由器, "a named router") is no rendering. A match inside it (路由) is part of the term."""
    for key in map(zh_key, forms):
        for i in range(DE_PART_MIN, len(key) - DE_PART_MIN + 1):
            split = key[:i] + "的" + key[i:]
            start = text.find(split)
            while start >= 0:
                end = start + len(split)
                if _opens_phrase(text, start) and not any(a < start < b or a < end < b for a, b in spans):
                    return True
                start = text.find(split, start + 1)
    return False


NEGATIONS = frozenset("未非不无没")
"""Characters that negate the word after them (未命名 "unnamed", 非对称 "asymmetric")."""


def _opens_phrase(text: str, start: int) -> bool:
    """Whether a word starts at `start` of `text`: the text begins there, or after a character that is no Han, or
    jieba cuts the run of Han characters there and the two words before hold no negation (重命名的路由 "renamed",
    未命名的路由 "unnamed", 没有命名的路由, 不需要命名的路由 "not named" are other words: review50b S1, S8)."""
    if start == 0 or not is_han(text[start - 1]):
        return True
    run_start = start
    while run_start > 0 and is_han(text[run_start - 1]):
        run_start -= 1
    run_end = start
    while run_end < len(text) and is_han(text[run_end]):
        run_end += 1
    at, before = run_start, ["", ""]
    for word in cut(text[run_start:run_end]):
        if at >= start:
            break
        at, before = at + len(word), [before[-1], word]
    return at == start and not NEGATIONS & set("".join(before))  # 没有 / 不需要 命名的路由 (review50b S8)
