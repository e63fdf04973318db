"""Build theses13-heldout: two more real Chinese degree theses in LaTeX, from two university templates not read
before (Chongqing University's CQUThesis, the University of Electronic Science and Technology's UESTCthesis), none
read before (stop 68).

    python benchmarks/theses13_heldout.py MIRROR_DIR OUT_FOLDER [--abstracts ABSTRACTS_FOLDER]

Source: public GitHub repositories of Chinese degree theses written in LaTeX by their authors (the authors' copyright;
measurement only, never copied into this repository), fetched with the fetch tool (`github:OWNER/NAME`, git dir
`MIRROR_DIR/OWNER+NAME/repo`). Written as theses_heldout.py writes its nine (the same file filter), then
`python benchmarks/theses.py OUT_FOLDER --labels benchmarks/labels/theses13-heldout.tsv` checks them; with --abstracts
each thesis's paired abstract is also written one abstract a paragraph for `python benchmarks/defects.py
ABSTRACTS_FOLDER --trials 3`.

Selection rule, fixed before any thesis was checked (stop 68, helper fresh68b): templates not read before (BIThesis,
CQUThesis, pkuthss, xmuthesis, UESTCthesis, BUPTThesis, SCUT, TJUThesis, NKThesis, SDUThesis, CSUthesis), their users
found with `find_repos name_contains=TEMPLATE`; the template itself, its packagings, wikis, apps and Typst ports left
out; a repository taken when its head holds a LaTeX thesis whose body is Chinese and whose Chinese and English
abstracts are the author's own text (not the template's example), until four are taken or fifteen minutes of finding
have passed. Read: Diejo612/bithesis (no LaTeX at its head: left out), mzry1992/UESTCthesis (taken: a distributed
online judge on Spring MVC and AngularJS, a UESTC bachelor's thesis, 2014; the thesis is the `mzry/` folder, lifted
to the top), shifujun/UESTCthesis (the template's example: left out), Thesoul20/cquthesis (taken: modelling and
optimisation of vehicular cyber-physical systems, a CQU doctoral thesis, 2023), hazukieq/gxmuthesis (no LaTeX at its
head), shaohua0720/BUPTThesis, LStriving/scutthesis, sherrycattt/ScutThesis, jiangqideng/tjuthesis_master_2016,
a171232886/TJUThesis_master_2021, gilsaia/NKThesis_bachelor_cc, HiKapok/SDUThesis, CSQ223/csuthesis-2020 (each the
template's example or placeholder abstract: left out). Two taken when the fifteen minutes ran out. Left out inside the
taken repositories: UESTCthesis's `packagecheck.tex` (the template's package test, a second main file); the template's
example folders stay below the top and are not checked. The body is taken as it is: the UESTC thesis's main file
`thesis.tex` inputs its chapters only, not its written abstracts (`contents/Cabstract.tex`, `Eabstract.tex`), at every
commit of the repository.
"""
from __future__ import annotations

import theses_heldout  # benchmarks/ is the script's folder

THESES13 = {
    "Thesoul20+cquthesis": "f2ed1fe601a97cb78b66a609143fff04e07acb1a",
    "mzry1992+UESTCthesis": "bb6412fa2693f0b49fc589778ebe6f6e0201784c",
}
"""OWNER+NAME (the fetch tool's folder name) -> the commit measured (each snapshot's head)."""

SKIP: dict[str, set[str]] = {
    "Thesoul20+cquthesis": set(),
    "mzry1992+UESTCthesis": {"mzry/packagecheck.tex"},
}
"""OWNER+NAME -> second main files left out (the template's package test)."""

ROOTS = {"mzry1992+UESTCthesis": "mzry"}
"""OWNER+NAME -> the folder holding the thesis, lifted to the top."""


def main() -> None:
    theses_heldout.main(THESES13, SKIP, __doc__, ROOTS)


if __name__ == "__main__":
    main()
