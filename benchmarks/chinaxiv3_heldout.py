"""Build the third held-out ChinaXiv set: 2017-2019 papers' abstracts, one abstract a paragraph (the medline layout).

    python benchmarks/chinaxiv3_heldout.py GIT_DIR OUT_FOLDER

The source is the one of `benchmarks/chinaxiv_heldout.py` (fetch tool: `github:DreamBlooms/ChinaXiv-201601-to-202209`,
ChinaXiv preprints and archived Chinese journal papers converted from PDF to Markdown by MinerU; CC BY 4.0, "Copyright
by Authors and CAS ChinaXiv"; measurement only: never copy the text into this repository); no new public source of
Chinese journal abstracts with their published English abstracts was found (see chinaxiv2_heldout.py). chinaxiv-heldout
took papers of 2020 and chinaxiv2-heldout papers of 2021-2022; this set takes papers of 2017, 2018 and 2019
(`md/ChinaXiv-2017*.md` … `md/ChinaXiv-2019*.md`, in name order, each paper once: its last version), none checked or
read by this project before this measurement, and lays each out as the evaluator's medline kind is laid out
(`../shared/data/real/medline`: one abstract a paragraph, no keywords): `OUT_FOLDER/cx3-NNN.zh.txt` / `.en.txt`, the
Chinese abstract and the English abstract, one line each.

Rules fixed before any check ran: a paper is taken when chinaxiv_heldout.py's `pair` takes it (one Chinese and one
English abstract, each one paragraph, the Chinese of at least 80 Chinese characters naming a clinical or health
subject, the English of at least 400 characters with no Chinese character, no MinerU LaTeX math, both keyword lines
found) and its English abstract was not glued together by the PDF extraction: the mean length of its
whitespace-separated tokens is at most GLUE characters (English prose measures 5-6.5; MinerU's glued lines,
"Toobtain high-qualitylow-dose CTimages", 8-14). Its abstracts are written as `pair` gives them (the text as
extracted: a missing space after a comma or period, OCR slips are kept). At most LIMIT papers, as stored at
chinaxiv_heldout.COMMIT (the newest commit if that one is absent). No gold: as on medline, `benchmarks/defects.py`
takes the clean abstracts' own 1-1 beads as reference pairs. `python benchmarks/precision.py
chinaxiv3-heldout=/tmp/chinaxiv3-heldout` checks them two-file style without `--presplit`, with the hand-written
`benchmarks/glossaries/chinaxiv3.csv` (written from the Chinese side before any check ran), per 100 Chinese sentences.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from chinaxiv_heldout import Rows, arguments, papers, revision  # benchmarks/ is the script's folder

GLUE = 7.0
YEARS = ("2017", "2018", "2019")


def glued(english: str) -> bool:
    """The PDF extraction glued the English words together (mean token length above GLUE)."""
    tokens = english.split()
    return sum(map(len, tokens)) / len(tokens) > GLUE


def write_abstracts(out: Path, prefix: str, items: Iterable[tuple[str, Rows]], rev: str) -> None:
    """Write each paper's Chinese and English abstract as PREFIX-NNN.zh.txt / .en.txt in `out`, one line each."""
    out.mkdir(parents=True, exist_ok=True)
    taken = 0
    for taken, (name, rows) in enumerate(items, 1):
        stem = out / f"{prefix}-{taken:03d}"
        stem.with_name(stem.name + ".zh.txt").write_text(rows[0][0] + "\n", encoding="utf-8")
        stem.with_name(stem.name + ".en.txt").write_text(rows[1][0] + "\n", encoding="utf-8")
        print(f"{prefix}-{taken:03d}\t{name}")
    print(f"{out}: {taken} documents, {taken} Chinese paragraphs, from {rev}")


def main() -> None:
    git_dir, out = arguments(__doc__)
    rev = revision(git_dir)
    write_abstracts(out, "cx3", papers(git_dir, rev, YEARS, lambda rows: not glued(rows[1][0])), rev)


if __name__ == "__main__":
    main()
