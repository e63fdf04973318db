"""Build held-out documentation page pairs (the Galacean engine's manual, one page of each section) from a fetched
git dir; see precision_mddocs.py.

    python benchmarks/galacean_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `galacean/engine` (fetch tool: `github:galacean/engine`, which returns a git dir;
MIT, never copy the pages into this repository), the manual of the Galacean web game and interactive graphics engine
(Ant Group), written by the project in MDX in Chinese under `docs/zh/` and in English under `docs/en/` (the same
path): editor interface, entities and components, scripts, 2D/3D rendering (cameras, lights, materials and shaders,
meshes, textures, particles, post-processing), animation, physics, input, platforms, XR — prose, headings, parameter
tables, TypeScript/GLSL code blocks, images and JSX playground tags. A domain in no set before (a game engine: not
the development set `../shared/data/real/mddocs`, nor any held-out documentation set). The pages were chosen by a
rule written before any check ran (stop 56, helper fresh56): the page pairs of `docs/zh/SECTION/` whose Chinese page
has 40 to 200 non-empty lines and whose two pages differ in non-empty line count by at most 10 %, where a SECTION is
a folder under `docs/zh/` (under `graphics/`, whose 78 pages are most of the manual, a folder under `graphics/`),
pages directly under `docs/zh/` left out, then the first of each section in alphabetical order: 24 page pairs, 1,769
non-empty Chinese lines. Written to OUT_FOLDER as `PAGE.zh.mdx` / `PAGE.en.mdx`, as stored at COMMIT (the snapshot
measured first, on main 284797a2 = 0.36.0 before anything was tuned on it; the newest commit if that one is absent).
`python benchmarks/precision_mddocs.py /tmp/galacean-heldout --labels benchmarks/labels/galacean-heldout.tsv
--targets benchmarks/labels/galacean-heldout.targets.tsv` measures them, with `--glossary
benchmarks/glossaries/galacean.csv` for the with-glossary run (`galacean-g` in docs.sh).
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "8c6e7e6df67524c4e1fa91d103250bf16265770f"
PAGES = ("UI/quickStart/canvas", "animation/animator", "art/bake-blender", "assets/interface", "basics/overview",
         "core/canvas", "device/restore",
         "graphics/2D/lottie", "graphics/background/sky", "graphics/camera/component", "graphics/light/ambient",
         "graphics/material/builtinShaders/digitalHuman/eye", "graphics/mesh/bufferMesh", "graphics/model/assets",
         "graphics/particle/renderer-main-module", "graphics/postProcess/customPostProcess",
         "graphics/renderer/renderer", "graphics/texture/2d",
         "input/keyboard", "interface/sidebar", "physics/collider/characterController", "platform/h5",
         "script/attributes", "xr/quickStart/develop")


def section(page: str) -> str:
    """The section a page was chosen from: its first folder, or its first two under `graphics/`."""
    parts = page.split("/")
    return "/".join(parts[:2]) if parts[0] == "graphics" else parts[0]


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, lambda page, lang: f"docs/{lang}/{page}.mdx", ".mdx")


if __name__ == "__main__":
    main()
