"""Benchmark the aligner on a folder of presplit documents.

Usage: `python benchmarks/align.py DATA_DIR [--max-side N] [--chrf W] [--check]`.

Aligns every `<id>.zh` / `<id>.en` pair (one sentence per line; lines are split at LF only, as the
`.gold` files count them: a U+2029 inside a WMT line is not a line end), prints per-document and
pooled strict and lax precision/recall/F1 where `<id>.gold` exists, wall time and peak memory.

`--check` measures what `zhen-qa check ZH --en EN` aligns instead (without --presplit: structure, the
line-per-sentence and line-aligned tests, sentence splitting): its sentence beads are mapped to the lines
their sentences are on and joined where they share a line, and those line beads are scored against the gold
(`/tmp/wmtbio-heldout`, whose gold is the published line alignment, with lines that may hold two sentences).
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from zhen_qa.aligner.align import align  # noqa: E402
from zhen_qa.aligner.evaluate import PRF, evaluate, read_beads  # noqa: E402
from zhen_qa.manuscript.document import Bead  # noqa: E402


def _fmt(p: PRF) -> str:
    return f"P {p.precision:.4f} R {p.recall:.4f} F1 {p.f1:.4f}"


def _read_lines(path: str) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def _check_beads(zh_path: str, en_path: str) -> list[Bead]:
    """Line beads of the check pipeline: sentence beads mapped to 0-based line numbers, joined where they share
    a line (a line whose sentences went to two beads is one unit of the gold)."""
    from zhen_qa.aligner.build import build_from_texts

    with open(zh_path, encoding="utf-8") as zf, open(en_path, encoding="utf-8") as ef:
        ms = build_from_texts(zf.read(), ef.read(), zh_path, en_path, presplit=False)
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for p in ms.pairs:
        for b in p.beads:
            nodes = [("zh", p.zh[i].text.location(0, 0).line - 1) for i in b.zh]
            nodes += [("en", p.en[j].text.location(0, 0).line - 1) for j in b.en]
            for node in nodes[1:]:
                parent[find(node)] = find(nodes[0])
            if nodes:
                find(nodes[0])
    groups: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for node in list(parent):
        groups.setdefault(find(node), []).append(node)
    beads = [Bead(tuple(sorted(i for s, i in g if s == "zh")), tuple(sorted(j for s, j in g if s == "en")), 0.0)
             for g in groups.values()]
    return sorted(beads, key=lambda b: (min(b.zh + b.en), b.zh))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the results."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("data_dir")
    ap.add_argument("--max-side", type=int, default=None, help="largest bead side (default: the aligner's choice)")
    ap.add_argument("--only", nargs="*", help="document ids to run (default: all)")
    ap.add_argument(
        "--chrf", type=float, default=None, help="weight of the chrF second pass (default: the aligner's; 0: off)"
    )
    ap.add_argument("--check", action="store_true",
                    help="score the beads `check ZH --en EN` aligns (line by line), not `align` of the lines")
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
        if args.check:
            beads = _check_beads(os.path.join(args.data_dir, doc + ".zh"), os.path.join(args.data_dir, doc + ".en"))
        else:
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
        f"max_side {args.max_side or 'default'}, chrf {'default' if args.chrf is None else args.chrf}, "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cpus"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
