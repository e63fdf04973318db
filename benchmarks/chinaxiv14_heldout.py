"""Build the fourteenth held-out ChinaXiv set: abstracts of the sciences no earlier set drew from, one a paragraph.

    python benchmarks/chinaxiv14_heldout.py GIT_DIR OUT_FOLDER

The source is the one of `benchmarks/chinaxiv_heldout.py` (fetch tool: `github:DreamBlooms/ChinaXiv-201601-to-202209`,
ChinaXiv preprints and archived Chinese journal papers converted from PDF to Markdown by MinerU; CC BY 4.0, "Copyright
by Authors and CAS ChinaXiv"; measurement only: never copy the text into this repository). Stop 66, helper fresh66b:
no public source of journal articles with their published translation that no set used was found (see its log), so,
as stops 37, 43, 44, 48 and 52 did, unread text of a used corpus, here from a pool none of its sets drew from:
chinaxiv … chinaxiv7 and chinaxiv11 took papers whose Chinese abstract names a clinical or health subject
(chinaxiv_heldout.SUBJECT), chinaxiv8/9/10/12/13 the life-science and psychology ones (chinaxiv8_heldout.LIFE). This
set takes the rest: the papers whose Chinese abstract names neither (earth and environmental sciences, agriculture,
engineering, physics, chemistry, computing, economics, management ...), so no paper of an earlier set can be taken.

Rule fixed before the build and before any check ran: the papers of 2016-2022 in name order, each paper once (its
last version), that chinaxiv_heldout.py's `pair` takes with the subject rule `other` (no SUBJECT and no LIFE match),
glued English left out (chinaxiv3_heldout.glued), each Chinese abstract once (chinaxiv5_heldout.each_once) and none
opening with the PREFIX characters of an earlier one (chinaxiv9_heldout.after); of that order (1,087 papers at
COMMIT), every STEP-th paper from the first, COUNT in all (`spread`), so the sample runs over the years and journals
instead of the first months' batch. Laid out as chinaxiv3-heldout: `OUT_FOLDER/cx14-NNN.zh.txt` / `.en.txt`, one
line each, the text as extracted. As stored at chinaxiv_heldout.COMMIT (the newest commit if that one is absent). No
gold (defects.py takes the clean abstracts' own 1-1 beads). `python benchmarks/precision.py
chinaxiv14-heldout=/tmp/chinaxiv14-heldout` checks them two-file style without `--presplit`, with the hand-written
`benchmarks/glossaries/chinaxiv14.csv` (written from the Chinese side and committed before any check ran), per 100
Chinese sentences. Building reads every paper of the corpus once (about 8 minutes on a loaded machine).
"""
from __future__ import annotations

from chinaxiv3_heldout import glued, write_abstracts  # benchmarks/ is the script's folder
from chinaxiv5_heldout import each_once
from chinaxiv8_heldout import LIFE, YEARS
from chinaxiv9_heldout import after
from chinaxiv_heldout import Rows, arguments, clinical, papers, revision

COUNT = 40
STEP = 27
"""Every STEP-th paper of the order is taken: 1,087 papers at COMMIT, so 40 spread over all of them."""


def other(zh: str) -> bool:
    """The Chinese abstract names neither a clinical or health subject (SUBJECT) nor a life-science one (LIFE)."""
    return not clinical(zh) and not LIFE.search(zh)


def spread(ordered: list[tuple[str, Rows]], step: int = STEP, count: int = COUNT,
           start: int = 0) -> list[tuple[str, Rows]]:
    """Every `step`-th item of `ordered` from the `start`-th (0: the first), at most `count`."""
    return ordered[start::step][:count]


def selected(git_dir: str, rev: str, step: int = STEP, start: int = 0) -> list[tuple[str, Rows]]:
    """The whole `other` order, deduplicated, then `spread` every `step`-th paper from the `start`-th."""
    kept = papers(git_dir, rev, YEARS, lambda rows: not glued(rows[1][0]), limit=10 ** 6, about=other)
    ordered = each_once(kept, set(), 10 ** 6)
    return spread(after(ordered, skip=0, count=10 ** 6), step, start=start)


def main() -> None:
    git_dir, out = arguments(__doc__)
    rev = revision(git_dir)
    write_abstracts(out, "cx14", selected(git_dir, rev), rev)


if __name__ == "__main__":
    main()
