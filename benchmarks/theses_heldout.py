"""Build the held-out LaTeX theses (nine real Chinese degree theses) from fetched git dirs; see theses.py.

    python benchmarks/theses_heldout.py MIRROR_DIR OUT_FOLDER [--abstracts ABSTRACTS_FOLDER]

The sources are nine public GitHub repositories of Chinese degree theses written in LaTeX by their authors (the
authors' copyright; measurement only, never copy them into this repository). Fetch each with the fetch tool
(`github:OWNER/NAME`); it returns a git dir `MIRROR_DIR/OWNER+NAME/repo`. Each thesis has a Chinese body and a
Chinese and an English abstract with keywords (thuthesis, sustechthesis, shuthesis, nudtpaper and a thuthesis
derivative of another school), and none is among the 14 development theses of `../shared/data/real/theses` or a
template's example text: the abstracts were read before they were chosen (repositories whose English abstract is
still the template's, "TODO", "..." or missing were passed over, and so was a medical-school template whose first
commit carried one real abstract). Subjects: large-language-model training, tensor feature selection,
cloud-network anomaly detection, time-series database writes, LLM-assisted software development, serpentine-strip
mechanics, a Qt diary app, optical one-way network gates, radar target recognition.

Each thesis is written to OUT_FOLDER/OWNER+NAME/ as stored at its commit in THESES (the snapshot measured first;
the newest if that one is absent): its text sources (.tex, .bib and the template's .cls/.sty/.cfg/.bst/.bbx/.cbx),
without the template's `testfiles/` and without binary files (a large .bib the snapshot lists but does not hold is
skipped; the checks do not read bibliographies); a second main file that is a copy of the thesis for blind review
or a report (SKIP) is left out so that each body is checked once. `python benchmarks/theses.py OUT_FOLDER --labels
benchmarks/labels/theses-heldout.tsv` checks them.

With --abstracts, each thesis's paired abstract (as the checker reads it from the LaTeX: the sentences of the
"abstract" pair) is also written to ABSTRACTS_FOLDER as `OWNER+NAME.zh.txt` / `.en.txt`, one abstract a paragraph
like the medline set, for `python benchmarks/defects.py ABSTRACTS_FOLDER --trials 3` (injected recall; the reference
pairs are the clean abstracts' own 1-1 beads, as on medline).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

from theses import main_files  # benchmarks/ is the script's folder; it puts the repository on sys.path

from zhen_qa.checks.run import Flags, check_file

THESES = {
    "ShengdingHu+thuthesis": "3e104946544c21baeeadd55b11f8d58259228d40",
    "Kwan1997+MEngThesis": "fc3e5e4193af1f57b88722621638ecbf52fa43b2",
    "ZYFZYF+thuthesis": "d456c8badd82d315829171b5aa675d2e6e2098fe",
    "THUMarkLau+thuthesis": "9334ce07d256433e92542bd7e525281b471754f1",
    "JimmyyyChen+thuthesis": "4334f8c963d8b8816a04ba994135b5cb824d554d",
    "QiyaoShii+Master_Thesis": "901b3ad0ddb17202dbbf930a094cab74fe6bf52f",
    "XieJinkai+Graduation-Thesis": "085d23ed1f78d7992248668d8a2a118efe690ab5",
    "ESunsui+UndergraduateThesis": "e12bfc1cffd35b264b8764c19268dff124d72bb4",
    "MountainChenCad+Undergrad": "14c3cf28dc4261ddda9acd31119ff8fa17821a4e",
}
"""OWNER+NAME (the fetch tool's folder name) -> the commit measured (THUMarkLau's thesis is on its branch my-test; its
default branch is the template's)."""
SUFFIXES = (".tex", ".bib", ".cls", ".sty", ".cfg", ".bst", ".bbx", ".cbx", ".def")
SKIP = {"MountainChenCad+Undergrad": {"thesis_blind.tex"},
        "QiyaoShii+Master_Thesis": {"sustechthesis-example-report.tex"}}
"""Second main files left out: the blind-review copy and the opening report."""


def git(git_dir: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """One git command on a bare git dir (not checked: a missing object is an answer here)."""
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], capture_output=True)


