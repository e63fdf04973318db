"""What a unit of a structured Markdown section is, for the block-by-block alignment (`aligner.blocks`): a paragraph,
a heading, a list item, or a table row (its cells together); whether a block is a heading or a cell too short to be
prose; and the place in the page's structure a translation keeps (`unit_place`).
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.aligner.unit_folds import word_count
from zhen_qa.manuscript.document import Block

MIN_CELL_WORDS = 3
"""A table cell of fewer words (Latin words, or Han characters counted two to a word) is a value, not prose."""


def structured(blocks: Sequence[Block]) -> bool:
    """True when every block carries its Markdown structure (the blocks come from a structured Markdown file)."""
    return bool(blocks) and all(b.part is not None for b in blocks)


def heading_block(block: Block) -> bool:
    """Whether a block is a Markdown heading."""
    return block.part is not None and block.part.kind == "heading"


def section_units(blocks: Sequence[Block]) -> list[list[Block]]:
    """Consecutive blocks grouped into units: the cells of one table row together, any other block alone."""
    out: list[list[Block]] = []
    prev: tuple[int, int] | None = None
    for b in blocks:
        p = b.part
        row = (p.table, p.row) if p is not None and p.kind == "cell" else None
        if row is not None and row == prev and out:
            out[-1].append(b)
        else:
            out.append([b])
        prev = row
    return out


def is_row(unit: list[Block]) -> bool:
    p = unit[0].part
    return p is not None and p.kind == "cell"


def is_heading(unit: list[Block], lang: str) -> bool:
    """A heading of one sentence (a heading that swallowed a paragraph is aligned like a paragraph)."""
    from zhen_qa.manuscript.segment import split

    return heading_block(unit[0]) and len(split(unit[0].text.text, lang)) == 1


def value_cell(block: Block) -> bool:
    """A table cell too short to be prose (a type, a default, 是/否)."""
    text = block.text.text
    return word_count(text) < MIN_CELL_WORDS


def unit_place(unit: list[Block], lang: str) -> tuple[str, int] | None:
    """A unit's place in the page's structure that its translation keeps: a heading of one sentence (with its
    level) or a list item; None for a paragraph or a row."""
    p = unit[0].part
    if p is None:
        return None
    if is_heading(unit, lang):
        return ("heading", p.level)
    return ("item", 0) if p.kind == "item" else None
