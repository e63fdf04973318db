"""Align two files sentence by sentence (the `align` command's library call)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from zhen_qa.aligner.pairing import sentences_of
from zhen_qa.manuscript.document import Pair, Role
from zhen_qa.manuscript.reader import presplit_blocks, read_source
from zhen_qa.manuscript.structure import parse_blocks


@dataclass(frozen=True)
class FileAlignment:
    """The aligned sentences of a Chinese file and an English file, as one Pair."""

    pair: Pair


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
    for path, lang in ((zh_path, "zh"), (en_path, "en")):
        source = read_source(path)
        blocks = presplit_blocks(source, lang) if presplit else [
            # plain sentence segmentation everywhere: a file's first line is not a "title" here
            b if b.role is Role.HEADING else replace(b, role=Role.PARAGRAPH)
            for b in parse_blocks(source) if b.role is not Role.FURNITURE
        ]
        sides.append([s for b in blocks for s in sentences_of(b, lang, presplit)])
    zh, en = sides
    beads = align([s.text.text for s in zh], [s.text.text for s in en], max_side=max_side or None,
                  glossary_pairs=list(glossary_pairs or ()), chrf=chrf)
    return FileAlignment(Pair("document", tuple(zh), tuple(en), tuple(beads)))
