"""Check every LaTeX thesis under a folder: what was paired, the findings, and precision against labels.

    python benchmarks/theses.py THESES_DIR [--labels benchmarks/labels/theses.tsv] [--write-unlabelled FILE]
        [--glossary benchmarks/glossaries/theses.csv]

A thesis is a subfolder; its main files are the top-level .tex files with \\documentclass and
\\begin{document}, each in the file or in a file it inputs on a line of its own (the book spine, spine.tex, is not a
thesis). Findings are keyed thesis, main file, rule, path:line:column; the labels file holds those keys and a verdict
(true/false) per line, tab-separated. Precision is reported per rule over labelled findings, and false findings per
100 Chinese lines (`chinese_lines`: the source lines the Chinese and mixed blocks span, per thesis and in all; the
acceptance's measure, as precision_mddocs.py gives it for documentation pages).
With `--glossary FILE` (repeatable) every thesis is checked with those glossaries, as `check --glossary` would.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from typing import NoReturn

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from zhen_qa.checks.run import Flags, check_file  # noqa: E402
from zhen_qa.manuscript.document import Block  # noqa: E402
from zhen_qa.manuscript.errors import InputError  # noqa: E402

_INPUT = re.compile(r"^[ \t]*\\(?:input|include)\{([^}]+)\}", re.MULTILINE)


def _read(path: str) -> str:
    with open(path, encoding="utf-8", errors="replace") as fh:
        return fh.read()


def _holds(folder: str, text: str, needle: str) -> bool:
    """NEEDLE in the text, or in a file it inputs on a line of its own (a main file whose preamble ends in
    `\\input{thesis-body}`, as nwputhesis's do, or begins with `\\input{macro}` holding its `\\documentclass`)."""
    if needle in text:
        return True
    for target in _INPUT.findall(text):
        path = os.path.join(folder, target if target.endswith(".tex") else target + ".tex")
        if os.path.isfile(path) and needle in _read(path):
            return True
    return False


def main_files(folder: str) -> list[str]:
    """Top-level .tex files of a thesis folder that are whole documents (not the spine)."""
    out = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not name.endswith(".tex") or name.startswith("spine") or not os.path.isfile(path):
            continue
        text = _read(path)
        if _holds(folder, text, "\\documentclass") and _holds(folder, text, "\\begin{document}"):
            out.append(name)
    return out


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def chinese_lines(folder: str, blocks: Iterable[Block]) -> int:
    """How many source lines of a checked thesis hold Chinese prose: lines with a Han character inside the span of a
    Chinese or mixed block (prose, headings, captions, table rows, in every file the thesis inputs; paths are relative
    to `folder`). Markup, comments, equations and files the thesis does not input are not counted."""
    spans: dict[str, set[int]] = {}
    for b in blocks:
        if b.lang in ("zh", "mixed"):
            loc = b.location
            spans.setdefault(loc.path, set()).update(range(loc.line, loc.end_line + 1))
    count = 0
    for path, numbers in spans.items():
        full = os.path.join(folder, path)
        if os.path.isfile(full):
            text = _read(full).splitlines()
            count += sum(1 for n in numbers if n <= len(text) and _HAN.search(text[n - 1]))
    return count


def per_100(false: int, lines: int) -> str:
    """False findings per 100 Chinese lines, with the count of lines."""
    return f"false per 100 Chinese lines {100 * false / max(lines, 1):.2f} ({false} on {lines} lines)"


def load_labels(path: str | None) -> dict[tuple[str, ...], bool]:
    """Verdicts keyed by (thesis, main, rule, location)."""
    labels: dict[tuple[str, ...], bool] = {}
    if not path or not os.path.exists(path):
        return labels
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            labels[tuple(cells[:4])] = cells[4].strip().lower() == "true"
    return labels


def run(root: str, labels_path: str | None, unlabelled_out: str | None, glossaries: tuple[str, ...] = ()) -> None:
    labels = load_labels(labels_path)
    # absolute: each thesis is run from its folder
    flags = Flags(glossaries=tuple(os.path.abspath(g) for g in glossaries))
    if glossaries:
        print(f"glossary: {', '.join(glossaries)}\n")
    verdicts: Counter[tuple[str, bool]] = Counter()
    unlabelled: list[str] = []
    all_lines = 0
    for thesis in sorted(os.listdir(root)):
        folder = os.path.join(root, thesis)
        if not os.path.isdir(folder):
            continue
        mains = main_files(folder)
        if not mains:
            print(f"== {thesis}: no main file (no top-level .tex with \\documentclass)\n")
            continue
        for main in mains:
            cwd = os.getcwd()
            os.chdir(folder)  # paths in the report are relative to the thesis, as a user would run it
            start = time.perf_counter()
            try:
                result = check_file(main, None, flags)
            except InputError as exc:
                print(f"== {thesis}/{main}: error: {exc}\n")
                continue
            finally:
                os.chdir(cwd)
            took = time.perf_counter() - start
            sections = [f"{p.section} ({len(p.zh)}:{len(p.en)})" for p in result.pairs]
            mono = [f for f in result.findings if f.rule == "monolingual-section"]
            print(f"== {thesis}/{main} ({took:.1f} s)")
            print(f"   paired: {', '.join(sections) or 'nothing'}")
            print(f"   monolingual chapters: {len(mono)}: {', '.join(str(dict(f.data).get('heading')) for f in mono)}")
            for note in result.notes:
                print(f"   note: {note}")
            lines = chinese_lines(folder, result.blocks)
            all_lines += lines
            false = 0
            for f in result.findings:
                if f.rule == "monolingual-section":
                    continue
                loc = f"{f.location.path}:{f.location.line}:{f.location.column}"
                key = (thesis, main, f.rule, loc)
                verdict = labels.get(key)
                mark = "?" if verdict is None else ("T" if verdict else "F")
                if verdict is None:
                    unlabelled.append("\t".join(key) + "\t?\t" + f.message[:120].replace("\t", " "))
                else:
                    verdicts[(f.rule, verdict)] += 1
                    false += not verdict
                print(f"   [{mark}] {loc} {f.rule}: {f.message[:150]}")
            print(f"   {per_100(false, lines)}")
            print()
    rules = sorted({r for r, _ in verdicts})
    total_t = sum(n for (_, v), n in verdicts.items() if v)
    total = sum(verdicts.values())
    print("precision by rule (labelled findings, monolingual-section excluded):")
    for r in rules:
        t, n_false = verdicts[(r, True)], verdicts[(r, False)]
        print(f"   {r}: {t}/{t + n_false} = {t / (t + n_false):.3f}")
    if total:
        print(f"   all: {total_t}/{total} = {total_t / total:.3f}; unlabelled: {len(unlabelled)}; "
              f"{per_100(total - total_t, all_lines)}")
    if unlabelled_out:
        with open(unlabelled_out, "w", encoding="utf-8") as fh:
            fh.write("\n".join(unlabelled) + ("\n" if unlabelled else ""))


def _fail(message: str) -> NoReturn:
    """Bad input: one line on stderr, exit status 2."""
    print(message, file=sys.stderr)
    sys.exit(2)


def main() -> None:
    """Command-line entry."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root")
    ap.add_argument("--labels", default=os.path.join(os.path.dirname(__file__), "labels", "theses.tsv"))
    ap.add_argument("--write-unlabelled")
    ap.add_argument("--glossary", action="append", default=[],
                    help="check with this glossary (repeatable), as `check --glossary` does")
    args = ap.parse_args()
    if not os.path.isdir(args.root):
        _fail(f"theses: no folder {args.root} (a set not built? see benchmarks/README, rebuilding the sets)")
    for g in args.glossary:
        if not os.path.isfile(g):
            _fail(f"theses: no glossary file {g}")
    run(args.root, args.labels, args.write_unlabelled, tuple(args.glossary))


if __name__ == "__main__":
    main()
