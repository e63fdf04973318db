"""Defects injected into XLIFF 1.2 and 2.0 files built from gold sentence pairs: recall per kind, clean findings.

    python benchmarks/cat_defects.py DATA_DIR [--out /tmp/cat-defects]

DATA_DIR holds NAME.zh / NAME.en (one sentence a line) and NAME.gold ("[i]:[j]" beads). The gold 1-1 beads
of all documents become the units of one XLIFF 1.2 and one XLIFF 2.0 file (Chinese source), written to
--out. Each file is checked clean, then with defects in every fifth unit, one defect a unit, in turn:
deleted target (untranslated), a number changed in the target (number-mismatch), the glossary's
deprecated Chinese form put into the source (term-variant) and target = source (untranslated-span).
A defect is found when its rule reports a finding carrying the unit's id. The glossary is one row
(患者 / patient, deprecated 病人). Prints recall per kind and the clean file's findings by rule.

With --unit-sentences N, each unit holds N consecutive gold pairs (a paragraph exported unsegmented: the Chinese
sentences joined, the English joined with spaces), and one more kind is injected: one English sentence of the
unit deleted (deleted-sentence, found when `untranslated` reports a finding in that unit); the other kinds change
the unit's first sentence pair.
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
UNIT_KINDS = {**KINDS, "deleted-sentence": "untranslated"}
"""The kinds of a file whose units hold several sentences (--unit-sentences)."""
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


def units_of(pairs: list[tuple[str, str]], size: int) -> list[list[tuple[str, str]]]:
    """The pairs in runs of `size` consecutive ones (the last run may be shorter), each English sentence opening
    with a capital: ParaMed's English is lower-cased, and a lower-case sentence after another reads as its
    continuation when the unit is joined."""
    capital = [(zh, en[:1].upper() + en[1:]) for zh, en in pairs]
    return [capital[k:k + size] for k in range(0, len(capital), size)]


def inject_unit(kind: str, run: list[tuple[str, str]], which: int) -> tuple[str, str] | None:
    """(zh, en) of a unit of several pairs with one defect of `kind`: deleted-sentence takes out the English of
    pair `which` (not the first, so the unit keeps English); the other kinds change the first pair."""
    if kind == "deleted-sentence":
        if len(run) < 2:
            return None
        which = 1 + (which - 1) % (len(run) - 1)  # a short last unit: one of its own pairs after the first
        return "".join(z for z, _ in run), " ".join(e for k, (_, e) in enumerate(run) if k != which)
    changed = inject(kind, *run[0])
    if changed is None:
        return None
    if kind == "deleted-target":
        return "".join(z for z, _ in run), ""
    if kind == "target-is-source":
        return "".join(z for z, _ in run), "".join(z for z, _ in run)
    rest = run[1:]
    return changed[0] + "".join(z for z, _ in rest), " ".join([changed[1], *(e for _, e in rest)])


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
    ap.add_argument("--unit-sentences", type=int, default=1, metavar="N",
                    help="sentence pairs a unit holds (default 1: one gold pair a unit)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    glossary = args.out / "glossary.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    flags = Flags(glossaries=(str(glossary),))
    pairs = gold_pairs(args.data)
    size = max(args.unit_sentences, 1)
    runs = units_of(pairs, size)
    clean = [(f"u{i}", "".join(z for z, _ in run), " ".join(e for _, e in run)) for i, run in enumerate(runs)]
    kinds = UNIT_KINDS if size > 1 else KINDS
    for version in ("1.2", "2.0"):
        t0 = time.perf_counter()
        path = args.out / f"clean-{version}.xlf"
        path.write_text(xliff(clean, version), encoding="utf-8")
        base = findings_by_unit(path, flags)
        print(f"XLIFF {version}: {len(clean)} units; clean file: {len(base)} findings "
              f"{dict(Counter(r for r, _ in base))}")
        for kind, rule in kinds.items():
            units = list(clean)
            injected: list[str] = []
            for i in range(0, len(units), 5):
                uid, zh, en = units[i]
                changed = inject(kind, zh, en) if size == 1 else inject_unit(kind, runs[i], 1 + i % (size - 1))
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
