"""Build the held-out American Cancer Society (ACS) patient guides, English and Chinese, from a fetched git dir.

    python benchmarks/acs_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `hallixrap/llm-translation-study` (fetch tool:
`github:hallixrap/llm-translation-study`, which returns a git dir), folder `data/extracted_text/cancer/`
(`english/NAME.txt`, `chinese/NAME.txt`): eleven patient guides of the American Cancer Society ("After a Breast Cancer
Diagnosis", "Chemotherapy for Cancer", "Checking Your Skin for Signs of Cancer", ...) and ACS's own professional
Simplified Chinese translations, as the study extracted them from ACS's published documents (one paragraph, heading
or bullet a line; the study compares them with LLM translations). ACS copyright; research use, never copy them into
this repository. None of this text was checked or read by this project before this measurement. It is not journal
text but patient education written by clinicians and translated by ACS's translators: the nearest unseen published
medical en-zh text found (the WMT22-24 biomedical zh test sets are not in any stored repository).

Each guide is written to OUT_FOLDER as `acs-NAME.zh` / `acs-NAME.en`, its non-blank lines as published (leading and
trailing blanks dropped, UTF-8, LF), except the print colophon (`©2024, American Cancer Society, Inc.`,
`No. 080815 Rev. 11/24`: catalogue numbers and revision dates that differ between the editions by design) and the
Chinese editions' running heads (`Chemotherapy for Cancer – Simplified Chinese`, `SIMPLIFIED CHINESE`). Some Chinese
editions are a later revision than the English (Rev. 3/25 against 11/24), so a few paragraphs differ in content. The
source gives no alignment: where the two sides then have the same number of lines (seven guides: the breast,
cervical, colorectal and prostate diagnosis guides, checking your skin, skin cancer tests and procedures, skin cancer
treatments; 295 Chinese lines) the lines correspond one to one by position (checked by eye: headings, bullets and
paragraphs in the same order), and `acs-NAME.gold` gives `[i]:[i]`, the reference pairs `benchmarks/defects.py`
injects defects into; the other four guides get no gold (defects.py then takes the 1-1 beads of their own clean
alignment). 11 documents, 458 Chinese lines; `benchmarks/precision.py acs-heldout=/tmp/acs-heldout` checks them
two-file style without `--presplit`, with the hand-written `benchmarks/glossaries/acs.csv` (31 concepts, written from
the Chinese side before any check ran).
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from heldout_io import show, write_document  # benchmarks/ is the script's folder

FOLDER = "data/extracted_text/cancer"
COLOPHON = re.compile(r"^(©\s*\d{4}, American Cancer Society.*|No\. [A-Z]*\d+( Rev\. .*)?|SIMPLIFIED CHINESE"
                      r"|.* [–-] (Simplified )?Chinese)$")
"""The print colophon (copyright line, catalogue number with revision date) and the Chinese editions' running heads."""


def lines(text: str) -> list[str]:
    """The published non-blank lines of one guide, colophon dropped."""
    return [s.strip() for s in text.splitlines() if s.strip() and not COLOPHON.match(s.strip())]


def guides(git_dir: str) -> list[str]:
    """The guide file names (the same in both language folders)."""
    out = subprocess.run(["git", f"--git-dir={git_dir}", "ls-tree", "--name-only", "HEAD", f"{FOLDER}/english/"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    return sorted(Path(p).name for p in out.split("\n") if p.endswith(".txt"))


def main() -> None:
    git_dir, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    total = gold = 0
    names = guides(git_dir)
    for name in names:
        en = lines(show(git_dir, "HEAD", f"{FOLDER}/english/{name}"))
        zh = lines(show(git_dir, "HEAD", f"{FOLDER}/chinese/{name}"))
        stem = out / f"acs-{name.removesuffix('.txt')}"
        if write_document(stem, zh, en):
            gold += len(zh)
        total += len(zh)
    print(f"{out}: {len(names)} documents, {total} Chinese lines ({gold} with gold by position)")


if __name__ == "__main__":
    main()
