"""Build held-out documentation page pairs (the TiDB Operator documentation of PingCAP, one page in four of those
that pass the shared rule) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/tidbop_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `pingcap/docs-tidb-operator` (fetch tool: `github:pingcap/docs-tidb-operator`,
which returns a git dir; never copy the pages into this repository), the documentation of TiDB Operator, which runs
TiDB clusters on Kubernetes (deployment on clouds and on general Kubernetes, backup and restore with BR, Dumpling and
Lightning to S3, GCS and persistent volumes, monitoring, scaling, failover, TiDB Binlog, TiCDC, TLS). **The Chinese
is the original**: PingCAP's documentation team writes the Chinese page and translates it into English in a
follow-up pull request ("en: add ...", "en, zh: ..."); the Chinese page is `zh/PAGE.md`, the English `en/PAGE.md`,
a page named by that path without `.md`. COMMIT is 232a4a71 (2022-12-30, the last commit of 2022, before any
language-model tooling appeared in the repository: a review prompt was added in 2025). The pages are chosen by a
rule written before any check ran (stop 70, helper fresh70): the pages that pass the shared rule of
page_pairs (83 at COMMIT), less the release notes (`releases/`, lists of changes written for both languages at
once) and the table of contents (`TOC`, links only), then one page in four of the rest in path order (the first,
the fifth, ...: 18 of 71 page pairs, 916 Chinese lines with a Han character). Written to OUT_FOLDER as
`PAGE.zh.md` / `PAGE.en.md`. `python benchmarks/precision_mddocs.py /tmp/tidbop-heldout --labels
benchmarks/labels/tidbop-heldout.tsv --targets benchmarks/labels/tidbop-heldout.targets.tsv` measures them, with
`--glossary benchmarks/glossaries/tidbop.csv` for the with-glossary run (`tidbop-g` in docs.sh)."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from heldout_io import pinned  # benchmarks/ is the script's folder
from page_pairs import build, candidates, passing_pages, two_folders

COMMIT = "232a4a712ef50abca92f87369c0695645fc955a6"
PAGES = ("_index", "aggregate-multiple-cluster-monitor-data", "backup-restore-overview", "backup-to-gcs-using-br",
         "build-multi-gcp-gke", "configure-tidb-binlog-drainer", "deploy-multiple-tidb-operator",
         "deploy-tidb-binlog", "deploy-tidb-operator", "exceptions", "migrate-tidb-to-kubernetes",
         "monitor-kubernetes", "prerequisites", "restore-data-using-tidb-lightning", "restore-from-gcs",
         "scale-a-tidb-cluster", "tidb-toolkit", "use-auto-failover")
EVERY = 4
"""One page in EVERY of the pages the rule passes (release notes and the table of contents left out)."""

FILES = two_folders("zh", "en")
path_of = FILES.path_of


def is_outside_sample(page: str) -> bool:
    """True for the pages left out before the sampling: the release notes and the table of contents."""
    return page.startswith("releases/") or page == "TOC"


def left_out(passing: Sequence[str]) -> tuple[str, ...]:
    """The passing pages (in path order) that are not in the sample: the release notes, the table of contents, and
    all but one page in EVERY of the rest (the first, the (EVERY+1)-th, ... are kept)."""
    kept = [page for page in passing if not is_outside_sample(page)][::EVERY]
    return tuple(page for page in passing if page not in kept)


def main() -> None:
    """Command-line entry."""
    git_dir, out = sys.argv[1], Path(sys.argv[2])
    rev = pinned(git_dir, COMMIT)
    passing = passing_pages(git_dir, rev, candidates(git_dir, rev, "zh", ".md"), path_of)
    build(git_dir, out, COMMIT, PAGES, "zh", ".md", path_of, left_out(passing))


if __name__ == "__main__":
    main()
