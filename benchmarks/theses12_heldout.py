"""Build theses12-heldout: three more real Chinese degree theses in LaTeX, from three university templates not read
before (Tongji's TongjiThesis, Southeast University's seuthesis, a Fudan undergraduate template), none read before
(stop 67).

    python benchmarks/theses12_heldout.py MIRROR_DIR OUT_FOLDER [--abstracts ABSTRACTS_FOLDER]

Source: public GitHub repositories of Chinese degree theses written in LaTeX by their authors (the authors' copyright;
measurement only, never copied into this repository), fetched with the fetch tool (`github:OWNER/NAME`, git dir
`MIRROR_DIR/OWNER+NAME/repo`). Written as theses_heldout.py writes its nine (the same file filter), then
`python benchmarks/theses.py OUT_FOLDER --labels benchmarks/labels/theses12-heldout.tsv` checks them; with --abstracts
each thesis's paired abstract is also written one abstract a paragraph for `python benchmarks/defects.py
ABSTRACTS_FOLDER --trials 3`.

Selection rule, fixed before any thesis was checked (stop 67, helper fresh67b): templates not read before —
fduthesis (Fudan), TongjiThesis (Tongji), CQUThesis (Chongqing), seuthesis (Southeast), BIThesis (BIT), pkuthss
(Peking) — their users found with `find_repos name_contains=TEMPLATE` in its order (most file versions first), the
template itself, its packagings (texlive-*, -env, -scaffold, -wiki), Typst/Word/Quarto/ConTeXt ports and apps left
out; a repository taken when its head holds a LaTeX thesis whose body is Chinese and whose Chinese and English
abstracts are the author's own text (not the template's example, which every copy shares), at most two a template,
until four are taken or twenty minutes of finding have passed. Read: Monthlyaway/fduthesis2022 (taken: preference
based reward shaping for reinforcement learning, a Fudan bachelor's thesis on its own `macro.tex` template, 2026),
konichan-7/TongjiThesis (taken: mechanical design, modelling and lightweight control of a wheeled-biped robot, a
Tongji bachelor's thesis), YidongQIN/TongjiThesis (the template's example abstract: left out), barryZZJ/CQUThesis
(the template's example abstract: left out), YefanZhou/seuthesis2020 (taken: single-view 3D reconstruction with deep
networks, a Southeast bachelor's thesis, 2020), asuith/pkuthss-ece (the template's test abstract: left out). Three
taken when the twenty minutes ran out (BIThesis users not read). Left out inside the taken repositories, second main
files that are not the thesis: fduthesis2022's template example (`main.tex`) and the earlier drafts of the same
thesis (`mine.tex`, `minev1.tex` … `minev5.tex`, `minev6-agent.tex`: the thesis is `minev6.tex`, the last draft by
its name), seuthesis2020's covers and book spines (`a3cover/`). The body is taken as it is.
"""
from __future__ import annotations

import theses_heldout  # benchmarks/ is the script's folder

THESES12 = {
    "Monthlyaway+fduthesis2022": "d2ff131e466f140f7956e8c0190d66bb789d5178",
    "konichan-7+TongjiThesis": "7b53bab8569bf27a65adeb310e666f27ac5da31d",
    "YefanZhou+seuthesis2020": "9b4558fda9f1f68003490aa9a57399f7e04718c6",
}
"""OWNER+NAME (the fetch tool's folder name) -> the commit measured (each snapshot's head)."""

SKIP: dict[str, set[str]] = {
    "Monthlyaway+fduthesis2022": {"main.tex", "mine.tex", "minev1.tex", "minev2.tex", "minev3.tex", "minev4.tex",
                                  "minev5.tex", "minev6-agent.tex"},
    "konichan-7+TongjiThesis": set(),
    "YefanZhou+seuthesis2020": {"a3cover/A3cover.tex", "a3cover/A4cover.tex", "a3cover/bookspine_hor.tex",
                                "a3cover/bookspine_ver.tex"},
}
"""OWNER+NAME -> second main files left out (a template's example, earlier drafts, covers and spines)."""


def main() -> None:
    theses_heldout.main(THESES12, SKIP, __doc__)


if __name__ == "__main__":
    main()
