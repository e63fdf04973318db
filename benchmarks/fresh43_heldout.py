"""Build fresh43-heldout: the journal-kind sentence pairs no earlier set read, from two fetched git dirs.

    python benchmarks/fresh43_heldout.py NEJM_GIT_DIR ECC_GIT_DIR OUT_FOLDER

Stop 43 looked for a new public source of journal articles with their published Chinese (or Chinese articles with
their published English) and found none that could be fetched (benchmarks/README, stop 43's fresh43 log: the
ParaMed NEJM train split is stored only as Git LFS pointers, in `EzraZephyr/Medical_Translation_EN-ZH-Transformer`
and in `happycatti913-sudo/memory_library` alike). So this set is the unread rest of two pools already used, chosen
by the rule below, written down before the set was built or any finding read:

1. **NEJM** (`nejmtail-NN`): ParaMed's NEJM test and dev splits (Liu and Huang 2021; NEJM articles and their
   translations in NEJM 医学前沿; research use, never copy them into this repository) as
   `benchmarks/nejm_heldout.py` reads them (`github:EzraZephyr/Medical_Translation_EN-ZH-Transformer`, `data/`), with
   the same restoration of the Chinese punctuation and detokenization (`nejm_heldout.zh_line`, `en_line`). nejm,
   nejm2 and nejm3 read the splits in 30-line blocks, every third block from offsets 0, 2 and 1; nejm (offset 0) took
   only its first 20 blocks a split. Unread, and taken here in split order: the offset-0 blocks past the 20th of
   each split (test lines 1800-1829, 1890-1919, 1980-2009, 2070-2099; dev 1800-1829, 1890-1919, 1980-2009: the most
   recent articles of each split) and each split's lines after its last block of any offset (test 2100-2101, dev
   2010-2035), the tail joined to the block before it when that block ends where the tail starts, else a document of
   its own. 238 Chinese lines.
2. **ECC** (`ecc-dNN-PP`): ECCParaCorp's PDQ sentence pairs as `benchmarks/ecc_heldout.py` reads them
   (`github:TIANQIXU1/nlp-project`, `data/Ecc complete train.csv`; US-government text, measurement only), the pieces
   at offset 1 of each 9 (`ecc_heldout.select(git_dir, 1)`, the first offset no set used: ecc-heldout is 0,
   ecc2-heldout 4), leaving out every pair whose Chinese or English is in ecc-heldout or ecc2-heldout.

Each document is written as `NAME.zh` / `NAME.en` / `NAME.gold` (one published sentence a line, the gold `[i]:[i]`
that `benchmarks/defects.py` injects defects into).
`python benchmarks/precision.py fresh43-heldout=/tmp/fresh43-heldout` checks them two-file style without
`--presplit`, with `benchmarks/glossaries/fresh43.csv` (written from the Chinese side of these
documents before any check ran); labels in benchmarks/labels/fresh43-heldout.tsv.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ecc_heldout import select  # noqa: E402
from heldout_io import write_line_pairs  # noqa: E402
from nejm_heldout import BLOCK, DOCS, SPLITS, STEP, blob, en_line, zh_line  # noqa: E402

ECC_OFFSET = 1
ECC_USED = (0, 4)
"""ecc-heldout's and ecc2-heldout's offsets: their pairs are left out."""


def unread_rows(n: int) -> list[range]:
    """The row ranges of a split of n lines that nejm, nejm2 and nejm3 did not read, in order (see the docstring)."""
    blocks = [range(start, start + BLOCK)
              for start in range(0, n - BLOCK + 1, STEP * BLOCK)][DOCS:]
    last = max(off * BLOCK + k * STEP * BLOCK + BLOCK
               for off in range(STEP)
               for k in range(len(range(off * BLOCK, n - BLOCK + 1, STEP * BLOCK))))
    if last < n:
        if blocks and blocks[-1].stop == last:
            blocks[-1] = range(blocks[-1].start, n)
        else:
            blocks.append(range(last, n))
    return blocks


def nejm_documents(git_dir: str) -> list[tuple[str, list[str], list[str]]]:
    """(name, Chinese lines, English lines) of the unread NEJM rows, test split first."""
    out: list[tuple[str, list[str], list[str]]] = []
    for split, _ in SPLITS:
        zh = blob(git_dir, f"data/nejm.{split}.zh")
        en = blob(git_dir, f"data/nejm.{split}.en")
        if len(zh) != len(en):
            raise ValueError(f"nejm.{split}: {len(zh)} Chinese lines against {len(en)} English lines")
        for rows in unread_rows(len(zh)):
            out.append((f"nejmtail-{len(out) + 1:02d}", [zh_line(zh[i]) for i in rows], [en_line(en[i]) for i in rows]))
    return out


def ecc_documents(git_dir: str, offset: int = ECC_OFFSET,
                  used: tuple[int, ...] = ECC_USED) -> list[tuple[str, list[str], list[str]]]:
    """(name, Chinese lines, English lines) of the ECC pieces at `offset`, without any pair of the pieces at the
    `used` offsets (by default: at ECC_OFFSET, without any pair of ecc or ecc2)."""
    used_zh: set[str] = set()
    used_en: set[str] = set()
    for off in used:
        for _, kept in select(git_dir, off):
            used_zh.update(z for z, _ in kept)
            used_en.update(e for _, e in kept)
    out: list[tuple[str, list[str], list[str]]] = []
    for name, kept in select(git_dir, offset):
        pairs = [(z, e) for z, e in kept if z not in used_zh and e not in used_en]
        if pairs:
            out.append((name, [z for z, _ in pairs], [e for _, e in pairs]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("nejm_git_dir")
    ap.add_argument("ecc_git_dir")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    for git_dir in (args.nejm_git_dir, args.ecc_git_dir):
        if subprocess.run(["git", f"--git-dir={git_dir}", "rev-parse", "--verify", "-q", "HEAD^{commit}"],
                          capture_output=True).returncode != 0:
            ap.error(f"{git_dir}: not a git dir with a commit")
    try:
        docs = nejm_documents(args.nejm_git_dir) + ecc_documents(args.ecc_git_dir)
    except (ValueError, subprocess.CalledProcessError) as e:
        ap.error(f"the sources are not the expected ones: {e}")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, zh, en in docs:
        write_line_pairs(args.out / name, zh, en)
    nejm = sum(len(zh) for name, zh, _ in docs if name.startswith("nejmtail"))
    total = sum(len(zh) for _, zh, _ in docs)
    print(f"{args.out}: {len(docs)} documents, {total} Chinese lines ({nejm} NEJM, {total - nejm} ECC)")


if __name__ == "__main__":
    main()
