"""Null-bead benchmark: does the aligner turn a deleted sentence into an exact 1-0 / 0-1 bead?

    python benchmarks/nullbeads.py DATA_DIR [--trials N] [--k K] [--max-side S] [--seed X]

For each document with a gold file (`<id>.zh`, `<id>.en`, `<id>.gold`, one sentence per line),
each trial deletes K random sentences of distinct gold 1-1 beads from one side and realigns:
an English sentence deleted ("del-en") must give a 1-0 bead on its Chinese partner (an
untranslated sentence), a Chinese sentence deleted ("del-zh") must give a 0-1 bead on its
English partner (an inserted English sentence). Printed per mode, pooled over documents:
- recall: injected null beads predicted exactly;
- precision: predicted null beads that are null beads of the modified gold (injected or natural);
- strict F1 of all beads against the modified gold;
and the clean documents' spurious null beads (predicted null beads not in gold) per 100 lines.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from zhen_qa.aligner.align import align  # noqa: E402
from zhen_qa.aligner.evaluate import PRF, read_beads, strict_counts  # noqa: E402

Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]


def delete(
    zh: list[str], en: list[str], gold: Beads, side: str, victims: set[int]
) -> tuple[list[str], list[str], Beads, set]:
    """Remove sentences `victims` (indices of `side`) and renumber the gold; returns the expected null beads."""
    keep_zh = [i for i in range(len(zh)) if not (side == "zh" and i in victims)]
    keep_en = [j for j in range(len(en)) if not (side == "en" and j in victims)]
    new_zh = {i: k for k, i in enumerate(keep_zh)}
    new_en = {j: k for k, j in enumerate(keep_en)}
    out: Beads = []
    expected = set()
    for z, e in gold:
        z2 = tuple(new_zh[i] for i in z if i in new_zh)
        e2 = tuple(new_en[j] for j in e if j in new_en)
        if not z2 and not e2:
            continue
        out.append((z2, e2))
        if (len(z2), len(e2)) != (len(z), len(e)):
            expected.add((z2, e2))
    return [zh[i] for i in keep_zh], [en[j] for j in keep_en], out, expected


def is_null(b: tuple[tuple[int, ...], tuple[int, ...]]) -> bool:
    """A 1-0 or 0-1 bead (one side empty)."""
    return not b[0] or not b[1]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the results."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir")
    ap.add_argument("--trials", type=int, default=10, help="trials per mode and document")
    ap.add_argument("--k", type=int, default=2, help="sentences deleted per trial")
    ap.add_argument("--max-side", type=int, default=None, help="bead size limit (default: align's default)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every missed null bead")
    args = ap.parse_args(argv)
    kw = {} if args.max_side is None else {"max_side": args.max_side}
    ids = sorted(f[:-5] for f in os.listdir(args.data_dir) if f.endswith(".gold"))
    t0 = time.perf_counter()
    hit, tried, pred_null, good_null = Counter(), Counter(), Counter(), Counter()
    strict: dict[str, PRF] = {}
    clean_spurious, clean_lines = 0, 0
    for doc in ids:
        base = os.path.join(args.data_dir, doc)
        with open(base + ".zh", encoding="utf-8") as fh:
            zh = fh.read().splitlines()
        with open(base + ".en", encoding="utf-8") as fh:
            en = fh.read().splitlines()
        gold = read_beads(base + ".gold")
        clean = [(b.zh, b.en) for b in align(zh, en, **kw)]
        gset = set(gold)
        spurious = [b for b in clean if is_null(b) and b not in gset]
        clean_spurious += len(spurious)
        clean_lines += len(zh)
        ones = [(z[0], e[0]) for z, e in gold if len(z) == 1 and len(e) == 1]
        rng = random.Random(f"{args.seed}:{doc}")
        for mode, side in (("del-en", "en"), ("del-zh", "zh")):
            for _ in range(args.trials):
                picked = rng.sample(ones, min(args.k, len(ones)))
                victims = {e if side == "en" else z for z, e in picked}
                zh2, en2, gold2, expected = delete(zh, en, gold, side, victims)
                pred = [(b.zh, b.en) for b in align(zh2, en2, **kw)]
                pset = set(pred)
                g2 = set(gold2)
                tried[mode] += len(expected)
                hit[mode] += sum(1 for b in expected if b in pset)
                nulls = [b for b in pred if is_null(b)]
                pred_null[mode] += len(nulls)
                good_null[mode] += sum(1 for b in nulls if b in g2)
                strict[mode] = strict.get(mode, PRF(0, 0, 0, 0)) + strict_counts(gold2, pred)
                if args.verbose:
                    for b in sorted(expected - pset):
                        near = [p for p in pred if set(p[0]) & set(b[0]) or set(p[1]) & set(b[1])]
                        print(f"  miss {doc} {mode} {b} -> {near}")
        print(f"{doc}: {len(zh)} zh x {len(en)} en, clean spurious null beads {len(spurious)}", flush=True)
    print()
    for mode in ("del-en", "del-zh"):
        r = hit[mode] / tried[mode] if tried[mode] else float("nan")
        p = good_null[mode] / pred_null[mode] if pred_null[mode] else float("nan")
        print(f"{mode}: null-bead recall {hit[mode]}/{tried[mode]} = {r:.3f}, "
              f"precision {good_null[mode]}/{pred_null[mode]} = {p:.3f}, strict F1 {strict[mode].f1:.4f}")
    print(f"clean: {clean_spurious} spurious null beads on {clean_lines} Chinese lines = "
          f"{100 * clean_spurious / max(clean_lines, 1):.2f} per 100 lines")
    print(f"wall {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
