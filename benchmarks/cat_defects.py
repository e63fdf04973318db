"""Defects injected into XLIFF 1.2 and 2.0 files built from gold sentence pairs: recall per kind, clean findings.

    python benchmarks/cat_defects.py DATA_DIR [--out /tmp/cat-defects]

DATA_DIR holds NAME.zh / NAME.en (one sentence a line) and NAME.gold ("[i]:[j]" beads). The gold 1-1 beads
of all documents become the units of one XLIFF 1.2 and one XLIFF 2.0 file (Chinese source), written to
--out. Each file is checked clean, then with defects in every fifth unit, one defect a unit, in turn:
deleted target (untranslated), a number changed in the target (number-mismatch), the glossary's
deprecated Chinese form put into the source (term-variant) and target = source (untranslated-span).
A defect is found when its rule reports a finding carrying the unit's id. The glossary is one row
(患者 / patient, deprecated 病人). Prints recall per kind and the clean file's findings by rule.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zhen_qa.checks.run import Flags, check_file  # noqa: E402

KINDS = {"deleted-target": "untranslated", "changed-number": "number-mismatch",
         "deprecated-term": "term-variant", "target-is-source": "untranslated-span"}
GLOSSARY = "id,zh,en,zh_admitted,en_admitted,zh_deprecated,en_deprecated,note\npatient,患者,patient,,patients,病人,,\n"


def gold_pairs(root: Path) -> list[tuple[str, str]]:
    """(zh, en) sentence pairs of the gold 1-1 beads of every document."""
    out: list[tuple[str, str]] = []
    for gold in sorted(root.glob("*.gold")):
        zh = gold.with_suffix(".zh").read_text(encoding="utf-8").splitlines()
        en = gold.with_suffix(".en").read_text(encoding="utf-8").splitlines()
        for line in gold.read_text(encoding="utf-8").splitlines():
            m = re.fullmatch(r"\[(\d+)\]:\[(\d+)\]", line.strip())
            if m and zh[int(m.group(1))].strip() and en[int(m.group(2))].strip():
                out.append((zh[int(m.group(1))].strip(), en[int(m.group(2))].strip()))
    return out


def inject(kind: str, zh: str, en: str) -> tuple[str, str] | None:
    """The pair with one defect of `kind`, or None when this pair cannot carry it."""
    if kind == "deleted-target":
        return zh, ""
    if kind == "target-is-source":
        return zh, zh
    if kind == "changed-number":
        m = re.search(r"(?<![\w.])(\d+)(?![\d.])", en)  # a number, not the 2 of her2
        if not m or m.group(1) not in zh:
            return None
        return zh, en[:m.start()] + str(int(m.group(1)) + 7) + en[m.end():]
    if kind == "deprecated-term" and "患者" in zh:
        return zh.replace("患者", "病人", 1), en
    return None


def xliff(units: list[tuple[str, str, str]], version: str) -> str:
    """An XLIFF file of (id, zh source, en target) units."""
    if version == "1.2":
        body = "".join(f'   <trans-unit id="{uid}">\n    <source>{escape(zh)}</source>\n'
                       f"    <target>{escape(en)}</target>\n   </trans-unit>\n" for uid, zh, en in units)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
                'xmlns="urn:oasis:names:tc:xliff:document:1.2">\n <file original="paramed" source-language="zh-CN" '
                f'target-language="en" datatype="plaintext">\n  <body>\n{body}  </body>\n </file>\n</xliff>\n')
    body = "".join(f'  <unit id="{uid}"><segment>\n   <source>{escape(zh)}</source>\n'
                   f"   <target>{escape(en)}</target>\n  </segment></unit>\n" for uid, zh, en in units)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
            f'version="2.0" srcLang="zh-CN" trgLang="en">\n <file id="f1">\n{body} </file>\n</xliff>\n')


def findings_by_unit(path: Path, flags: Flags) -> list[tuple[str, str]]:
    """(rule, unit id) of every finding of one check."""
    result = check_file(str(path), None, flags)
    return [(f.rule, dict(f.data).get("unit", "")) for f in result.findings]


def main() -> None:
    """Build the files, inject, check, report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--out", type=Path, default=Path("/tmp/cat-defects"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    glossary = args.out / "glossary.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    flags = Flags(glossaries=(str(glossary),))
    pairs = gold_pairs(args.data)
    clean = [(f"u{i}", zh, en) for i, (zh, en) in enumerate(pairs)]
    for version in ("1.2", "2.0"):
        t0 = time.perf_counter()
        path = args.out / f"clean-{version}.xlf"
        path.write_text(xliff(clean, version), encoding="utf-8")
        base = findings_by_unit(path, flags)
        print(f"XLIFF {version}: {len(clean)} units; clean file: {len(base)} findings "
              f"{dict(Counter(r for r, _ in base))}")
        for kind, rule in KINDS.items():
            units = list(clean)
            injected: list[str] = []
            for i in range(0, len(units), 5):
                uid, zh, en = units[i]
                changed = inject(kind, zh, en)
                if changed is not None:
                    units[i] = (uid, *changed)
                    injected.append(uid)
            path = args.out / f"{kind}-{version}.xlf"
            path.write_text(xliff(units, version), encoding="utf-8")
            found = {u for r, u in findings_by_unit(path, flags) if r == rule}
            hit = sum(1 for u in injected if u in found)
            print(f"  {kind:18s} ({rule}): recall {hit}/{len(injected)} = {hit / max(len(injected), 1):.3f}")
        print(f"  {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
