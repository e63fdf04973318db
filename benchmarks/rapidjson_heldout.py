"""Build held-out documentation page pairs (the RapidJSON documentation, every page that passes the shared rule) from a
fetched git dir; see precision_mddocs.py.

    python benchmarks/rapidjson_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `Tencent/rapidjson` (fetch tool: `github:Tencent/rapidjson`, which returns a git
dir; MIT, never copy the pages into this repository), RapidJSON, Tencent's header-only C++ JSON parser and generator
(DOM and SAX APIs, in-situ parsing, encodings and transcoding, streams, allocators, JSON Pointer, the internals: SIMD
whitespace skipping, Grisu2 double-to-string, the parsing state machine). **The English is the original**
(`doc/PAGE.md`, written by Milo Yip in 2014) and the Chinese its translation (`doc/PAGE.zh-cn.md`), made by the same
author in 2015 (commits "Localized DOM", "Localized SAX", "Localized encoding", "Localized stream", "Localized FAQ",
"Localizes readme, features and tutorial"), kept up since by contributors who edit both pages. A human tell in the
Chinese: an input-method slip ("罝于内存中" for 置于, dom.zh-cn.md). COMMIT is 24b5e7a8 (2024-12-22, the newest commit
of the snapshot). A domain in no set before (a C++ library: JSON parsing, Unicode encodings, memory allocators). The
pages are chosen by page_pairs.passing_pages (the rule of egg and arthas), written before any check ran (stop 65, helper
fresh65), on `doc/PAGE.zh-cn.md` whose English page `doc/PAGE.md` exists: 8 page pairs, 707 Chinese lines with a Han
character (tutorial is over 500 lines, schema differs by more than 15 %, performance is under 40 lines). Written to
OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`, as stored at COMMIT (measured first on main 1efd4330 = 0.45.0 before anything
was tuned on it; the newest commit if that one is absent). `python benchmarks/precision_mddocs.py /tmp/rapidjson-heldout
--labels benchmarks/labels/rapidjson-heldout.tsv --targets benchmarks/labels/rapidjson-heldout.targets.tsv` measures
them, with `--glossary benchmarks/glossaries/rapidjson.csv` for the with-glossary run (`rapidjson-g` in docs.sh)."""
from __future__ import annotations

from page_pairs import two_suffixes  # benchmarks/ is the script's folder

COMMIT = "24b5e7a8b27f42fa16b96fc70aade9106cf7102f"
PAGES = ("dom", "encoding", "faq", "features", "internals", "pointer", "sax", "stream")

FILES = two_suffixes("doc", ".zh-cn.md", ".md")
path_of = FILES.path_of


def main() -> None:
    """Command-line entry."""
    FILES.main(COMMIT, PAGES)


if __name__ == "__main__":
    main()
