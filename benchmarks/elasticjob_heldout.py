"""Build held-out documentation page pairs (the Apache ShardingSphere ElasticJob documentation, every page that passes
the shared rule, as stored at the last commit of 2022) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/elasticjob_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `apache/shardingsphere-elasticjob` (fetch tool:
`github:apache/shardingsphere-elasticjob`, which returns a git dir; never copy the pages into this repository), the
distributed job scheduler begun at Dangdang (elastic scheduling by sharding items, failover, misfire, job types simple /
dataflow / script / HTTP, a ZooKeeper registry centre, Java API / Spring Boot starter / Spring namespace configuration,
job listeners, event tracing, the operation API and web console). **The Chinese is the original** (`PAGE.cn.md`, Hugo,
under `docs/content`) and the English its translation (`PAGE.en.md`, made by the project's people in 2020 when the
documentation was reorganised: commits "Add todo for english doc", "Polish readme" …). COMMIT is 642c8c90 (2022-12-22,
the last commit before 2023; a provenance rule fixed before any check, as kratos's). The pages are chosen by
page_pairs.passing_pages (the rule of egg, arthas, rapidjson, brpc and kratos) on `docs/content/PAGE.cn.md` whose
English page exists, written before any check ran (stop 66, helper fresh66c): 22 page pairs, 1,127 Chinese lines
with a Han character. Written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md` (a page may name a subfolder,
`features/elastic`). `python benchmarks/precision_mddocs.py /tmp/elasticjob-heldout
--labels benchmarks/labels/elasticjob-heldout.tsv --targets benchmarks/labels/elasticjob-heldout.targets.tsv` measures
them, with `--glossary benchmarks/glossaries/elasticjob.csv` for the with-glossary run (`elasticjob-g` in docs.sh)."""
from __future__ import annotations

from page_pairs import two_suffixes  # benchmarks/ is the script's folder

COMMIT = "642c8c909015b405c4e276de272b3d873af2922e"
PAGES = ("downloads/_index", "faq/_index", "features/elastic", "features/failover", "features/resource",
         "overview/_index", "powered-by/_index", "user-manual/elasticjob-cloud/configuration/_index",
         "user-manual/elasticjob-cloud/operation/deploy-guide", "user-manual/elasticjob-lite/configuration/_index",
         "user-manual/elasticjob-lite/configuration/built-in-strategy/error-handler",
         "user-manual/elasticjob-lite/configuration/java-api", "user-manual/elasticjob-lite/configuration/props",
         "user-manual/elasticjob-lite/configuration/spring-boot-starter",
         "user-manual/elasticjob-lite/configuration/spring-namespace",
         "user-manual/elasticjob-lite/operation/web-console", "user-manual/elasticjob-lite/usage/job-api/java-api",
         "user-manual/elasticjob-lite/usage/job-api/job-interface",
         "user-manual/elasticjob-lite/usage/job-api/spring-boot-starter",
         "user-manual/elasticjob-lite/usage/job-api/spring-namespace",
         "user-manual/elasticjob-lite/usage/operation-api/_index",
         "user-manual/elasticjob-lite/usage/tracing/table-structure")

FILES = two_suffixes("docs/content", ".cn.md", ".en.md")
path_of = FILES.path_of


def main() -> None:
    """Command-line entry."""
    FILES.main(COMMIT, PAGES)


if __name__ == "__main__":
    main()
