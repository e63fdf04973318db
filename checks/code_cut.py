"""extra-target inside a bead: a Chinese sentence that stops inside a code span it never closes, while its English
goes on after that code.

A translation cut short at a backtick leaves the code span open (例如，如果 `$env.SHLVL == 2 for "For instance, if
`$env.SHLVL == 2` then typing `exit` should return you to a parent shell."): Markdown prints the backtick as a
character, and the rest of the English sentence has no Chinese. The aligner still pairs the cut sentence with the
whole English one, so nothing is unpaired and the omission goes unreported.

Reported (`cut_in_code`), in structured Markdown (documentation) only, when a bead's Chinese sentence

- ends inside an unclosed code span: the reader left its last backtick as a character (no closing backtick after
  it), and what follows that backtick is code (Latin, no Han character, no sentence-final mark) up to the sentence's
  end;
- and an English sentence of the bead holds a code span whose code is that code (or begins with it: a cut inside the
  code), followed by MIN_WORDS words or more before the sentence ends: the part the Chinese lacks.

A Chinese sentence that writes a literal backtick and goes on in prose (按 ` 键切换输入法) does not end inside code;
an English sentence that ends with the code says nothing after it; a Chinese sentence whose code span is closed is
whole. Each of those is left alone.
"""
from __future__ import annotations

from collections.abc import Iterator

from zhen_qa.checks.quote import clipped
from zhen_qa.manuscript.document import Pair, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import han_count
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, inline_code
from zhen_qa.report.findings import Finding, Severity

MIN_WORDS = 3
"""Fewest English words after the code for the rest of the sentence to be a part the Chinese lacks (a trailing "in
Nushell" is too little to tell)."""

_SENTENCE_END = frozenset("。！？.!?；;：:")
"""Marks that end a sentence or a clause: code followed by one is closed prose, not a cut."""
_WORD = LazyPattern(r"[A-Za-z][A-Za-z'’\-]*")


def open_code(zh: str) -> str:
    """The code after the last backtick of Chinese sentence text `zh` when the sentence ends inside that unclosed code
    span (the reader turns closed spans into placeholders, so a backtick left in the text was never closed), else
    ""."""
    at = zh.rfind("`")
    if at < 0:
        return ""
    code = zh[at + 1:].strip()
    if not code or han_count(code) or CODE_PLACEHOLDER in code or code[-1] in _SENTENCE_END:
        return ""
    return code


def rest_after(en: Sentence, code: str) -> str:
    """The English sentence's text after its code span whose code is `code` or begins with it, placeholders written
    back as their code in backticks ("" when no span holds that code)."""
    text = en.text.text
    for i, ch in enumerate(text):
        if ch == CODE_PLACEHOLDER and inline_code(en.text, i).startswith(code):
            rest = text[i + 1:]
            return "".join(f"`{inline_code(en.text, i + 1 + k)}`" if c == CODE_PLACEHOLDER else c
                           for k, c in enumerate(rest)).strip()
    return ""


def cut_in_code(zh: Sentence, ens: list[Sentence]) -> tuple[Sentence, str, str] | None:
    """(English sentence, code, the English after it) when Chinese sentence `zh` stops inside an unclosed code span
    that one of `ens` holds closed and goes on after (see the module's conditions), else None."""
    code = open_code(zh.text.text)
    if not code:
        return None
    for en in ens:
        rest = rest_after(en, code)
        if len(_WORD.findall(rest)) >= MIN_WORDS:
            return en, code, rest
    return None


def findings(pair: Pair, rule: str, severity: Severity) -> Iterator[Finding]:
    """`rule` findings for the pair's Chinese sentences cut inside an unclosed code span (`cut_in_code`)."""
    for bead in pair.beads:
        ens = [pair.en[k] for k in bead.en]
        if not ens:
            continue
        for k in bead.zh:
            zh = pair.zh[k]
            if (cut := cut_in_code(zh, ens)) is None:
                continue
            en, code, rest = cut
            msg = f"the Chinese stops inside an unclosed code span (`{clipped(code)}): no Chinese for: {clipped(rest)}"
            yield Finding(rule, severity, msg, en.location, "en", en.text.text, related=zh.location,
                          data=(("clause", rest),))
