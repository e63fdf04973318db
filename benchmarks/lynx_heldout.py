"""Build held-out documentation page pairs (Lynx's guides, up to two pages of each folder) from a fetched git dir;
see precision_mddocs.py.

    python benchmarks/lynx_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `lynx-family/lynx-website` (fetch tool: `github:lynx-family/lynx-website`, which
returns a git dir; Apache-2.0, never copy the pages into this repository), the documentation of Lynx, ByteDance's
cross-platform framework for native mobile (Android, iOS, HarmonyOS) and web/desktop user interfaces written with
ReactLynx, written by the project in MDX (Rspress) in English under `docs/en/` and in Chinese under `docs/zh/` (the
same path): DevTool panels and tracing, event handling and propagation, performance APIs and monitoring, styling,
layout and scrolling, the scripting runtime, integrating Lynx into existing Android/iOS/macOS/Windows/web apps,
ReactLynx best practices and routing, the Rspeedy build tool, Lynx UI. A domain in no set before (mobile
cross-platform UI framework). The pages were chosen by a rule written before any check ran (stop 61, helper fresh61):
the MDX page pairs under `guide/`, `react/`, `rspeedy/`, `help/` and `ui/` whose Chinese page exists (the generated
API reference `api/`, the desktop framework `lynxtron/`, the blog and the AI-agent pages `ai/` left out); the Chinese
page has 40 to 400 lines, at least 15 of them with a Han character (a page still in English is left out), and the two
pages differ in line count by at most 15 % of the longer; then the first two of each folder in path order: 46 page
pairs over 27 folders, 1,811 Chinese lines with a Han character. Written to OUT_FOLDER as `PAGE.zh.mdx` /
`PAGE.en.mdx`, as stored at COMMIT (the snapshot measured first, on main 065e061e = 0.41.0 before anything was tuned
on it; the newest commit if that one is absent). `python benchmarks/precision_mddocs.py /tmp/lynx-heldout --labels
benchmarks/labels/lynx-heldout.tsv --targets benchmarks/labels/lynx-heldout.targets.tsv` measures them, with
`--glossary benchmarks/glossaries/lynx.csv` for the with-glossary run (`lynx-g` in docs.sh).
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "0b87f8c8a2a8be94ea392ef6ef140a55da5933b1"
PAGES = ("guide/compatibility", "guide/custom-native-modules/native-module-ios", "guide/devtool",
         "guide/devtool/handle-errors", "guide/devtool/panels", "guide/devtool/panels/console-panel",
         "guide/devtool/panels/elements-panel", "guide/devtool/trace/js-profile", "guide/devtool/trace/launch-trace",
         "guide/inclusion/accessibility", "guide/interaction/event-handling",
         "guide/interaction/event-handling/event-propagation",
         "guide/interaction/event-handling/manipulating-element.react", "guide/interaction/ifr",
         "guide/interaction/visibility-detection/exposure-ability",
         "guide/performance/analysis-performance/analysis-bundle-size",
         "guide/performance/analysis-performance/analysis-fluency", "guide/performance/monitor-performance",
         "guide/performance/monitor-performance/global-memory-usage-query",
         "guide/performance/monitor-performance/performance-api", "guide/scripting-runtime/index",
         "guide/scripting-runtime/webassembly", "guide/start/build-with-app-framework",
         "guide/start/fragments/macos/integrating-lynx-with-existing-app-macos",
         "guide/start/fragments/web/integrating-lynx-with-web",
         "guide/start/fragments/windows/integrating-lynx-with-existing-app-windows",
         "guide/start/integrate-lynx-dev-version", "guide/styling/animation", "guide/styling/appearance",
         "guide/ui/elements-components", "guide/ui/layout/flexible-box-layout", "guide/ui/layout/grid-layout",
         "guide/ui/scrolling", "help/api", "help/blog", "react/best-practices", "react/genui/a2ui",
         "react/genui/openui", "react/introduction", "react/performance/profiling", "react/routing/react-router",
         "react/routing/tanstack-router", "rspeedy/build-profiling", "rspeedy/external-bundle", "ui/contributing",
         "ui/introduction")
ROOT = {"zh": "docs/zh", "en": "docs/en"}


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, lambda page, lang: f"{ROOT[lang]}/{page}.mdx", ".mdx")


if __name__ == "__main__":
    main()
