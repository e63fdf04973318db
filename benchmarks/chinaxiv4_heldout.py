"""Build the fourth held-out ChinaXiv set: the 2021-2022 papers chinaxiv2-heldout left, one abstract a paragraph.

    python benchmarks/chinaxiv4_heldout.py GIT_DIR OUT_FOLDER

The source is the one of `benchmarks/chinaxiv_heldout.py` (fetch tool: `github:DreamBlooms/ChinaXiv-201601-to-202209`,
ChinaXiv preprints and archived Chinese journal papers converted from PDF to Markdown by MinerU; CC BY 4.0, "Copyright
by Authors and CAS ChinaXiv"; measurement only: never copy the text into this repository). It is a fallback, not the
new source the brief asked for: a fresh search of the stores (2026-12-04, helper fresh39: code, docs, pages and issues
corpora, file-name and exact-string look-ups; the list is in benchmarks/README.md) found no other fetchable public
source of professionally translated Chinese-English medical documents that this project has not used; the one
candidate found (the bilingual Health Information Translations patient leaflets that `deep2code/doctor-agent` extracted
to `internal/knowledge/data/corpus_medlinezh.json`) is in the search index at commit 0510452 only, not in the snapshot
fetch returns, so no builder can read it. chinaxiv2-heldout took the first LIMIT (40) papers of 2021-2022 that
chinaxiv_heldout.py's `pair` takes, in name order; this set takes the ones after them (`md/ChinaXiv-2021*.md`, then
`md/ChinaXiv-2022*.md`, in name order, each paper once: its last version), none checked or read by this project before
this measurement, by exactly `pair`'s rules (one Chinese and one English abstract, each one paragraph, the Chinese of
at least 80 Chinese characters naming a clinical or health subject, the English of at least 400 characters with no
Chinese character, no MinerU LaTeX math, both keyword lines found), the papers whose English abstract the PDF
extraction glued together left out (chinaxiv3_heldout.py's `glued`: mean token length above GLUE), at most COUNT
papers, laid out as chinaxiv3-heldout and the evaluator's medline kind are (one abstract a paragraph, no keywords):
`OUT_FOLDER/cx4-NNN.zh.txt` / `.en.txt`, the Chinese abstract and the English abstract as `pair` gives them (the text
as extracted: a missing space after a comma or period, OCR slips are kept), one line each. As stored at
chinaxiv_heldout.COMMIT (the newest commit if that one is absent). No gold: as on medline, `benchmarks/defects.py`
takes the clean abstracts' own 1-1 beads as reference pairs. `python benchmarks/precision.py
chinaxiv4-heldout=/tmp/chinaxiv4-heldout` checks them two-file style without `--presplit`, with the hand-written
`benchmarks/glossaries/chinaxiv4.csv` (written from the Chinese side before any check ran), per 100 Chinese sentences.
"""
from __future__ import annotations

from itertools import islice

from chinaxiv3_heldout import glued, write_abstracts  # benchmarks/ is the script's folder
from chinaxiv_heldout import LIMIT, Rows, arguments, papers, revision

YEARS = ("2021", "2022")
COUNT = 30


def selected(git_dir: str, rev: str, skip: int = LIMIT, count: int = COUNT) -> list[tuple[str, Rows]]:
    """The papers of YEARS this set takes: those after the first `skip` that `pair` takes (chinaxiv2-heldout's),
    the glued ones left out, at most `count`."""
    rest = islice(papers(git_dir, rev, YEARS, limit=10 ** 6), skip, None)
    return list(islice(((name, rows) for name, rows in rest if not glued(rows[1][0])), count))


def main() -> None:
    git_dir, out = arguments(__doc__)
    rev = revision(git_dir)
    write_abstracts(out, "cx4", selected(git_dir, rev), rev)


if __name__ == "__main__":
    main()
