"""Build the held-out WMT18/WMT19 biomedical (Medline) zh/en documents from a fetched git dir; see precision.py.

    python benchmarks/wmtbio_heldout.py GIT_DIR OUT_FOLDER

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
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SETS = ("wmt18.medline.en-zh", "wmt18.medline.zh-en", "wmt19.medline.en-zh", "wmt19.medline.zh-en")
TARGET, LOW, HIGH = 20, 15, 25
STARTS = ("目的", "背景")


def blob(git_dir: str, path: str) -> list[str]:
    """The lines of one file of the source repository (split at LF only, as the files are aligned by LF)."""
    out = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    return out.rstrip("\n").split("\n")


def cuts(zh: list[str]) -> list[int]:
    """Start indices of the documents of one file pair."""
    starts = [0]
    while len(zh) - starts[-1] > HIGH:
        base = starts[-1]
        near = [i for i in range(base + LOW, base + HIGH + 1) if zh[i].lstrip().startswith(STARTS)]
        starts.append(min(near, key=lambda i: abs(i - base - TARGET)) if near else base + TARGET)
    return starts


def main() -> None:
    git_dir, out = sys.argv[1], Path(sys.argv[2])
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
