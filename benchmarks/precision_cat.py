"""Precision on real CAT files: check every CAT file of a folder and compare its findings with labels.

    python benchmarks/precision_cat.py FOLDER [--labels benchmarks/labels/realcat.tsv]
                                      [--list-unlabelled] [--write-unlabelled] [--list-false]

Each file (.xlf, .xliff, .sdlxliff, .mqxliff, .tmx, .po) is checked alone, as `zhen-qa check FILE` does,
without a glossary; a subfolder holding a program's two message files of one kind (JSON, YAML, .properties, Android
strings.xml; one named zh…/cn…, the other the English) is checked as `zhen-qa check ZH --en EN` does (the i18n and
i18n2 sets: benchmarks/README.md names their sources).
Findings are keyed the way benchmarks/precision.py keys them (file name, rule, line,
column, hash of excerpt and message) and looked up in the labels file (columns: file, rule, line,
column, hash, label T/F, note). Reported per file and in total: units, findings, true, false,
unlabelled, and false findings per 100 units. A file that cannot be read is reported with its error
(a refusal of a valid file is a false finding of its own kind). The files are never stored in the
repository (their licences differ): benchmarks/README.md names where the realcat files came from.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from precision import append_unlabelled, load_labels, verdict_of  # noqa: E402  (benchmarks/ is the script's folder)

from zhen_qa.checks.run import Flags, RunFailure, run_check  # noqa: E402
from zhen_qa.manuscript.reader import CAT_SUFFIXES  # noqa: E402

HERE = Path(__file__).resolve().parent
MESSAGE_FILES = (".json", ".yml", ".yaml", ".properties", ".strings", ".resx", ".xml")
"""A program's message files (`zhen_qa.manuscript.i18n_files`; an .xml one is Android's strings.xml)."""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--labels", type=Path, default=HERE / "labels" / "realcat.tsv")
    ap.add_argument("--list-unlabelled", action="store_true", help="print findings missing from the labels")
    ap.add_argument("--write-unlabelled", action="store_true", help="append them to the labels file with '?'")
    ap.add_argument("--list-false", action="store_true", help="print the findings labelled false")
    args = ap.parse_args()
    labels = load_labels(args.labels)
    files = sorted(p for p in args.folder.iterdir() if p.name.lower().endswith(CAT_SUFFIXES))
    jobs: list[tuple[Path, Path | None]] = [(p, None) for p in files]
    for folder in sorted(p for p in args.folder.iterdir() if p.is_dir()):  # a program's two message files
        messages = sorted(p for p in folder.iterdir() if p.name.lower().endswith(MESSAGE_FILES))
        zh = [p for p in messages if p.name.lower().startswith(("zh", "cn"))]
        if len(messages) == 2 and len(zh) == 1:
            jobs.append((zh[0], next(p for p in messages if p != zh[0])))
    total: Counter[str] = Counter()
    false_by_rule: Counter[str] = Counter()
    new_rows: list[str] = []
    for path, en_path in jobs:
        failures: list[RunFailure] = []
        report = run_check([str(path)], str(en_path) if en_path else None, Flags(), failures=failures)
        if failures:
            print(f"{path.name}: REFUSED: {failures[0].message}")
            total["refused"] += 1
            continue
        verdict: Counter[str] = Counter()
        units = 0
        for fr in report.files:
            units += len(fr.pairs)
            for f in fr.findings:
                v, row = verdict_of(f, labels, args.list_unlabelled, args.list_false)
                verdict[v] += 1
                if v == "F":
                    false_by_rule[f.rule] += 1
                if row:
                    new_rows.append(row)
        found = sum(verdict.values())
        total.update(verdict)
        total["units"] += units
        shown = f"{path.parent.name}/{path.name}" if en_path else path.name
        print(f"{shown}: {units} units, {found} findings: {verdict['T']} true, {verdict['F']} false, "
              f"{verdict['?']} unlabelled; false per 100 units {100 * verdict['F'] / max(units, 1):.2f}")
    if args.write_unlabelled:
        append_unlabelled(args.labels, new_rows)
    found = total["T"] + total["F"] + total["?"]
    print(f"total: {len(jobs)} files ({total['refused']} refused), {total['units']} units, {found} findings: "
          f"{total['T']} true, {total['F']} false, {total['?']} unlabelled; "
          f"false per 100 units {100 * total['F'] / max(total['units'], 1):.2f}")
    for rule, n in false_by_rule.most_common():
        print(f"  false {rule:20s} {n}")


if __name__ == "__main__":
    main()
