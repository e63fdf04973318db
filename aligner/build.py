"""Turn read documents into an aligned `Manuscript`: read, find the blocks, pair the sections, align.

This is where reading (`zhen_qa.manuscript`) meets pairing and alignment (`zhen_qa.aligner.pairing`).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from zhen_qa.manuscript.reader import LATEX_SUFFIXES, presplit_blocks, read_source
from zhen_qa.manuscript.source import SourceText

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.aligner.pairing import AlignFn
    from zhen_qa.manuscript.document import Bead, Manuscript


def default_align(glossary_pairs: "Iterable[tuple[str, str]] | None" = None, max_side: int | None = None) -> "AlignFn":
    """The aligner's `align` with the glossary's translation pairs added to its lexicon."""
    pairs = list(glossary_pairs or ())

    def run(zh: "Sequence[str]", en: "Sequence[str]") -> "list[Bead]":
        from zhen_qa.aligner.align import MAX_SIDE, align  # numpy and scipy only once there is something to align

        return align(zh, en, max_side=max_side or MAX_SIDE, glossary_pairs=pairs)

    return run


def load_manuscript(
    path: str,
    en_path: str | None = None,
    *,
    align_fn: "AlignFn | None" = None,
    presplit: bool = False,
) -> "Manuscript":
    """Read, structure and pair one manuscript (one bilingual file, or a zh file and an en file)."""
    from zhen_qa.aligner.pairing import Pairing, pair_manuscript
    from zhen_qa.manuscript.structure import parse_blocks

    opts = Pairing(align=align_fn or default_align(), presplit=presplit)
    if en_path is None and path.lower().endswith(LATEX_SUFFIXES):
        from zhen_qa.manuscript.latex import read_latex

        doc = read_latex(path)
        opts.notes.extend(doc.notes)
        return pair_manuscript(path, doc.sources, doc.blocks, None, opts)
    zh_source = read_source(path)
    if en_path is None:
        return pair_manuscript(path, (zh_source,), parse_blocks(zh_source), None, opts)
    en_source = read_source(en_path)
    if presplit:
        zh_blocks, en_blocks = presplit_blocks(zh_source, "zh"), presplit_blocks(en_source, "en")
    else:
        zh_blocks, en_blocks = parse_blocks(zh_source), parse_blocks(en_source)
    return pair_manuscript(path, (zh_source, en_source), zh_blocks, en_blocks, opts)


def build_from_texts(
    zh_text: str,
    en_text: str,
    zh_path: str = "zh.txt",
    en_path: str = "en.txt",
    presplit: bool = True,
    align_fn: "AlignFn | None" = None,
) -> "Manuscript":
    """Two-file manuscript from strings (benchmarks and tests): like `load_manuscript(zh, en)`."""
    from zhen_qa.aligner.pairing import Pairing, pair_manuscript
    from zhen_qa.manuscript.structure import parse_blocks

    opts = Pairing(align=align_fn or default_align(), presplit=presplit)
    zh_source, en_source = SourceText.from_text(zh_path, zh_text), SourceText.from_text(en_path, en_text)
    if presplit:
        zh_blocks, en_blocks = presplit_blocks(zh_source, "zh"), presplit_blocks(en_source, "en")
    else:
        zh_blocks, en_blocks = parse_blocks(zh_source), parse_blocks(en_source)
    return pair_manuscript(zh_path, (zh_source, en_source), zh_blocks, en_blocks, opts)
