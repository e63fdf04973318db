"""Which of two forms of one Chinese word written in two scripts (減少 beside 减少) is the slip: the one written in
the script its own sentence does not otherwise use.

A simplified Chinese text with one traditional character (可減少您被…看到, every other character of its sentence
simplified: 网站, 这些) has the slip at the traditional form; a traditional text with one simplified word, at that
word. Discovery (`checks.discover`) counts the forms of such a word; where the counts tie, this tells which to point
at and which to suggest, from the sentence around each form, not from a list of characters.
"""
from __future__ import annotations

from zhen_qa.glossary.normalize import fold_zh
from zhen_qa.manuscript.script import HAN_RUN_RE

__all__ = ["out_of_script"]


def _traditional(text: str) -> bool:
    """Whether the Han characters of `text` include one `fold_zh` turns into another (a traditional character);
    full-width letters and digits, which it folds too, are no script."""
    han = "".join(HAN_RUN_RE.findall(text))
    return fold_zh(han) != han


def out_of_script(text: str, start: int, end: int) -> bool:
    """True when the word at text[start:end] is written in the other script than the rest of its sentence: a
    traditional form in a sentence with no other traditional character, or a simplified one in a sentence that has
    them. A sentence of that word alone tells nothing (False)."""
    rest = text[:start] + text[end:]
    if not HAN_RUN_RE.search(rest):
        return False
    return _traditional(text[start:end]) != _traditional(rest)
