"""How well the bodies of a Chinese and an English section agree: the words the lexicon translates between them.

Used by the Markdown section pairing to check a heading anchor the headings alone do not make certain (a Chinese
heading keeping one name of an English heading: `## 在 Vite 中使用` beside `## Vite Plugin Options`, where its
translation is `## Usage`): the section whose body the Chinese body translates is its partner.
"""
from __future__ import annotations

from collections.abc import Iterable

from zhen_qa.aligner.lexicon import en_stems, load_lexicon, zh_tokens
from zhen_qa.aligner.scorers.lexical import glossed_stems
from zhen_qa.manuscript.document import Block, Role
from zhen_qa.manuscript.lazy_re import LazyPattern

_LATIN = LazyPattern(r"[A-Za-z][A-Za-z0-9_]*|\d+")


def _text(blocks: Iterable[Block]) -> str:
    """The text of a section's blocks other than headings (a heading is what is being checked)."""
    return "\n".join(b.text.text for b in blocks if b.role is not Role.HEADING)


def body_agreement(zh_blocks: Iterable[Block], en_blocks: Iterable[Block]) -> float:
    """In [0, 1]: the harmonic mean of the share of the English body's content stems that the Chinese body renders
    (its words glossed by the lexicon, or the Latin words and numbers it keeps) and the share of the Chinese body's
    words rendered in the English body; 0 when either body has none."""
    en = set(en_stems(_text(en_blocks)))
    zh_text = _text(zh_blocks)
    lexicon = load_lexicon()
    words = set(zh_tokens(zh_text, lexicon)) | set(_LATIN.findall(zh_text))
    if not en or not words:
        return 0.0
    present = dict.fromkeys(en, 1)
    said: set[str] = set()
    rendered = 0
    for word in words:
        found = glossed_stems([word], lexicon.zh2en, present) if not word.isascii() else {
            s for s in en_stems(word) if s in present}
        said |= found
        rendered += bool(found)
    en_share, zh_share = len(said) / len(en), rendered / len(words)
    return 2 * en_share * zh_share / (en_share + zh_share) if said else 0.0
