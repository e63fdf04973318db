"""Build theses4-heldout: four more real Chinese degree theses in LaTeX (NJUThesis, USTCThesis and SUSTech users),
none read before (stop 46).

    python benchmarks/theses4_heldout.py MIRROR_DIR OUT_FOLDER [--abstracts ABSTRACTS_FOLDER]

Source: public GitHub repositories of Chinese degree theses written in LaTeX by their authors (the authors'
copyright; measurement only, never copied into this repository), fetched with the fetch tool (`github:OWNER/NAME`,
git dir `MIRROR_DIR/OWNER+NAME/repo`). Written as theses_heldout.py writes its nine (the same file filter, the
template's own documentation and test files left out: SKIP), then `python benchmarks/theses.py OUT_FOLDER --labels
benchmarks/labels/theses4-heldout.tsv` checks them; with --abstracts each thesis's paired abstract is also written one
abstract a paragraph for `python benchmarks/defects.py ABSTRACTS_FOLDER --trials 3`.

Selection rule, fixed before any thesis was checked (stop 46, helper fresh46): theses/theses2 read thuthesis users,
theses3 SJTUThesis users; this sample reads the users of two other universities' templates: the repositories the
search index lists with `njuthesis` or `ustcthesis` in their name (`find_repos name_contains=njuthesis`,
`name_contains=ustcthesis`; the second also lists two `sustcthesis` repositories, kept), the templates themselves
(nju-lug/NJUThesis, ustctug/ustcthesis), a packaging (OpenMandrivaAssociation/texlive-njuthesis), a Docker image
(Einsier/ustcthesis-docker), LyX variants (jiangyy, DoctorKey) and repositories holding no LaTeX thesis (xhgt: PDFs;
iamryanchia: a README) left out, each at its snapshot's head; a thesis is taken when its Chinese and English abstracts
are both the author's own text, once (a thesis in two repositories from its earlier one). Passed over: the templates'
abstracts (their example text, lipsum or 中文摘要 placeholders) in AnyiRao, HermitSun, JudyLee7, guixianjin, fireblue,
solrex, BeanLiu1994, atxy-blip, njuHan, liyishuai, ywgATustcbbs, GaZ3ll3 and jiaopjie; SaIieri/sustcthesis (2019) is
YinghaoJiang/sustcthesis's thesis again. Taken: zhangfuli/njuthesis (blockchain applications, 2022),
zhaozp15/ustcthesis (neural-network model compression, 2022), qc-1/ustcthesis (humanoid robots, 2026),
YinghaoJiang/sustcthesis (cyclic sextic fields and Galois extensions of function fields, 2018). The body is taken as
it is.
"""
from __future__ import annotations

import theses_heldout  # benchmarks/ is the script's folder

THESES4 = {
    "zhangfuli+njuthesis": "5a1e7aa2dcfbb7b4fe93d2138ac9e4f829f331f2",
    "zhaozp15+ustcthesis": "aac360582488030fb0f13091b7c8430e81280a48",
    "qc-1+ustcthesis": "9aed334cdba38b2bb73d3ca1f240f705fe27d589",
    "YinghaoJiang+sustcthesis": "4a4c58e4a64e2b119c9451c0a582f3907b6ca21b",
}
"""OWNER+NAME (the fetch tool's folder name) -> the commit measured (each snapshot's head)."""

SKIP: dict[str, set[str]] = {
    "zhaozp15+ustcthesis": {"ustcthesis-doc.tex"},
    "qc-1+ustcthesis": {"ustcthesis/ustcthesis-doc.tex"},
}
"""OWNER+NAME -> the template's own whole documents (its user guide), not the author's thesis (theses.py checks every
top-level .tex file with \\documentclass; the template's test files sit below the top level and are not checked)."""

ROOT = {"qc-1+ustcthesis": "ustcthesis"}
"""OWNER+NAME -> the folder of the repository that holds the thesis, lifted to the thesis folder after the build."""


def main() -> None:
    theses_heldout.main(THESES4, SKIP, __doc__, ROOT)


if __name__ == "__main__":
    main()
