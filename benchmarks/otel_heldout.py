"""Build held-out documentation page pairs (the OpenTelemetry website's docs, up to two pages of each folder) from a
fetched git dir; see precision_mddocs.py.

    python benchmarks/otel_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `open-telemetry/opentelemetry.io` (fetch tool: `github:open-telemetry/
opentelemetry.io`, which returns a git dir; CC-BY-4.0, never copy the pages into this repository), the website of
OpenTelemetry, the CNCF observability framework (traces, metrics, logs; the Collector, language SDKs, zero-code
instrumentation), written in Markdown (Hugo) in English under `content/en/` and translated by the project's Chinese
localization team under `content/zh/` (the same path), prose wrapped at 80 columns on both sides. A domain in no set
before (observability / tracing). Each Chinese page names in its front matter (`default_lang_commit`) the commit of
the English page it was translated from; the pair is that English page at that commit, so a page the English has
changed since (`drifted_from_default`) is paired with the text its translator read, not with a newer one.

The pages were chosen by a rule written before any check ran (stop 59, helper fresh59): the Markdown pages under
`content/zh/docs/` (the `_includes` fragments left out; blog, announcements, community and ecosystem pages are not
under docs/) whose Chinese page has 40 to 400 lines, at least 15 of them with a Han character (a page still in
English is left out), and whose English page at its `default_lang_commit` exists and has at most 1.5 times the
Chinese page's lines (the Chinese wraps at 80 columns too and packs more per line, so the karmada rule's 10 % does not
fit; a longer English is a translation of part of the page); then the first two of each folder (the file's
directory) in alphabetical order: 51 page pairs over 36 folders, 2,428 Chinese lines with a Han character. Written to
OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`, the Chinese page as stored at ZH_COMMIT (the snapshot measured first, on
main b482d542 = 0.39.0 before anything was tuned on it; the newest commit if that one is absent) and the English page
as stored at its commit in PAGES. `python benchmarks/precision_mddocs.py /tmp/otel-heldout --labels
benchmarks/labels/otel-heldout.tsv --targets benchmarks/labels/otel-heldout.targets.tsv` measures them, with
`--glossary benchmarks/glossaries/otel.csv` for the with-glossary run (`otel-g` in docs.sh).
"""
from __future__ import annotations

import sys
from pathlib import Path

from heldout_io import pinned, show  # benchmarks/ is the script's folder

