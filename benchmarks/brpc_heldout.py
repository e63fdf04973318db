"""Build held-out documentation page pairs (the brpc documentation, every page that passes the shared rule and was
written before 2023) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/brpc_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `apache/brpc` (fetch tool: `github:apache/brpc`, which returns a git dir;
Apache-2.0, never copy the pages into this repository), brpc, Baidu's C++ RPC framework (channels and servers,
protocols: baidu_std,
HTTP/h2, Thrift, Redis, memcache; bthread, the M:N thread library; bvar counters; IOBuf; streaming RPC; RDMA; the
builtin debugging services). **The Chinese is the original** (`docs/cn/PAGE.md`, written by the Baidu team from
August 2017) and the English its translation (`docs/en/PAGE.md`, made by the same engineers from September 2017:
commits "start translating client.md", "Translate builtin_service.md", "Translate error_code.md to English"; docs/en
also holds TRANSLATING and WELCOME_FIXES_FROM_ENGLISH_NATIVE_SPEAKERS), both kept up since by contributors who edit both
pages (as kitex, egg and arthas: a Chinese original). COMMIT is 71871ee9 (2026-08-22, the newest commit of the
snapshot). The pages are chosen by page_pairs.passing_pages (the rule of egg, arthas and rapidjson) on
`docs/cn/PAGE.md` whose English page `docs/en/PAGE.md` exists, less the page pairs first written after 2022 (a
provenance rule fixed before any check: the translation must be people's, and a page pair written since language
models came into use may not be; this leaves out ubring, written in July 2026), written before any check ran (stop 65,
helper fresh65b): 20 page pairs, 956 Chinese lines with a Han character. Written to OUT_FOLDER as `PAGE.zh.md` /
`PAGE.en.md`, as stored at COMMIT (measured first on main 1efd4330 = 0.45.0 before anything was tuned on it; the
newest commit if that one is absent). `python benchmarks/precision_mddocs.py /tmp/brpc-heldout --labels
benchmarks/labels/brpc-heldout.tsv --targets benchmarks/labels/brpc-heldout.targets.tsv` measures them, with
`--glossary benchmarks/glossaries/brpc.csv` for the with-glossary run (`brpc-g` in docs.sh)."""
from __future__ import annotations

from page_pairs import two_folders  # benchmarks/ is the script's folder

COMMIT = "71871ee9fb46cdb39565e3f5af1dfa6949f80bca"
PAGES = ("atomic_instructions", "backup_request", "builtin_service", "error_code", "getting_started", "http_client",
         "http_service", "io", "iobuf", "memcache_client", "new_protocol", "overview", "rdma", "redis_client",
         "server_debugging", "streaming_log", "streaming_rpc", "threading_overview", "thrift", "vars")
# Page pairs that pass the rule but were first written after 2022 (provenance, see the docstring).
RECENT = ("ubring",)

FILES = two_folders("docs/cn", "docs/en")
path_of = FILES.path_of


def main() -> None:
    """Command-line entry."""
    FILES.main(COMMIT, PAGES, RECENT)


if __name__ == "__main__":
    main()
