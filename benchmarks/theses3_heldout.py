"""Build theses3-heldout: four more real Chinese degree theses in LaTeX (SJTUThesis users), none read before (stop 45).

    python benchmarks/theses3_heldout.py MIRROR_DIR OUT_FOLDER [--abstracts ABSTRACTS_FOLDER]

Source: public GitHub repositories of Chinese degree theses written in LaTeX by their authors (the authors'
copyright; measurement only, never copied into this repository), fetched with the fetch tool (`github:OWNER/NAME`,
git dir `MIRROR_DIR/OWNER+NAME/repo`). Written as theses_heldout.py writes its nine (the same file filter), then
`python benchmarks/theses.py OUT_FOLDER --labels benchmarks/labels/theses3-heldout.tsv` checks them; with --abstracts
each thesis's paired abstract is also written one abstract a paragraph for `python benchmarks/defects.py
ABSTRACTS_FOLDER --trials 3`.

Selection rule, fixed before any thesis was checked (stop 45, helper fresh45): theses and theses2 read thuthesis
(`data/abstract.tex`) users; this sample reads the users of another template, Shanghai Jiao Tong University's
SJTUThesis: the repositories the search index lists with `sjtuthesis` in their name (`find_repos
name_contains=sjtuthesis`), the template itself (sjtug/SJTUThesis) and its non-LaTeX variants (R Markdown, Word,
bookdown, Markdown) left out, each at its snapshot's head; a thesis is taken when its Chinese and English abstracts
are both the author's own text. Passed over: the template's abstracts (the university's history, or the
instructions 中文摘要应该将…) in dyweb, jyh6681, ytliu74, zhuyekun, HaoPeiwen, angustar and xybai. Taken: fengerhu1
(a bachelor's thesis on scalable memory-integrity trees for SGX, 2019), Muatyz (ultrasound in granular media, 2024),
ganju2390 (motion control of a small ROV in shallow water, 2025), xyx323 (interactive natural-language-to-SQL, 2018).
The body is taken as it is.
"""
from __future__ import annotations

import theses_heldout  # benchmarks/ is the script's folder

THESES3 = {
    "fengerhu1+SJTUThesis": "a8813b9155407a4b2bff25687c0f7e25e67678ee",
    "Muatyz+SJTUThesis": "4981d3ddf7a28e64e9bf6a729a340dc96d960da2",
    "ganju2390+SJTUThesis-GJM": "156539d075d539c4b431fea509e89f0039286ff9",
    "xyx323+SJTUThesis": "ce514eaec9c9d19439250ef5d136a1a58512d4dd",
}
"""OWNER+NAME (the fetch tool's folder name) -> the commit measured (each snapshot's head)."""


def main() -> None:
    theses_heldout.main(THESES3, {}, __doc__)


if __name__ == "__main__":
    main()
