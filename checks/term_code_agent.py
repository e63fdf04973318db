"""A Chinese compound an English identifier spells whole, the term's word as the agent noun that does it (term-missing,
Chinese terms): # 字段映射 = # FieldMapper, 字段映射转换插件 = "FieldMapper transform plugin" for 映射 "mapping".

Documentation names a transform, a component or a class by what it does, and the Chinese names it by that act:
字段映射 "field mapping" is what FieldMapper does, the name of the thing that maps fields. The identifier says the term
where its last part is the agent noun of one of the term's English forms (map + per, mapp-ing → mapper; a final e
dropped: compute → computer) and the part before it renders the Chinese word right before the term (字段 "field":
Field). The agent alone (`Visualizer` for 可视化, the act, `term_code_named`), another word before it (TypeMapper
for 字段映射) or an identifier of another act (FieldFilter) leaves the term missing.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from zhen_qa.aligner.lexicon import stem

AGENT = "er"
"""The ending that makes an English verb the noun of what does it (map: mapper)."""

WORD_MIN = 2
"""Characters of the Chinese word right before the term that is looked up (字段)."""


def agents_of(word: str) -> set[str]:
    """The agent nouns an English form's word may have: map → mapper, maper; compute → computer; mapping → mapper."""
    base = word[:-3] if word.endswith("ing") and len(word) > 5 else word
    out = {base + AGENT, base + base[-1:] + AGENT}
    if base.endswith("e"):
        out.add(base + "r")
    return out


def compound_spelled(en_forms: Iterable[str], zh_text: str, zh_start: int, identifiers: Iterable[list[str]],
                     zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether an identifier (its lower-cased parts) spells the Chinese compound the hit starting at `zh_start` of
    `zh_text` ends: its last part the agent noun of an English form's (last) word, the part before it a gloss of the
    two-character word right before the hit (see the module docstring)."""
    before = zh_text[max(0, zh_start - WORD_MIN):zh_start]
    glosses = {stem(g) for g in zh2en.get(before, ())} if len(before) == WORD_MIN else set()
    if not glosses:
        return False
    agents = {a for f in en_forms if f.split() and f.split()[-1].isalpha() for a in agents_of(f.split()[-1].lower())}
    return any(len(parts) >= 2 and parts[-1] in agents and stem(parts[-2]) in glosses for parts in identifiers)
