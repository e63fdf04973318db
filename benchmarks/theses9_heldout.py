"""Build theses9-heldout: two more real Chinese degree theses in LaTeX (BUAAthesis template users, Beihang
University), none read before (stop 53).

    python benchmarks/theses9_heldout.py MIRROR_DIR OUT_FOLDER [--abstracts ABSTRACTS_FOLDER]

Source: public GitHub repositories of Chinese degree theses written in LaTeX by their authors (the authors' copyright;
measurement only, never copied into this repository), fetched with the fetch tool (`github:OWNER/NAME`, git dir
`MIRROR_DIR/OWNER+NAME/repo`). Written as theses_heldout.py writes its nine (the same file filter), then
`python benchmarks/theses.py OUT_FOLDER --labels benchmarks/labels/theses9-heldout.tsv` checks them; with --abstracts
each thesis's paired abstract is also written one abstract a paragraph for `python benchmarks/defects.py
ABSTRACTS_FOLDER --trials 3`.

Selection rule, fixed before any thesis was checked (stop 53, helper fresh53), continuing theses7's and theses8's: the
users of a template not read before, by `find_repos name_contains=TEMPLATE` in its order (most file versions first),
the template itself, its packagings and names saying template left out, a thesis taken when its body is Chinese and its
Chinese and English abstracts are both the author's own text (not the template's example), its snapshot at its head.
buaathesis (17 listed): BHOSC/BUAAthesis (the template) left out; DorianMood/BUAAthesis passed over (its body and
abstract are written in English, the Chinese abstract a short translation); ProjectAmber/BUAAthesis holds no thesis
text; TerrencePai/BUAAthesis_ holds the template's example abstract; taken yangwenjing/BUAAthesis (a taxi mobility
model mined from Beijing taxi traces, master's, 2015) and Garnel/BUAAthesis (centreline extraction of the intestine for
virtual endoscopy, bachelor's, 2013); the search stopped there with 2 theses (time). yangwenjing's repository keeps the
template's example documents `sample-bachelor.tex` and `sample-master.tex` beside the thesis (`bigpaper.tex`): left
out, so that only the author's text is checked. The body is taken as it is.
"""
from __future__ import annotations

import theses_heldout  # benchmarks/ is the script's folder

THESES9 = {
    "yangwenjing+BUAAthesis": "d489a690ace45ceefaa96c5bb4a29d4432e32a96",
    "Garnel+BUAAthesis": "eda248d7b15866408eb3bcb752235402e469e90f",
}
"""OWNER+NAME (the fetch tool's folder name) -> the commit measured (each snapshot's head)."""

SKIP: dict[str, set[str]] = {"yangwenjing+BUAAthesis": {"sample-bachelor.tex", "sample-master.tex"}}
"""OWNER+NAME -> the template's example documents left out."""


def main() -> None:
    theses_heldout.main(THESES9, SKIP, __doc__)


if __name__ == "__main__":
    main()
