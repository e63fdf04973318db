"""Build the held-out half of the WMT21 biomedical (Medline) zh/en test set from a fetched git dir; see precision.py.

    python benchmarks/wmt21_heldout.py GIT_DIR OUT_FOLDER [--paragraphs]
    python benchmarks/wmt21_heldout.py GIT_DIR --check-dev [MEDLINE_FOLDER]

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

`--paragraphs` writes the same 50 held-out abstracts in the layout of the development medline files, one abstract a
paragraph, as the evaluator checks that kind: `en2zh-doc2.zh.txt` / `en2zh-doc2.en.txt` (the dev names), every row of
the document kept (a title row too), rows stripped of trailing blanks and joined without a separator on the Chinese
side and with one space on the English side, one final LF. `--check-dev` applies the same layout to the 50 DEV
documents and compares it with `../shared/data/real/medline` byte for byte (all 100 files match). Instead of a
`.gold`, `en2zh-doc2.spans` gives the character spans `zs ze es ee` of the hand-checked 1-1 pairs of
`wmt21_heldout_gold.tsv` in the two files (the reference pairs `benchmarks/defects.py` injects defects into).
`benchmarks/precision.py wmt21-para-heldout=/tmp/wmt21-para-heldout` checks them two-file style, with the same
glossary, per 100 Chinese sentences as medline (and per 100 lines).
"""
from __future__ import annotations

import argparse
import subprocess
from collections import defaultdict
from pathlib import Path

from heldout_io import paragraph

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


MEDLINE = Path("/work/shared/data/real/medline")
"""The development medline files (`--check-dev` compares the paragraph layout with them)."""


def check_dev(git_dir: str, medline: Path) -> None:
    """Compare the paragraph layout of the DEV documents with the development medline files, byte for byte."""
    same = total = 0
    for direction in DIRECTIONS:
        for lang, sep in (("zh", ""), ("en", " ")):
            docs = rows(git_dir, f"data/medline_{direction}_{lang}.txt")
            for d in sorted(DEV[direction]):
                path = medline / f"{direction}-doc{d}.{lang}.txt"
                total += 1
                if path.read_bytes() == paragraph(docs[d], sep)[0].encode("utf-8"):
                    same += 1
                else:
                    print(f"differs: {path}")
    print(f"{medline}: {same} of {total} dev files reproduced byte for byte")


def write_paragraphs(git_dir: str, out: Path) -> None:
    """The held-out documents in the dev medline layout, with the gold pairs as character spans (`--paragraphs`)."""
    out.mkdir(parents=True, exist_ok=True)
    pairs = gold()
    n = sentences = 0
    for direction in DIRECTIONS:
        zh = rows(git_dir, f"data/medline_{direction}_zh.txt")
        en = rows(git_dir, f"data/medline_{direction}_en.txt")
        for d in sorted(set(zh) - DEV[direction]):
            name = f"{direction}-doc{d}"
            zh_text, zh_spans = paragraph(zh[d], "")
            en_text, en_spans = paragraph(en[d], " ")
            (out / f"{name}.zh.txt").write_text(zh_text, encoding="utf-8")
            (out / f"{name}.en.txt").write_text(en_text, encoding="utf-8")
            (out / f"{name}.spans").write_text("".join(
                f"{zh_spans[i][0]}\t{zh_spans[i][1]}\t{en_spans[j][0]}\t{en_spans[j][1]}\n"
                for i, j in pairs[f"wmt21-{name}"]), encoding="utf-8")
            n += 1
            sentences += len(zh[d])
    print(f"{out}: {n} documents (one abstract a paragraph), {sentences} Chinese rows")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("git_dir")
    ap.add_argument("out", type=Path, nargs="?")
    ap.add_argument("--paragraphs", action="store_true", help="one abstract a paragraph, as the dev medline files")
    ap.add_argument("--check-dev", type=Path, nargs="?", const=MEDLINE, metavar="MEDLINE_FOLDER",
                    help="compare the paragraph layout of the DEV documents with the dev medline files")
    args = ap.parse_args()
    git_dir = args.git_dir
    if args.check_dev:
        check_dev(git_dir, args.check_dev)
        return
    if args.out is None:
        ap.error("OUT_FOLDER is required")
    out: Path = args.out
    if args.paragraphs:
        write_paragraphs(git_dir, out)
        return
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
