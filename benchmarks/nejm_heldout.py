"""Build the held-out NEJM (ParaMed test split) zh/en documents from a fetched git dir; see precision.py.

    python benchmarks/nejm_heldout.py GIT_DIR OUT_FOLDER [--paragraphs] [--offset K] [--docs N]

The source is ParaMed's NEJM corpus (Liu and Huang 2021, `github:boxiangliu/ParaMed`; NEJM articles and their
translations in NEJM 医学前沿; research use, never copy it into this repository) as split for machine translation by
ParaMed's `split_data/split_train_test.py`: the test split `nejm.test.{zh,en}` holds the 39 most recent articles of the
corpus, 2102 lines, in article order, one Moore-aligned 1-1 sentence pair a line (sentences the aligner left unpaired
are gone). ParaMed's own tarball is not in its repository's stored snapshot; a copy of the split is in the GitHub
repository `EzraZephyr/Medical_Translation_EN-ZH-Transformer` (fetch tool:
`github:EzraZephyr/Medical_Translation_EN-ZH-Transformer`, which returns a git dir), folder `data/`. None of its
lines is in ParaMed's `manual_align_input` documents (paramed-dev, paramed-heldout).

The split was preprocessed for training: Moses `normalize-punctuation` made the Chinese punctuation half-width
(`，、` -> `,`, `。` -> `.`, `；：（）～` -> `;:()~`), jieba separated the Chinese words by spaces, Moses tokenized the
English (`@-@`, spaced punctuation) and a truecaser lower-cased its first word. This builder undoes that as far as a
rule can: Chinese tokens `, ; : ( ) ? ! ~` become full-width (`，；：（）？！～`; a comma between digit groups stays), a
line-final `.` becomes `。`, `"` pairs become `“”`, then the line is detokenized the way paramed-dev was
(`paramed_heldout.detok_zh`: a single space next to a Chinese character or full-width mark is dropped); the English is
detokenized by `paramed_heldout.detok_en` and its first letter capitalized. `、` cannot be told from `，` and stays
`，`; so the Chinese punctuation of this set is a reconstruction, and punctuation findings on it measure that.

The dev split `nejm.dev.{zh,en}` (the next 40 articles back in time, 2036 lines) is in the same repository and
treated the same way. Each split is cut into blocks of BLOCK lines; every STEP-th block (the first, the fourth, ...)
up to DOCS blocks is written to OUT_FOLDER as `nejm-01.zh` / `nejm-01.en` / `nejm-01.gold` (test split) and
`nejmdev-01.*` (dev split), the gold being `[i]:[i]`, the published 1-1 line alignment that `benchmarks/defects.py`
injects defects into: 40 documents, 1200 Chinese lines, spread over the splits' articles.
`benchmarks/precision.py nejm-heldout=/tmp/nejm-heldout` checks them two-file style without
`--presplit`, with the hand-written `benchmarks/glossaries/nejm.csv`.

`--paragraphs` writes the same pieces as manuscripts are usually written, one paragraph a line with a blank line
between paragraphs: the sentences of a piece joined, PARAGRAPH at a time, alike on both sides (Chinese without a
separator, English with a space); a line that does not end a Chinese sentence (a heading) stands alone; instead of a
`.gold`, `NAME.spans` gives the character spans `zs ze es ee` of each published sentence pair in the two files (the
reference pairs `benchmarks/defects.py` injects defects into).
The published pairs are 1-1, so every sentence has its translation in the same paragraph: a finding of a sentence
without a counterpart there, or one caused by pairing the wrong sentences, is false by construction. It measures the
sentence splitting and alignment of real journal text, which the one-sentence-a-line files do not exercise:
`benchmarks/precision.py nejm-para-heldout=/tmp/nejm-para-heldout` (labels `benchmarks/labels/nejm-para-heldout.tsv`).

`--offset K` takes the K-th block of each STEP blocks instead of the first, and `--docs N` up to N blocks a split
(0: every such block the split holds); the documents are then named `nejmK-01`, `nejmKdev-01`. The sets
`nejm2-heldout` and `nejm2-para-heldout` (measured on 0.7.0, f67651c, before anything was tuned on them) are
`--offset 2 --docs 0`: 45 blocks, 1350 Chinese lines, none of them in nejm-heldout (offset 0); the blocks past the
60th of each split (test lines 1800-2102, dev 1800-2036: the last articles of each) are in no earlier set at all.
The train split (older articles) would be better held out, but its files are over the fetch tool's size limit and
absent from the snapshot. Checked with their own hand-written glossary `benchmarks/glossaries/nejm2.csv`.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_io import write_line_pairs  # noqa: E402
from paramed_heldout import detok_en, detok_zh  # noqa: E402

BLOCK, STEP, DOCS = 30, 3, 20
PARAGRAPH = 5
"""Sentences a paragraph of the `--paragraphs` variant holds at most."""
SPLITS = (("test", "nejm"), ("dev", "nejmdev"))
"""The splits read, each with the prefix of its documents' names."""
WIDE = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！", "~": "～"}


