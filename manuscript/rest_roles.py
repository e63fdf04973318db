"""reStructuredText roles written in a unit's text: the `:kbd:` of ":kbd:`Ctrl`" is markup, not punctuation.

The PO files of a Sphinx documentation (sphinx-build gettext, translated on Weblate, Transifex or Crowdin) keep
the source's inline markup in every string: `Press :kbd:`Ctrl``, `Click :guilabel:`OK``, `See :ref:`the panel
<panel>``. Sphinx renders a role as the element it names, so its prefix (`:kbd:`, `:py:func:`) prints nothing and
its colons are not the text's punctuation. docutils recognises a role only where its inline-markup rules allow
(the reStructuredText specification, "Inline markup recognition rules"; `character-level-inline-markup` off, as
Sphinx leaves it): the prefix starts the text or follows whitespace, an ASCII opening mark (- : / ' " < ( [ {) or
a Unicode opening, closing-quote, dash or other punctuation mark; the closing backtick ends the text or is
followed by whitespace, an ASCII closing mark (- . , : ; ! ? \\ / ' " ) ] } >) or such a Unicode mark. A role
glued to a word (`点击:guilabel:`OK`来`) is not recognised: the built page shows `:guilabel:`OK`` as written,
so its colons are text and stay reported, as the defect of the translation they are.

A substitution reference (`The |powered-on| button`) names an image the source defines once (`.. |powered-on|
image:: …`); Sphinx extracts that image's alt text, the substitution's name, as a string of its own (msgid
"powered-on"). `substitution_names` finds the names a file's strings reference: a string that is one of them is an
icon's name, not prose, and is left untranslated on purpose.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_ROLE = re.compile(r":[A-Za-z0-9]+(?:[-_+.:][A-Za-z0-9]+)*:(?=`[^`\s])")
"""A role's prefix (a simple name, a domain's `py:func` too) directly before an interpreted text's backtick."""
_CONTENT = re.compile(r"`([^`]*[^`\s\\])`")
"""The interpreted text after the prefix: backticks round text that does not end in a blank."""
_BEFORE_ASCII = frozenset("-:/'\"<([{")
_AFTER_ASCII = frozenset("-.,:;!?\\/'\")]}>")
_BEFORE_CATEGORIES = frozenset({"Pd", "Po", "Ps", "Pi", "Pf"})
_AFTER_CATEGORIES = frozenset({"Pd", "Po", "Pe", "Pi", "Pf"})


def _may_open(text: str, at: int) -> bool:
    """True where an inline-markup start-string may begin at `at` (docutils' rule 1)."""
    if at == 0:
        return True
    ch = text[at - 1]
    return ch.isspace() or ch in _BEFORE_ASCII or unicodedata.category(ch) in _BEFORE_CATEGORIES


def _may_close(text: str, end: int) -> bool:
    """True where an inline-markup end-string may end at `end` (docutils' rule 4)."""
    if end >= len(text):
        return True
    ch = text[end]
    return ch.isspace() or ch in _AFTER_ASCII or unicodedata.category(ch) in _AFTER_CATEGORIES


def role_prefixes(text: str) -> list[tuple[int, int]]:
    """The spans of the role prefixes docutils would read as roles in `text` (`:kbd:` of " :kbd:`Ctrl` "), in
    order; a prefix glued to a word on either side of the role is left out (it prints as text)."""
    spans: list[tuple[int, int]] = []
    for m in _ROLE.finditer(text):
        content = _CONTENT.match(text, m.end())
        if content is not None and _may_open(text, m.start()) and _may_close(text, content.end()):
            spans.append(m.span())
    return spans


_SUBSTITUTION = re.compile(r"(?:(?<=[\s\-:/'\"<(\[{])|^)\|([^|\s](?:[^|\n]*[^|\s])?)\|(?=[\s\-.,:;!?\\/'\")\]}>_]|$)")
"""A substitution reference |name| with docutils' boundaries (a reference `|name|_` too)."""


def substitution_names(texts: Iterable[str]) -> frozenset[str]:
    """The names the texts reference as reStructuredText substitutions (`powered-on` of "the |powered-on| button")."""
    return frozenset(m.group(1) for text in texts if "|" in text for m in _SUBSTITUTION.finditer(text))