ZH_COMMIT = "dd5997c8b9fafbf72ea6b8059ade242d88b8f118"
PAGES = {
    "what-is-opentelemetry": "d638c386ae327328ff35604df54fa6ddd8b51b65",
    "collector/_index": "b13d5dd3a9f288ab64d2af98c0b4ec1694499ef3",
    "collector/architecture": "10b2aa9fc1a8f434b6212dc453f01dd520b2f9e3",
    "collector/building/authenticator-extension": "c6df1ca98613ce886d3ea5ecb7ea50d02a31f18a",
    "collector/install/docker": "4f007739e0f0fc0b178b8dae457ef06c1c9a5757",
    "concepts/components": "1ca30b4df56f349fc65f6c72790345e410426172",
    "concepts/distributions": "3337aa6fbaccf5e8734a1ef2c6ca8b61496c3d93",
    "concepts/instrumentation/_index": "deb98d0648c4833d9e9d77d42e91e2872658b50c",
    "concepts/instrumentation/code-based": "deb98d0648c4833d9e9d77d42e91e2872658b50c",
    "concepts/instrumentation/zero-code/index": "deb98d0648c4833d9e9d77d42e91e2872658b50c",
    "concepts/resources/index": "b13d5dd3a9f288ab64d2af98c0b4ec1694499ef3",
    "concepts/sampling/index": "deb98d0648c4833d9e9d77d42e91e2872658b50c",
    "concepts/signals/baggage": "8a5b880c16d49257a147c2c3ec4a6ef6fcee8e20",
    "concepts/signals/logs": "e1bf6c870fbf82791a3826baaf276bc0ca79c88b",
    "contributing/announcements": "adc4264c2926e3d767b6a56affb19fb4ae3f2a22",
    "contributing/blog": "2f850a610b5f7da5730265b32c25c9226dc09e5f",
    "demo/_index": "c2cd5b14a73e051acacb6914740fb3e20536f8ba",
    "demo/architecture": "d7a38b0eb268f62d48aee2fb77f544eb987f6f6e",
    "demo/collector-data-flow-dashboard/index": "d1d5bbbbab9f7c6a485e3a9e0d0137bc0f5f4f94",
    "demo/feature-flags/_index": "cb6352e01bcdbf8cc400aa663fa82d2835718e6e",
    "demo/feature-flags/recommendation-cache/index": "2571ec5a1e17744982e8dc6efe1fdf3115d0ebbc",
    "demo/requirements/architecture": "beee9035dba8128dc3b970aa73e8b2a8d17d16dc",
    "demo/services/ad": "6588437286e916c2eb44a721161ce46c21f1706b",
    "demo/telemetry-features/_index": "911b0a6b7752c125523a85fd2e58a49d1e459f34",
    "demo/telemetry-features/manual-span-attributes": "afa0a0900a9fbd6f1a02d7ea31091a5a20cb5612",
    "getting-started/reference-application-specification": "5d9a9ba46a959435e2b0c22dddb021a7d4152393",
    "languages/_index": "f35b3300574b428f94dfeeca970d93c5a6ddbf35",
    "languages/go/exporters": "ff6f300f46ac9bfab574f2a73a0555fccb64fda9",
    "languages/go/libraries": "859e80c74d61d694104f565aecde325ab4aa713f",
    "languages/java/getting-started": "0930994d5be6f01b05d0caca0550c468d2f3e829",
    "languages/java/instrumentation": "6eddc725571667e112a41aa7422bcd4c69764503",
    "languages/js/_index": "3d401ad8e2e5d528c107d83d202b4c6f62c020ef",
    "languages/js/context": "2c3d80cad4fa99a5fb46ef550170ea4579fa50ec",
    "languages/js/getting-started/browser": "4c9af5912f276b79a489a10b44c53f720c7927d7",
    "migration/opentracing": "0b7c6aeafe53e44fdeb64ed2c7bdb42e88f35802",
    "platforms/faas/lambda-collector": "f35b3300574b428f94dfeeca970d93c5a6ddbf35",
    "platforms/kubernetes/getting-started": "4cb7e22f1e45d17854b309efc730499880aa7197",
    "platforms/kubernetes/helm/collector": "a41755046773da6186e0521e92c6cf1b439f7c7d",
    "platforms/kubernetes/helm/demo": "fe623719bc24346e9dcd77e9769026cf1c720cc5",
    "platforms/kubernetes/operator/_index": "a18833df3c17db379911a796f1b0a549c4d8f10f",
    "security/handling-sensitive-data": "cd3aec37475c3eb59b6d77d8e726d49cc8ba0e58",
    "specs/status": "880560388fab20d661f7c093df08ae36ea453203",
    "zero-code/php": "179f03bf118e1e8a3cc195ab56fc09d85c476394",
    "zero-code/java/agent/annotations": "115477dad3237f21d1ee15052e8cb3c56bd14819",
    "zero-code/java/agent/api": "c392c714849921cd56aca8ca99ab11e0e4cb16f4",
    "zero-code/java/agent/instrumentation/_index": "5b82e8f9c057d4d4961d41091a4bc75fc9b5b37c",
    "zero-code/java/agent/instrumentation/http": "4dda37feaa73c216918aab12f16de959d1977766",
    "zero-code/java/spring-boot-starter/annotations": "1edcb4998a74ca24a76668310b762a765c6f5966",
    "zero-code/java/spring-boot-starter/api": "c392c714849921cd56aca8ca99ab11e0e4cb16f4",
    "zero-code/js/_index": "55f8de69ad3cf54f24243c200f70cd0b3a608ad4",
    "zero-code/js/configuration": "115933c1b9c643c8b6cf0d413a32061cd3a1b65f",
}
"""Page (path under `content/LANG/docs/`, no `.md`) -> the commit of the English page its Chinese translates (the
Chinese page's `default_lang_commit`)."""
ROOT = {"zh": "content/zh/docs", "en": "content/en/docs"}


def write_pages(git_dir: str, out: Path) -> None:
    """Write each page's pair to `out`: the Chinese page at ZH_COMMIT (or HEAD), the English at its PAGES commit."""
    zh_rev = pinned(git_dir, ZH_COMMIT)
    out.mkdir(parents=True, exist_ok=True)
    for page, en_commit in PAGES.items():
        (out / page).parent.mkdir(parents=True, exist_ok=True)
        for lang, rev in (("zh", zh_rev), ("en", en_commit)):
            (out / f"{page}.{lang}.md").write_text(show(git_dir, rev, f"{ROOT[lang]}/{page}.md"), encoding="utf-8")
        print(f"{out / page}.zh.md / .en.md")
    print(f"{len(PAGES)} page pairs, the Chinese from {zh_rev}")


def main() -> None:
    write_pages(sys.argv[1], Path(sys.argv[2]))


if __name__ == "__main__":
    main()
