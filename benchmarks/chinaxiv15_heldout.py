"""Build the fifteenth held-out ChinaXiv set: chinaxiv14's pool (neither clinical nor life science), papers it skipped.

    python benchmarks/chinaxiv15_heldout.py GIT_DIR OUT_FOLDER

The source is the one of `benchmarks/chinaxiv_heldout.py` (fetch tool: `github:DreamBlooms/ChinaXiv-201601-to-202209`,
ChinaXiv preprints and archived Chinese journal papers converted from PDF to Markdown by MinerU; CC BY 4.0, "Copyright
by Authors and CAS ChinaXiv"; measurement only: never copy the text into this repository). Stop 69, helper fresh69b:
about 20 minutes of searching found no public source of Chinese journal articles with the authors' English abstracts
that the fetch tool can bring and no set used (see its log), so, as stops 37, 43, 44, 48, 52 and 66 did, unread text
of a used corpus: the pool of chinaxiv14_heldout.py (papers whose Chinese abstract names neither a clinical nor a
life-science subject: earth sciences, engineering, physics, computing, economics, management ...), of which
chinaxiv14 read every STEP-th paper from the first (40 of 1,087).

Rule fixed before the build and before any check ran: chinaxiv14_heldout.py's order (`selected`), every STEP-th paper
from the START-th, COUNT in all: START lies between two of chinaxiv14's picks, so no paper of chinaxiv14 (nor of any
earlier set, whose pools this one excludes) is taken, and the sample again runs over all the years. Laid out as
chinaxiv3-heldout: `OUT_FOLDER/cx15-NNN.zh.txt` / `.en.txt`, one line each, the text as extracted. `python
benchmarks/precision.py chinaxiv15-heldout=/tmp/chinaxiv15-heldout` checks them two-file style without `--presplit`,
with the hand-written `benchmarks/glossaries/chinaxiv15.csv` (written from the Chinese side and committed before any
check ran), per 100 Chinese sentences. Building reads every paper of the corpus once (about 8 minutes).
"""
from __future__ import annotations

from chinaxiv3_heldout import write_abstracts
from chinaxiv14_heldout import STEP, selected  # benchmarks/ is the script's folder
from chinaxiv_heldout import arguments, revision

START = STEP // 2
"""The first paper taken is the START-th of the order: halfway between chinaxiv14's first two picks (0 and STEP)."""


def main() -> None:
    git_dir, out = arguments(__doc__)
    rev = revision(git_dir)
    write_abstracts(out, "cx15", selected(git_dir, rev, start=START), rev)


if __name__ == "__main__":
    main()
