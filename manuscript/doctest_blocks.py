"""Doctest blocks in a unit's text: a Python session (`>>> width = 20`) is code, not prose.

The PO files of a Sphinx documentation that extracts its code for translation (the Python documentation's
`gettext_additional_targets`, translated on Transifex or Weblate) hold each doctest block as a string of its own:
`>>> word[0:2]  # characters from position 0 (included) to 2 (excluded)` and its output. The translator keeps the
code and the output as they are and translates the comments only (`# 从 0 号位 (含) 到 2 号位 (不含) 的字符`); the
page shows the block verbatim, as Markdown shows a fenced code block. docutils recognises a doctest block by its
first line: the text block begins with the interpreter's prompt `>>>` followed by a blank or the line's end (the
reStructuredText specification, "Doctest Blocks").

`same_session` says whether the Chinese keeps the English session's code: the lines after a prompt (`>>> `, `... `)
without their comments and the output lines, compared line for line with trailing blanks dropped, and whether it
translated the comments. Such a unit has nothing to check as prose. A session whose code or output the translation
changed (a number, a name, a line dropped or added, a Chinese paragraph in place of the code) is not the same session,
nor is one that keeps an English comment as it is (`# floor division discards the fractional part` left in the
Chinese: prose left untranslated); both are checked as before, so the change or the English is reported.
"""
from __future__ import annotations

import re

_PROMPT = re.compile(r">>>(?: |\n|\Z)")
"""The first line of a doctest block (docutils: `>>>` followed by a blank or the line's end)."""
_CODE_LINE = re.compile(r"(?:>>>|\.\.\.)(?= |$)")
"""A line of code in a session: the primary or the continuation prompt."""


def is_doctest(text: str) -> bool:
    """True when `text` is a doctest block: its first line, blanks before it aside, starts with the `>>>` prompt."""
    return _PROMPT.match(text.lstrip()) is not None


_WORD = re.compile(r"[A-Za-z]{2}")
"""A comment with a word in it is prose a translation rewrites; `# 1`, `# -->` have nothing to translate."""
_DIRECTIVE = re.compile(r"#\s*doctest:")
"""A doctest directive (`# doctest: +ELLIPSIS`): an option to the test runner, kept as written."""


def _split_comment(line: str, quote: str) -> tuple[str, str, str]:
    """A code line's code, its `#` comment ('' for none) and the string still open at its end ('' for none, a triple
    quote when one goes on to the next line). `quote` is the string open when the line starts."""
    k = 0
    while k < len(line):
        if quote:
            if line[k] == "\\":
                k += 2
                continue
            if line.startswith(quote, k):
                k += len(quote)
                quote = ""
                continue
            k += 1
            continue
        if line[k] == "#":
            return line[:k], line[k:], ""
        for q in ('"""', "'''", '"', "'"):
            if line.startswith(q, k):
                quote = q
                k += len(q)
                break
        else:
            k += 1
    return line, "", quote if len(quote) == 3 else ""


def _session_lines(text: str) -> list[tuple[str, str]]:
    """The session's lines as (code, comment): prompt lines split at their `#` comment, output lines as written with
    no comment; trailing blanks dropped, blank lines at the start and end left out."""
    lines: list[tuple[str, str]] = []
    quote = ""
    for line in text.strip("\n").split("\n"):
        comment = ""
        if quote or _CODE_LINE.match(line):
            line, comment, quote = _split_comment(line, quote)
        lines.append((line.rstrip(), comment.strip()))
    while lines and lines[-1] == ("", ""):
        lines.pop()
    while lines and lines[0] == ("", ""):
        lines.pop(0)
    return lines


def session_code(text: str) -> list[str]:
    """The session's lines as code: prompt lines without their comments, output lines as written, trailing blanks
    dropped, and blank lines at the start and end left out."""
    return [code for code, _comment in _session_lines(text)]


def kept_comments(source: str, target: str) -> list[str]:
    """The comments of `source`'s session that `target` keeps unchanged on the same line: English prose left
    untranslated. A comment without a word (`# 1`) and a doctest directive are not prose."""
    return [a for (_c, a), (_d, b) in zip(_session_lines(source), _session_lines(target))
            if a and a == b and _WORD.search(a) and not _DIRECTIVE.match(a)]


def same_session(source: str, target: str) -> bool:
    """True when `source` is a doctest block and `target` keeps its code and output, line for line, with its comments
    translated (`kept_comments`: none left in English)."""
    return (is_doctest(source) and is_doctest(target) and session_code(source) == session_code(target)
            and not kept_comments(source, target))
