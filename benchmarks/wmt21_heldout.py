"""Build the held-out half of the WMT21 biomedical (Medline) zh/en test set from a fetched git dir; see precision.py.

    python benchmarks/wmt21_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `QbethQ/Intro_to_NLP_hw3` (fetch tool: `github:QbethQ/Intro_to_NLP_hw3`, which
returns a git dir), folder `data/`: `medline_{en2zh,zh2en}_{en,zh}.txt`, the WMT21 biomedical task's Medline test set
for Chinese (research use; never copy it into this repository) as tab-separated `DOC_ID<TAB>SENT_ID<TAB>SENTENCE`
rows, one sentence a row, 50 abstracts a direction. The two sides of a document are segmented independently (the
Chinese may have fewer sentences than the English, or more), so there is no line alignment.

The development medline set (`../shared/data/real/medline`) is one half of this test set (the documents in DEV below,
one abstract a paragraph); the other half, written here, was never looked at before this measurement. Each held-out
document is written to OUT_FOLDER as `wmt21-en2zh-doc2.zh` / `wmt21-en2zh-doc2.en`, ... one published sentence a line
(trailing blanks of the rows dropped, UTF-8, LF), with `wmt21-en2zh-doc2.gold` giving the document's 1-1 sentence
pairs (`[i]:[j]`, 0-based lines) from `benchmarks/wmt21_heldout_gold.tsv` (263 pairs checked by hand; lines in 1-2,
2-1 or looser correspondences, and first lines that carry the article's title on one side only, are left out): the
reference pairs `benchmarks/defects.py` injects defects into. 50 documents, 333 Chinese lines;
`benchmarks/precision.py wmt21-heldout=/tmp/wmt21-heldout` checks them two-file style without `--presplit`, with the
hand-written `benchmarks/glossaries/wmt21.csv`.
"""
from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from pathlib import Path

DIRECTIONS = ("en2zh", "zh2en")
DEV = {
    "en2zh": {1, 3, 5, 6, 8, 11, 13, 15, 17, 19, 20, 22, 24, 26, 28, 31, 33, 35, 37, 39, 40, 42, 44, 46, 48},
    "zh2en": set(range(52, 101, 2)),
}
"""Document numbers of the development half (`../shared/data/real/medline/<direction>-docN.*.txt`)."""
GOLD = Path(__file__).resolve().parent / "wmt21_heldout_gold.tsv"


def gold() -> dict[str, list[tuple[int, int]]]:
    """Document stem -> its hand-checked 1-1 pairs (Chinese line, English line), 0-based."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for row in GOLD.read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#"):
            stem, i, j = row.split("\t")
            out[stem].append((int(i), int(j)))
    return out


def rows(git_dir: str, path: str) -> dict[int, list[str]]:
    """Document number -> its sentences, in order, from one TSV file of the source repository."""
    out = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    docs: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for row in out.split("\n"):
        if not row.strip():
            continue
        doc, sent, text = row.split("\t", 2)
        docs[int(doc[3:])].append((int(sent), text.rstrip(" \t\r")))
    return {d: [t for _, t in sorted(v)] for d, v in docs.items()}


def main() -> None:
    git_dir, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    total = n = 0
    pairs = gold()
    for direction in DIRECTIONS:
        zh = rows(git_dir, f"data/medline_{direction}_zh.txt")
        en = rows(git_dir, f"data/medline_{direction}_en.txt")
        assert zh.keys() == en.keys(), direction
        for d in sorted(zh):
            if d in DEV[direction]:
                continue
            stem = out / f"wmt21-{direction}-doc{d}"
            stem.with_suffix(".zh").write_text("".join(s + "\n" for s in zh[d]), encoding="utf-8")
            stem.with_suffix(".en").write_text("".join(s + "\n" for s in en[d]), encoding="utf-8")
            stem.with_suffix(".gold").write_text("".join(f"[{i}]:[{j}]\n" for i, j in pairs[stem.name]),
                                                 encoding="utf-8")
            total += len(zh[d])
            n += 1
    print(f"{out}: {n} documents, {total} Chinese lines")


if __name__ == "__main__":
    main()
