"""Build the fifth held-out ChinaXiv set: the 2017-2019 papers chinaxiv3-heldout left, one abstract a paragraph.

    python benchmarks/chinaxiv5_heldout.py GIT_DIR OUT_FOLDER

The source is the one of `benchmarks/chinaxiv_heldout.py` (fetch tool: `github:DreamBlooms/ChinaXiv-201601-to-202209`,
ChinaXiv preprints and archived Chinese journal papers converted from PDF to Markdown by MinerU; CC BY 4.0, "Copyright
by Authors and CAS ChinaXiv"; measurement only: never copy the text into this repository). A fallback like
chinaxiv4-heldout (see benchmarks/chinaxiv4_heldout.py: no new fetchable source was found). chinaxiv3-heldout took the
first 40 papers of 2017-2019 that chinaxiv_heldout.py's `pair` takes and whose English abstract the PDF extraction did
not glue together (chinaxiv3_heldout.py's `glued`), in name order; this set takes the next COUNT by the same rules
(`md/ChinaXiv-2017*.md` … `md/ChinaXiv-2019*.md`, each paper once: its last version), a paper whose Chinese abstract
is one already taken (ChinaXiv holds some papers under several ids) left out, none checked or read by this project
before this measurement, laid out as chinaxiv3-heldout (one abstract a paragraph, no keywords):
`OUT_FOLDER/cx5-NNN.zh.txt` / `.en.txt`, the Chinese abstract and the English abstract as `pair` gives them, one line
each. As stored at chinaxiv_heldout.COMMIT (the newest commit if that one is absent). No gold (defects.py takes the
clean abstracts' own 1-1 beads). `python benchmarks/precision.py chinaxiv5-heldout=/tmp/chinaxiv5-heldout` checks them
two-file style without `--presplit`, with the hand-written `benchmarks/glossaries/chinaxiv5.csv` (written from the
Chinese side before any check ran), per 100 Chinese sentences.
"""
from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from chinaxiv3_heldout import YEARS, glued, write_abstracts  # benchmarks/ is the script's folder
from chinaxiv_heldout import LIMIT, Rows, arguments, papers, revision

COUNT = 30


def selected(git_dir: str, rev: str, skip: int = LIMIT, count: int = COUNT) -> list[tuple[str, Rows]]:
    """The papers of chinaxiv3-heldout's years that `pair` takes with unglued English, after the first `skip` (the
    ones chinaxiv3-heldout took), each Chinese abstract once, at most `count`."""
    kept = papers(git_dir, rev, YEARS, lambda rows: not glued(rows[1][0]), limit=10 ** 6)
    seen = {rows[0][0] for _, rows in islice(kept, skip)}
    return each_once(kept, seen, count)


def each_once(items: Iterable[tuple[str, Rows]], seen: set[str], count: int) -> list[tuple[str, Rows]]:
    """The first `count` of `items` whose Chinese abstract is not in `seen` nor taken before (ChinaXiv holds some
    papers under several ids); `seen` grows with the ones taken."""
    out: list[tuple[str, Rows]] = []
    for name, rows in items:
        if rows[0][0] not in seen:
            seen.add(rows[0][0])
            out.append((name, rows))
            if len(out) == count:
                break
    return out


def main() -> None:
    git_dir, out = arguments(__doc__)
    rev = revision(git_dir)
    write_abstracts(out, "cx5", selected(git_dir, rev), rev)


if __name__ == "__main__":
    main()
