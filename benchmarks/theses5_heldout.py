"""Build theses5-heldout: two more real Chinese degree theses in LaTeX (ucasthesis users, the University of the Chinese
Academy of Sciences), none read before (stop 47).

    python benchmarks/theses5_heldout.py MIRROR_DIR OUT_FOLDER [--abstracts ABSTRACTS_FOLDER]

Source: public GitHub repositories of Chinese degree theses written in LaTeX by their authors (the authors'
copyright; measurement only, never copied into this repository), fetched with the fetch tool (`github:OWNER/NAME`,
git dir `MIRROR_DIR/OWNER+NAME/repo`). Written as theses_heldout.py writes its nine (the same file filter), then
`python benchmarks/theses.py OUT_FOLDER --labels benchmarks/labels/theses5-heldout.tsv` checks them; with --abstracts
each thesis's paired abstract is also written one abstract a paragraph for `python benchmarks/defects.py
ABSTRACTS_FOLDER --trials 3`.

Selection rule, fixed before any thesis was checked (stop 47, helper fresh47): theses … theses4 read thuthesis,
SJTUThesis, NJUThesis, USTCThesis and SUSTech users; this sample reads the users of a fifth university's template:
the repositories the search index lists with `ucasthesis` in their name (`find_repos name_contains=ucasthesis`, 13),
the template itself (mohuangrui/ucasthesis) and an editor's completion files (DerryAlex/ucasthesis.cwl) left out,
each at its snapshot's head; a thesis is taken when its Chinese and English abstracts are both the author's own text,
once. No snapshot could be had of wang2000star/ucasthesis2026, liuyunqi20/ucasthesis, tsyhahaha/ucasthesis. Passed
over: the template's example abstracts (本文是中国科学院大学学位论文模板ucasthesis的使用说明文档…, or the older
template's 论文的摘要是对论文研究内容和成果的高度概括…) in jaredyam, hunterhawk, leeyeel (IMP-ucasthesis), longshitong
(UCASthesis-WIPM) and xiaoyao9933 (UCASthesis); empty abstracts in Turgon-Aran-Gondolin. Taken:
YasirHuang/ucasthesis (multimodal neural machine translation, 2023), dooozo/ucasthesis (sampling in reinforcement
learning post-training of language models, 2026). The body is taken as it is.
"""
from __future__ import annotations

import theses_heldout  # benchmarks/ is the script's folder

THESES5 = {
    "YasirHuang+ucasthesis": "773b553c2837507b8874e51a88a2018274f03054",
    "dooozo+ucasthesis": "bdf27372cde15d8b2657b15c5fa83e46b9b3c495",
}
"""OWNER+NAME (the fetch tool's folder name) -> the commit measured (each snapshot's head)."""


if __name__ == "__main__":
    theses_heldout.main(THESES5, {}, __doc__)
