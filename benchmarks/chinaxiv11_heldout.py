"""Build the eleventh held-out ChinaXiv set: the last unread clinical papers of 2017-2019, one abstract a paragraph.

    python benchmarks/chinaxiv11_heldout.py GIT_DIR OUT_FOLDER

The source is the one of `benchmarks/chinaxiv_heldout.py` (fetch tool: `github:DreamBlooms/ChinaXiv-201601-to-202209`,
ChinaXiv preprints and archived Chinese journal papers converted from PDF to Markdown by MinerU; CC BY 4.0, "Copyright
by Authors and CAS ChinaXiv"; measurement only: never copy the text into this repository). The held-out data issue 11
is judged on is medical, so this set takes what is left of the clinical pool (chinaxiv_heldout.SUBJECT: the Chinese
abstract names 患者, 临床, 病例, 疾病, 治疗, 医院, 感染, 肿瘤, 健康 or 症状), which chinaxiv … chinaxiv7 drew from.

Rule fixed before the build and before any check ran (stop 47, helper fresh47): chinaxiv6-heldout's rule continued
(chinaxiv5_heldout.py's selection: the papers of 2017-2019 in name order, each paper once, its last version, that
`pair` takes with the clinical subject rule, glued English left out, each Chinese abstract once), and of them every
paper after chinaxiv3-heldout's 40, chinaxiv5-heldout's 30 and chinaxiv6-heldout's 30 (at most COUNT; chinaxiv6's
docstring counted 8 left). A search of the whole clinical pool of 2016-2022 when this set was built found no other
unread paper whose English the PDF extraction did not glue (the 2021-2022 pool was spent by chinaxiv7-heldout, 2020
by chinaxiv-heldout). None was checked or read by this project before this measurement. Laid out as
chinaxiv3-heldout: `OUT_FOLDER/cx11-NNN.zh.txt` / `.en.txt`, one line each, the text as extracted. As stored at
chinaxiv_heldout.COMMIT (the newest commit if that one is absent). No gold (defects.py takes the clean abstracts' own
1-1 beads). `python benchmarks/precision.py chinaxiv11-heldout=/tmp/chinaxiv11-heldout` checks them two-file style
without `--presplit`, with the hand-written `benchmarks/glossaries/chinaxiv11.csv` (written from the Chinese side and
committed before any check ran), per 100 Chinese sentences.
"""
from __future__ import annotations

from chinaxiv3_heldout import write_abstracts  # benchmarks/ is the script's folder
from chinaxiv5_heldout import COUNT as TAKEN_BY_FIFTH
from chinaxiv5_heldout import selected as after_the_third
from chinaxiv6_heldout import COUNT as TAKEN_BY_SIXTH
from chinaxiv_heldout import LIMIT, Rows, arguments, revision

COUNT = 30


def selected(git_dir: str, rev: str, skip: int = LIMIT, taken: int = TAKEN_BY_FIFTH + TAKEN_BY_SIXTH,
             count: int = COUNT) -> list[tuple[str, Rows]]:
    """The papers of chinaxiv5-heldout's pool after the first `skip` (chinaxiv3-heldout's) and the `taken` after them
    (chinaxiv5-heldout's and chinaxiv6-heldout's), each Chinese abstract once, at most `count`."""
    return after_the_third(git_dir, rev, skip=skip, count=taken + count)[taken:]


def main() -> None:
    git_dir, out = arguments(__doc__)
    rev = revision(git_dir)
    write_abstracts(out, "cx11", selected(git_dir, rev), rev)


if __name__ == "__main__":
    main()
