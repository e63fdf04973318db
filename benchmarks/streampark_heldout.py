"""Build held-out documentation page pairs (the Apache StreamPark documentation, every page that passes the shared
rule, as stored at the last commit of the site repository) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/streampark_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `apache/incubator-streampark-website` (fetch tool:
`github:apache/incubator-streampark-website`, which returns a git dir; never copy the pages into this repository), the
site of StreamPark (formerly StreamX), a platform to develop, deploy and run Apache Flink and Spark jobs (connectors:
Kafka, JDBC, ClickHouse, Doris, Elasticsearch, HBase, HTTP, Redis; a web console with alerts, teams, variables,
projects, YARN queues, LDAP/SSO, Flink on Kubernetes; the Apache community guides). **The Chinese is the original**:
the pages were written in Chinese from January 2022 (`docs/connector/jdbc.md`, "add streamx doc file") and moved to
`i18n/zh-CN/...` when the English was added by the maintainers and contributors from August 2022 ("english document
added", "translate deployment and hadoop resource integration", "[Docs] add kafka/jdbc connector EN docs"), corrected
since by hand ("English corrections", "Align English documents"). Docusaurus: the Chinese page of `docs/PAGE.md` is
`i18n/zh-CN/docusaurus-plugin-content-docs/current/PAGE.md`, of `community/PAGE.md`
`i18n/zh-CN/docusaurus-plugin-content-docs-community/current/PAGE.md`; a page here is named by its English path
without `.md` (`docs/platform/1.alert`). COMMIT is b358d63e (2024-10-18, "docs: release 2.1.5", the snapshot's HEAD).
The pages are chosen by page_pairs.build (the rule of kratos, elasticjob and brpc) on the Chinese pages whose
English page exists, written before any check ran (stop 67, helper fresh67). Written to OUT_FOLDER as `PAGE.zh.md` /
`PAGE.en.md` (in the subfolders `docs/...` and `community/...`). `python benchmarks/precision_mddocs.py
/tmp/streampark-heldout --labels benchmarks/labels/streampark-heldout.tsv --targets
benchmarks/labels/streampark-heldout.targets.tsv` measures them, with `--glossary benchmarks/glossaries/streampark.csv`
for the with-glossary run (`streampark-g` in docs.sh)."""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import build  # benchmarks/ is the script's folder

COMMIT = "b358d63ec0cac0f400ace95607dba11017db1c0a"
PAGES = ("docs/development/1.development", "docs/framework/3.quickstart", "docs/framework/connector/2.jdbc",
         "docs/framework/connector/3.clickhouse", "docs/framework/connector/4.doris", "docs/framework/connector/5.es",
         "docs/framework/connector/6.hbase", "docs/framework/connector/7.http", "docs/framework/connector/8.redis",
         "docs/get-started/1.intro", "docs/get-started/2.deployment", "docs/get-started/3.dockerDeployment",
         "docs/get-started/4.platformBasicUsage", "docs/platform/1.alert", "docs/platform/2.LDAP",
         "docs/platform/20.version-upgrade", "docs/platform/6.project", "docs/platform/7.yarnQueue",
         "docs/platform/8.platform-build", "docs/platform/9.SSO", "docs/platform/k8s/1.flink-on-k8s",
         "docs/platform/k8s/2.hadoop-resource-integration", "community/contribution_guide/mailing_lists",
         "community/contribution_guide/new_committer_process", "community/contribution_guide/new_pmc_member_process",
         "community/release/how-to-verify", "community/submit_guide/document", "community/submit_guide/submit-code")

# The English tree (the page's name starts with it) and the Chinese tree of each of the site's two doc sections.
ZH_FOLDER = {"docs": "i18n/zh-CN/docusaurus-plugin-content-docs/current",
             "community": "i18n/zh-CN/docusaurus-plugin-content-docs-community/current"}


def path_of(page: str, lang: str) -> str:
    """The page's file in the repository (`docs/platform/1.alert` → the English `docs/platform/1.alert.md`)."""
    section, _, rest = page.partition("/")
    return f"{page}.md" if lang == "en" else f"{ZH_FOLDER[section]}/{rest}.md"


def main() -> None:
    build(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, ZH_FOLDER, ".md", path_of)


if __name__ == "__main__":
    main()
