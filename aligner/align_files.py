"""Align two files sentence by sentence (the `align` command's library call)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from zhen_qa.aligner.pairing import sentences_of
from zhen_qa.manuscript.document import Block, Pair, Role
from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.reader import CAT_SUFFIXES, LATEX_SUFFIXES, document_blocks, presplit_blocks, read_source


@dataclass(frozen=True)
class FileAlignment:
    """The aligned sentences of a Chinese file and an English file, as one Pair, and notes on how they were read
    ("zh.txt: empty file: no sentence of en.txt has a counterpart")."""

    pair: Pair
    notes: tuple[str, ...] = ()


def align_files(
    zh_path: str,
    en_path: str,
    *,
    presplit: bool = False,
    max_side: int | None = None,
    glossary_pairs: Iterable[tuple[str, str]] | None = None,
    chrf: float | None = None,
) -> FileAlignment:
    """Segment both files (or take one sentence a line with `presplit`) and align them."""
    from zhen_qa.aligner.align import align

    sides = []
    empty: list[str] = []
    for path, lang in ((zh_path, "zh"), (en_path, "en")):
        read, blank = _presplit(path, lang) if presplit else _blocks(path)
        blocks = read if presplit else [
            # plain sentence segmentation everywhere: a file's first line is not a "title" here
            b if b.role is Role.HEADING else replace(b, role=Role.PARAGRAPH)
            for b in read if b.role is not Role.FURNITURE
        ]
        sides.append([s for b in blocks for s in sentences_of(b, lang, presplit)])
        empty += [path] if blank else []
    zh, en = sides
    beads = align([s.text.text for s in zh], [s.text.text for s in en], max_side=max_side or None,
                  glossary_pairs=list(glossary_pairs or ()), chrf=chrf)
    return FileAlignment(Pair("document", tuple(zh), tuple(en), tuple(beads)), _empty_notes(zh_path, en_path, empty))


def _empty_notes(zh_path: str, en_path: str, empty: list[str]) -> tuple[str, ...]:
    """A note for each empty file (`empty`: nothing but white space), as `check` gives it: its other side's
    sentences are aligned with nothing."""
    if len(empty) == 2:
        return (f"{zh_path}: empty file: nothing to align", f"{en_path}: empty file: nothing to align")
    if empty:
        other = en_path if empty[0] == zh_path else zh_path
        return (f"{empty[0]}: empty file: no sentence of {other} has a counterpart",)
    return ()


def _blocks(path: str) -> tuple[list[Block], bool]:
    """The prose blocks of a file by its form (Markdown without its markup and code, LaTeX without its commands,
    its `\\input` files followed, other text by lines) and whether the file is empty (white space only), from one
    reading. A CAT file is refused: its units are aligned already."""
    lower = path.lower()
    if lower.endswith(CAT_SUFFIXES):
        raise InputError(f"{path}: a CAT file's units are aligned already; check it with `zhen-qa check {path}`")
    if lower.endswith(LATEX_SUFFIXES):
        from zhen_qa.manuscript.latex import read_latex

        doc = read_latex(path)
        return doc.blocks, not (doc.sources and doc.sources[0].text.strip())
    source = read_source(path)
    return document_blocks(source), not source.text.strip()


def _presplit(path: str, lang: str) -> tuple[list[Block], bool]:
    """One block a line of prose (`--presplit`; a CAT or LaTeX file as `_blocks` reads it) and whether the file is
    empty."""
    if path.lower().endswith((*CAT_SUFFIXES, *LATEX_SUFFIXES)):
        return _blocks(path)
    source = read_source(path)
    return presplit_blocks(source, lang), not source.text.strip()
