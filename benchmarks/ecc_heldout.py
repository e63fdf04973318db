"""Build the held-out ECCParaCorp (PDQ cancer summaries, en/zh) documents from a fetched git dir; see precision.py.

    python benchmarks/ecc_heldout.py GIT_DIR OUT_FOLDER [--offset K]

The source is ECCParaCorp (Zhou et al. 2020, "ECCParaCorp: a cross-lingual parallel corpus towards cancer education,
dissemination and application", BMC Medical Informatics and Decision Making 20(Suppl 3):122): the US National Cancer
Institute's PDQ cancer information summaries for health professionals (screening, prevention and treatment of
colorectal, breast, liver, oesophageal, gastric and lung cancer; evidence reviews citing the trials, written like a
journal review) and their Chinese translations made and checked by medical translators, aligned by hand into 5190
sentence pairs, 1083 phrase pairs and 412 word pairs. A copy of the corpus is the file `data/Ecc complete train.csv`
of the GitHub repository `TIANQIXU1/nlp-project` (fetch tool: `github:TIANQIXU1/nlp-project`, which returns a git
dir), a CSV of `type,id,en_description,zh_description` rows. PDQ summaries are US-government works (public domain);
the repository states no licence for its copy: measurement only, never copy it into this repository. None of it is
in any earlier set (ParaMed/NEJM, WMT biomedical Medline, TICO-19, medline).

Only the `Sentence` rows are read. Their ids restart at `s1` for each of the corpus's 22 source summaries, and inside
a summary the rows are not in reading order (short sentences first: table cells and headings, then running text),
so a piece is a set of independent published sentence pairs of one summary, not a passage. The corpus strips the
sentence-final full stop on both sides (`...and bleeding can occur` / `...等并发症`); the text is otherwise taken as
stored (zero-width spaces the corpus carries stay), with HTML entities decoded (`&gt;` -> `>`). A pair whose Chinese
or English already occurred earlier in the set is left out. Each summary is cut, in order, into pieces of BLOCK
pairs (a rest of fewer than MIN_REST joins the piece before it); every STEP-th piece of the corpus (the first, the
tenth, ...) is written to OUT_FOLDER as `ecc-d01-01.zh` / `.en` / `.gold` (summary number, piece number; one sentence
a line, the gold `[i]:[i]`: the corpus's own 1-1 pairs, which `benchmarks/defects.py` injects defects into).
`benchmarks/precision.py ecc-heldout=/tmp/ecc-heldout` checks them two-file style without `--presplit`, with the
hand-written `benchmarks/glossaries/ecc.csv` (written from the Chinese side before any check ran): 20 pieces, 595
Chinese lines.

`--offset K` takes the K-th piece of each STEP instead of the first, leaving out every pair whose Chinese or English is
in the first set; the documents keep their `ecc-dNN-PP` names (the piece numbers differ). `ecc2-heldout` is
`--offset 4`: 20 pieces, 579 Chinese lines, none of them in ecc-heldout, checked with the same glossary
(`benchmarks/precision.py ecc2-heldout=/tmp/ecc2-heldout`), never looked at before its check.
"""
from __future__ import annotations

import argparse
import csv
import html
import io
from pathlib import Path

from heldout_io import show, write_line_pairs  # benchmarks/ is the script's folder

PATH = "data/Ecc complete train.csv"
BLOCK, MIN_REST, STEP = 30, 10, 9


def summaries(git_dir: str) -> list[list[tuple[str, str]]]:
    """The corpus's sentence pairs (Chinese, English), one list per source summary, in stored order."""
    text = show(git_dir, "HEAD", PATH)
    out: list[list[tuple[str, str]]] = []
    last = 0
    for row in csv.DictReader(io.StringIO(text)):
        if row["type"] != "Sentence":
            continue
        n = int(row["id"][1:])
        if n <= last or not out:
            out.append([])
        last = n
        out[-1].append((html.unescape(row["zh_description"]).strip(), html.unescape(row["en_description"]).strip()))
    return out


def pieces(pairs: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """One summary cut into pieces of BLOCK pairs; a short rest joins the piece before it."""
    out = [pairs[i:i + BLOCK] for i in range(0, len(pairs), BLOCK)]
    if len(out) > 1 and len(out[-1]) < MIN_REST:
        out[-2].extend(out.pop())
    return out


def select(git_dir: str, offset: int) -> list[tuple[str, list[tuple[str, str]]]]:
    """The pieces at OFFSET of each STEP (name, kept pairs); a pair seen in an earlier piece of the set, or, for a
    second set (OFFSET > 0), in the first set's pieces, is left out."""
    seen_zh: set[str] = set()
    seen_en: set[str] = set()
    out: list[tuple[str, list[tuple[str, str]]]] = []
    corpus = summaries(git_dir)
    for want in sorted({0, offset}):
        k = 0
        for d, summary in enumerate(corpus, 1):
            for p, piece in enumerate(pieces(summary), 1):
                k += 1
                if (k - 1) % STEP != want:
                    continue
                kept = []
                for z, e in piece:
                    if z and e and z not in seen_zh and e not in seen_en:
                        kept.append((z, e))
                    seen_zh.add(z)
                    seen_en.add(e)
                if want == offset:
                    out.append((f"ecc-d{d:02d}-{p:02d}", kept))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("git_dir")
    parser.add_argument("out", type=Path)
    parser.add_argument("--offset", type=int, default=0, help="take the pieces at this offset of each STEP")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    chosen = select(args.git_dir, args.offset)
    for name, kept in chosen:
        write_line_pairs(args.out / name, [z for z, _ in kept], [e for _, e in kept])
    print(f"{args.out}: {len(chosen)} documents, {sum(len(k) for _, k in chosen)} Chinese lines")


if __name__ == "__main__":
    main()
