"""Precision on bilingual Markdown documentation: every finding of `check zh.md --en en.md` against labels.

    python benchmarks/precision_mddocs.py DATA_DIR [--labels benchmarks/labels/mddocs.tsv] [--dump FILE]

DATA_DIR holds `PAGE.zh.md(x)` + `PAGE.en.md(x)` pairs (any depth). Each pair is checked with no glossary.
The labels file has one row per finding: `page, rule, line, column, verdict (T/F), note`, where `page` is
the Chinese file's path relative to DATA_DIR. Findings without a label are counted as unlabelled and
listed with `--dump`. Prints precision (true / labelled) and false findings per page pair.
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zhen_qa.checks.run import Flags, check_file  # noqa: E402

Key = tuple[str, str, int, int]


def page_pairs(root: Path) -> list[tuple[Path, Path]]:
    """(zh, en) file pairs under `root`, sorted."""
    out = []
    for zh in sorted(root.rglob("*.zh.md*")):
        en = zh.with_name(zh.name.replace(".zh.", ".en."))
        if en.exists():
            out.append((zh, en))
    return out


def load_labels(path: Path) -> dict[Key, tuple[str, str]]:
    """(page, rule, line, column) -> (verdict, note)."""
    if not path.exists():
        return {}
    out: dict[Key, tuple[str, str]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or row[0].startswith("#") or row[0] == "page":
                continue
            out[(row[0], row[1], int(row[2]), int(row[3]))] = (row[4], row[5] if len(row) > 5 else "")
    return out


def main() -> None:
    """Check every page pair and score its findings against the labels."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--labels", type=Path, default=Path(__file__).parent / "labels" / "mddocs.tsv")
    ap.add_argument("--dump", type=Path, help="write every finding (labelled or not) as TSV here")
    args = ap.parse_args()
    labels = load_labels(args.labels)
    pairs = page_pairs(args.data)
    verdicts: Counter[str] = Counter()
    by_rule: dict[str, Counter[str]] = {}
    rows = []
    t0 = time.perf_counter()
    for zh, en in pairs:
        page = str(zh.relative_to(args.data))
        result = check_file(str(zh), str(en), Flags())
        for f in result.findings:
            side = "zh" if f.location.path == str(zh) else "en"
            key = (page, f"{f.rule}@{side}", f.location.line, f.location.column)
            verdict, note = labels.get(key, ("?", ""))
            verdicts[verdict] += 1
            by_rule.setdefault(f.rule, Counter())[verdict] += 1
            rows.append([*map(str, key), verdict, note or f.message[:100].replace("\t", " ")])
    elapsed = time.perf_counter() - t0
    if args.dump:
        with args.dump.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["page", "rule", "line", "column", "verdict", "note"])
            w.writerows(rows)
    n = len(pairs)
    labelled = verdicts["T"] + verdicts["F"]
    total = sum(verdicts.values())
    print(f"{n} page pairs, {total} findings ({total / max(n, 1):.1f} per page), {elapsed:.0f} s")
    print(f"true {verdicts['T']}, false {verdicts['F']}, unlabelled {verdicts['?']}")
    if labelled:
        print(f"precision {verdicts['T'] / labelled:.3f}; false findings per page {verdicts['F'] / n:.2f}")
    for rule, c in sorted(by_rule.items()):
        print(f"  {rule:20s} T {c['T']:4d}  F {c['F']:4d}  ? {c['?']:4d}")


if __name__ == "__main__":
    main()
