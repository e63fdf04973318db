"""Mutation benchmark of the core modules with mutmut 3 (slow; not run in CI).

    python benchmarks/mutation.py                  # every module of SCOPES
    python benchmarks/mutation.py search numbers   # modules whose path contains one of the words
    python benchmarks/mutation.py --jobs 2 --keep  # mutmut's --max-children; keep the scratch copies

Each module is mutated on its own, in a scratch copy of the checkout (``$TMPDIR/zhen-qa-mutation/<name>``),
and only that module's own test files are run against its mutants, so one run takes minutes, not hours.
The scratch copy gets a ``[tool.mutmut]`` table naming the one module (through the ``zhen_qa/`` link, so the
mutated module is the one the tests import) and its tests; the table in pyproject.toml is the same
configuration for every module at once (``mutmut run`` from the checkout).

The score is from mutmut's own statuses: detected / all, where detected is mutmut's "killed" plus
"timeout" and "segfault" (the tests hung or the worker died: the mutant did not pass), and all counts every
mutant tested ("survived", "no tests" and "suspicious" are not detected), with the mutants listed in
benchmarks/mutation-equivalent.md excluded. `--report` re-reads the last run's scratch copies. The table printed
at the end (markdown) is the one kept in benchmarks/mutation-results.md and the README.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# module (repository path) -> its own test files
SCOPES: dict[str, tuple[str, ...]] = {
    "aligner/search.py": ("tests/aligner/test_search.py", "tests/aligner/test_search_reference.py"),
    "aligner/numbers.py": (
        "tests/aligner/test_numbers.py", "tests/aligner/test_numbers_exact.py", "tests/checks/test_numbers.py",
    ),
    "aligner/citations.py": (
        "tests/aligner/test_citations.py", "tests/aligner/test_citations_exact.py", "tests/checks/test_citations.py",
    ),
    "glossary/match_zh.py": ("tests/glossary/test_match_zh.py", "tests/glossary/test_match_zh_exact.py"),
    "glossary/zh_segment.py": (
        "tests/glossary/test_zh_segment.py", "tests/glossary/test_match_zh.py", "tests/glossary/test_match_zh_exact.py",
    ),
    "glossary/zh_context.py": (
        "tests/glossary/test_zh_context.py", "tests/glossary/test_match_zh.py", "tests/glossary/test_match_zh_exact.py",
    ),
    "glossary/match_en.py": ("tests/glossary/test_match_en.py", "tests/glossary/test_match_en_exact.py"),
    "checks/untranslated.py": ("tests/checks/test_untranslated.py", "tests/checks/test_untranslated_unpaired.py"),
    "report/suppress.py": ("tests/report/test_suppress.py", "tests/report/test_suppress_exact.py"),
    "checks/config.py": ("tests/checks/test_config.py", "tests/checks/test_config_precedence.py"),
    "glossary/formats/tbx.py": ("tests/glossary/formats/test_tbx.py", "tests/glossary/formats/test_readers_exact.py"),
    "glossary/formats/csv_tsv.py": (
        "tests/glossary/formats/test_csv_tsv.py", "tests/glossary/formats/test_readers_exact.py",
    ),
    "report/sarif.py": (
        "tests/report/test_sarif.py", "tests/report/test_formats_exact.py", "tests/report/test_positions.py",
    ),
    "report/jsonfmt.py": (
        "tests/report/test_jsonfmt.py", "tests/report/test_formats_exact.py", "tests/report/test_positions.py",
    ),
}

EQUIVALENT = ROOT / "benchmarks" / "mutation-equivalent.md"
KILLED = {"killed", "caught by type check", "timeout", "segfault"}
IGNORED = {"skipped", "not checked"}


@dataclass
class Score:
    """Counts of one module's mutants by mutmut status, and the equivalents excluded."""

    module: str
    counts: Counter[str]
    equivalent: int
    seconds: float

    @property
    def killed(self) -> int:
        return sum(self.counts[s] for s in KILLED)

    @property
    def total(self) -> int:
        """Mutants that count: everything tested (the listed equivalents are not in `counts`)."""
        return sum(n for s, n in self.counts.items() if s not in IGNORED)

    @property
    def survived(self) -> int:
        return self.total - self.killed

    @property
    def score(self) -> float:
        return self.killed / self.total if self.total else 1.0


def equivalent_names() -> set[str]:
    """Mutant names listed in mutation-equivalent.md (the first `code` span of each list item)."""
    if not EQUIVALENT.exists():
        return set()
    return set(re.findall(r"^- `([\w.ǁ]+__mutmut_\d+)`", EQUIVALENT.read_text("utf-8"), re.M))


def mutmut_table(module: str, tests: tuple[str, ...]) -> str:
    """The [tool.mutmut] table for one module and its tests."""
    paths = ", ".join(f'"{t}"' for t in tests)
    return (
        "[tool.mutmut]\n"
        f'source_paths = ["zhen_qa/{module}"]\n'
        'also_copy = ["zhen_qa", "samples", "cli.py"]\n'
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]\n'
        f"pytest_add_cli_args_test_selection = [{paths}]\n"
    )


