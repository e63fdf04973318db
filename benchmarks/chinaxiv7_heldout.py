"""Build the seventh held-out ChinaXiv set: the 2021-2022 papers chinaxiv4-heldout left, one abstract a paragraph.

    python benchmarks/chinaxiv7_heldout.py GIT_DIR OUT_FOLDER

The source is the one of `benchmarks/chinaxiv_heldout.py` (fetch tool: `github:DreamBlooms/ChinaXiv-201601-to-202209`,
ChinaXiv preprints and archived Chinese journal papers converted from PDF to Markdown by MinerU; CC BY 4.0, "Copyright
by Authors and CAS ChinaXiv"; measurement only: never copy the text into this repository). A fresh sample of the same
corpus, the journal-production case (an English abstract that must say what the Chinese one says), taken to measure
main and later fixes on text nobody tuned on. chinaxiv2-heldout took the first 40 papers of 2021-2022 that
chinaxiv_heldout.py's `pair` takes, in name order, and chinaxiv4-heldout the next 30 whose English abstract the PDF
extraction did not glue together (chinaxiv3_heldout.py's `glued`); this set takes the COUNT after those by the rules
of chinaxiv4-heldout (`md/ChinaXiv-2021*.md`, then `md/ChinaXiv-2022*.md`, in name order, each paper once: its last
version; glued English left out) and chinaxiv6-heldout (a paper whose Chinese abstract is one already taken left out,
as ChinaXiv holds some papers under several ids), none checked or read by this project before this measurement. These
are the last unread papers of that pool (chinaxiv6_heldout.py kept exactly 30 for this sample). Checked once when
built: none of the 30 Chinese abstracts is one of chinaxiv-heldout … chinaxiv6-heldout. Laid out as chinaxiv3-heldout
(one abstract a paragraph, no keywords): `OUT_FOLDER/cx7-NNN.zh.txt` / `.en.txt`, the Chinese abstract and the English
abstract as `pair` gives them (the text as extracted: a missing space after a comma or period, OCR slips are kept), one
line each. As stored at chinaxiv_heldout.COMMIT (the newest commit if that one is absent). No gold (defects.py takes
the clean abstracts' own 1-1 beads). `python benchmarks/precision.py chinaxiv7-heldout=/tmp/chinaxiv7-heldout` checks
them two-file style without `--presplit`, with the hand-written `benchmarks/glossaries/chinaxiv7.csv` (written from
the Chinese side and committed before any check ran), per 100 Chinese sentences.
"""
from __future__ import annotations

from chinaxiv3_heldout import write_abstracts  # benchmarks/ is the script's folder
from chinaxiv4_heldout import COUNT as TAKEN_BY_FOURTH
from chinaxiv4_heldout import YEARS
from chinaxiv4_heldout import selected as after_the_second
from chinaxiv5_heldout import each_once
from chinaxiv_heldout import LIMIT, Rows, arguments, papers, revision

COUNT = 30


def selected(git_dir: str, rev: str, skip: int = LIMIT, fourth: int = TAKEN_BY_FOURTH,
             count: int = COUNT) -> list[tuple[str, Rows]]:
    """The papers of chinaxiv4-heldout's pool after the first `skip` (chinaxiv2-heldout's) and the `fourth` after
    them (chinaxiv4-heldout's), each Chinese abstract once and none of those sets', at most `count`."""
    second = papers(git_dir, rev, YEARS, limit=skip)
    after = after_the_second(git_dir, rev, skip=skip, count=10 ** 6)
    seen = {rows[0][0] for _, rows in second} | {rows[0][0] for _, rows in after[:fourth]}
    return each_once(after[fourth:], seen, count)


def main() -> None:
    git_dir, out = arguments(__doc__)
    rev = revision(git_dir)
    write_abstracts(out, "cx7", selected(git_dir, rev), rev)


if __name__ == "__main__":
    main()
