"""Build theses11-heldout: two more real Chinese degree theses in LaTeX (whu-thesis template users, Wuhan
University), none read before (stop 57).

    python benchmarks/theses11_heldout.py MIRROR_DIR OUT_FOLDER [--abstracts ABSTRACTS_FOLDER]

Source: public GitHub repositories of Chinese degree theses written in LaTeX by their authors (the authors' copyright;
measurement only, never copied into this repository), fetched with the fetch tool (`github:OWNER/NAME`, git dir
`MIRROR_DIR/OWNER+NAME/repo`). Written as theses_heldout.py writes its nine (the same file filter), then
`python benchmarks/theses.py OUT_FOLDER --labels benchmarks/labels/theses11-heldout.tsv` checks them; with --abstracts
each thesis's paired abstract is also written one abstract a paragraph for `python benchmarks/defects.py
ABSTRACTS_FOLDER --trials 3`.

Why theses again: stop 57 searched first for a new journal-kind source (Chinese article text or abstracts with their
published English) and found none usable — see the fresh57 log in benchmarks/README.md (Europe PMC's Chinese lung
cancer / chromatography / haematology abstracts frozen in psknlr/TCMScience hold the Chinese abstract and the English
title only; paper-translation repositories are machine translations; the medical-translation repositories hold
models or Spanish data).

Selection rule, fixed before any thesis was checked (stop 57, helper fresh57), continuing theses10's: the users of a
template not read before (whu-thesis), by `find_repos name_contains=whu-thesis` in its order (most file versions
first), the template itself, its packagings and names saying template left out (whutug/whu-thesis,
MugeTong/whu-thesis-latex-template, ZhenyuZhang-sys/whu-thesis-typst), a thesis taken when its body at the snapshot's
head is Chinese and its Chinese and English abstracts are both the author's own text (not the template's example),
until 3 are taken or the list ends. Read: leibohan/whu-thesis (a museum recommendation thesis of 2020 on the older
WHUBachelor class: chapters 1-4 are empty at its head, its only body chapters are a conclusion and another thesis's
image-captioning chapter: left out), Fc-idris/whu-thesis-2024 (taken: attention-based U-Net vehicle counting on
cross-resolution remote-sensing images, bachelor's, 2024), haiyichip/whu-thesis (taken: fast prediction of marine
propellers' wet modal frequencies with finite elements, modal tests and machine-learning surrogates, bachelor's,
2026), ttaohe/whu-thesis (the template's chapter skeleton with empty sections and "测试" lines: left out). Two taken.
Left out inside haiyichip's repository: the template's own test document (`test/test-bibtex.tex`) and the book spine
(`spine/whu-thesis-spine.tex`), second main files that are not the thesis. The body is taken as it is.
"""
from __future__ import annotations

import theses_heldout  # benchmarks/ is the script's folder

THESES11 = {
    "Fc-idris+whu-thesis-2024": "4892894b3f3380ca68c9720aaf943648d14ecdab",
    "haiyichip+whu-thesis": "d9e167005c0265cd9aa21116183209e3005bb5a4",
}
"""OWNER+NAME (the fetch tool's folder name) -> the commit measured (each snapshot's head)."""

SKIP: dict[str, set[str]] = {
    "Fc-idris+whu-thesis-2024": set(),
    "haiyichip+whu-thesis": {"test/test-bibtex.tex", "spine/whu-thesis-spine.tex"},
}
"""OWNER+NAME -> second main files left out (the template's test document and the book spine)."""


def main() -> None:
    theses_heldout.main(THESES11, SKIP, __doc__)


if __name__ == "__main__":
    main()
