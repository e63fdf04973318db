"""Build theses6-heldout: three more real Chinese degree theses in LaTeX (hithesis and zjuthesis users, Harbin Institute
of Technology and Zhejiang University), none read before (stop 48).

    python benchmarks/theses6_heldout.py MIRROR_DIR OUT_FOLDER [--abstracts ABSTRACTS_FOLDER]

Source: public GitHub repositories of Chinese degree theses written in LaTeX by their authors (the authors'
copyright; measurement only, never copied into this repository), fetched with the fetch tool (`github:OWNER/NAME`,
git dir `MIRROR_DIR/OWNER+NAME/repo`). Written as theses_heldout.py writes its nine (the same file filter), then
`python benchmarks/theses.py OUT_FOLDER --labels benchmarks/labels/theses6-heldout.tsv` checks them; with --abstracts
each thesis's paired abstract is also written one abstract a paragraph for `python benchmarks/defects.py
ABSTRACTS_FOLDER --trials 3`.

Selection rule, fixed before any thesis was checked (stop 48, helper fresh48): theses … theses5 read thuthesis,
SJTUThesis, NJUThesis, USTCThesis, SUSTech and ucasthesis users; this sample reads the users of a sixth university's
template, hithesis: the repositories the search index lists with `hithesis` in their name (`find_repos
name_contains=hithesis`, 15), the template and its beamer themes (hithesis/hithesis, hithesis/HITBeamer,
hithesis/hiTouyingBeamer), a Word variant (xcanyu/hithesis-docx), a packaging
(OpenMandrivaAssociation/texlive-hithesis), a Docker image (aldev814/hithesis-docker) and names that only contain the
string (aarthithesis/laravel, EphraimMeiri/RashiThesisWork, dinhanhthi/ThiThesisTemp) left out, each at its snapshot's
head; a thesis is taken when its Chinese and English abstracts are both the author's own text, once. No snapshot could
be had of rjszlh/hithesis. Passed over: forks holding only the template's examples (keshuigu, L-M-Sherlock), the
template's example abstract (Regulust/hithesis-alpha), an opening report without an abstract (WangYihang). That gave one
thesis, so (rule added before any zjuthesis repository was fetched) the users of a seventh template, zjuthesis:
`find_repos name_contains=zjuthesis` in its order (most file versions first), the template (TheNetAdmin/zjuthesis,
TheNetAdmin/zjuthesis-std) and names saying template or maintenance left out, read by the same test until 3 theses are
taken or 6 candidates read. No snapshot of Chongyao/zjuthesis or ZJUYuweiChen/zjuthesis; passed over: empty abstracts
(AmourAmer), the template's example (chenyikuan/ZJUthesis). Taken: SheYuqi/hithesis (sliding-mode backstepping control
with predefined damping ratios, 2026), MmdArchimedes/zjuthesis-thesis (augmented-reality analysis of the digital economy
and energy structure, 2026), Pz1996/zjuthesis (maximal biclique enumeration, 2024). The body is taken as it is.
"""
from __future__ import annotations

import theses_heldout  # benchmarks/ is the script's folder

THESES6 = {
    "SheYuqi+hithesis": "75c3d845e087a2c0ba04c8868d23fd0f2afd8300",
    "MmdArchimedes+zjuthesis-thesis": "d4f6e5a434ff901505b36285e8ef4eb13dc21f08",
    "Pz1996+zjuthesis": "4c8fe13536885faa4b3c85b59b773373055bf1eb",
}
"""OWNER+NAME (the fetch tool's folder name) -> the commit measured (each snapshot's head)."""

ROOT = {"SheYuqi+hithesis": "hitbook/chinese"}
"""OWNER+NAME -> the folder of the repository that holds the thesis, lifted to the thesis folder after the build."""


def main() -> None:
    theses_heldout.main(THESES6, {}, __doc__, ROOT)


if __name__ == "__main__":
    main()