def blob(git_dir: str, path: str) -> list[str]:
    """The lines of one file of the source repository."""
    out = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    return out.rstrip("\n").split("\n")


def zh_line(line: str) -> str:
    """One normalized, word-split Chinese line with its full-width punctuation restored, as running text."""
    toks = line.split(" ")
    out: list[str] = []
    quote = 0
    for k, tok in enumerate(toks):
        prev = toks[k - 1] if k else ""
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if tok == "," and prev.isdigit() and re.fullmatch(r"\d{3}", nxt):
            out.append(tok)
        elif tok in WIDE:
            out.append(WIDE[tok])
        elif tok == "." and k == len(toks) - 1:
            out.append("。")
        elif tok == '"':
            out.append("“" if quote % 2 == 0 else "”")
            quote += 1
        else:
            out.append(tok)
    text = detok_zh(" ".join(out))
    return re.sub(r"([A-Za-z]) \. (?=[A-Za-z])", r"\1.", text).replace("vs .", "vs.")


def en_line(line: str) -> str:
    """One Moses-tokenized, truecased English line as running text with a capital first letter."""
    text = detok_en(line).replace(" 'Brien", "'Brien")
    return text[:1].upper() + text[1:]


def paragraphs(zh: list[str], en: list[str]) -> tuple[list[str], list[str]]:
    """The lines of a piece joined into paragraphs of at most PARAGRAPH sentences, alike on both sides; a line that
    does not end a Chinese sentence (a heading) stands alone."""
    out_zh: list[str] = []
    out_en: list[str] = []
    run: list[int] = []

    def close() -> None:
        if run:
            out_zh.append("".join(zh[i] for i in run))
            out_en.append(" ".join(en[i] for i in run))
            run.clear()

    for i, line in enumerate(zh):
        if not line.endswith(("。", "！", "？", "）", "”")):
            close()
            out_zh.append(line)
            out_en.append(en[i])
            continue
        run.append(i)
        if len(run) == PARAGRAPH:
            close()
    close()
    return out_zh, out_en


def spans(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    """Character span [start, end) of each sentence in the text it was joined into, in order."""
    out: list[tuple[int, int]] = []
    pos = 0
    for sentence in sentences:
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        out.append((start, pos))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("git_dir")
    ap.add_argument("out", type=Path)
    ap.add_argument("--paragraphs", action="store_true", help="one paragraph a line (see the docstring)")
    ap.add_argument("--offset", type=int, default=0, help=f"which block of each {STEP} (0: the first)")
    ap.add_argument("--docs", type=int, default=DOCS, help="blocks a split at most (0: all the split holds)")
    args = ap.parse_args()
    git_dir, out, para = args.git_dir, args.out, args.paragraphs
    assert 0 <= args.offset < STEP, args.offset
    out.mkdir(parents=True, exist_ok=True)
    total = docs = 0
    for split, prefix in SPLITS:
        zh = blob(git_dir, f"data/nejm.{split}.zh")
        en = blob(git_dir, f"data/nejm.{split}.en")
        assert len(zh) == len(en), (split, len(zh), len(en))
        starts = range(args.offset * BLOCK, len(zh) - BLOCK + 1, STEP * BLOCK)
        if args.docs:
            starts = starts[: args.docs]
        name = prefix if not args.offset else prefix.replace("nejm", f"nejm{args.offset}", 1)
        for n, start in enumerate(starts, 1):
            rows = range(start, start + BLOCK)
            stem = out / f"{name}-{n:02d}"
            zh_lines = [zh_line(zh[i]) for i in rows]
            en_lines = [en_line(en[i]) for i in rows]
            if para:
                zh_paras, en_paras = paragraphs(zh_lines, en_lines)
                zh_text, en_text = "\n\n".join(zh_paras) + "\n", "\n\n".join(en_paras) + "\n"
                stem.with_suffix(".zh").write_text(zh_text, encoding="utf-8")
                stem.with_suffix(".en").write_text(en_text, encoding="utf-8")
                stem.with_suffix(".spans").write_text("".join(
                    f"{zs}\t{ze}\t{es}\t{ee}\n"
                    for (zs, ze), (es, ee) in zip(spans(zh_text, zh_lines), spans(en_text, en_lines))),
                    encoding="utf-8")
            else:
                write_line_pairs(stem, zh_lines, en_lines)
            total += len(rows)
            docs += 1
    print(f"{out}: {docs} documents, {total} Chinese lines")


if __name__ == "__main__":
    main()
