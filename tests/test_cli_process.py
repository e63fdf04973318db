"""The command line as a process: called by the program, it ends as soon as the command is done (`cli._exit_now`, no
interpreter teardown), with the command's exit status, its output complete and the `atexit` functions run; called
from code that may catch its SystemExit, it exits as click does."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhen_qa.cli import main

ROOT = Path(__file__).resolve().parent.parent


def entry(tmp_path: Path, *args: str, before: str = "", after: str = "") -> subprocess.CompletedProcess[str]:
    """Run a script like the console script (`zhen_qa.cli:main` called by the file Python runs) with `args`; an
    atexit function of the process prints "atexit ran" on stderr; `before` runs first. With `after`, the call is
    made from `python -c`, in a try that catches SystemExit and then runs `after`."""
    setup = (f"import atexit, sys\nsys.path.insert(0, {str(ROOT)!r})\n{before}\n"
             "atexit.register(lambda: print('atexit ran', file=sys.stderr))\n"
             "from zhen_qa.cli import main\n")
    if after:
        code = setup + f"try:\n    main({list(args)!r})\nexcept SystemExit:\n    {after}\n"
        return subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    script = tmp_path / "zhen-qa-script.py"
    script.write_text(setup + "sys.exit(main())\n", encoding="utf-8")
    return subprocess.run([sys.executable, str(script), *args], cwd=tmp_path, capture_output=True, text=True,
                          timeout=600)


@pytest.fixture()
def sample(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    return tmp_path / "samples" / "manuscript.md"


def test_exit_status_output_and_atexit(tmp_path: Path, sample: Path) -> None:
    proc = entry(tmp_path, "check", str(sample), "--format", "json")
    assert proc.returncode == 1, proc.stderr  # the sample has findings
    in_process = CliRunner().invoke(main, ["check", str(sample), "--format", "json"])
    assert json.loads(proc.stdout) == json.loads(in_process.output)  # the whole report, flushed
    assert proc.stderr.endswith("atexit ran\n")

    missing = entry(tmp_path, "check", str(tmp_path / "missing.md"))
    assert missing.returncode == 2 and "no such file" in missing.stderr and missing.stderr.endswith("atexit ran\n")

    version = entry(tmp_path, "--version")
    assert version.returncode == 0 and version.stdout.startswith("zhen-qa ") and version.stderr == "atexit ran\n"


TORN_DOWN = ("class Witness:\n    def __del__(self):\n        print('torn down', flush=True)\n"
             "witness = Witness()")
"""An object whose finaliser prints when the interpreter's teardown frees it."""


def test_the_program_skips_the_teardown_and_other_callers_get_it(tmp_path: Path) -> None:
    fast = entry(tmp_path, "--version", before=TORN_DOWN)
    assert fast.returncode == 0 and "torn down" not in fast.stdout
    caught = entry(tmp_path, "--version", before=TORN_DOWN, after="print('went on')")
    assert caught.returncode == 0 and caught.stdout.endswith("went on\ntorn down\n")


def test_a_live_thread_gets_the_normal_exit(tmp_path: Path) -> None:
    """Python waits for a non-daemon thread at exit; so does the command line."""
    before = ("import threading, time\n"
              "threading.Thread(target=lambda: (time.sleep(0.5), print('thread done', flush=True))).start()")
    proc = entry(tmp_path, "--version", before=before)
    assert proc.returncode == 0 and proc.stdout.endswith("thread done\n")


def test_a_run_with_the_compiled_patterns_cached_reports_what_a_run_compiling_them_does(tmp_path: Path,
                                                                                      sample: Path) -> None:
    """The first run compiles the regular expressions and writes their code to the user cache (`re_cache`); the next
    compiles them from it: the same report."""
    from zhen_qa.manuscript import re_cache, re_charset, usercache

    for old in usercache.cache_dir().glob("regex-*"):
        old.unlink()
    cold = entry(tmp_path, "check", str(sample), "--format", "json")
    written = list(usercache.cache_dir().glob("regex-*.marshal"))
    known = re_charset.fingerprint(re_cache._CPYTHON) in re_cache._FINGERPRINTS  # else this Python keeps its `re`
    assert written == ([re_cache.cache_file()] if known else [])
    warm = entry(tmp_path, "check", str(sample), "--format", "json")
    assert cold.returncode == warm.returncode == 1, (cold.stderr, warm.stderr)
    assert warm.stdout == cold.stdout


SPY_READS = """
import json
from zhen_qa.aligner import shards
reads = {"whole": 0, "groups": 0, "shards": 0}
_whole, _group, _shard = shards.ShardStore.whole, shards.ShardStore._group, shards.ShardStore.shard
def whole(self):
    reads["whole"] += 1
    return _whole(self)
def group(self, first):
    reads["groups"] += first not in self._groups
    return _group(self, first)
def shard(self, key_prefix):
    reads["shards"] += key_prefix not in self._shards
    return _shard(self, key_prefix)
shards.ShardStore.whole, shards.ShardStore._group, shards.ShardStore.shard = whole, group, shard
atexit.register(lambda: print("reads " + json.dumps(reads), file=sys.stderr))
"""


def test_a_short_bilingual_check_reads_a_few_dictionary_shards_and_no_whole_table(tmp_path: Path) -> None:
    """A short manuscript reads the shards of its own words from the lexicon's and jieba's tables, never a whole
    table: code that asks a sharded table its length or truthiness, or iterates it, reads all of it (a `table or {}`
    in term-missing's renderings once did: +0.2 s and +30 MB on the seed's check). Counted in a process of its own,
    so that no earlier test has read the tables already. The text has a glossary term rendered otherwise in four
    sentences, so that term-missing learns the file's renderings with the lexicon (`checks.renderings`)."""
    zh, en = tmp_path / "trial.zh.txt", tmp_path / "trial.en.txt"
    zh.write_text("本试验纳入了一百名患者, 随访两年。\n试验持续两年，费用较低。\n试验组的症状明显改善。\n"
                  "试验结束后，患者接受了复查。\n", encoding="utf-8")
    en.write_text("This trial enrolled one hundred patients, followed for two years.\n"
                  "The trial lasted two years at a low cost.\nSymptoms improved markedly in the trial group.\n"
                  "After the trial ended, the patients were examined again.\n", encoding="utf-8")
    glossary = tmp_path / "glossary.csv"
    glossary.write_text("id,zh,en\nassay,试验,assay\npatient,患者,patient\n", encoding="utf-8")
    done = entry(tmp_path, "check", str(zh), "--en", str(en), "--glossary", str(glossary), "--format", "json",
                 before=SPY_READS)
    assert done.returncode == 1, done.stderr
    rules = {f["rule"] for f in json.loads(done.stdout)["findings"]}
    assert {"term-missing", "punctuation-width"} <= rules, rules  # the rules that read the tables ran
    reads = json.loads(done.stderr.split("reads ", 1)[1].splitlines()[0])
    assert reads["whole"] == 0
    assert 0 < reads["groups"] < 400 and 0 < reads["shards"] < 2000, reads  # the tables hold 32,000 groups
