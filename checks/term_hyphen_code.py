"""A lower-case hyphenated form that the page also writes as code: an identifier, not a spelling of the spaced words.

A plugin or package page names its subject by the identifier its commands use: "Install the barcode-scanner plugin
to get started." on a page whose code says `tauri add barcode-scanner`, and later "the barcode scanner plugin" in
prose. The hyphenated form is the package's name as typed, not a hyphenated spelling an editor would unify with
"barcode scanner". What shows it: the page's text outside its prose sentences (fenced or inline code, a JSX
attribute, front matter) writes the same hyphenated token standing alone (not inside a longer name such as
`plugin-barcode-scanner`). Two prose spellings ("command-line" / "command line", "plug-in" / "plugin") on a page whose
code never writes the token are still variants.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["written_as_code"]

_HYPHENATED = LazyPattern(r"[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)+")


def _count(token: str, texts: Sequence[str]) -> int:
    pattern = re.compile(rf"(?<![\w@/.-]){re.escape(token)}(?![\w-])")
    return sum(len(pattern.findall(t)) for t in texts)


def written_as_code(shown: Sequence[str], texts: Sequence[str], pages: Sequence[str]) -> bool:
    """Whether one of two forms as written (`shown`) is a lower-case hyphenated token the English `pages` (whole
    text, code included) write more often than the prose sentences `texts` do (both languages' sentences: a
    bilingual file's page holds the Chinese prose too): the rest is code."""
    if len(shown) != 2:
        return False
    ids = [f for f in shown if _HYPHENATED.fullmatch(f)]
    if len(ids) != 1:
        return False
    return _count(ids[0], pages) > _count(ids[0], texts)
