"""The word before each English occurrence of a word a rule looks for, and whether it is a plain one.

Excuses that let the context name something ("The risk increases" for 肺癌危险, "CTGF levels" for 骨髓CTGF水平)
ask of each occurrence of the English word ("risk", "CTGF") whether the word right before it is plain (a
determiner, a preposition, an adjective: nothing that could stand where the term was) or a content word, which may
be the term replaced by another word. Each excuse has its own list of plain words.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from zhen_qa.manuscript.lazy_re import LazyPattern


def plain_before(en_text: str, pattern: re.Pattern[str] | LazyPattern, plain: re.Pattern[str],
                 passed: frozenset[str] = frozenset()) -> Iterator[tuple[re.Match[str], bool]]:
    """Each match of `pattern` in `en_text` and whether the word before it, stripped of "(,;:", fully matches
    `plain` (true too at the start of the text or of a sentence: after ".", "!", "?"). Words of `passed`
    ("absolute" of "absolute risk") are passed over to the word before them."""
    for e in pattern.finditer(en_text):
        before = en_text[:e.start()].split()
        while before and before[-1].lower() in passed:
            before.pop()
        yield e, not before or before[-1].endswith((".", "!", "?")) or bool(plain.fullmatch(before[-1].strip("(,;:")))
