"""A lower-case hyphenated form that the page also writes as code: an identifier, not a spelling of the spaced words.

A plugin or package page names its subject by the identifier its commands use: "Install the barcode-scanner plugin
to get started." on a page whose code says `tauri add barcode-scanner`, and later "the barcode scanner plugin" in
prose. The hyphenated form is the package's name as typed, not a hyphenated spelling an editor would unify with
"barcode scanner". What shows it: the page's text outside its prose sentences writes the same hyphenated token
standing as a name: a quoted string, an inline code span or a JSX attribute value (`"barcode-scanner"`), or the word
right after an install command (`tauri add barcode-scanner`, `npm install --save x-y`), not inside a longer name such
as `plugin-barcode-scanner`. A code comment (`# the command-line tool must be on your PATH`, `// …`, `<!-- … -->`) is
English prose, and a flag's value (`--output command-line`) is no name of the page's subject: neither counts. Two
prose spellings ("command-line" / "command line", "plug-in" / "plugin") on a page whose code does not write the token
as a name are still variants.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["written_as_code"]

_HYPHENATED = LazyPattern(r"[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)+")


_COMMENT = LazyPattern(r"(?:^|(?<=\s))(?:#|//|/\*|<!--).*$|^[ \t]*\*.*$", re.M)
"""A comment to the end of its line (shell/Python `#`, `//`, `/*`, `<!--`) or a block comment's continuation line."""
_INSTALL = r"\b(?:add|install|i|remove|rm|uninstall)[ \t]+(?:-{1,2}[\w-]+[ \t]+)*"


def _count(token: str, texts: Sequence[str]) -> int:
    """Occurrences of `token` standing as a name (quoted, in a code span, or after an install command), comments
    left out."""
    name = re.escape(token)
    pattern = re.compile(rf"(?:[\"'`]{name}(?=[\"'`])|{_INSTALL}{name}(?![\w@/.-]))")
    return sum(len(pattern.findall(_COMMENT.sub("", t))) for t in texts)


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
