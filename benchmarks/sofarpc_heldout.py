"""Build held-out documentation page pairs (the SOFARPC documentation of the SOFAStack site, every page that passes
the shared rule) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/sofarpc_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `sofastack/sofastack.tech` (fetch tool: `github:sofastack/sofastack.tech`, which
returns a git dir; never copy the pages into this repository), the Hugo site of SOFAStack, Ant Group's open-source
financial middleware; the set is the documentation of one of its projects, SOFARPC, a Java RPC framework (Bolt, REST,
Dubbo, H2C and gRPC transports; XML, annotation and API configuration with SOFABoot or Spring; registries: ZooKeeper,
SOFARegistry, Nacos, Consul; load balancing, fault tolerance with Hystrix, generic invocation, graceful shutdown,
tracing with SOFATracer and SkyWalking). **The Chinese is the original** (Ant Group's engineers wrote the Chinese
documentation from 2018, first in `sofastack/sofa-rpc`'s wiki and `sofastack/sofastack-doc`, and its English
translation in 2018–2019; both moved into this site in one commit on 2019-06-21, "initial", and are kept up since by
contributors who edit both pages). The Chinese page is `content/zh/projects/sofa-rpc/PAGE.md`, the English
`content/en/projects/sofa-rpc/PAGE.md`; a page is named by that path below the project folder without `.md`
(`load-balance/index`, and the project's front page `_index`). The project folder was chosen before any check ran
(the largest project of the site with the shared rule's pages, 22 page pairs, 830 Chinese lines with a Han character;
the site holds 96 passing page pairs over 14 projects and guides, the other projects left for another set). COMMIT is
38c28a43 (2026-07-13, the snapshot's HEAD). The pages are chosen by page_pairs.build (the rule of kratos, elasticjob,
brpc and streampark) written before any check ran (stop 68, helper fresh68). Written to OUT_FOLDER as
`PAGE.zh.md` / `PAGE.en.md` (`load-balance/index.zh.md`). `python benchmarks/precision_mddocs.py
/tmp/sofarpc-heldout --labels benchmarks/labels/sofarpc-heldout.tsv --targets
benchmarks/labels/sofarpc-heldout.targets.tsv` measures them, with `--glossary benchmarks/glossaries/sofarpc.csv` for
the with-glossary run (`sofarpc-g` in docs.sh)."""
from __future__ import annotations

from page_pairs import two_folders  # benchmarks/ is the script's folder

COMMIT = "38c28a43d187f60a3b279ce8e7c140fa6afb4e42"
PAGES = ("_index", "bolt-timeout/index", "bolt-usage/index", "common-model/index", "configuration-common/index",
         "contributing/index", "extension-loader/index", "fault-hystrix/index", "generic-invoke/index",
         "getting-started-with-rpc/index", "getting-started-with-sofa-boot/index", "graceful-shutdown/index",
         "invoke-chain-pass-data/index", "invoke-type/index", "load-balance/index", "node-and-java-communicate/index",
         "restful-swagger/index", "roadmap/index", "rpc-config-xml-explain/index", "skywalking-usage/index",
         "sofatracer-usage/index", "structure-intro/index")

FILES = two_folders("content/zh/projects/sofa-rpc", "content/en/projects/sofa-rpc")
path_of = FILES.path_of


def main() -> None:
    """Command-line entry."""
    FILES.main(COMMIT, PAGES)


if __name__ == "__main__":
    main()
