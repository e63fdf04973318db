"""Build the thirteenth held-out ChinaXiv set: the next life-science and psychology abstracts, one abstract a paragraph.

    python benchmarks/chinaxiv13_heldout.py GIT_DIR OUT_FOLDER

The source is the one of `benchmarks/chinaxiv_heldout.py` (fetch tool: `github:DreamBlooms/ChinaXiv-201601-to-202209`,
ChinaXiv preprints and archived Chinese journal papers converted from PDF to Markdown by MinerU; CC BY 4.0, "Copyright
by Authors and CAS ChinaXiv"; measurement only: never copy the text into this repository). A fresh sample of the same
corpus and the same pool as chinaxiv8/9/10/12-heldout, taken to measure main on text nobody tuned on (stop 52, helper
fresh52: no public source of journal abstracts with their translation not yet used was found, see its log, so this is
the fallback of stops 37, 43, 44 and 48: unread text of a used pool).

Rule fixed before the build and before any check ran (stop 52, helper fresh52): chinaxiv12-heldout's rule continued
(chinaxiv8_heldout.py's selection order: papers of 2016-2022 in name order, each paper once, its last version, `pair`
with `chinaxiv8_heldout.life_science`, glued English left out, each Chinese abstract once; then
`chinaxiv9_heldout.after`: a paper whose Chinese abstract opens with the PREFIX characters of an earlier paper of the
order left out), and of the papers `after` takes past chinaxiv8-heldout's 40, the COUNT after chinaxiv9-heldout's,
chinaxiv10-heldout's and chinaxiv12-heldout's 40 each. No paper is left out for its English being an extended abstract
rather than a translation (fresh47 saw that layout in chinaxiv10; a rule against it would be written after reading).
None was checked or read by this project before this measurement. Laid out as chinaxiv3-heldout:
`OUT_FOLDER/cx13-NNN.zh.txt` / `.en.txt`, one line each, the text as extracted. As stored at chinaxiv_heldout.COMMIT
(the newest commit if that one is absent). No gold (defects.py takes the clean abstracts' own 1-1 beads). `python
benchmarks/precision.py chinaxiv13-heldout=/tmp/chinaxiv13-heldout` checks them two-file style without `--presplit`,
with the hand-written `benchmarks/glossaries/chinaxiv13.csv` (written from the Chinese side and committed before any
check ran), per 100 Chinese sentences.
"""
from __future__ import annotations

from chinaxiv3_heldout import write_abstracts  # benchmarks/ is the script's folder
from chinaxiv8_heldout import COUNT as TAKEN_BY_EIGHTH
from chinaxiv8_heldout import selected as chinaxiv8_order
from chinaxiv9_heldout import COUNT as TAKEN_BY_NINTH
from chinaxiv9_heldout import after
from chinaxiv10_heldout import COUNT as TAKEN_BY_TENTH
from chinaxiv12_heldout import COUNT as TAKEN_BY_TWELFTH
from chinaxiv_heldout import Rows, arguments, revision

COUNT = 40


def next_after_twelfth(ordered: list[tuple[str, Rows]], eighth: int = TAKEN_BY_EIGHTH,
                       before: int = TAKEN_BY_NINTH + TAKEN_BY_TENTH + TAKEN_BY_TWELFTH,
                       count: int = COUNT) -> list[tuple[str, Rows]]:
    """The `count` papers chinaxiv9's `after` takes from `ordered` past the first `eighth`, once its first `before`
    (chinaxiv9-heldout's, chinaxiv10-heldout's and chinaxiv12-heldout's) are passed."""
    return after(ordered, skip=eighth, count=before + count)[before:]


def selected(git_dir: str, rev: str) -> list[tuple[str, Rows]]:
    """chinaxiv8_heldout's whole selection order, then `next_after_twelfth` it."""
    return next_after_twelfth(chinaxiv8_order(git_dir, rev, 10 ** 6))


def main() -> None:
    git_dir, out = arguments(__doc__)
    rev = revision(git_dir)
    write_abstracts(out, "cx13", selected(git_dir, rev), rev)


if __name__ == "__main__":
    main()
