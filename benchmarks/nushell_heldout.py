"""Build held-out documentation page pairs (the Nushell book, every page that passes the rule below) from a fetched
git dir; see precision_mddocs.py.

    python benchmarks/nushell_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `nushell/nushell.github.io` (fetch tool: `github:nushell/nushell.github.io`, which
returns a git dir; MIT, never copy the pages into this repository), the website of Nushell, a cross-platform shell and
programming language for structured data (pipelines of tables and records, written in Rust). The book is written in
English under `book/` and translated by named community translators into Chinese under `zh-CN/book/` (the same path;
pull requests such as "update zh-CN book", "docs(zh-CN): …", "Sync zh-CN …"): installation, the quick tour, types of
data, pipelines and external commands, variables, control flow, operators, environment, hooks, modules and overlays,
plugins, sorting, testing, the style guide, coming from Bash. A domain in no set before (a shell / programming
language's documentation). The pages were chosen by a rule written before any check ran (stop 61, helper fresh61e),
tauri_heldout's rule on the book only: the page pairs `book/PAGE.md` whose Chinese page `zh-CN/book/PAGE.md` exists;
the Chinese page has 40 to 500 lines, at least 15 of them with a Han character, and the two pages differ in line count
by at most 15 % of the longer; every page that passes (no per-folder cap): 35 page pairs, 2,247 Chinese lines with a
Han character. (The cookbook and contributor book were left out to keep the set near the size of the others.) Written
to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`, as stored at COMMIT (the snapshot measured first, on main c3271731 =
0.41.0 before anything was tuned on it; the newest commit if that one is absent). `python
benchmarks/precision_mddocs.py /tmp/nushell-heldout --labels benchmarks/labels/nushell-heldout.tsv --targets
benchmarks/labels/nushell-heldout.targets.tsv` measures them, with `--glossary benchmarks/glossaries/nushell.csv` for
the with-glossary run (`nushell-g` in docs.sh).
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "72e298f7d579c20cebede45c861d63cbb689838f"
PAGES = ("3rdpartyprompts", "README", "aliases", "background_jobs", "coming_from_bash", "control_flow",
         "custom_completions", "directory_stack", "environment", "explore", "externs", "hooks",
         "how_nushell_code_gets_run", "installation", "loading_data", "modules/using_modules", "moving_around",
         "navigating_structured_data", "operators", "overlays", "plugins", "quick_tour", "scripts", "sorting",
         "special_variables", "standard_library", "stdout_stderr_exit_codes", "style_guide", "table_of_contents",
         "testing", "thinking_in_nu", "types_of_data", "variables", "working_with_lists", "working_with_records")
ROOT = {"zh": "zh-CN/book", "en": "book"}


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, lambda page, lang: f"{ROOT[lang]}/{page}.md")


if __name__ == "__main__":
    main()
