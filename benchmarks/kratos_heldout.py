"""Build held-out documentation page pairs (the Kratos documentation, every page that passes the shared rule, as
stored at the last commit of 2022) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/kratos_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `go-kratos/go-kratos.dev` (fetch tool: `github:go-kratos/go-kratos.dev`, which
returns a git dir; never copy the pages into this repository), the site of Kratos, Bilibili's Go microservice framework
(layout and code generation from Protobuf, transports HTTP/gRPC, middleware: auth, circuit breaker, rate limit,
recovery, tracing, validation; config, logging, metadata, metrics, registry/discovery, selector/load balancing,
errors, wire and ent). **The Chinese is the original** (`docs/PAGE.md`, Docusaurus) and the English its translation
(`i18n/en/docusaurus-plugin-content-docs/current/PAGE.md`, made by the site's maintainer from March 2021: commits "Add
i18n (#3)", "Update layout.md", "Update config.md" …, kept up since by contributors). COMMIT is e94cde4e (2022-12-28,
the last commit before 2023): the site moved to Astro in 2025 and added `translate.sh` (a machine-translation script,
November 2025), so the pages are read as stored before any of that (a provenance rule fixed before any check). The
pages are chosen by page_pairs.passing_pages (the rule of egg, arthas, rapidjson and brpc) on `docs/PAGE.md` whose
English page exists, written before any check ran (stop 66, helper fresh66): 21 page pairs, 778 Chinese lines with a
Han character. Written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md` (a page may name a subfolder,
`component/05-log`). `python benchmarks/precision_mddocs.py /tmp/kratos-heldout
--labels benchmarks/labels/kratos-heldout.tsv --targets benchmarks/labels/kratos-heldout.targets.tsv` measures them,
with `--glossary benchmarks/glossaries/kratos.csv` for the with-glossary run (`kratos-g` in docs.sh)."""
from __future__ import annotations

from page_pairs import two_folders  # benchmarks/ is the script's folder

COMMIT = "e94cde4eb735320a106e5fe4d26a358f11b43949"
PAGES = ("community/01-contribution", "community/02-documentation", "component/01-api", "component/03-encoding",
         "component/05-log", "component/06-metadata", "component/08-registry", "component/middleware/01-overview",
         "component/middleware/02-auth", "component/middleware/08-tracing", "component/middleware/09-validate",
         "component/transport/02-http", "component/transport/03-grpc", "getting-started/02-usage",
         "guide/01-api-protobuf", "guide/02-openapi", "guide/03-wire", "guide/04-ent", "intro/01-overview",
         "intro/02-design", "intro/03-faq")

FILES = two_folders("docs", "i18n/en/docusaurus-plugin-content-docs/current")
path_of = FILES.path_of


def main() -> None:
    """Command-line entry."""
    FILES.main(COMMIT, PAGES)


if __name__ == "__main__":
    main()
