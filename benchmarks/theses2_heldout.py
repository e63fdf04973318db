"""Build theses2-heldout: seven more real Chinese degree theses in LaTeX, none read before (stop 44, issue 11).

    python benchmarks/theses2_heldout.py MIRROR_DIR OUT_FOLDER [--abstracts ABSTRACTS_FOLDER]

Source: public GitHub repositories of Chinese degree theses written in LaTeX by their authors (the authors'
copyright; measurement only, never copied into this repository), fetched with the fetch tool (`github:OWNER/NAME`,
git dir `MIRROR_DIR/OWNER+NAME/repo`). Written as theses_heldout.py writes its nine (the same file filter, the
template's `testfiles/` left out), then `python benchmarks/theses.py OUT_FOLDER --labels
benchmarks/labels/theses2-heldout.tsv` checks them; with --abstracts each thesis's paired abstract is also written
one abstract a paragraph for `python benchmarks/defects.py ABSTRACTS_FOLDER --trials 3`.

Selection rule, fixed before any thesis was checked: the repositories the search index lists as holding
`data/abstract.tex` (the thuthesis layout and its derivatives; `find_files path=data/abstract.tex`, first 100 rows,
alphabetical), read in that order, skipping the 14 development theses (`../shared/data/real/theses`) and the nine of
theses-heldout; a thesis is taken when its Chinese and English abstracts are both the author's own text (passed
over: an English abstract that is the template's (Co1lin, VeriTas-arch, WuhenPhi, JingshanDu), "TODO" (LLLjun),
"..." (Oorobot), XXX (Miller-y), notes (a1524321553) or absent (Gvilenius); no snapshot to fetch (Zilin-Chen-22);
no `data/abstract.tex` at the snapshot's head (JStone2934)), at the newest commit where that holds and the main
file's `\\input`s exist: the snapshot's head for five; ChelseaCHENX at 6f46b13 (its last commit before the author
cut the abstract back to two words and the body to placeholders; the body is in English, the abstract medical);
DhunterAO on its branch `za` at eda494e (its default branch is the template; the branch's last commit renamed the
chapter files without changing main.tex). The body is taken as it is. Subjects: breast-cancer single-cell
heterogeneity, MCP-PMT gain calibration (JUNO), blockchain access control, LLM inference scheduling, an NVM
distributed file system, LLM-based recommendation, virtual-machine placement in clouds (2012).
"""
from __future__ import annotations

import theses_heldout  # benchmarks/ is the script's folder

THESES2 = {
    "ChelseaCHENX+thuthesis_medthu": "6f46b13735f52e236ae6d4be6256a41cf289f964",
    "6yq+thuthesis": "e4727c36b7dcd7440d285ad7823792cdcf64b93f",
    "DhunterAO+thuthesis": "eda494eaa79e5ee187c705c1b2b68499976034d8",
    "HYIUYOU+sustech-thesis": "945687e4acf633ed06151e5f19e7a0bfc446aa58",
    "IcicleF+undergraduate_thesis": "b64c430f9c7a0092c813f68fd21d56ee26deed97",
    "EaminC+Original-2024.4": "70c3d9407167420d25e44f9fdf61362de76cfb9a",
    "Bankq+BachelorThesis": "45ba35bd20eba6e463f3052310281334aae1262b",
}
"""OWNER+NAME (the fetch tool's folder name) -> the commit measured (see the selection rule for the two not at head)."""


def main() -> None:
    theses_heldout.main(THESES2, {}, __doc__)


if __name__ == "__main__":
    main()
