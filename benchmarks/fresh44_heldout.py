"""Build fresh44-heldout: the NCI PDQ summary pieces no set has read at offset 2 (stop 44, issue 11).

    python benchmarks/fresh44_heldout.py ECC_GIT_DIR OUT

A fresh sample of the one journal-review kind whose pool still has unread text. Searched again in stop 44 (code, docs,
pages corpora, file and string look-ups; see the helper's log): WMT20/22/23 biomedical zh-en test sets are still in
no stored repository (WMT22's training list is PMIDs fetched at run time; WMT23's general test set is news, reviews,
speech and social posts), and no corpus of Chinese journal articles with their published English was found; the
NEJM test/dev lines are all read (fresh43 took the rest), the ChinaXiv pools hold 12 unread papers, the Medline sets
are all used. So, as fresh43 did, this set is the unread rest of a used pool, chosen by a rule written before the
build: ECCParaCorp's PDQ sentence pairs as `benchmarks/ecc_heldout.py` reads them (`github:TIANQIXU1/nlp-project`,
`data/Ecc complete train.csv`; NCI's PDQ cancer information summaries for health professionals and their Chinese by
medical translators; US-government text, the copy states no licence: measurement only, never copy it here), the
pieces at offset 2 of each 9 (`ecc_heldout.select(git_dir, 2)`, the next offset no set used: ecc-heldout is 0,
fresh43-heldout 1, ecc2-heldout 4), leaving out every pair whose Chinese or English is in any of those three sets.
Each piece is a set of published sentence pairs of one summary (the corpus stores them out of reading order; see
ecc_heldout.py), written as `ecc-dNN-PP.zh` / `.en` / `.gold` (one sentence a line, the gold `[i]:[i]` that
`benchmarks/defects.py` injects defects into).

`python benchmarks/precision.py fresh44-heldout=/tmp/fresh44-heldout` checks them two-file style without
`--presplit`, with `benchmarks/glossaries/fresh44.csv` (written from the Chinese side of these documents before any
check ran); labels in benchmarks/labels/fresh44-heldout.tsv.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh43_heldout import ecc_documents  # noqa: E402
from heldout_io import write_line_pairs  # noqa: E402

OFFSET = 2
USED = (0, 1, 4)
"""ecc-heldout's, fresh43-heldout's and ecc2-heldout's offsets: their pairs are left out."""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ecc_git_dir")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    if subprocess.run(["git", f"--git-dir={args.ecc_git_dir}", "rev-parse", "--verify", "-q", "HEAD^{commit}"],
                      capture_output=True).returncode != 0:
        ap.error(f"{args.ecc_git_dir}: not a git dir with a commit")
    try:
        docs = ecc_documents(args.ecc_git_dir, OFFSET, USED)
    except (ValueError, KeyError, subprocess.CalledProcessError) as e:
        ap.error(f"the source is not the expected one: {e}")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, zh, en in docs:
        write_line_pairs(args.out / name, zh, en)
    print(f"{args.out}: {len(docs)} documents, {sum(len(zh) for _, zh, _ in docs)} Chinese lines")


if __name__ == "__main__":
    main()
