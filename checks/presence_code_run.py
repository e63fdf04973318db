"""Runs of Latin letters, digits and joining marks that are names of code (`code_like_run`: @rc-component/picker,
upstream.node.host), not English compounds (anti-tumor)."""
from __future__ import annotations

import re

from zhen_qa.checks.presence_en import PREFIXES


def joined(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is part of a hyphenated, dotted or scoped name (European-American, react-component)."""
    return _JOINED_BEFORE.search(text, 0, start) is not None or _JOINED_AFTER.match(text, end) is not None


def code_like_run(text: str, start: int, end: int, docs: bool) -> bool:
    """Whether text[start:end] is part of a run of Latin letters, digits and joining marks that is a name of code:
    the run joins by a dot, slash, at sign or underscore or holds a digit (@rc-component/picker, upstream.node.host,
    vue-i18n); joined by hyphens only, it is one in documentation (`docs`) when its first part is no prefix
    (react-component yes; anti-tumor, non-small-cell, co-primary no: English compounds)."""
    if not joined(text, start, end):
        return False
    a, b = start, end
    while a > 0 and _RUN_CHAR.match(text[a - 1]):
        a -= 1
    while b < len(text) and _RUN_CHAR.match(text[b]):
        b += 1
    run = text[a:b].strip("-./")
    if _CODE_MARK.search(run):
        return True
    first = run.split("-", 1)[0].lower()
    return docs and first not in HYPHEN_PREFIXES


_JOINED_BEFORE = re.compile(r"[A-Za-z0-9][-./@]$")


_JOINED_AFTER = re.compile(r"[-./][A-Za-z0-9]")
"""A word joined by a hyphen, dot, slash or at sign to another (react-component, @rc-component/picker,
upstream.node.host): a package's, a file's or a key's name, kept as written, no word of the prose."""


_RUN_CHAR = re.compile(r"[A-Za-z0-9@./_-]")


_CODE_MARK = re.compile(r"[@/_0-9]|[A-Za-z0-9]\.[A-Za-z0-9]")
"""What makes a joined run code rather than an English compound: an at sign, slash, underscore, digit, or a dot
between two characters of the run (a sentence's full stop after a word is no such dot)."""


HYPHEN_PREFIXES = frozenset((*PREFIXES, "non", "multi", "sub", "inter", "intra", "semi", "self", "re", "de", "un",
                             "over", "under", "cross", "well", "long", "short", "high", "low", "mid", "pro",
                             "counter", "extra", "ultra", "micro", "macro", "mono", "poly", "bi", "tri"))
"""First parts that make a hyphenated run an English compound, not a package's name (anti-tumor, non-small-cell,
self-reported, follow-up's kind: PREFIXES and the common prefixes and combining words of English compounds)."""
