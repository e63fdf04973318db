"""Build the second held-out ChinaXiv set: papers of 2021 and 2022, by chinaxiv-heldout's rules (2020 papers).

    python benchmarks/chinaxiv2_heldout.py GIT_DIR OUT_FOLDER

The source is the one of `benchmarks/chinaxiv_heldout.py` (fetch tool: `github:DreamBlooms/ChinaXiv-201601-to-202209`,
the ChinaXiv preprints and archived Chinese journal papers converted from PDF to Markdown by MinerU; CC BY 4.0,
"Copyright by Authors and CAS ChinaXiv"; measurement only: never copy the text into this repository). No new public
source of Chinese journal abstracts with their published English abstracts was found in the stores searched for this
measurement (WMT22/23 biomedical zh-en test sets, PubMed bilingual abstracts, Cochrane, MultiCochrane, the WMT
biomedical organisers' repositories: none holds Chinese text here), so this is a second sample of the same corpus
(as ecc2-heldout is of ecc-heldout): other papers, years, authors and journals, none checked or read by this project
before this measurement. chinaxiv-heldout took only papers of 2020 (`md/ChinaXiv-2020*.md`); this set takes the
papers of 2021 and then 2022 (`md/ChinaXiv-2021*.md`, `md/ChinaXiv-2022*.md`, in name order, each paper once: its
last version), by exactly the rules of chinaxiv_heldout.py (its `pair`: one Chinese and one English abstract, each
one paragraph, the Chinese of at least 80 Chinese characters naming a clinical or health subject, the English of at
least 400 characters with no Chinese character, no MinerU LaTeX math, both keyword lines found; labels, colons and
what MinerU glued to a keyword line dropped; the text otherwise as extracted). Each paper is one document pair,
`OUT_FOLDER/cx2-NNN.zh` / `.en`: line 1 the abstract, line 2 the keywords, with `cx2-NNN.gold` `[i]:[i]`. At most
LIMIT papers, as stored at chinaxiv_heldout.COMMIT (the newest commit if that one is absent). `python
benchmarks/precision.py chinaxiv2-heldout=/tmp/chinaxiv2-heldout` checks them two-file style without `--presplit`,
with the hand-written `benchmarks/glossaries/chinaxiv2.csv` (written from the Chinese side before any check ran).
"""
from __future__ import annotations

from chinaxiv_heldout import arguments, papers, revision  # benchmarks/ is the script's folder
from heldout_io import write_line_pairs

YEARS = ("2021", "2022")


def main() -> None:
    git_dir, out = arguments(__doc__)
    out.mkdir(parents=True, exist_ok=True)
    taken, rev = 0, revision(git_dir)
    for taken, (name, rows) in enumerate(papers(git_dir, rev, YEARS), 1):
        write_line_pairs(out / f"cx2-{taken:03d}", rows[0], rows[1])
        print(f"cx2-{taken:03d}\t{name}")
    print(f"{out}: {taken} documents, {2 * taken} Chinese lines, from {rev}")


if __name__ == "__main__":
    main()
