"""Build the held-out WMT18/WMT19 biomedical (Medline) zh/en documents from a fetched git dir; see precision.py.

    python benchmarks/wmtbio_heldout.py GIT_DIR OUT_FOLDER [--paragraphs]

The source is the GitHub repository `hsing-wang/WMT2020_BioMedical` (fetch tool: `github:hsing-wang/WMT2020_BioMedical`,
which returns a git dir), folder `Bio-18-19-testset/`: the WMT18 and WMT19 biomedical task's Medline test sets for
Chinese, `wmt1X.medline.{en-zh,zh-en}.{zh,en}` (research use; never copy them into this repository). Each file pair
holds the abstracts of one test set one after another, one aligned segment a line (the English line may hold two
sentences where the Chinese has one, and the reverse), 212-244 lines a file, with no document ids. The development
medline set (`../shared/data/real/medline`) comes from another year's test set: none of its abstracts is in these files.

Each file pair is cut into documents of about 20 lines, between aligned lines (the cut is moved to the nearest line in
15-25 whose Chinese starts an abstract, `目的`/`背景`, where there is one), and written to OUT_FOLDER as
`wmt18-en2zh-01.zh` / `wmt18-en2zh-01.en`, ... (text as published, one segment a line, UTF-8, LF), with
`wmt18-en2zh-01.gold` giving the published line alignment (`[i]:[i]`, the reference pairs `benchmarks/defects.py`
injects defects into). 46 documents, 923 Chinese lines; `benchmarks/precision.py wmtbio-heldout=/tmp/wmtbio-heldout`
checks them two-file style without `--presplit`, with the hand-written `benchmarks/glossaries/wmtbio.csv`.

`--paragraphs` writes the same four file pairs in the layout of the development medline files, one abstract-sized
paragraph a file pair, as the evaluator checks the medline kind: the files mark no abstract boundaries, so each file
pair is cut into pieces of about 7 aligned lines (4-10, the cut moved to a line starting `目的`/`背景` where there is
one; the WMT21 abstracts average 6.6 sentences), written as `wmt18-en2zh-001.zh.txt` / `wmt18-en2zh-001.en.txt`, ...
(lines stripped of trailing blanks and joined without a separator on the Chinese side and with one space on the
English side, one final LF, as `wmt21_heldout.py --paragraphs`), with `wmt18-en2zh-001.spans` giving the character
spans `zs ze es ee` of the published line pairs that are one sentence on each side (`one_to_one`: a line pair holding
two sentences on a side, or cut off at "(P" as published, is left out, as wmt21's hand-checked pairs leave looser
correspondences out): the reference pairs `benchmarks/defects.py` injects defects into. `--all-pairs` writes every
published line pair instead (the first measurement's).
The text is wmtbio-heldout's (tuned on in its line layout since 0.5.0); the paragraph layout of it was first measured
on main 1975eae (0.15.0) before anything was tuned on it: `benchmarks/precision.py
wmtbio-para-heldout=/tmp/wmtbio-para-heldout`, with the same glossary, per 100 Chinese sentences as medline.
"""
from __future__ import annotations

import argparse
import re
import subprocess
from pathlib import Path

from heldout_io import paragraph  # benchmarks/ is the script's folder

SETS = ("wmt18.medline.en-zh", "wmt18.medline.zh-en", "wmt19.medline.en-zh", "wmt19.medline.zh-en")
TARGET, LOW, HIGH = 20, 15, 25
"""Lines a piece of the line layout aims at, and its bounds."""
PARA_TARGET, PARA_LOW, PARA_HIGH = 7, 4, 10
"""The same for the paragraph layout (`--paragraphs`): about one abstract."""
STARTS = ("目的", "背景")
_ZH_END = re.compile(r"[。！？]")
_EN_INNER_END = re.compile(r"[.!?][\"'”’)]*\s+[A-Z(]")


def blob(git_dir: str, path: str) -> list[str]:
    """The lines of one file of the source repository (split at LF only, as the files are aligned by LF)."""
    out = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    return out.rstrip("\n").split("\n")


def cuts(zh: list[str], target: int = TARGET, low: int = LOW, high: int = HIGH) -> list[int]:
    """Start indices of the documents of one file pair."""
    starts = [0]
    while len(zh) - starts[-1] > high:
        base = starts[-1]
        near = [i for i in range(base + low, base + high + 1) if zh[i].lstrip().startswith(STARTS)]
        starts.append(min(near, key=lambda i: abs(i - base - target)) if near else base + target)
    return starts


