"""Build theses8-heldout: one more real Chinese degree thesis in LaTeX (an XJTUThesis template user, Xi'an Jiaotong
University), none read before (stop 51).

    python benchmarks/theses8_heldout.py MIRROR_DIR OUT_FOLDER [--abstracts ABSTRACTS_FOLDER]

Source: a public GitHub repository of a Chinese degree thesis written in LaTeX by its author (the author's copyright;
measurement only, never copied into this repository), fetched with the fetch tool (`github:OWNER/NAME`, git dir
`MIRROR_DIR/OWNER+NAME/repo`). Written as theses_heldout.py writes its nine (the same file filter), then
`python benchmarks/theses.py OUT_FOLDER --labels benchmarks/labels/theses8-heldout.tsv` checks it; with --abstracts
its paired abstract is also written one abstract a paragraph for `python benchmarks/defects.py ABSTRACTS_FOLDER
--trials 3`.

Selection rule, fixed before any thesis was checked (stop 51, helper fresh51), continuing theses7's: the users of a
template not read before, by `find_repos name_contains=TEMPLATE` in its order (most file versions first), the template
itself, its packagings and names saying template left out, a thesis taken when its Chinese and English abstracts are
both the author's own text (not the template's example), its snapshot at its head. pkuthss (14 listed): the typst and
quarto packagings, CasperVector's template and OpenMandriva's package left out; XuehaiPan/pkuthss (the template's
source and example), doubleZ0108/pkuthss-mac, Thesharing/pkuthss and asuith/pkuthss-ece (the example abstract "Test of
the English abstract.") passed over. xjtuthesis (4 listed): taken liuliuli302/XJTUThesisLMQ (a training-free video
summarisation network built on multimodal large language models, 2026), the first listed; its defence slides
(`main_beamer.tex`, `Main_Beamer/`) are a second main file, left out so that the body is checked once. The body is
taken as it is.
"""
from __future__ import annotations

import theses_heldout  # benchmarks/ is the script's folder

THESES8 = {
    "liuliuli302+XJTUThesisLMQ": "73cb453cbc285e1b933edf77a1da4f81db7edfbf",
}
"""OWNER+NAME (the fetch tool's folder name) -> the commit measured (the snapshot's head)."""

SKIP: dict[str, set[str]] = {"liuliuli302+XJTUThesisLMQ": {"main_beamer.tex", "Main_Beamer/c1.tex"}}
"""OWNER+NAME -> second main files left out (the defence slides)."""


def main() -> None:
    theses_heldout.main(THESES8, SKIP, __doc__)


if __name__ == "__main__":
    main()
