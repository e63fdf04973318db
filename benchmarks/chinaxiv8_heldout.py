"""Build the eighth held-out ChinaXiv set: life-science and psychology abstracts, one abstract a paragraph.

    python benchmarks/chinaxiv8_heldout.py GIT_DIR OUT_FOLDER

The source is the one of `benchmarks/chinaxiv_heldout.py` (fetch tool: `github:DreamBlooms/ChinaXiv-201601-to-202209`,
ChinaXiv preprints and archived Chinese journal papers converted from PDF to Markdown by MinerU; CC BY 4.0, "Copyright
by Authors and CAS ChinaXiv"; measurement only: never copy the text into this repository). A fresh sample of the same
corpus, the journal-production case (an English abstract that must say what the Chinese one says), taken to measure
main on text nobody tuned on. chinaxiv-heldout … chinaxiv7-heldout took only papers whose Chinese abstract names a
clinical or health subject (chinaxiv_heldout.SUBJECT), and after chinaxiv7-heldout that pool is all but spent (a
dozen papers of 2016-2019 left). This set takes the neighbouring disciplines the same pool left out: biology and
psychology.

Rules fixed before any check ran (stop 45, helper fresh45): the papers of 2016-2022 (`md/ChinaXiv-2016*.md` …
`md/ChinaXiv-2022*.md`, in name order, each paper once: its last version) that chinaxiv_heldout.py's `pair` takes
with its subject rule replaced by `about`: the Chinese abstract names NO clinical or health subject of SUBJECT (so no
paper of the earlier sets' pool can be taken) and names a life-science or psychology subject (LIFE: 心理, 认知, 情绪,
神经 not followed by 网络 (a neural network is computing), 基因, 蛋白, 细胞, 物种, 植物, 动物 or 微生物); the other
rules of `pair` unchanged (one Chinese and one English abstract, each one paragraph, the Chinese of at least 80
Chinese characters, the English of at least 400 characters with no Chinese character, no MinerU LaTeX math, both
keyword lines found); papers whose English abstract the PDF extraction glued together left out
(chinaxiv3_heldout.py's `glued`); each Chinese abstract once (chinaxiv5_heldout.py's `each_once`: ChinaXiv holds some
papers under several ids); the first COUNT. None was checked or read by this project before this measurement. Laid
out as chinaxiv3-heldout (one abstract a paragraph, no keywords): `OUT_FOLDER/cx8-NNN.zh.txt` / `.en.txt`, the
Chinese abstract and the English abstract as `pair` gives them (the text as extracted: a missing space after a comma
or period, OCR slips are kept), one line each. As stored at chinaxiv_heldout.COMMIT (the newest commit if that one is
absent). No gold (defects.py takes the clean abstracts' own 1-1 beads). `python benchmarks/precision.py
chinaxiv8-heldout=/tmp/chinaxiv8-heldout` checks them two-file style without `--presplit`, with the hand-written
`benchmarks/glossaries/chinaxiv8.csv` (written from the Chinese side and committed before any check ran), per 100
Chinese sentences.
"""
from __future__ import annotations

import re

from chinaxiv3_heldout import glued, write_abstracts  # benchmarks/ is the script's folder
from chinaxiv5_heldout import each_once
from chinaxiv_heldout import Rows, arguments, clinical, papers, revision

YEARS = ("2016", "2017", "2018", "2019", "2020", "2021", "2022")
COUNT = 40
LIFE = re.compile("心理|认知|情绪|神经(?!网络)|基因|蛋白|细胞|物种|植物|动物|微生物")


def life_science(zh: str) -> bool:
    """The Chinese abstract names a life-science or psychology subject (LIFE) and no clinical one (SUBJECT)."""
    return bool(LIFE.search(zh)) and not clinical(zh)


def selected(git_dir: str, rev: str, count: int = COUNT) -> list[tuple[str, Rows]]:
    """The first `count` papers of YEARS that `pair` takes under `life_science`, unglued, each Chinese abstract
    once."""
    kept = papers(git_dir, rev, YEARS, lambda rows: not glued(rows[1][0]), limit=10 ** 6, about=life_science)
    return each_once(kept, set(), count)


def main() -> None:
    git_dir, out = arguments(__doc__)
    rev = revision(git_dir)
    write_abstracts(out, "cx8", selected(git_dir, rev), rev)


if __name__ == "__main__":
    main()
