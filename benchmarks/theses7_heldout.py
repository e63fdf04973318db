"""Build theses7-heldout: two more real Chinese degree theses in LaTeX (sysuthesis and HUST thesis template users, Sun
Yat-sen University and Huazhong University of Science and Technology), none read before (stop 49).

    python benchmarks/theses7_heldout.py MIRROR_DIR OUT_FOLDER [--abstracts ABSTRACTS_FOLDER]

Source: public GitHub repositories of Chinese degree theses written in LaTeX by their authors (the authors'
copyright; measurement only, never copied into this repository), fetched with the fetch tool (`github:OWNER/NAME`,
git dir `MIRROR_DIR/OWNER+NAME/repo`). Written as theses_heldout.py writes its nine (the same file filter), then
`python benchmarks/theses.py OUT_FOLDER --labels benchmarks/labels/theses7-heldout.tsv` checks them; with --abstracts
each thesis's paired abstract is also written one abstract a paragraph for `python benchmarks/defects.py
ABSTRACTS_FOLDER --trials 3`.

Selection rule, fixed before any thesis was checked (stop 49, helper fresh49): theses … theses6 read thuthesis,
SJTUThesis, NJUThesis, USTCThesis, SUSTech, ucasthesis, hithesis and zjuthesis users (and shuthesis, nudtpaper); this
sample reads the users of further templates, one template at a time, each by `find_repos name_contains=TEMPLATE` in its
order (most file versions first), the template itself, its packagings and names saying template or unofficial left out,
a thesis taken when its Chinese and English abstracts are both the author's own text (not the template's example), each
snapshot at its head, until 3 are taken. sysuthesis (7 read): taken HuangEven/sysuthesis (a PyTOD--FlashANNS system for
large-scale financial outlier detection); passed over, the template's example or guide text: irenier/sysuthesis,
xsro/SYSUThesis, 1FCENdoge/SYSUThesis, DapengFeng/sysuthesis, ekli-sysu/SYSUThesis (a placeholder abstract),
zhibo/sysuthesis (pkuthss's example); NSYSU-MITLAB (another university) left out. bithesis: none (BITNP's template, wiki
and scaffold, RPeter7's apps, packagings; Diejo612/bithesis holds a Ruby app). scutthesis: none (alwintsui's has no
abstract; LStriving, sherrycattt and phreer hold the template's example abstracts). buptthesis and whuthesis: none
(shaohua0720's and jinyi's are the templates' examples, dazzlezhang's holds no .tex). hustthesis: Lyhappig/HustThesis
holds no .tex; taken hexid26/HustThesis (edge computing for mobile crowdsensing, 2019). fduthesis: the example texts
(liantaook97, Fudanyrd) and a course paper whose \\documentclass sits in an \\input file, which theses.py does not read
as a main file (Monthlyaway/fduthesis2022), passed over; the search stopped there with 2 theses (time). The body is
taken as it is.
"""
from __future__ import annotations

import theses_heldout  # benchmarks/ is the script's folder

THESES7 = {
    "HuangEven+sysuthesis": "d2e12742b0fd3c47974f89a3ec4b58407cb6038c",
    "hexid26+HustThesis": "60c88f4f426ba2e034333901ddb4d71f66f01a9c",
}
"""OWNER+NAME (the fetch tool's folder name) -> the commit measured (each snapshot's head)."""

SKIP: dict[str, set[str]] = {"HuangEven+sysuthesis": {"sysuthesis/sysuthesis-guide.tex"}}
"""OWNER+NAME -> the template's own whole documents (its user guide), not the author's thesis."""

ROOT = {"HuangEven+sysuthesis": "sysuthesis"}
"""OWNER+NAME -> the folder of the repository that holds the thesis, lifted to the thesis folder after the build."""


def main() -> None:
    theses_heldout.main(THESES7, SKIP, __doc__, ROOT)


if __name__ == "__main__":
    main()
