"""Differential fuzz of the TBX readers on many messy documents (the test suite reads 600 and a dozen large ones).

    python benchmarks/tbx_differential.py [--documents 20000] [--start 0]

Each generated document (`tests/glossary/formats/tbx_messy.py`, seeded by its number) is read by the text reader,
by libxml2's reader (the reference) and by the general walk alone; prints every seed whose concepts, where-lines,
problems or error differ, and how many documents and entries took each path.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import pytest  # noqa: E402

from tests.glossary.formats.test_tbx_differential import compare  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--documents", type=int, default=20_000)
    ap.add_argument("--start", type=int, default=0)
    args = ap.parse_args()
    differing: list[int] = []

    def report(seed: int, what: str) -> None:
        differing.append(seed)
        print(f"seed {seed}: {what[:2000]}")

    start = time.time()
    with tempfile.TemporaryDirectory() as folder:
        tally = compare(range(args.start, args.start + args.documents), Path(folder), pytest.MonkeyPatch(), report)
    print(f"{args.documents} documents from seed {args.start}: {len(differing)} differing; paths "
          f"{dict(sorted(tally.items()))}; {time.time() - start:.0f} s")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
