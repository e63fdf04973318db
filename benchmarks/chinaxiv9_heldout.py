"""Build the ninth held-out ChinaXiv set: the next life-science and psychology abstracts, one abstract a paragraph.

    python benchmarks/chinaxiv9_heldout.py GIT_DIR OUT_FOLDER

The source is the one of `benchmarks/chinaxiv_heldout.py` (fetch tool: `github:DreamBlooms/ChinaXiv-201601-to-202209`,
ChinaXiv preprints and archived Chinese journal papers converted from PDF to Markdown by MinerU; CC BY 4.0, "Copyright
by Authors and CAS ChinaXiv"; measurement only: never copy the text into this repository). A fresh sample of the same
corpus and the same pool as chinaxiv8-heldout, taken to measure main on text nobody tuned on.

Rule fixed before the build and before any check ran (stop 46, helper fresh46), the one chinaxiv8-heldout's log left for
a later sample ("a later sample can take the next ones by the same rule"): chinaxiv8_heldout.py's rule unchanged (papers
of 2016-2022 in name order, each paper once, its last version; `pair` with the subject rule
`chinaxiv8_heldout.life_science`: a life-science or psychology subject and no clinical one; glued English left out; each
Chinese abstract once), and of the papers it takes in that order, the first COUNT after chinaxiv8-heldout's 40 whose
Chinese abstract's first PREFIX characters are not those of an earlier paper of the order (a paper ChinaXiv holds twice
with OCR differences, e.g. 这一 / 这-, is not exactly the same text, so `each_once` lets it through: one such paper of
chinaxiv8-heldout came again before this check was added, after the build and before any check ran). The clinical pool
of chinaxiv … chinaxiv7 is excluded by the rule itself. None was checked or read by this project before this
measurement. Laid out as chinaxiv3-heldout: `OUT_FOLDER/cx9-NNN.zh.txt` / `.en.txt`, one line each, the text as
extracted. As stored at chinaxiv_heldout.COMMIT (the newest commit if that one is absent). No gold (defects.py takes the
clean abstracts' own 1-1 beads). `python benchmarks/precision.py chinaxiv9-heldout=/tmp/chinaxiv9-heldout` checks them
two-file style without `--presplit`, with the hand-written `benchmarks/glossaries/chinaxiv9.csv` (written from the
Chinese side and committed before any check ran), per 100 Chinese sentences.
"""
from __future__ import annotations

from chinaxiv3_heldout import write_abstracts  # benchmarks/ is the script's folder
from chinaxiv8_heldout import COUNT as TAKEN_BEFORE
from chinaxiv8_heldout import selected as chinaxiv8_order
from chinaxiv_heldout import Rows, arguments, revision

COUNT = 40
PREFIX = 40


def after(ordered: list[tuple[str, Rows]], skip: int = TAKEN_BEFORE, count: int = COUNT) -> list[tuple[str, Rows]]:
    """The first `count` papers after the first `skip` of `ordered` whose Chinese abstract does not open with the
    same PREFIX characters as an earlier paper of `ordered`."""
    seen: set[str] = set()
    out: list[tuple[str, Rows]] = []
    for i, (name, rows) in enumerate(ordered):
        opening = rows[0][0][:PREFIX]
        if i >= skip and opening not in seen:
            out.append((name, rows))
            if len(out) == count:
                break
        seen.add(opening)
    return out


def selected(git_dir: str, rev: str) -> list[tuple[str, Rows]]:
    """chinaxiv8_heldout's whole selection order, then `after` it."""
    return after(chinaxiv8_order(git_dir, rev, 10 ** 6))


def main() -> None:
    git_dir, out = arguments(__doc__)
    rev = revision(git_dir)
    write_abstracts(out, "cx9", selected(git_dir, rev), rev)


if __name__ == "__main__":
    main()
