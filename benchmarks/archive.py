"""Archive throughput: N generated two-file manuscripts checked on a local Dask cluster of 1 and of 2 workers.

    python benchmarks/archive.py ../shared/data/align/paramed-dev --files 1000 [--lines 40] [--glossary FILE]

Manuscripts are made from the dev corpus (consecutive runs of `--lines` aligned lines of each document,
written as NAME.zh.txt + NAME.en.txt into a temporary folder). For W = 1 and 2 the script starts a local
cluster (scheduler + W worker processes on 127.0.0.1, as `dask scheduler` + `dask worker` would) and runs
`check FOLDER --out-dir OUT --scheduler ADDRESS` in a fresh client process; it prints wall time, files per
second, the speed-up of 2 workers over 1 and the client's peak resident memory (the workers and the
scheduler are other processes). The client, the scheduler and the workers share this machine's cores.
With --glossary, every manuscript is checked with it, from a cold user cache (a fresh ZHENQA_CACHE_DIR per
run); the CPU time (user + system) of the client, the scheduler and the workers together is printed too.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)  # the scheduler and the workers import this tree's zhen_qa, as the client does
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (ROOT, os.environ.get("PYTHONPATH")) if p)


def make_archive(corpus: str, folder: str, files: int, lines: int = 40) -> None:
    """Write `files` manuscripts (zh + en) cut from the corpus's aligned documents."""
    docs = sorted(f[:-3] for f in os.listdir(corpus) if f.endswith(".zh"))
    chunks: list[tuple[list[str], list[str]]] = []
    for doc in docs:
        zh = open(os.path.join(corpus, doc + ".zh"), encoding="utf-8").read().splitlines()
        en = open(os.path.join(corpus, doc + ".en"), encoding="utf-8").read().splitlines()
        for a in range(0, min(len(zh), len(en)) - lines + 1, lines):
            chunks.append((zh[a:a + lines], en[a:a + lines]))
    for n in range(files):
        zh, en = chunks[n % len(chunks)]
        base = os.path.join(folder, f"art{n:05d}")
        with open(base + ".zh.txt", "w", encoding="utf-8") as fh:
            fh.write("\n".join(zh) + "\n")
        with open(base + ".en.txt", "w", encoding="utf-8") as fh:
            fh.write("\n".join(en) + "\n")


def run(folder: str, out: str, workers: int, glossary: str | None = None) -> tuple[float, int, float]:
    """(seconds, client peak RSS in MB, CPU seconds of every process) of one archive run on a fresh local
    cluster of `workers` workers."""
    import resource

    from dask.distributed import LocalCluster

    from zhen_qa.checks.runner import NO_HTTP_PORT

    before = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory() as cache:
        os.environ["ZHENQA_CACHE_DIR"] = cache  # cold, and inherited by the workers
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None,
                          scheduler_kwargs=NO_HTTP_PORT) as cluster:
            seconds, peak = _client_run(folder, out, cluster.scheduler_address, glossary)
    after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = sum(a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime for a, b in zip(after, before))
    return seconds, peak, cpu


def _client_run(folder: str, out: str, scheduler: str, glossary: str | None = None) -> tuple[float, int]:
    """(seconds, client peak RSS in MB) of `check --out-dir` in a fresh process against `scheduler`."""
    code = (
        "import resource, sys, runpy; sys.argv = ['cli.py'] + sys.argv[1:]\n"
        "try:\n    runpy.run_path({!r}, run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, file=sys.stderr)\n"
    ).format(os.path.join(ROOT, "cli.py"))
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-c", code, "check", folder, "--out-dir", out, "--presplit",
                           "--scheduler", scheduler, "--fail-on", "never"]
                          + (["--glossary", glossary] if glossary else []), capture_output=True, text=True)
    elapsed = time.monotonic() - start
    m = re.search(r"PEAK (\d+)", done.stderr)
    if not m:
        raise SystemExit(done.stderr[-2000:])
    return elapsed, int(m.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--lines", type=int, default=40, help="aligned lines per generated manuscript")
    ap.add_argument("--glossary", help="check with this glossary (cold user cache)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, "archive")
        os.makedirs(folder)
        make_archive(args.corpus, folder, args.files, args.lines)
        results = {}
        for workers in args.workers:
            seconds, peak, cpu = run(folder, os.path.join(tmp, f"out{workers}"), workers, args.glossary)
            results[workers] = seconds
            print(f"{workers} worker(s): {args.files} manuscripts in {seconds:.1f} s "
                  f"({args.files / seconds:.1f} files/s), CPU of all processes {cpu:.1f} s, client peak {peak} MB")
        if 1 in results and 2 in results:
            print(f"speed-up 2 vs 1 workers: {results[1] / results[2]:.2f}x  "
                  f"({platform.machine()}, {os.cpu_count()} cpus)")


if __name__ == "__main__":
    main()
