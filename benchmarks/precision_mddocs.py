"""Precision on bilingual Markdown documentation: every finding of `check zh.md --en en.md` against labels.

    python benchmarks/precision_mddocs.py DATA_DIR [--labels benchmarks/labels/mddocs.tsv] [--dump FILE] [--no-recall]
        [--glossary benchmarks/glossaries/mddocs.csv]

DATA_DIR holds `PAGE.zh.md(x)` + `PAGE.en.md(x)` pairs (any depth). Each pair is checked with no glossary, or with
the `--glossary` files given (as `check --glossary` would; the injected defects too).
The labels file has one row per finding: `page, rule, line, column, verdict (T/F), note`, where `page` is
the Chinese file's path relative to DATA_DIR. Findings without a label are counted as unlabelled and
listed with `--dump`. Prints precision (true / labelled) and false findings per page pair and per 100 non-empty
Chinese lines (code and front matter included).

`antd-heldout` is a held-out set of the same kind, measured before anything was tuned on it: 8 guide pages of
Ant Design (`docs/react/PAGE.zh-CN.md` / `.en-US.md`), built with `python benchmarks/antd_heldout.py GIT_DIR
/tmp/antd-heldout` from the fetched `github:ant-design/ant-design`; labels in benchmarks/labels/antd-heldout.tsv
(`--labels`).

Recall on injected defects (unless `--no-recall`): in each page pair, one Chinese paragraph (a plain paragraph
with at least MIN_HAN Han characters whose sentences all align, the middle one of those) is (a) deleted, and
the English paragraph it translates must get an `extra-target` finding; (b) replaced by that English paragraph,
and the pasted lines (or the English they copy) must get an `untranslated` or `untranslated-span` finding.

Recall on dropped sentences (with `--drops FILE`, read if it exists, else written; printed on its own line so the
two kinds above keep their numbers): the English of one sentence of a Chinese paragraph is deleted from the English
page, at most 3 a page for each of "dropped last sentence" and "dropped middle sentence", and the Chinese sentence
must get an `untranslated` finding (`benchmarks/dropped_sentences.py` says which paragraphs and what counts).
These leave a Chinese sentence wholly without English. With `--english-drops FILE` (the same file rule) the last
and middle sentence of English paragraphs are deleted whatever their bead, as a grader would; the Chinese
sentence(s) of the bead must get an `untranslated` finding; printed on a line of its own, then the drops by
their bead's shape, then the recall on the drops from 1-k beads (a Chinese sentence the English wrote as k >= 2
sentences, left partly translated by the drop) on a line of its own, with their share of the English drops. A
drop whose target the clean page already reports is left out of every count (it would score whatever the drop does);
how many is printed.
"""
from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import dropped_sentences  # noqa: E402

from zhen_qa.checks.run import Flags, check_file  # noqa: E402
from zhen_qa.manuscript.document import Role  # noqa: E402
from zhen_qa.report.findings import Finding  # noqa: E402
from zhen_qa.report.model import FileResult  # noqa: E402

MIN_HAN = 30
"""Han characters a paragraph needs to be chosen for an injected defect."""

Key = tuple[str, str, int, int]


def page_pairs(root: Path) -> list[tuple[Path, Path]]:
    """(zh, en) file pairs under `root`, sorted."""
    out = []
    for zh in sorted(root.rglob("*.zh.md*")):
        en = zh.with_name(zh.name.replace(".zh.", ".en."))
        if en.exists():
            out.append((zh, en))
    return out


def arguments_refused(data: Path, pairs: list[tuple[Path, Path]], targets: Path | None, no_recall: bool) -> str | None:
    """Why these arguments cannot be run (one line), or None. A targets file that does not exist is written by the
    run, so a wrong path must not pass silently: refused when no recall runs (it would be written empty), when its
    folder does not exist, or when DATA_DIR holds no page pair (a misspelt set name: nothing to choose from)."""
    if not data.is_dir():
        return f"precision_mddocs: no data folder {data}"
    if not pairs:
        return f"precision_mddocs: no PAGE.zh.md(x) + PAGE.en.md(x) pair under {data}"
    if targets is None or targets.is_file():
        return None
    if targets.exists():
        return f"precision_mddocs: --targets {targets} is not a file"
    if no_recall:
        return f"precision_mddocs: no targets file {targets} (with --no-recall it would be written empty)"
    if not targets.parent.is_dir():
        return f"precision_mddocs: no folder {targets.parent} for the targets file {targets}"
    return None


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


