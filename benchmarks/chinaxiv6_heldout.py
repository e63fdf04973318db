"""Build the sixth held-out ChinaXiv set: the 2017-2019 papers chinaxiv5-heldout left, one abstract a paragraph.

    python benchmarks/chinaxiv6_heldout.py GIT_DIR OUT_FOLDER

The source is the one of `benchmarks/chinaxiv_heldout.py` (fetch tool: `github:DreamBlooms/ChinaXiv-201601-to-202209`,
ChinaXiv preprints and archived Chinese journal papers converted from PDF to Markdown by MinerU; CC BY 4.0, "Copyright
by Authors and CAS ChinaXiv"; measurement only: never copy the text into this repository). A fresh sample of the same
corpus, the journal-production case (an English abstract that must say what the Chinese one says), taken to measure
main and later fixes on text nobody tuned on. chinaxiv3-heldout took the first 40 papers of 2017-2019 that
chinaxiv_heldout.py's `pair` takes and whose English abstract the PDF extraction did not glue together
(chinaxiv3_heldout.py's `glued`), in name order, and chinaxiv5-heldout the next 30 (each Chinese abstract once); this
set takes the COUNT after those by exactly chinaxiv5-heldout's rules (`md/ChinaXiv-2017*.md` … `md/ChinaXiv-2019*.md`,
each paper once: its last version; a paper whose Chinese abstract is one already taken left out, as ChinaXiv holds
some papers under several ids), none checked or read by this project before this measurement. Of the pools, this one
was chosen because the 2021-2022 pool after chinaxiv4-heldout holds exactly 30 unread papers, kept for a later
sample (after this set the 2017-2019 pool holds 8; 2016 holds 4 and 2020 none). Checked once when built: none of the
30 Chinese abstracts is one of chinaxiv-heldout … chinaxiv5-heldout. Laid out as chinaxiv3-heldout (one abstract a
paragraph, no keywords): `OUT_FOLDER/cx6-NNN.zh.txt` / `.en.txt`, the Chinese abstract and the English abstract as
`pair` gives them (the text as extracted: a missing space after a comma or period, OCR slips are kept), one line
each. As stored at chinaxiv_heldout.COMMIT (the newest commit if that one is absent). No gold (defects.py takes the
clean abstracts' own 1-1 beads). `python benchmarks/precision.py chinaxiv6-heldout=/tmp/chinaxiv6-heldout` checks
them two-file style without `--presplit`, with the hand-written `benchmarks/glossaries/chinaxiv6.csv` (written from
the Chinese side and committed before any check ran), per 100 Chinese sentences.
"""
from __future__ import annotations

from chinaxiv3_heldout import write_abstracts  # benchmarks/ is the script's folder
from chinaxiv5_heldout import COUNT as TAKEN_BY_FIFTH
from chinaxiv5_heldout import selected as after_the_third
from chinaxiv_heldout import LIMIT, Rows, arguments, revision

COUNT = 30


def selected(git_dir: str, rev: str, skip: int = LIMIT, fifth: int = TAKEN_BY_FIFTH,
             count: int = COUNT) -> list[tuple[str, Rows]]:
    """The papers of chinaxiv5-heldout's pool after the first `skip` (chinaxiv3-heldout's) and the `fifth` after
    them (chinaxiv5-heldout's), each Chinese abstract once, at most `count`."""
    return after_the_third(git_dir, rev, skip=skip, count=fifth + count)[fifth:]


def main() -> None:
    git_dir, out = arguments(__doc__)
    rev = revision(git_dir)
    write_abstracts(out, "cx6", selected(git_dir, rev), rev)


if __name__ == "__main__":
    main()
