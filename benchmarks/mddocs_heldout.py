"""Build the held-out half of the dev docs set (Hugging Face course, MMEngine, Apache APISIX) from fetched git dirs.

    python benchmarks/mddocs_heldout.py GIT_DIR [GIT_DIR ...] OUT_FOLDER

The sources are the three GitHub repositories of the development set `../shared/data/real/mddocs` (fetch tool:
`github:huggingface/course`, `github:open-mmlab/mmengine`, `github:apache/apisix`, each returning a git dir; all
Apache-2.0, never copy the pages into this repository): the Hugging Face NLP course (`chapters/zh-CN/PAGE.mdx` +
`chapters/en/PAGE.mdx`: MDX with course components, code blocks, quizzes), the MMEngine documentation
(`docs/zh_cn/PAGE.md` + `docs/en/PAGE.md`: tutorials and design notes with long Python blocks) and the Apache APISIX
documentation (`docs/zh/latest/PAGE.md` + `docs/en/latest/PAGE.md`: plugin references with attribute tables, curl
examples, admonitions). Each GIT_DIR is matched to its project by the project's first page; a project whose git dir is
not given is skipped.

The pages were chosen by a rule, before any check ran: in each project, every page pair of the same folders as the
development pages (hf-course: chapter0, 4, 5, 6, 8, 9, 12, events; MMEngine: advanced_tutorials, design, get_started,
tutorials; APISIX: the top folder, plugins, terminology, tutorials) present in both languages, not in the development
set, with at least 40 lines holding Han characters in the Chinese page, none in the English page, and at most 800
lines in the Chinese page; of those, the 9 whose sha1 of `PROJECT/PAGE` is smallest (a fixed pseudo-random draw, as
the APISIX plugins folder alone holds over a hundred candidates). 27 page pairs, as many as the development set.
PAGES are written to OUT_FOLDER/PROJECT as `PAGE.zh.md(x)` / `PAGE.en.md(x)` (the development layout), as stored at
each project's COMMIT (the snapshot measured first, on main 76d897c before anything was tuned on it; the newest
commit if that one is absent). `python benchmarks/precision_mddocs.py /tmp/mddocs-heldout --labels
benchmarks/labels/mddocs-heldout.tsv --targets benchmarks/labels/mddocs-heldout.targets.tsv` measures them.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

from page_pairs import write_pairs  # benchmarks/ is the script's folder


class Project(NamedTuple):
    commit: str
    zh: str
    en: str
    suffix: str
    pages: tuple[str, ...]


PROJECTS = {
    "hf-course": Project(
        "16af5667532d6966f0fe83f44cc848dd7698a215", "chapters/zh-CN/", "chapters/en/", ".mdx",
        ("chapter8/7", "chapter6/10", "chapter6/6", "chapter5/8", "chapter5/3", "chapter9/9", "chapter5/4",
         "chapter6/3", "chapter9/7")),
    "mmengine-docs": Project(
        "254342938d9bde1775c39ea7d5181c5d294026c4", "docs/zh_cn/", "docs/en/", ".md",
        ("advanced_tutorials/initialize", "tutorials/dataset", "design/logging", "design/visualization",
         "tutorials/param_scheduler", "advanced_tutorials/data_transform", "tutorials/model",
         "advanced_tutorials/logging", "advanced_tutorials/registry")),
    "apisix-docs": Project(
        "f519a0f04ccfd4c13b5d06caf34bcde8c8593980", "docs/zh/latest/", "docs/en/latest/", ".md",
        ("installation-guide", "plugins/opentelemetry", "plugins/ai-prompt-template", "plugins/chaitin-waf",
         "plugins/ldap-auth-advanced", "terminology/secret", "discovery", "stream-proxy", "plugins/data-mask")),
}


def _holds(git_dir: str, project: Project) -> bool:
    """Does `git_dir` hold the project's first Chinese page at HEAD?"""
    path = f"HEAD:{project.zh}{project.pages[0]}{project.suffix}"
    return subprocess.run(["git", f"--git-dir={git_dir}", "cat-file", "-e", path], capture_output=True).returncode == 0


def main() -> None:
    *git_dirs, out = sys.argv[1:]
    if not git_dirs:
        print("usage: mddocs_heldout.py GIT_DIR [GIT_DIR ...] OUT_FOLDER", file=sys.stderr)
        sys.exit(2)
    for name, project in PROJECTS.items():
        git_dir = next((g for g in git_dirs if _holds(g, project)), None)
        if git_dir is None:
            print(f"{name}: no git dir given holds it, skipped", file=sys.stderr)
            continue
        write_pairs(git_dir, Path(out) / name, project.commit, project.pages,
                    lambda page, lang, p=project: (p.zh if lang == "zh" else p.en) + page + p.suffix, project.suffix)


if __name__ == "__main__":
    main()
