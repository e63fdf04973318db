"""Build theses10-heldout: three more real Chinese degree theses in LaTeX (nwputhesis template users, Northwestern
Polytechnical University), none read before (stop 55).

    python benchmarks/theses10_heldout.py MIRROR_DIR OUT_FOLDER [--abstracts ABSTRACTS_FOLDER]

Source: public GitHub repositories of Chinese degree theses written in LaTeX by their authors (the authors' copyright;
measurement only, never copied into this repository), fetched with the fetch tool (`github:OWNER/NAME`, git dir
`MIRROR_DIR/OWNER+NAME/repo`). Written as theses_heldout.py writes its nine (the same file filter), then
`python benchmarks/theses.py OUT_FOLDER --labels benchmarks/labels/theses10-heldout.tsv` checks them; with --abstracts
each thesis's paired abstract is also written one abstract a paragraph for `python benchmarks/defects.py
ABSTRACTS_FOLDER --trials 3`.

Selection rule, fixed before any thesis was checked (stop 55, helper fresh55), continuing theses7's to theses9's: the
users of a template not read before, by `find_repos name_contains=TEMPLATE` in its order (most file versions first),
the template itself, its packagings and names saying template left out, a thesis taken when its body is Chinese and its
Chinese and English abstracts are both the author's own text (not the template's example), its snapshot at its head,
until 3 are taken. Templates read before this one, none usable: nudtpaper (liubenyuan's is the template;
DonglinChen97's English abstract is the template's NUDT description; swydefence's thesis is real but the fetch tool
has no snapshot of it; Ballad1214's is a customised template with its example text; billowsand holds one chapter and
no abstract; KKG-ZP holds reading notes), tjuthesis (NotoOotori, twtstudio, 3013216027 templates; haimingz,
Yifu-TJU, a171232886, HighScorePlayer, jiangqideng, pingyuer hold the template's example or placeholder abstracts),
sduthesis (Liam0205 the template; h1s97x, HiKapok, wangkerui the template's example; KindKeeper no snapshot),
csuthesis (weikangqi no snapshot; CSQ223, ChaoYan the template's example), cquthesis (nanmu42 the template; barryZZJ
template files only; Thesoul20 no .tex). nwputhesis (7 listed): taken zhoushuaicheng42-del/nwputhesis (energy-saving
UAV soaring in unsteady flow with deep reinforcement learning, bachelor's, 2026), wangqy031216-cloud/nwputhesis
(proximal inverse reward optimization for LLM preference alignment, bachelor's, 2026) and DHCAhead/nwputhesis
(autoregressive B-rep CAD generation with point-level NURBS serialisation, bachelor's, 2026); Lyn6969,
bigbig-mua and hecy1ng hold the template's example abstract (这是一个适用于西北工业大学学位论文写作的文档类模板);
zhangzhishan (2012) not read (3 taken). Each repository keeps the template's graduate example
thesis beside the bachelor's thesis: its main files (`master.tex`, `phd.tex`, `graduate.tex`) and its
`content/thesis/graduate/` files are left out (SKIP), so that the template's example text is never checked (the
shared `thesis-body.tex` picks each part with `\\ifbachelor{undergraduate}{graduate}`). The body is taken as it is.
Measured as found (stop 55): the checker pairs no abstract in any of the three (the English abstract is the
`engabstract` environment, the keywords `\\keywordslist` / `\\engkeywordslist`) and reads only the second brace
group of `\\ifbachelor{…}{…}` (the graduate part, left out): two of the three bodies are not read at all.
"""
from __future__ import annotations

import theses_heldout  # benchmarks/ is the script's folder

THESES10 = {
    "zhoushuaicheng42-del+nwputhesis": "2f7520f1bd292d6b19b1eedc69283dfd8fda5773",
    "wangqy031216-cloud+nwputhesis": "f4434d1ed579ed554f159b01da61a111cd32cd4f",
    "DHCAhead+nwputhesis": "2a148c6d2e36c04eac781215d23ff492de2170d0",
}
"""OWNER+NAME (the fetch tool's folder name) -> the commit measured (each snapshot's head)."""

GRADUATE_EXAMPLE = frozenset({
    "master.tex", "phd.tex", "graduate.tex",
    *(f"content/thesis/graduate/{name}" for name in (
        "abstract.tex", "accomplishments.bib", "accomplishments.tex", "acknowledgements.tex", "appendix.tex",
        *(f"chapter{n}.tex" for n in range(1, 7)), "chapters.tex", "committee.tex", "info.tex", "reference.bib",
        "thesis-body.tex")),
})
"""The template's graduate example thesis (its main files and content) kept in each repository: left out."""

SKIP: dict[str, set[str]] = {name: set(GRADUATE_EXAMPLE) for name in THESES10}
"""OWNER+NAME -> the template's example documents left out."""


def main() -> None:
    theses_heldout.main(THESES10, SKIP, __doc__)


if __name__ == "__main__":
    main()
