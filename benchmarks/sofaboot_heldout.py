"""Build held-out documentation page pairs (the SOFABoot documentation of the SOFAStack site, every page that passes
the shared rule) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/sofaboot_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `sofastack/sofastack.tech` (fetch tool: `github:sofastack/sofastack.tech`, which
returns a git dir; never copy the pages into this repository), the Hugo site of SOFAStack, Ant Group's open-source
financial middleware; the set is the documentation of one of its projects, SOFABoot, Ant Group's Spring Boot based
development framework (readiness health checks, class isolation with SOFAArk, modular development with Spring
contexts per module, JVM services and references, extension points, profiles, the upgrade to 3.x). **The Chinese is
the original** (Ant Group's engineers wrote the Chinese documentation from 2018 in `sofastack/sofa-boot`'s wiki and
`sofastack/sofastack-doc`, and its English translation in 2018–2019; both moved into this site in one commit on
2019-06-21, "initial"; the English pages have been touched by three commits since). The Chinese page is
`content/zh/projects/sofa-boot/PAGE.md`, the English `content/en/projects/sofa-boot/PAGE.md`; a page is named by that
path below the project folder without `.md` (`health-check/index`, the project's front page `_index`). The project
folder was chosen before any check ran (the project of the site with the most page pairs passing the shared rule
after sofa-rpc, which is the sofarpc set: 15 page pairs, 583 Chinese lines with a Han character). COMMIT is 38c28a43
(2026-07-13, the snapshot's HEAD, as for sofarpc). The pages are chosen by page_pairs.build (the rule of kratos,
elasticjob, brpc, streampark and sofarpc) written before any check ran (stop 69, helper fresh69). Written to
OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md` (`health-check/index.zh.md`). `python benchmarks/precision_mddocs.py
/tmp/sofaboot-heldout --labels benchmarks/labels/sofaboot-heldout.tsv --targets
benchmarks/labels/sofaboot-heldout.targets.tsv` measures them, with `--glossary benchmarks/glossaries/sofaboot.csv`
for the with-glossary run (`sofaboot-g` in docs.sh)."""
from __future__ import annotations

from page_pairs import two_folders  # benchmarks/ is the script's folder

COMMIT = "38c28a43d187f60a3b279ce8e7c140fa6afb4e42"
PAGES = ("_index", "classloader-isolation/index", "extension/index", "health-check/index",
         "modular-development/index", "quick-start/index", "sofa-ark-ark-demo/index", "sofa-ark-ark-plugin/index",
         "sofa-ark-classloader/index", "sofa-ark-contribution/index", "sofa-ark-plugin/index",
         "sofa-ark-startup/index", "sofaboot-module/index", "sofaboot-profile/index", "upgrade_3_x/index")

FILES = two_folders("content/zh/projects/sofa-boot", "content/en/projects/sofa-boot")
path_of = FILES.path_of


def main() -> None:
    """Command-line entry."""
    FILES.main(COMMIT, PAGES)


if __name__ == "__main__":
    main()
