"""Build held-out documentation page pairs (Formily guides) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/formily_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `alibaba/formily` (fetch tool: `github:alibaba/formily`, which returns a git
dir; MIT, never copy the pages into this repository), a form library for React and Vue whose documentation is
written in Chinese first with an English translation beside it in the same commit, `PATH.zh-CN.md` + `PATH.md`:
the introduction, upgrade and contribution guides, quick start, learning path, two advanced guides (business logic,
build) and the core, React and reactive packages' concept guides and front pages: prose, headings, nested lists,
tables, code blocks (TSX, JSON Schema, shell), dumi `<code src>` demos, links. The pages were chosen by a rule, before
any check ran: every guide page of `docs/guide` and `packages/{core,react,reactive}/docs/guide` and every front page
with at least 10 Chinese lines, except the API references, the scene demos (`docs/guide/scenes`) and the pages that
are mostly demo code (fewer than 15% of their non-empty lines hold Chinese: validate, linkages, controlled, destructor,
form-builder, issue-helper, the site's front page); at COMMIT each chosen pair has the same headings and code fences
on both sides (the two languages are edited in the same commits, so there is no page drift to pin away). None of
them is in the development set `../shared/data/real/mddocs` (Hugging Face course, MMEngine, Apache APISIX) or the
held-out antd, echarts, vant, naive, arco or Dynamics sets. PAGES (name -> path without the language suffix) are
written to OUT_FOLDER as `NAME.zh.md` / `NAME.en.md`, as stored at COMMIT (the snapshot measured first, on main
c7d040e before anything was tuned on it; the newest commit if that one is absent). 18 page pairs; `python
benchmarks/precision_mddocs.py /tmp/formily-heldout --labels benchmarks/labels/formily-heldout.tsv --targets
benchmarks/labels/formily-heldout.targets.tsv` measures them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "5f9411f415d1e50b0e2cc180fad4e9040d81cab0"
GUIDE, CORE, REACT, REACTIVE = "docs/guide", "packages/core/docs", "packages/react/docs", "packages/reactive/docs"
PAGES = {
    "guide-index": f"{GUIDE}/index", "upgrade": f"{GUIDE}/upgrade", "contribution": f"{GUIDE}/contribution",
    "quick-start": f"{GUIDE}/quick-start", "learn-formily": f"{GUIDE}/learn-formily",
    "business-logic": f"{GUIDE}/advanced/business-logic", "build": f"{GUIDE}/advanced/build",
    "core-index": f"{CORE}/index", "core-field": f"{CORE}/guide/field",
    "core-form": f"{CORE}/guide/form", "core-guide": f"{CORE}/guide/index", "core-mvvm": f"{CORE}/guide/mvvm",
    "react-index": f"{REACT}/index", "react-concept": f"{REACT}/guide/concept", "react-guide": f"{REACT}/guide/index",
    "reactive-index": f"{REACTIVE}/index", "reactive-concept": f"{REACTIVE}/guide/concept",
    "reactive-guide": f"{REACTIVE}/guide/index",
}
SUFFIX = {"zh": ".zh-CN.md", "en": ".md"}


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, tuple(PAGES), lambda page, lang: PAGES[page] + SUFFIX[lang])


if __name__ == "__main__":
    main()