def one_to_one(zh: str, en: str) -> bool:
    """A published line pair is one sentence on each side: the Chinese ends its only sentence at its end, the English
    ends one sentence and starts no other, and neither is cut off at "(P" (the published files break there)."""
    zh, en = zh.strip(), en.strip()
    ends = [m.end() for m in _ZH_END.finditer(zh)]
    return (ends == [len(zh)] and en[-1:] in (".", "!", "?") and not _EN_INNER_END.search(en)
            and not en.endswith(("(P", "(p")) and not zh.endswith(("(P", "(p")))


def write_paragraphs(git_dir: str, out: Path, all_pairs: bool = False) -> None:
    """The four file pairs in the dev medline layout, about one abstract a file pair, with `.spans` (`--paragraphs`):
    of the one-sentence line pairs (`one_to_one`), or of every line pair (`all_pairs`)."""
    out.mkdir(parents=True, exist_ok=True)
    n = lines = pairs = 0
    for name in SETS:
        zh = blob(git_dir, f"Bio-18-19-testset/{name}.zh")
        en = blob(git_dir, f"Bio-18-19-testset/{name}.en")
        assert len(zh) == len(en), (name, len(zh), len(en))
        year, _, pair = name.split(".")
        starts = cuts(zh, PARA_TARGET, PARA_LOW, PARA_HIGH) + [len(zh)]
        for k, (a, b) in enumerate(zip(starts, starts[1:]), 1):
            stem = f"{year}-{pair.replace('-', '2')}-{k:03d}"
            zh_rows = [row.rstrip(" \t\r") for row in zh[a:b]]
            en_rows = [row.rstrip(" \t\r") for row in en[a:b]]
            zh_text, zh_spans = paragraph(zh_rows, "")
            en_text, en_spans = paragraph(en_rows, " ")
            keep = [all_pairs or one_to_one(z, e) for z, e in zip(zh_rows, en_rows)]
            (out / f"{stem}.zh.txt").write_text(zh_text, encoding="utf-8")
            (out / f"{stem}.en.txt").write_text(en_text, encoding="utf-8")
            rows = (f"{z[0]}\t{z[1]}\t{e[0]}\t{e[1]}\n" for z, e, k in zip(zh_spans, en_spans, keep) if k)
            (out / f"{stem}.spans").write_text("".join(rows), encoding="utf-8")
            n += 1
            lines += b - a
            pairs += sum(keep)
    print(f"{out}: {n} documents (about one abstract a paragraph), {lines} Chinese lines, {pairs} reference pairs")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("git_dir")
    ap.add_argument("out", type=Path)
    ap.add_argument("--paragraphs", action="store_true", help="about one abstract a paragraph, as dev medline")
    ap.add_argument("--all-pairs", action="store_true", help="with --paragraphs: every line pair a reference pair")
    args = ap.parse_args()
    git_dir, out = args.git_dir, args.out
    if args.paragraphs:
        write_paragraphs(git_dir, out, args.all_pairs)
        return
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for name in SETS:
        zh = blob(git_dir, f"Bio-18-19-testset/{name}.zh")
        en = blob(git_dir, f"Bio-18-19-testset/{name}.en")
        assert len(zh) == len(en), (name, len(zh), len(en))
        year, _, pair = name.split(".")
        tag = f"{year}-{pair.replace('-', '2')}"
        starts = cuts(zh) + [len(zh)]
        for k, (a, b) in enumerate(zip(starts, starts[1:]), 1):
            stem = out / f"{tag}-{k:02d}"
            stem.with_suffix(".zh").write_text("".join(line + "\n" for line in zh[a:b]), encoding="utf-8")
            stem.with_suffix(".en").write_text("".join(line + "\n" for line in en[a:b]), encoding="utf-8")
            stem.with_suffix(".gold").write_text("".join(f"[{i}]:[{i}]\n" for i in range(b - a)), encoding="utf-8")
            total += b - a
        print(f"{name}: {len(zh)} lines, {len(starts) - 1} documents")
    print(f"{out}: {total} Chinese lines")


if __name__ == "__main__":
    main()
