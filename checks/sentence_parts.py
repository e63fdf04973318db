"""The Markdown part (`Block.part`) of a sentence and what its table says of it: which columns and tables have
Chinese, a column's header, columns of values or literals."""
from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable

from zhen_qa.checks.han_in_english import HAN_RUN
from zhen_qa.manuscript.document import Block, Part, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern


class Parts:
    """The Markdown part (`Block.part`) a sentence belongs to, looked up by its first character's source offset
    among the blocks of its file (blocks of one file do not overlap; they are sorted here by offset, since the
    manuscript lists a table row's key cell after the row's other cells)."""

    def __init__(self, blocks: Iterable[Block]) -> None:
        self._starts: dict[int, list[int]] = {}
        self._blocks: dict[int, list[Block]] = {}
        self._translated: set[tuple[int, int, int]] = set()  # (source, table, column) with a Chinese cell
        self._chinese_tables: set[tuple[int, int]] = set()  # (source, table) with a Chinese cell, header included
        self._worded: Counter[tuple[int, int]] = Counter()  # (source, table): header cells of plain words
        self._width: dict[tuple[int, int], int] = {}  # (source, table): its columns
        self._literal: set[tuple[int, int, int]] = set()  # (source, table, column) headed Type, Default, Message…
        self._header: dict[tuple[int, int, int], str] = {}  # (source, table, column): its header cell's text
        by_source: dict[int, list[Block]] = {}
        for b in blocks:
            if b.part is not None and len(b.text.offsets):
                by_source.setdefault(id(b.text.source), []).append(b)
                if b.part.kind == "cell":
                    table = (id(b.text.source), b.part.table)
                    self._width[table] = b.part.shape[1]
                    if b.part.row == 0:
                        self._header[(table[0], table[1], b.part.column)] = b.text.text.strip()
                    if b.part.row == 0 and _WORDED_HEADER.fullmatch(b.text.text.strip()):
                        self._worded[table] += 1
                    if b.part.row == 0 and _LITERAL_HEADER.fullmatch(b.text.text.strip()):
                        self._literal.add((*table, b.part.column))
                if b.part.kind == "cell" and HAN_RUN.search(b.text.text):
                    self._chinese_tables.add((id(b.text.source), b.part.table))
                    if b.part.row > 0:
                        self._translated.add((id(b.text.source), b.part.table, b.part.column))
        for source, found in by_source.items():
            found.sort(key=lambda b: b.text.offsets[0])
            self._blocks[source] = found
            self._starts[source] = [b.text.offsets[0] for b in found]

    def part(self, sentence: Sentence) -> Part | None:
        """The Markdown part of the block the sentence starts in; None outside structured Markdown (plain text, a
        Markdown file without headings: no part is known there)."""
        mapped = sentence.text
        starts = self._starts.get(id(mapped.source))
        if not starts or not len(mapped.offsets):
            return None
        at = mapped.offsets[0]
        k = bisect.bisect_right(starts, at) - 1
        if k < 0:
            return None
        block = self._blocks[id(mapped.source)][k]
        return block.part if at <= block.text.offsets[-1] else None

    def code_after(self, sentence: Sentence) -> str:
        """The code blocks right after the sentence (`Part.code_after`) when it ends its block, else ""."""
        mapped = sentence.text
        part = self.part(sentence)
        if part is None or not part.code_after:
            return ""
        starts = self._starts[id(mapped.source)]
        block = self._blocks[id(mapped.source)][bisect.bisect_right(starts, mapped.offsets[0]) - 1]
        return part.code_after if mapped.offsets[-1] >= block.text.offsets[-1] else ""

    def beside(self, sentence: Sentence, step: int) -> str:
        """The source of the block `step` blocks after (negative: before) the one the sentence starts in, in its
        file, as the file writes it (code spans and emphasis included), from the start of its first line; "" when
        there is none (the file's first or last block, or no structured Markdown)."""
        block = self._block_at(sentence, step)
        if block is None:
            return ""
        text, source = block.text, block.text.source.text
        return source[source.rfind("\n", 0, text.offsets[0]) + 1:text.offsets[-1] + 1]

    def code_beside(self, sentence: Sentence, step: int) -> str:
        """The code blocks after the block `step` blocks after (negative: before) the one the sentence starts in
        (`Part.code_after`); "" when there is none."""
        block = self._block_at(sentence, step)
        part = block.part if block is not None else None
        return part.code_after if part is not None else ""

    def _block_at(self, sentence: Sentence, step: int) -> Block | None:
        """The block `step` blocks after (negative: before) the one the sentence starts in, in its file; None when
        there is none (the file's first or last block, or no structured Markdown)."""
        mapped = sentence.text
        starts = self._starts.get(id(mapped.source))
        if not starts or not len(mapped.offsets):
            return None
        k = bisect.bisect_right(starts, mapped.offsets[0]) - 1 + step
        blocks = self._blocks[id(mapped.source)]
        return blocks[k] if 0 <= k < len(blocks) else None

    def kind(self, sentence: Sentence) -> str:
        """"paragraph", "heading", "item" or "cell"; "" outside structured Markdown."""
        part = self.part(sentence)
        return part.kind if part is not None else ""

    def translated_column(self, sentence: Sentence, part: Part) -> bool:
        """Whether a body cell (not the header row) of the sentence's table column (in its file) has Chinese."""
        return (id(sentence.text.source), part.table, part.column) in self._translated

    def english_table(self, sentence: Sentence, part: Part) -> bool:
        """Whether no cell of the sentence's table (in its file), header row included, has Chinese, and most of its
        header cells are plain words (Client SDK, Message Filter): a table of words left in English, not example
        data under identifiers (c1_string, c1_boolean) whose values are the same in both pages by design."""
        table = (id(sentence.text.source), part.table)
        return table not in self._chinese_tables and 2 * self._worded[table] > self._width.get(table, 0)

    def chinese_table(self, sentence: Sentence, part: Part) -> bool:
        """Whether a cell of the sentence's table (in its file), header row included, has Chinese."""
        return (id(sentence.text.source), part.table) in self._chinese_tables

    def header(self, sentence: Sentence, part: Part) -> str:
        """The text of the header cell of the sentence's table column (in its file), "" when it has none."""
        return self._header.get((id(sentence.text.source), part.table, part.column), "")

    def literal_column(self, sentence: Sentence, part: Part) -> bool:
        """Whether the header of the sentence's table column names a value or a literal (`_LITERAL_HEADER`)."""
        return (id(sentence.text.source), part.table, part.column) in self._literal


_LITERAL_HEADER = LazyPattern(
    r"(?i)(?:(?:default|data|value|return|field|example|sample|log|error|output)\s+)?"
    r"(?:type|default|value|example|sample|message|output|log|format|syntax|signature)s?")
"""A header cell naming a column of values or literals (Type, Default Value, Example, Message, Log Message,
Output): its cells are code (`list of strings`, `map of int to duration`) or a program's text a page quotes as the
program prints it (`connection refused by server`), not prose a translator translates."""


_WORDED_HEADER = LazyPattern(r"[A-Za-z][A-Za-z'’\-]*(?:\s+[A-Za-z][A-Za-z'’\-]*)*")
"""A header cell of plain words (Client SDK, Ordered Message), no identifier (c1_string) or value."""
