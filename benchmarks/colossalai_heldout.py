"""Build held-out documentation page pairs (Colossal-AI's tutorials and feature guides) from a fetched git dir; see
precision_mddocs.py.

    python benchmarks/colossalai_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `hpcaitech/ColossalAI` (fetch tool: `github:hpcaitech/ColossalAI`, which returns
a git dir; Apache-2.0, never copy the pages into this repository), the documentation of the Colossal-AI library for
distributed training of large models, written by the project in Markdown in English under `docs/source/en/` and in
Chinese under `docs/source/zh-Hans/` (the same path): the booster API and its plugins, tensor/pipeline/sequence
parallelism, ZeRO and Gemini, mixed precision, gradient accumulation and clipping, NVMe offload, lazy init,
installation — prose with formulas, headings, option lists, Python/shell code blocks, `{{ autodoc }}` directives and
author/paper front lines. A project in no set before (a distributed-training library: not the development set
`../shared/data/real/mddocs`, nor any held-out documentation set). The pages were chosen by a rule written before
any check ran (stop 56, helper fresh56): every page pair of `docs/source/zh-Hans/` whose Chinese page has 40 to 200
non-empty lines and whose two pages differ in non-empty line count by at most 10 % — 19 page pairs, 1,860 non-empty
Chinese lines. Written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`, as stored at COMMIT (the snapshot measured
first, on main 284797a2 = 0.36.0 before anything was tuned on it; the newest commit if that one is absent).
`python benchmarks/precision_mddocs.py /tmp/colossalai-heldout --labels benchmarks/labels/colossalai-heldout.tsv
--targets benchmarks/labels/colossalai-heldout.targets.tsv` measures them, with `--glossary
benchmarks/glossaries/colossalai.csv` for the with-glossary run (`colossalai-g` in docs.sh).
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "4f9953be335ef371b3848719ddafe596c01ecd37"
PAGES = ("advanced_tutorials/meet_gemini", "advanced_tutorials/opt_service",
         "advanced_tutorials/train_gpt_using_hybrid_parallelism",
         "basics/booster_api", "basics/booster_checkpoint", "basics/booster_plugins",
         "features/2D_tensor_parallel", "features/2p5D_tensor_parallel", "features/3D_tensor_parallel",
         "features/distributed_optimizers", "features/gradient_accumulation_with_booster",
         "features/gradient_clipping_with_booster", "features/lazy_init",
         "features/mixed_precision_training_with_booster", "features/nvme_offload", "features/pipeline_parallel",
         "features/sequence_parallelism", "features/zero_with_chunk",
         "get_started/installation")
ROOT = {"zh": "docs/source/zh-Hans", "en": "docs/source/en"}


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, lambda page, lang: f"{ROOT[lang]}/{page}.md")


if __name__ == "__main__":
    main()
