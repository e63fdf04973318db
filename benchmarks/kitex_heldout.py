"""Build held-out documentation page pairs (the Kitex documentation, every page that passes the rule below) from a
fetched git dir; see precision_mddocs.py.

    python benchmarks/kitex_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `cloudwego/cloudwego.github.io` (fetch tool: `github:cloudwego/cloudwego.github.io`,
which returns a git dir; Apache-2.0 / CC-BY-4.0, never copy the pages into this repository), the website of CloudWeGo,
ByteDance's open-source Go/Rust microservice middleware. Kitex is its Go RPC framework (Thrift/Protobuf/gRPC, service
governance: timeouts, retries, circuit breakers, load balancing, generic calls, code generation). The pages are written
in Chinese under `content/zh/docs/kitex/` and translated by named community contributors into English under
`content/en/docs/kitex/` (the same path; pull requests such as "docs(kitex): translate code-gen", "translate
kitex-fallback doc based on Chinese doc", "translate kitex-retry doc"). A domain in no set before (a Go RPC /
microservice framework). The pages were chosen by a rule written before any check ran (stop 62, helper fresh62),
tauri_heldout's rule on Kitex only: the page pairs `content/zh/docs/kitex/PAGE.md` whose English page
`content/en/docs/kitex/PAGE.md` exists; the Chinese page has 40 to 500 lines, at least 15 of them with a Han character,
and the two pages differ in line count by at most 15 % of the longer; every page that passes except those under
`Tutorials/third-party/` (integration pages for other projects' registries, tracers and config centres, one pattern
repeated; left out to keep the set near the size of the others): 58 page pairs, 2,440 Chinese lines with a Han
character. (Hertz, Volo and Eino were left out for the same reason; Eino is an LLM framework, a domain already read.)
Written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`, as stored at COMMIT (the snapshot measured first, on main
e78f2c86 = 0.42.0 before anything was tuned on it; the newest commit if that one is absent). `python
benchmarks/precision_mddocs.py /tmp/kitex-heldout --labels benchmarks/labels/kitex-heldout.tsv --targets
benchmarks/labels/kitex-heldout.targets.tsv` measures them, with `--glossary benchmarks/glossaries/kitex.csv` for the
with-glossary run (`kitex-g` in docs.sh).
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "b9cc38f01ca2aae4c88f798b7907208609d9df5c"
PAGES = ("FAQ/_index", "Overview/_index", "Reference/exception", "Reference/transport_protocol_ttheader",
         "Tutorials/advanced-feature/GLS", "Tutorials/advanced-feature/codec_frugal",
         "Tutorials/advanced-feature/error_handler",
         "Tutorials/advanced-feature/generic-call/generic-call-dynamicgo",
         "Tutorials/advanced-feature/generic-call/generic-call-reflection",
         "Tutorials/advanced-feature/generic-call/thrift_idl_annotation_standards",
         "Tutorials/advanced-feature/grpcproxy", "Tutorials/advanced-feature/metainfo",
         "Tutorials/advanced-feature/multi_service/multi_handler",
         "Tutorials/advanced-feature/multi_service/multi_service", "Tutorials/advanced-feature/payload_validator",
         "Tutorials/advanced-feature/profiler", "Tutorials/advanced-feature/proxy_application_development",
         "Tutorials/advanced-feature/start_shutdown_hook", "Tutorials/advanced-feature/xds",
         "Tutorials/basic-feature/acquire_rpcinfo", "Tutorials/basic-feature/bizstatuserr",
         "Tutorials/basic-feature/connection_type", "Tutorials/basic-feature/message_type",
         "Tutorials/basic-feature/protocol/serialization-protocol/hessian2",
         "Tutorials/basic-feature/protocol/serialization-protocol/protobuf",
         "Tutorials/basic-feature/protocol/transport_protocol",
         "Tutorials/basic-feature/streamx/StreamX_Basic_Programming",
         "Tutorials/basic-feature/streamx/StreamX_Error_Handling",
         "Tutorials/basic-feature/streamx/StreamX_Lifecycle_Control",
         "Tutorials/basic-feature/streamx/StreamX_Metainfo", "Tutorials/basic-feature/streamx/StreamX_Middleware",
         "Tutorials/code-gen/code_generation", "Tutorials/code-gen/combine_service",
         "Tutorials/code-gen/custom_struct_tags", "Tutorials/code-gen/custom_tpl",
         "Tutorials/code-gen/idl_enumeration_type", "Tutorials/code-gen/idl_trimmer",
         "Tutorials/code-gen/protoc_validator", "Tutorials/code-gen/prutal", "Tutorials/code-gen/skip_decoder",
         "Tutorials/code-gen/template_extension", "Tutorials/code-gen/validator", "Tutorials/framework-exten/codec",
         "Tutorials/framework-exten/implemented_extension", "Tutorials/framework-exten/loadbalance",
         "Tutorials/framework-exten/middleware", "Tutorials/framework-exten/service_discovery",
         "Tutorials/framework-exten/trans_pipeline", "Tutorials/observability/instrumentation",
         "Tutorials/observability/logging", "Tutorials/options/call_options", "Tutorials/options/server_options",
         "Tutorials/service-governance/circuitbreaker", "Tutorials/service-governance/fallback",
         "Tutorials/service-governance/limiting", "Tutorials/service-governance/loadbalance",
         "Tutorials/service-governance/timeout", "Tutorials/tool/kitexcall")

ROOT = {"zh": "content/zh/docs/kitex", "en": "content/en/docs/kitex"}


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, lambda page, lang: f"{ROOT[lang]}/{page}.md")


if __name__ == "__main__":
    main()
