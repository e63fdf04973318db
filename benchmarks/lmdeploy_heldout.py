"""Build held-out documentation page pairs (LMDeploy's advanced, inference, quantization, getting-started and FAQ
pages) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/lmdeploy_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `InternLM/lmdeploy` (fetch tool: `github:InternLM/lmdeploy`, which returns a git
dir; Apache-2.0, never copy the pages into this repository), the documentation of the LMDeploy toolkit for compressing
and serving large language models (a Python/ML library), written by the project in Markdown (Sphinx with MyST) in
Chinese under `docs/zh_cn/` and in English under `docs/en/` (the same path): prose, headings, option tables,
Python/shell code blocks, MyST directives and links. The pages were chosen by a rule written before any check ran
(stop 54, helper fresh54): every page pair of `advance/`, `inference/` and `quantization/` plus `faq`,
`get_started/get_started` and `get_started/installation` whose Chinese page has 40 to 500 lines and whose two pages
differ in line count by at most 10 % (10 + 4 + 4 + 3 = 21 page pairs; `advance/context_parallel` is shorter and
`advance/pytorch_multithread` unequal, left out with the LLM/VLM serving pages, the per-model pages, the benchmark
and supported-model tables and the other accelerators' get-started pages). A project in no set before (an LLM
inference library: not the development set `../shared/data/real/mddocs`, nor the held-out antd, echarts, vant, naive,
arco, formily, umi, varlet, ahooks, pinia, vitepress, rsbuild, rspack, rslib, dolphin, vuerouter, rocketmq,
seatunnel, hugegraph, paddle, mddocs-heldout or Dynamics sets). Written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`,
as stored at COMMIT (the snapshot measured first, on main 9734f9dd before anything was tuned on it; the newest commit
if that one is absent). `python benchmarks/precision_mddocs.py /tmp/lmdeploy-heldout --labels
benchmarks/labels/lmdeploy-heldout.tsv --targets benchmarks/labels/lmdeploy-heldout.targets.tsv` measures them, with
`--glossary benchmarks/glossaries/lmdeploy.csv` for the with-glossary run (`lmdeploy-g` in docs.sh).
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "1263d5cd889b7ad500e85b8eb20401327a4516ab"
PAGES = (*("advance/" + p for p in ("chat_template", "debug_turbomind", "long_context", "metrics",
                                    "pytorch_multinodes", "pytorch_new_model", "pytorch_profiling", "spec_decoding",
                                    "structed_output", "update_weights")),
         *("inference/" + p for p in ("load_hf", "pytorch", "turbomind", "turbomind_config")),
         *("quantization/" + p for p in ("kv_quant", "llm_compressor", "w4a16", "w8a8")),
         "faq", "get_started/get_started", "get_started/installation")
LANG_DIR = {"zh": "zh_cn", "en": "en"}


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES,
                lambda page, lang: f"docs/{LANG_DIR[lang]}/{page}.md")


if __name__ == "__main__":
    main()
