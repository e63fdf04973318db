"""Benchmark the speed targets of issue 18: `python benchmarks/speed.py [--repeats 5] [--only NAME ...] [--work DIR]`.

Each case runs `python cli.py ...` in a child process; the cases are interleaved (round r runs every
case once) and the medians of wall time, CPU time (user + sys of the child) and peak RSS are printed
with the targets. Wall time means something only on a quiet machine; CPU time is printed beside it.
Children write and read bytecode in --work/pycache (even under PYTHONDONTWRITEBYTECODE), as an installed
package has its bytecode; the warm-up run compiles it.

Cases (data from ../shared, passed with --data; the 50,000-concept glossary is built from CC-CEDICT
headwords into --work on the first run, as in benchmarks/glossary_scan.py):
  version       `zhen-qa --version`                                                target 0.15 s
  seed-warm     `check` of the seed with its glossary, after a first run             target 0.5 s
  seed-cold     the same after dropping the page cache (needs root; else skipped)   target 0.8 s
  bible-align   `align` Bible 006 presplit                                           target 9 s, 450 MB
  bible-gloss   `check` of Bible 006's Chinese with the 50,000-concept glossary      target 3.5 s, 300 MB
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


@dataclass(frozen=True)
class Case:
    """One command to time, with its targets (seconds, MB; None: no target)."""

    name: str
    args: tuple[str, ...]
    wall: float | None
    rss: float | None = None
    cold: bool = False


@dataclass(frozen=True)
class Run:
    """The measures of one child process."""

    wall: float
    cpu: float
    rss_mb: float
    code: int


def run_once(args: tuple[str, ...]) -> Run:
    """Run `python cli.py ARGS` and measure it (os.wait4 gives the child's own CPU time and peak RSS)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, os.path.join(ROOT, "cli.py"), *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        print(f"  {' '.join(args)}: exit {code}: {err[-500:]}", file=sys.stderr)
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code)


def drop_page_cache() -> bool:
    """Drop the OS page cache (root only); False when not allowed."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as fh:
            fh.write("3\n")
        return True
    except OSError:
        return False


def big_glossary(work: str, concepts: int) -> str:
    """The CC-CEDICT glossary of `concepts` concepts in `work` (built once)."""
    path = os.path.join(work, f"cedict-{concepts}.csv")
    if not os.path.exists(path):  # in a child: a large parent would count in its children's peak RSS
        os.makedirs(work, exist_ok=True)
        code = ("from benchmarks.glossary_scan import cedict_concepts\n"
                "from zhen_qa.glossary.formats import save\n"
                "from zhen_qa.glossary.model import Glossary\n"
                f"save(Glossary.build(cedict_concepts({concepts}), {path!r}), {path!r})\n")
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    return path


def cases(data: str, work: str, concepts: int) -> list[Case]:
    """The benchmark cases."""
    seed = os.path.join(data, "seed", "secretome-review.txt")
    bible = os.path.join(data, "data", "align", "bible")
    check_seed = ("check", seed, "--glossary", os.path.join(ROOT, "samples", "glossary.csv"), "--format", "json")
    return [
        Case("version", ("--version",), 0.15),
        Case("seed-warm", check_seed, 0.5),
        Case("seed-cold", check_seed, 0.8, cold=True),
        Case("bible-align", ("align", os.path.join(bible, "006.zh"), os.path.join(bible, "006.en"), "--presplit",
                             "--format", "tsv"), 9.0, 450),
        Case("bible-gloss", ("check", os.path.join(bible, "006.zh"), "--glossary", big_glossary(work, concepts),
                             "--format", "json"), 3.5, 300),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the cases interleaved and print their medians."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--only", nargs="*", help="case names (default: all)")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(ROOT), "shared"), help="the shared data folder")
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "zhen-qa-bench"),
                    help="where the big glossary is kept")
    ap.add_argument("--concepts", type=int, default=50_000)
    args = ap.parse_args(argv)
    todo = [c for c in cases(args.data, args.work, args.concepts) if not args.only or c.name in args.only]
    # children run from compiled bytecode, as an installed zhen-qa does (pip compiles on install): with
    # PYTHONDONTWRITEBYTECODE set, every run would compile the package's sources again (0.2 s of the seed's check)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.setdefault("PYTHONPYCACHEPREFIX", os.path.join(args.work, "pycache"))
    for c in todo:  # warm-up: caches (lexicon, jieba) exist before the first timed run
        run_once(c.args)
    runs: dict[str, list[Run]] = {c.name: [] for c in todo}
    for _ in range(args.repeats):
        for c in todo:
            if c.cold and not drop_page_cache():
                continue
            runs[c.name].append(run_once(c.args))
    print(f"{platform.machine()}, {os.cpu_count()} cpus, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f}; medians of {args.repeats} interleaved runs")
    print(f"{'case':<12} {'wall s':>7} {'CPU s':>7} {'peak MB':>8}  target")
    for c in todo:
        rs = runs[c.name]
        if not rs:
            print(f"{c.name:<12} skipped (dropping the page cache needs root)")
            continue
        wall = statistics.median(r.wall for r in rs)
        cpu = statistics.median(r.cpu for r in rs)
        rss = statistics.median(r.rss_mb for r in rs)
        target = " ".join(x for x in (f"<= {c.wall} s" if c.wall else "", f"<= {c.rss} MB" if c.rss else "") if x)
        print(f"{c.name:<12} {wall:7.2f} {cpu:7.2f} {rss:8.0f}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
