"""Build held-out documentation page pairs (the Egg.js documentation, every page that passes the rule below) from a
fetched git dir; see precision_mddocs.py.

    python benchmarks/egg_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `eggjs/egg` (fetch tool: `github:eggjs/egg`, which returns a git dir; MIT, never
copy the pages into this repository), Egg.js, Alibaba's Node.js web server framework built on Koa (controllers,
services, middleware, plugins, the loader, the master/agent/worker cluster model, configuration, logging, deployment).
The pages are written in Chinese as `site/docs/SECTION/PAGE.zh-CN.md` and translated by named community contributors
into English as `site/docs/SECTION/PAGE.md` (2017-2019 pull requests such as "docs: translate basics/service.md",
"docs(development.md): Add English translation", "doc (loader.md): Add missing English translations"; the 2022 site move
to dumi renamed the files without rewriting them). COMMIT is af2e5430 (Release 3.18.0, 2024-01-21), the last commit
before two 2024 rewrites of the Chinese pages by a language model (d73046bb "优化中文文档表达", 77b52492 "modify the
docs to make them better", which left "下面是根据《优秀技术文档的写作标准》修改后的全文内容：" in framework.zh-CN.md):
at HEAD the Chinese is machine-rewritten after the English was translated from it, at COMMIT both sides are people's
(the first reading at HEAD dc8fa5e6 was dropped for that reason, see the fresh63 log). A domain in no set before (a
Node.js server-side web framework). The pages were chosen by a rule written before any check ran (now
page_pairs.passing_pages, which the builder applies and checks against PAGES) (stop 63, helper fresh63), kitex_heldout's
rule on site/docs: the page pairs `site/docs/SECTION/PAGE.zh-CN.md` whose English page `site/docs/SECTION/PAGE.md`
exists; the Chinese page has 40 to 500 lines, at least 15 of them with a Han character, and the two pages differ in line
count by at most 15 % of the longer; every page that passes: 33 page pairs, 1,958 Chinese lines with a Han character
(controller, httpclient, security, unittest, loader, cluster-client, socketio and typescript are over 500 lines;
cookie-and-session, deployment and assets differ by more than 15 %; style-guide and proxy have fewer than 15 Han lines;
the section index pages are under 40 lines). Written to OUT_FOLDER as `SECTION/PAGE.zh.md` / `SECTION/PAGE.en.md`, as
stored at COMMIT (measured first on main 91a5997f = 0.43.0 before anything was tuned on it; the newest commit if that
one is absent). `python benchmarks/precision_mddocs.py /tmp/egg-heldout --labels benchmarks/labels/egg-heldout.tsv
--targets benchmarks/labels/egg-heldout.targets.tsv` measures them, with `--glossary benchmarks/glossaries/egg.csv` for
the with-glossary run (`egg-g` in docs.sh)."""
from __future__ import annotations

from page_pairs import two_suffixes  # benchmarks/ is the script's folder

COMMIT = "af2e5430d0287ffacbb089654c588708cd4e132d"
PAGES = ("advanced/framework", "advanced/loader-update", "advanced/plugin", "advanced/view-plugin",
         "basics/app-start", "basics/config", "basics/env", "basics/extend", "basics/middleware", "basics/objects",
         "basics/plugin", "basics/router", "basics/schedule", "basics/service", "basics/structure",
         "community/CONTRIBUTING", "community/faq", "core/cluster-and-ipc", "core/development",
         "core/error-handling", "core/i18n", "core/logger", "core/view", "intro/egg-and-koa", "intro/index",
         "intro/migration", "intro/progressive", "intro/quickstart", "tutorials/index", "tutorials/mysql",
         "tutorials/passport", "tutorials/restful", "tutorials/sequelize")

FILES = two_suffixes("site/docs", ".zh-CN.md", ".md")
path_of = FILES.path_of


def main() -> None:
    """Command-line entry."""
    FILES.main(COMMIT, PAGES)


if __name__ == "__main__":
    main()