# Appended to the scratch copy's tests/conftest.py. mutmut forks every mutant from a process that has already
# run the tests, so a memoised function would answer from the original code's cache and hide the mutant.
CLEAR_CACHES = """

@pytest.fixture(autouse=True)
def _mutation_benchmark_fresh_caches():
    \"\"\"Mutation benchmark only: empty the memo caches of the number and citation extractors.\"\"\"
    import importlib

    for name in ("zhen_qa.aligner.numbers", "zhen_qa.aligner.citations"):
        for value in list(vars(importlib.import_module(name)).values()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
    yield
"""


def scratch_copy(dest: Path, module: str, tests: tuple[str, ...], root: Path = ROOT) -> None:
    """Copy the checkout (links kept as links), point its [tool.mutmut] at one module, clear memo caches."""
    if dest.exists():
        shutil.rmtree(dest)
    ignore = shutil.ignore_patterns(".git", "mutants", "__pycache__", ".hypothesis", "*.egg-info", "build", "dist")
    shutil.copytree(root, dest, symlinks=True, ignore=ignore)
    pyproject = dest / "pyproject.toml"
    text = pyproject.read_text("utf-8")
    text = re.sub(r"^\[tool\.mutmut\]\n(?:(?!^\[).*\n?)*", "", text, flags=re.M).rstrip() + "\n\n"
    pyproject.write_text(text + mutmut_table(module, tests), "utf-8")
    conftest = dest / "tests" / "conftest.py"
    conftest.write_text(conftest.read_text("utf-8") + CLEAR_CACHES, "utf-8")


def run_module(module: str, tests: tuple[str, ...], work: Path, jobs: int, equivalent: set[str],
               root: Path = ROOT) -> Score:
    """Run mutmut on one module of the checkout at `root`; return its counts."""
    dest = work / module.replace("/", "-").removesuffix(".py")
    if jobs:
        scratch_copy(dest, module, tests, root)
        start = time.monotonic()
        run = subprocess.run(
            [sys.executable, "-m", "mutmut", "run", "--max-children", str(jobs)],
            cwd=dest, capture_output=True, text=True,
        )
        seconds = time.monotonic() - start
        if run.returncode != 0:
            sys.stderr.write(run.stdout[-3000:] + run.stderr[-3000:])
            raise SystemExit(f"mutmut failed on {module} (exit {run.returncode})")
        (dest / "seconds.txt").write_text(f"{seconds:.1f}\n", "utf-8")
    else:  # --report: the last run's results
        seconds = float((dest / "seconds.txt").read_text("utf-8")) if (dest / "seconds.txt").exists() else 0.0
    listing = subprocess.run(
        [sys.executable, "-m", "mutmut", "results", "--all", "true"],
        cwd=dest, capture_output=True, text=True, check=True,
    ).stdout
    counts: Counter[str] = Counter()
    excluded = 0
    survivors = []
    for line in listing.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if not name:
            continue
        if status not in KILLED and name in equivalent:
            excluded += 1
            continue
        counts[status] += 1
        if status not in KILLED and status not in IGNORED:
            survivors.append(f"{name}: {status}")
    (dest / "survivors.txt").write_text("\n".join(survivors) + "\n", "utf-8")
    return Score(module, counts, excluded, seconds)


def table(scores: list[Score]) -> str:
    """Markdown table: one row per module, then the total."""
    rows = [
        "| module | mutants | equivalent | killed | of which timeouts | not killed | score | seconds |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in scores:
        rows.append(
            f"| `{s.module}` | {s.total + s.equivalent} | {s.equivalent} | {s.killed} "
            f"| {s.counts['timeout'] + s.counts['segfault']} | {s.survived} | {s.score:.2f} | {s.seconds:.0f} |"
        )
    killed = sum(s.killed for s in scores)
    total = sum(s.total for s in scores)
    timeouts = sum(s.counts["timeout"] + s.counts["segfault"] for s in scores)
    rows.append(f"| **all** | {total + sum(s.equivalent for s in scores)} | {sum(s.equivalent for s in scores)} "
                f"| {killed} | {timeouts} | {total - killed} | {killed / total if total else 1:.2f} | "
                f"{sum(s.seconds for s in scores):.0f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="words matched against the module paths (default: all)")
    parser.add_argument("--jobs", type=int, default=2, help="mutmut --max-children")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "zhen-qa-mutation")
    parser.add_argument("--report", action="store_true", help="only re-read the results of the last run in --work")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="checkout to measure (default: this one), e.g. an older commit's `git archive`")
    args = parser.parse_args(argv)
    chosen = [m for m in SCOPES if not args.modules or any(w in m for w in args.modules)]
    if not chosen:
        parser.error("no module matches")
    equivalent = equivalent_names()
    scores = []
    for module in chosen:
        tests = tuple(t for t in SCOPES[module] if (args.root / t).exists())
        jobs = 0 if args.report else args.jobs
        score = run_module(module, tests, args.work, jobs, equivalent, args.root.resolve())
        print(f"{module}: {score.killed}/{score.total} = {score.score:.2f} "
              f"({score.equivalent} equivalent, {score.seconds:.0f} s)", flush=True)
        scores.append(score)
    print()
    print(table(scores))
    return 0 if all(s.score >= 0.8 for s in scores) else 1


if __name__ == "__main__":
    sys.exit(main())
