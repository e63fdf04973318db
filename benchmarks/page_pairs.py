"""Write zh/en documentation page pairs from a fetched git dir (the builders of the held-out docs sets use it).

A page pair is read as stored at a pinned commit (the snapshot measured first), or at HEAD when the fetched git dir
no longer holds that commit, and written to OUT as `PAGE.zh.md` / `PAGE.en.md`.

`build` is the whole of a builder whose pages that rule chooses, from one folder of Chinese pages or from several
(a site's sections, its pages named by section: `sectioned_candidates`); `PageFiles` is where a site keeps a page's
two files, its `path_of` and its `main` the builder's own when that is a folder and a suffix for each language.

`passing_pages` is the page rule the docs sets since tauri share, fixed before any check runs: a page pair is taken
when its English page exists, its Chinese page has 40 to 500 lines, at least 15 of them holding a Han character, and
the two pages differ in line count by at most 15 % of the longer.
"""
from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from heldout_io import pinned, show  # benchmarks/ is the script's folder

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zhen_qa.manuscript.script import HAN  # noqa: E402

MIN_LINES, MAX_LINES, MIN_HAN_LINES, MAX_LINE_GAP = 40, 500, 15, 0.15
_HAN_RE = re.compile(f"[{HAN}]")


def passes_rule(zh: str, en: str) -> bool:
    """True if a page pair passes the shared rule (see the module's docstring); `zh` and `en` are the pages' text."""
    zh_lines, en_lines = zh.splitlines(), en.splitlines()
    longer = max(len(zh_lines), len(en_lines))
    return (MIN_LINES <= len(zh_lines) <= MAX_LINES
            and sum(1 for line in zh_lines if _HAN_RE.search(line)) >= MIN_HAN_LINES
            and abs(len(zh_lines) - len(en_lines)) <= MAX_LINE_GAP * longer)


def _files(git_dir: str, rev: str) -> set[str]:
    """Every file path of the repository at `rev`."""
    return set(subprocess.run(["git", f"--git-dir={git_dir}", "ls-tree", "-r", "--name-only", rev],
                              check=True, capture_output=True, text=True).stdout.splitlines())


def candidates(git_dir: str, rev: str, folder: str, suffix: str) -> tuple[str, ...]:
    """The pages under `folder` at `rev` whose file name ends with `suffix`, named by their path below `folder` without
    it (`basics/service` for `site/docs/basics/service.zh-CN.md`), in path order."""
    prefix = folder.rstrip("/") + "/"
    return tuple(sorted(f[len(prefix):-len(suffix)] for f in _files(git_dir, rev)
                        if f.startswith(prefix) and f.endswith(suffix)))


def passing_pages(git_dir: str, rev: str, candidates: Sequence[str],
                  path_of: Callable[[str, str], str]) -> tuple[str, ...]:
    """The candidates (in their order) whose page pair at `rev` passes the rule; a page without its English is out."""
    files = _files(git_dir, rev)
    return tuple(page for page in candidates
                 if path_of(page, "zh") in files and path_of(page, "en") in files
                 and passes_rule(show(git_dir, rev, path_of(page, "zh")), show(git_dir, rev, path_of(page, "en"))))


def write_pairs(git_dir: str, out: Path, commit: str, pages: Sequence[str],
                path_of: Callable[[str, str], str], suffix: str = ".md") -> None:
    """Write each page's pair to `out`; `path_of(page, lang)` is its file in the repository ("zh" or "en").

    A page may name a subfolder (`plugins/gzip`); `suffix` is the files' extension (`.mdx` for MDX pages)."""
    rev = pinned(git_dir, commit)
    out.mkdir(parents=True, exist_ok=True)
    for page in pages:
        (out / page).parent.mkdir(parents=True, exist_ok=True)
        for lang in ("zh", "en"):
            (out / f"{page}.{lang}{suffix}").write_text(show(git_dir, rev, path_of(page, lang)), encoding="utf-8")
        print(f"{out / page}.zh{suffix} / .en{suffix}")
    print(f"{len(pages)} page pairs from {rev}")


def sectioned_candidates(git_dir: str, rev: str, folders: Mapping[str, str], suffix: str) -> tuple[str, ...]:
    """The `candidates` of several folders, each named by its section (the mapping's key) and its path below the
    folder (`docs/platform/1.alert` for `i18n/zh-CN/.../current/platform/1.alert.md` of the section `docs`), section
    by section in the mapping's order."""
    return tuple(f"{section}/{page}" for section, folder in folders.items()
                 for page in candidates(git_dir, rev, folder, suffix))


def build(git_dir: str, out: Path, commit: str, pinned_pages: Sequence[str], folder: str | Mapping[str, str],
          suffix: str, path_of: Callable[[str, str], str], left_out: Collection[str] = ()) -> tuple[str, ...]:
    """Write the page pairs that pass the rule (`passing_pages`) among the `candidates` of `folder` ending with
    `suffix` (or of several folders, `sectioned_candidates` of a mapping section → folder), less the pages of
    `left_out` (a provenance rule: pages written later), as stored at `commit` (HEAD when the git dir no longer holds
    it), to `out`; the pages written. At `commit` the rule must give `pinned_pages`, the list the builder wrote down
    when it was made: anything else ends the run (SystemExit) before a file is written."""
    rev = pinned(git_dir, commit)
    named = (candidates(git_dir, rev, folder, suffix) if isinstance(folder, str)
             else sectioned_candidates(git_dir, rev, folder, suffix))
    pages = tuple(page for page in passing_pages(git_dir, rev, named, path_of) if page not in left_out)
    if rev == commit and pages != tuple(pinned_pages):
        raise SystemExit(f"the rule gives {pages} at {commit}, not the pinned {tuple(pinned_pages)}")
    write_pairs(git_dir, out, commit, pages, path_of)
    return pages


@dataclass(frozen=True)
class PageFiles:
    """Where a site keeps a page's two files: `folder[lang]/PAGE` then `suffix[lang]` (two folders, one suffix:
    `site/docs/doc/watch.md` / `site/docs/en/doc/watch.md`; one folder, two suffixes: `doc/dom.zh-cn.md` /
    `doc/dom.md`)."""

    folder: Mapping[str, str]
    suffix: Mapping[str, str]

    def path_of(self, page: str, lang: str) -> str:
        """The page's file in the repository for "zh" or "en"."""
        return f"{self.folder[lang]}/{page}{self.suffix[lang]}"

    def main(self, commit: str, pinned_pages: Sequence[str], left_out: Collection[str] = ()) -> None:
        """A builder's command, `GIT_DIR OUT_FOLDER` from the command line: `build` with the Chinese folder and suffix
        as the candidates."""
        build(sys.argv[1], Path(sys.argv[2]), commit, pinned_pages, self.folder["zh"], self.suffix["zh"], self.path_of,
              left_out)


def two_folders(zh: str, en: str, suffix: str = ".md") -> PageFiles:
    """A site whose Chinese and English pages stand in two folders under the same names."""
    return PageFiles({"zh": zh, "en": en}, {"zh": suffix, "en": suffix})


def two_suffixes(folder: str, zh: str, en: str) -> PageFiles:
    """A site whose Chinese and English pages stand side by side in one folder, told apart by their suffixes."""
    return PageFiles({"zh": folder, "en": folder}, {"zh": zh, "en": en})