def _own_english(en_lines: list[int], owners: dict[int, set[int]], lines: range) -> bool:
    """Whether the English lines `en_lines` translate the Chinese paragraph on `lines` alone: no Chinese sentence
    outside it is paired with them. Deleting English the paragraph shares with a neighbour's bead (zh 176 of a
    two-line paragraph split in two blocks, whose 1-2 bead pairs zh 175-176 with en 177) deletes the neighbour's
    translation too, and a finding there tests the neighbour: the paragraph is no fair target."""
    return all(owners.get(e, set()) <= set(lines) for e in en_lines)


def _target(result: FileResult, zh: Path) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(zh lines, en lines), 1-based inclusive, of the paragraph chosen for injection and its translation."""
    aligned: dict[int, list[int]] = {}  # zh sentence line -> en lines it pairs with
    owners: dict[int, set[int]] = {}  # en line -> zh lines paired with it
    unpaired: set[int] = set()
    for pair in result.pairs:
        for bead in pair.beads:
            for i in bead.zh:
                line = pair.zh[i].location.line
                if bead.en:
                    aligned.setdefault(line, []).extend(pair.en[j].location.line for j in bead.en)
                    for j in bead.en:
                        owners.setdefault(pair.en[j].location.line, set()).add(line)
                else:
                    unpaired.add(line)
    candidates = []
    for block in result.blocks:
        loc = block.location
        if (loc.path != str(zh) or block.role is not Role.PARAGRAPH or block.part is None
                or block.part.kind != "paragraph" or sum("\u4e00" <= c <= "\u9fff" for c in block.text.text) < MIN_HAN):
            continue
        lines = range(loc.line, loc.end_line + 1)
        en_lines = [e for z in lines for e in aligned.get(z, [])]
        if en_lines and not any(z in unpaired for z in lines) and _own_english(en_lines, owners, lines):
            candidates.append(((loc.line, loc.end_line), (min(en_lines), max(en_lines))))
    return candidates[len(candidates) // 2] if candidates else None


def _hits(zh_lines: list[str], en: Path, spots: dict[str, tuple[int, int]], rules: set[str], tmp: Path,
          flags: Flags) -> bool:
    """Check the edited Chinese page with `en`: a finding of `rules` inside `spots` (side -> lines)?"""
    path = tmp / ("page.zh" + en.suffix)
    path.write_text("".join(zh_lines), encoding="utf-8")
    result = check_file(str(path), str(en), flags)
    sides = {str(path): "zh", str(en): "en"}
    for f in result.findings:
        spot = spots.get(sides.get(f.location.path, ""))
        if f.rule in rules and spot and in_spot(f, spot):
            return True
    return False


def in_spot(f: Finding, spot: tuple[int, int]) -> bool:
    """Whether a finding is on lines `spot` (first, last): it spans lines overlapping them (a run of sentences
    without English is one finding), or it lists a sentence there in its data (a condensed extra-target, "51 of 246
    English sentences (lines 10-300) have no Chinese sentence of their own", names each)."""
    listed = dict(f.data).get("sentences")
    lines = [s["line"] for s in listed if isinstance(s, dict) and "line" in s] if isinstance(listed, list) else []
    return f.location.line <= spot[1] and spot[0] <= f.location.end_line or any(spot[0] <= n <= spot[1] for n in lines)


Target = tuple[tuple[int, int], tuple[int, int]]


def recall(zh: Path, en: Path, result: FileResult, fixed: Target | None = None,
           flags: Flags | None = None) -> list[tuple[str, bool]]:
    """(defect, found) for the paragraph deleted from and the English pasted into the Chinese page."""
    target = fixed or _target(result, zh)
    if target is None:
        return []
    (za, zb), (ea, eb) = target
    zh_lines = zh.read_text(encoding="utf-8").splitlines(keepends=True)
    en_lines = en.read_text(encoding="utf-8").splitlines(keepends=True)
    flags = flags or Flags()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        deleted = _hits(zh_lines[:za - 1] + zh_lines[zb:], en, {"en": (ea, eb)}, {"extra-target"}, tmp, flags)
        pasted_lines = zh_lines[:za - 1] + en_lines[ea - 1:eb] + zh_lines[zb:]
        spots = {"zh": (za, za + eb - ea), "en": (ea, eb)}  # "the English is identical" is on the English
        pasted = _hits(pasted_lines, en, spots, {"untranslated", "untranslated-span"}, tmp, flags)
    return [("deleted paragraph", deleted), ("English pasted", pasted)]


def dropped(zh: Path, en: Path, drops: list[dropped_sentences.Drop], flags: Flags) -> list[tuple[str, bool]]:
    """(kind, found) for each drop: the English page without the drop's English, checked against the Chinese page."""
    text = en.read_text(encoding="utf-8").replace("\r\n", "\n")
    out = []
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / ("page.en" + en.suffix)
        for d in drops:
            path.write_text(dropped_sentences.drop_english(text, d.en), encoding="utf-8")
            result = check_file(str(zh), str(path), flags)
            out.append((d.kind, dropped_sentences.found(result.findings, str(zh), d)))
    return out


def main() -> None:
    """Check every page pair and score its findings against the labels."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--labels", type=Path, default=Path(__file__).parent / "labels" / "mddocs.tsv")
    ap.add_argument("--dump", type=Path, help="write every finding (labelled or not) as TSV here")
    ap.add_argument("--no-recall", action="store_true", help="skip the injected-defect recall check")
    ap.add_argument("--targets", type=Path, help="paragraphs to inject defects into: read if it exists, else written "
                    "(to compare two versions on the same paragraphs)")
    ap.add_argument("--drops", type=Path, help="measure recall on dropped sentences too, on the drops of this file: "
                    "read if it exists, else chosen and written")
    ap.add_argument("--english-drops", type=Path, help="measure recall on dropped English sentences too (chosen from "
                    "English paragraphs, whatever their bead), on the drops of this file: read if it exists, else "
                    "chosen and written")
    ap.add_argument("--glossary", type=Path, action="append", default=[],
                    help="check with this glossary (repeatable), as `check --glossary` does")
    args = ap.parse_args()
    for g in args.glossary:
        if not g.is_file():
            sys.exit(f"precision_mddocs: no glossary file {g}")
    pairs = page_pairs(args.data) if args.data.is_dir() else []
    if refused := arguments_refused(args.data, pairs, args.targets, args.no_recall):
        print(refused, file=sys.stderr)
        sys.exit(2)
    flags = Flags(glossaries=tuple(str(g.resolve()) for g in args.glossary))
    labels = load_labels(args.labels)
    targets: dict[str, Target] = {}
    if args.targets and args.targets.exists():
        for row in csv.reader(args.targets.open(encoding="utf-8"), delimiter="\t"):
            targets[row[0]] = ((int(row[1]), int(row[2])), (int(row[3]), int(row[4])))
    verdicts: Counter[str] = Counter()
    by_rule: dict[str, Counter[str]] = {}
    rows = []
    injected: dict[str, Counter[bool]] = {"deleted paragraph": Counter(), "English pasted": Counter()}
    missed: list[str] = []
    drops = dropped_sentences.load(args.drops) if args.drops and args.drops.exists() else {}
    write_drops = bool(args.drops) and not drops
    by_drop: dict[str, Counter[bool]] = {k: Counter() for k in dropped_sentences.KINDS}
    by_shape: dict[str, Counter[bool]] = {}  # English-side drops by their bead's shape ("1-k" for any k >= 2)
    drop_missed: list[str] = []
    left_out: Counter[str] = Counter()  # drops whose target the clean page already reports, by "zh"/"en"/"1-k"
    en_drops = dropped_sentences.load(args.english_drops) if args.english_drops and args.english_drops.exists() else {}
    write_en_drops = bool(args.english_drops) and not en_drops
    zh_lines = sum(1 for zh, _en in pairs for line in zh.read_text(encoding="utf-8").splitlines() if line.strip())
    t0 = time.perf_counter()
    for zh, en in pairs:
        page = str(zh.relative_to(args.data))
        result = check_file(str(zh), str(en), flags)
        for f in result.findings:
            side = "zh" if f.location.path == str(zh) else "en"
            key = (page, f"{f.rule}@{side}", f.location.line, f.location.column)
            verdict, note = labels.get(key, ("?", ""))
            verdicts[verdict] += 1
            by_rule.setdefault(f.rule, Counter())[verdict] += 1
            rows.append([*map(str, key), verdict, note or f.message[:100].replace("\t", " ")])
        if not args.no_recall:
            if args.targets and not args.targets.exists() and (chosen := _target(result, zh)):
                targets[page] = chosen
            for defect, found in recall(zh, en, result, targets.get(page), flags):
                injected[defect][found] += 1
                if not found:
                    missed.append(f"{page}: {defect}")
        if args.drops and write_drops:
            drops[page] = dropped_sentences.choose(result, zh)
        if args.english_drops and write_en_drops:
            en_drops[page] = dropped_sentences.choose_english(result, en)
        page_drops, already = dropped_sentences.fresh(result.findings, str(zh),
                                                      drops.get(page, []) + en_drops.get(page, []))
        for d in already:
            left_out["en" if d.shape else "zh"] += 1
            left_out["1-k"] += d.partial
        if page_drops:
            for d, (kind, hit) in zip(page_drops, dropped(zh, en, page_drops, flags)):
                by_drop[kind][hit] += 1
                if d.shape:
                    by_shape.setdefault("1-k" if d.partial else d.shape, Counter())[hit] += 1
                if not hit:
                    drop_missed.append(f"{page}: {kind} at zh {d.zh[0]}:{d.zh[1]}"
                                       + (f" ({d.shape} bead)" if d.shape else ""))
    elapsed = time.perf_counter() - t0
    if args.targets and not args.targets.exists():
        with args.targets.open("w", encoding="utf-8") as fh:
            for page, ((za, zb), (ea, eb)) in targets.items():
                fh.write(f"{page}\t{za}\t{zb}\t{ea}\t{eb}\n")
        print(f"precision_mddocs: wrote a new targets file {args.targets} ({len(targets)} pages)", file=sys.stderr)
    if args.drops and write_drops:
        dropped_sentences.save(args.drops, drops)
        print(f"precision_mddocs: wrote a new drops file {args.drops}", file=sys.stderr)
    if args.english_drops and write_en_drops:
        dropped_sentences.save(args.english_drops, en_drops)
        print(f"precision_mddocs: wrote a new English drops file {args.english_drops}", file=sys.stderr)
    if args.dump:
        with args.dump.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["page", "rule", "line", "column", "verdict", "note"])
            w.writerows(rows)
    n = len(pairs)
    labelled = verdicts["T"] + verdicts["F"]
    total = sum(verdicts.values())
    if args.glossary:
        print(f"glossary: {', '.join(map(str, args.glossary))}")
    print(f"{n} page pairs, {total} findings ({total / max(n, 1):.1f} per page), {elapsed:.0f} s")
    print(f"true {verdicts['T']}, false {verdicts['F']}, unlabelled {verdicts['?']}")
    if labelled:
        print(f"precision {verdicts['T'] / labelled:.3f}; false findings per page {verdicts['F'] / n:.2f}, "
              f"per 100 Chinese lines {100 * verdicts['F'] / max(zh_lines, 1):.2f} ({zh_lines} non-empty lines)")
    for rule, c in sorted(by_rule.items()):
        print(f"  {rule:20s} T {c['T']:4d}  F {c['F']:4d}  ? {c['?']:4d}")
    if not args.no_recall:
        got = sum(c[True] for c in injected.values())
        tried = sum(sum(c.values()) for c in injected.values())
        parts = ", ".join(f"{d} {c[True]}/{sum(c.values())}" for d, c in injected.items())
        print(f"recall on injected defects {got}/{tried} ({got / max(tried, 1):.3f}): {parts}")
        for line in missed:
            print(f"  missed: {line}")
    if args.drops or args.english_drops:
        for title, kinds in (("dropped sentences", dropped_sentences.ZH_KINDS),
                             ("dropped English sentences", dropped_sentences.EN_KINDS)):
            hits = sum(by_drop[k][True] for k in kinds)
            tries = sum(sum(by_drop[k].values()) for k in kinds)
            if tries or (title == "dropped sentences" and args.drops):
                parts = ", ".join(f"{k} {by_drop[k][True]}/{sum(by_drop[k].values())}" for k in kinds)
                print(f"recall on {title} {hits}/{tries} ({hits / max(tries, 1):.3f}): {parts}")
        if by_shape:
            k = by_shape.get("1-k", Counter())
            k_tries = sum(k.values())
            tries = sum(sum(c.values()) for c in by_shape.values())
            parts = ", ".join(f"{shape} {c[True]}/{sum(c.values())}" for shape, c in sorted(by_shape.items()))
            print(f"  dropped English sentences by bead: {parts}")
            print(f"recall on 1-k English drops (a Chinese sentence partly translated) {k[True]}/{k_tries} "
                  f"({k[True] / max(k_tries, 1):.3f}); {k_tries}/{tries} of the English drops")
        print(f"  left out: {left_out['zh']} Chinese-side and {left_out['en']} English-side drops ({left_out['1-k']} "
              "1-k) whose target the clean page already reports")
        for line in drop_missed:
            print(f"  missed: {line}")


if __name__ == "__main__":
    main()
