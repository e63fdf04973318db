"""Keyword lines without a label: the term list that closes an abstract ("味觉；判断；决策" / "Taste; judgment;
decision-making"), told from prose by its shape so that the sentence alignment never pairs it with prose.

Journal abstracts in two plain files (one abstract a paragraph, then its keywords, as MinerU and PubMed exports
print them) carry no 关键词 / Keywords label. Aligned as prose, a keyword line whose English was deleted merges into
the last English sentence, and a deleted English abstract leaves its Chinese paired with the English keyword line:
both omissions go unreported. `list_groups` puts the closing term lists of both sides in a group of their own.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.manuscript.keyword_lines import is_keyword_line, is_unseparated_terms


def closing_lists(blocks: Sequence[str], lang: str) -> int:
    """How many of the last blocks are keyword lines (0 when every block is one: nothing precedes the list)."""
    n = 0
    while n < len(blocks) and is_keyword_line(blocks[len(blocks) - 1 - n], lang):
        n += 1
    return n if n < len(blocks) or lang == "en" else 0


def list_groups(zh_blocks: Sequence[str], en_blocks: Sequence[str]) -> tuple[list[int], list[int]] | None:
    """A group a block, each side: 0 for prose, 1 for the closing keyword lines; None when neither side closes with a
    keyword line after its prose. An English side of keyword lines alone (its abstract missing) is all group 1; an
    English side with none is all group 0 (its keyword line missing). Where only the English closes with one, a last
    Chinese line of terms run together (`is_unseparated_terms`: its separators lost) or closed by a full stop
    ("…；帕博利珠单抗。", as the English "…; pembrolizumab.") is its counterpart; a last Chinese line of prose leaves
    the English keywords without one (the Chinese keyword line missing)."""
    nz = closing_lists(zh_blocks, "zh")
    ne = closing_lists(en_blocks, "en")
    if not nz:
        if not ne or ne == len(en_blocks) or not zh_blocks:
            return None
        last = zh_blocks[-1].rstrip()
        nz = 1 if is_unseparated_terms(last) or is_keyword_line(last.removesuffix("。"), "zh") else 0
    return ([0] * (len(zh_blocks) - nz) + [1] * nz, [0] * (len(en_blocks) - ne) + [1] * ne)
