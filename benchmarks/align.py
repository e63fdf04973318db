"""Benchmark the aligner on a folder of presplit documents.

Usage: `python benchmarks/align.py DATA_DIR [--max-side N] [--chrf W]`.

Aligns every `<id>.zh` / `<id>.en` pair (one sentence per line), prints per-document and
pooled strict and lax precision/recall/F1 where `<id>.gold` exists, wall time and peak memory.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from zhen_qa.aligner.align import MAX_SIDE, align  # noqa: E402
from zhen_qa.aligner.evaluate import PRF, evaluate, read_beads  # noqa: E402


def _fmt(p: PRF) -> str:
    return f"P {p.precision:.4f} R {p.recall:.4f} F1 {p.f1:.4f}"


def _read_lines(path: str) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return fh.read().splitlines()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the results."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("data_dir")
    ap.add_argument("--max-side", type=int, default=MAX_SIDE)
    ap.add_argument("--only", nargs="*", help="document ids to run (default: all)")
    ap.add_argument(
        "--chrf", type=float, default=None, help="weight of the chrF second pass (default: the aligner's; 0: off)"
    )
    args = ap.parse_args(argv)
    ids = sorted(f[:-3] for f in os.listdir(args.data_dir) if f.endswith(".zh"))
    if args.only:
        ids = [i for i in ids if i in args.only]
    gold, pred = {}, {}
    t_all = time.perf_counter()
    for doc in ids:
        zh = _read_lines(os.path.join(args.data_dir, doc + ".zh"))
        en = _read_lines(os.path.join(args.data_dir, doc + ".en"))
        t = time.perf_counter()
        beads = align(zh, en, max_side=args.max_side, chrf=args.chrf)
        dt = time.perf_counter() - t
        line = f"{doc}: {len(zh)} zh x {len(en)} en, {len(beads)} beads, {dt:.2f} s"
        gpath = os.path.join(args.data_dir, doc + ".gold")
        if os.path.exists(gpath):
            gold[doc] = read_beads(gpath)
            pred[doc] = [(b.zh, b.en) for b in beads]
            res = evaluate({doc: gold[doc]}, {doc: pred[doc]})
            line += f" | strict {_fmt(res.strict)} | lax {_fmt(res.lax)}"
        print(line, flush=True)
    wall = time.perf_counter() - t_all
    if gold:
        res = evaluate(gold, pred)
        print(f"pooled strict {_fmt(res.strict)}")
        print(f"pooled lax    {_fmt(res.lax)}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"wall {wall:.2f} s (alignment incl. lexicon/jieba load), peak RSS {peak:.0f} MB, "
        f"max_side {args.max_side}, chrf {'default' if args.chrf is None else args.chrf}, "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cpus"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