def snapshot(mirror: Path, name: str) -> Path:
    """The fetch tool's git dir of OWNER+NAME: the bare `repo`, or `repo/.git` when the snapshot has a work tree."""
    base = mirror / name / "repo"
    return base / ".git" if (base / ".git").is_dir() else base


def build(mirror: Path, out: Path, theses: dict[str, str] | None = None,
          skip: dict[str, set[str]] | None = None) -> tuple[int, list[str]]:
    """Write the theses' text sources (THESES and SKIP unless given); the files written and the paths absent."""
    theses, skip = THESES if theses is None else theses, SKIP if skip is None else skip
    files, absent = 0, []
    for name, pinned in theses.items():
        git_dir = snapshot(mirror, name)
        commit = pinned if git(git_dir, "cat-file", "-e", f"{pinned}^{{commit}}").returncode == 0 else "HEAD"
        listing = git(git_dir, "ls-tree", "-r", "--name-only", commit).stdout.decode("utf-8").splitlines()
        for path in listing:
            if not path.endswith(SUFFIXES) or path.startswith("testfiles/") or path in skip.get(name, set()):
                continue
            blob = git(git_dir, "show", f"{commit}:{path}")
            if blob.returncode:  # a large file the snapshot lists but does not hold
                absent.append(f"{name}/{path}")
                continue
            target = out / name / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(blob.stdout)
            files += 1
    return files, absent


def write_abstracts(out: Path, folder: Path, names: Iterable[str] = THESES) -> int:
    """Write each thesis's paired abstract as NAME.zh.txt / NAME.en.txt; the number written."""
    folder.mkdir(parents=True, exist_ok=True)
    count, cwd = 0, os.getcwd()
    for name in names:
        for main in main_files(str(out / name)):
            os.chdir(out / name)  # paths relative to the thesis, as theses.py runs it
            try:
                pairs = check_file(main, None, Flags()).pairs
            finally:
                os.chdir(cwd)
            for pair in (p for p in pairs if p.section == "abstract"):
                zh = "".join(s.text.text for s in pair.zh)
                en = " ".join(s.text.text for s in pair.en)
                (folder / f"{name}.zh.txt").write_text(zh + "\n", encoding="utf-8")
                (folder / f"{name}.en.txt").write_text(en + "\n", encoding="utf-8")
                count += 1
    return count


def lift(out: Path, roots: dict[str, str]) -> None:
    """Move each thesis's files up from its `roots` subfolder (OWNER+NAME -> the folder of the repository that holds
    the thesis), so theses.py finds its main file at the top."""
    for name, sub in roots.items():
        inner = out / name / sub
        if not inner.is_dir():
            continue
        for item in sorted(inner.iterdir()):
            target = out / name / item.name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(item), str(target))
        inner.rmdir()


def main(theses: dict[str, str] | None = None, skip: dict[str, set[str]] | None = None,
         doc: str | None = None, roots: dict[str, str] | None = None) -> None:
    """The command line of this builder, and of another sample's (theses2 … theses7_heldout) with its own table,
    skipped files, docstring and thesis folders to lift (`lift`)."""
    table = THESES if theses is None else theses
    ap = argparse.ArgumentParser(description=(doc or __doc__ or "").splitlines()[0])
    ap.add_argument("mirror", type=Path, help="the folder holding the fetched OWNER+NAME/repo git dirs")
    ap.add_argument("out", type=Path)
    ap.add_argument("--abstracts", type=Path, help="also write the paired abstracts here, for defects.py")
    args = ap.parse_args()
    files, absent = build(args.mirror, args.out, table, skip)
    if roots:
        lift(args.out, roots)
    print(f"{args.out}: {len(table)} theses, {files} files; absent from the snapshots: {', '.join(absent) or 'none'}")
    if args.abstracts:
        print(f"{args.abstracts}: {write_abstracts(args.out, args.abstracts, table)} abstracts")

if __name__ == "__main__":
    main()
