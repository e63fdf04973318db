"""Build the sixteenth held-out ChinaXiv set: chinaxiv14's pool again, papers neither chinaxiv14 nor chinaxiv15 took.

    python benchmarks/chinaxiv16_heldout.py GIT_DIR OUT_FOLDER

The source is the one of `benchmarks/chinaxiv_heldout.py` (fetch tool: `github:DreamBlooms/ChinaXiv-201601-to-202209`,
ChinaXiv preprints and archived Chinese journal papers converted from PDF to Markdown by MinerU; CC BY 4.0, "Copyright
by Authors and CAS ChinaXiv"; measurement only: never copy the text into this repository). Stop 70, helper fresh70b:
a short search (Chinese-abstract phrases in code, parallel-abstract corpora, the ACL Anthology's CCL volumes, whose
Chinese papers carry an English title but no English abstract) found no public source of Chinese journal articles
with the authors' English abstracts that the fetch tool can bring and no set used, so, as stops 37, 43, 44, 48, 52,
66 and 69 did, unread text of a used corpus: chinaxiv14_heldout.py's pool and order (papers whose Chinese abstract
names neither a clinical nor a life-science subject), of which chinaxiv14 took every STEP-th paper from the first
and chinaxiv15 every STEP-th from the (STEP // 2)-th.

Rule fixed before the build and before any check ran: the same order (`selected`), every STEP-th paper from the
START-th, COUNT in all: START lies strictly between chinaxiv14's first pick (0) and chinaxiv15's (STEP // 2), so no
paper of chinaxiv14, chinaxiv15 (nor of any earlier set, whose pools this one excludes) is taken. Laid out as
chinaxiv3-heldout: `OUT_FOLDER/cx16-NNN.zh.txt` / `.en.txt`, one line each, the text as extracted. `python
benchmarks/precision.py chinaxiv16-heldout=/tmp/chinaxiv16-heldout` checks them two-file style without `--presplit`,
with the hand-written `benchmarks/glossaries/chinaxiv16.csv` (written from the Chinese side and committed before any
check ran), per 100 Chinese sentences. Building reads every paper of the corpus once (about 8-15 minutes).
"""
from __future__ import annotations

from chinaxiv3_heldout import write_abstracts
from chinaxiv14_heldout import selected  # benchmarks/ is the script's folder
from chinaxiv15_heldout import START as FIFTEENTH_START
from chinaxiv_heldout import arguments, revision

START = FIFTEENTH_START // 2
"""The first paper taken is the START-th of the order: between chinaxiv14's first pick (0) and chinaxiv15's."""


def main() -> None:
    git_dir, out = arguments(__doc__)
    rev = revision(git_dir)
    write_abstracts(out, "cx16", selected(git_dir, rev, start=START), rev)


if __name__ == "__main__":
    main()
