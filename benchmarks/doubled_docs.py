"""Recall of `repeated-char` on a Chinese character typed twice in documentation pages (需需要, 支支持, 默认认的).

    python benchmarks/doubled_docs.py DATA_DIR [--per-page N] [--seed S] [--glossary FILE] [--list-misses]
        [--only-pages PAGE,...] [--words]

DATA_DIR holds `PAGE.zh.md(x)` + `PAGE.en.md(x)` pairs, as for precision_mddocs.py. Each pair is checked clean; from
its Chinese paragraphs (blocks of role paragraph, so prose: no code, heading, table or front matter) `--per-page`
Han characters are drawn (default 10; seeded by `--seed` and the page's name, so runs are repeatable and two
versions of the checker see the same injections), each on a different source line and each a different character
(three 的的 on one page would be excused as a style, `DELIBERATE_REPEATS`). Each drawn character is typed twice in
place (需要 -> 需需要), all of a page's injections into one copy of the page, which is checked with the English page
once. An injection is found when a `repeated-char` finding on its line overlaps the two copies' columns; one the
clean page already reports there (a doubling next to the drawn character) is left out of the count.
Prints found / injected per set and, with `--list-misses`, every miss with its context (`miss PAGE:LINE:COL 需[需]要`).

`--words` injects another kind: a verb of two characters typed twice (安装 -> 安装安装). The spots are the
paragraphs' tokens of jieba of two Han characters tagged a verb (v, vn), drawn as above (each line and each verb
once); the count is printed for all of them and for those right after a word that opens an instruction or a request
(`OPENERS`: 请, 需要, 可以, 应该, 先, 再, 要 — where the tentative reduplication 商量商量 could be mistaken for it).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from precision_mddocs import page_pairs  # noqa: E402

from zhen_qa.aligner.jieba_base import word_tag  # noqa: E402
from zhen_qa.checks.repeated_dictionary import token_bounds  # noqa: E402
from zhen_qa.checks.run import Flags, check_file  # noqa: E402
from zhen_qa.manuscript.document import Role  # noqa: E402
from zhen_qa.manuscript.script import is_han  # noqa: E402
from zhen_qa.manuscript.source import MappedText  # noqa: E402
from zhen_qa.report.model import FileResult  # noqa: E402

RULE = "repeated-char"


OPENERS = ("请", "需要", "可以", "应该", "先", "再", "要")
"""Words that open an instruction or a request in documentation (请点击, 需要安装, 可以删除): the subset of `--words`
printed on its own."""


@dataclass(frozen=True)
class Spot:
    """A Han character (or, with `--words`, a verb of two) of the Chinese page: 1-based line and column (code points)
    in the file; `opened`: right after one of `OPENERS`."""

    line: int
    column: int
    char: str
    opened: bool = False


def _prose(result: FileResult, zh: str) -> Iterator[MappedText]:
    """The text of each Chinese paragraph of the page (`zh`: its path), where injections go."""
    for block in result.blocks:
        if block.location.path == zh and block.role is Role.PARAGRAPH and block.lang != "en":
            yield block.text


def prose_han(result: FileResult, zh: str) -> list[Spot]:
    """Every Han character of the page's Chinese paragraphs, where it stands in the file (`zh`: its path)."""
    out = []
    for mt in _prose(result, zh):
        for a, ch in enumerate(mt.text):
            if is_han(ch):
                loc = mt.location(a, a + 1)
                if loc.line == loc.end_line and loc.end_column == loc.column + 1:
                    out.append(Spot(loc.line, loc.column, ch))
    return out


def prose_verbs(result: FileResult, zh: str) -> list[Spot]:
    """Every token of jieba of two Han characters tagged a verb (v, vn) in the page's Chinese paragraphs."""
    out = []
    for mt in _prose(result, zh):
        _, spans = token_bounds(mt.text)
        for a, b in spans.items():
            word = mt.text[a:b]
            if b - a != 2 or not all(is_han(ch) for ch in word) or not word_tag(word).startswith("v"):
                continue
            loc = mt.location(a, b)
            if loc.line == loc.end_line and loc.end_column == loc.column + 2:
                out.append(Spot(loc.line, loc.column, word, mt.text[:a].endswith(OPENERS)))
    return out


def draw(spots: list[Spot], n: int, rng: random.Random) -> list[Spot]:
    """Up to `n` spots, each on its own line and each a different character, drawn at random."""
    order = list(spots)
    rng.shuffle(order)
    lines: set[int] = set()
    chars: set[str] = set()
    out: list[Spot] = []
    for s in order:
        if len(out) == n:
            break
        if s.line in lines or s.char in chars:
            continue
        lines.add(s.line)
        chars.add(s.char)
        out.append(s)
    return sorted(out, key=lambda s: s.line)


def doubled(lines: list[str], spots: list[Spot]) -> list[str]:
    """The page's lines (kept ends) with each spot's character typed twice in place."""
    out = list(lines)
    for s in spots:
        text = out[s.line - 1]
        k = s.column - 1
        n = len(s.char)
        assert text[k:k + n] == s.char, (s, text)
        out[s.line - 1] = text[:k + n] + s.char + text[k + n:]
    return out


def covers(result: FileResult, path: str, s: Spot) -> bool:
    """Whether a repeated-char finding in `path` overlaps the two copies at spot `s` (columns column..column+1, or
    column..column+3 for a word of two)."""
    for f in result.findings:
        loc = f.location
        if f.rule != RULE or loc.path != path:
            continue
        end = (loc.end_line, loc.end_column)
        if (loc.line, loc.column) < (s.line, s.column + 2 * len(s.char)) and (s.line, s.column) < end:
            return True
    return False


def context(line: str, s: Spot, width: int = 12) -> str:
    """The injected line around the spot, the added copy in brackets: 需[需]要, 安装[安装]依赖."""
    k = s.column - 1
    n = len(s.char)
    return line[max(0, k - width):k + n] + "[" + s.char + "]" + line[k + 2 * n:k + 2 * n + width].rstrip("\n")


def main() -> None:
    """Inject doubled characters into every page pair and count those repeated-char reports."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--per-page", type=int, default=10, help="doubled characters injected into each page")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--glossary", type=Path, action="append", default=[])
    ap.add_argument("--list-misses", action="store_true")
    ap.add_argument("--only-pages", type=lambda v: set(v.split(",")), help="comma-separated pages (relative paths)")
    ap.add_argument("--words", action="store_true", help="double verbs of two characters instead of characters")
    args = ap.parse_args()
    pairs = page_pairs(args.data) if args.data.is_dir() else []
    if not pairs:
        sys.exit(f"doubled_docs: no page pair under {args.data}")
    flags = Flags(glossaries=tuple(str(g.resolve()) for g in args.glossary))
    found = tried = found_opened = tried_opened = 0
    spots_of = prose_verbs if args.words else prose_han
    with tempfile.TemporaryDirectory() as name:
        for zh, en in pairs:
            page = str(zh.relative_to(args.data))
            if args.only_pages and page not in args.only_pages:
                continue
            clean = check_file(str(zh), str(en), flags)
            rng = random.Random(args.seed * 1_000_003 + zlib.crc32(page.encode()))
            spots = [s for s in draw(spots_of(clean, str(zh)), args.per_page, rng)
                     if not covers(clean, str(zh), s)]
            if not spots:
                continue
            lines = doubled(zh.read_text(encoding="utf-8").splitlines(keepends=True), spots)
            path = Path(name) / ("page.zh" + zh.suffix)
            path.write_text("".join(lines), encoding="utf-8")
            result = check_file(str(path), str(en), flags)
            for s in spots:
                ok = covers(result, str(path), s)
                tried += 1
                found += ok
                tried_opened += s.opened
                found_opened += ok and s.opened
                if args.list_misses and not ok:
                    print(f"  miss {page}:{s.line}:{s.column} {context(lines[s.line - 1], s)}")
    kind = "doubled-verb" if args.words else "doubled-char"
    print(f"{kind} recall {found}/{tried} ({found / max(tried, 1):.3f}) on {args.data}")
    if args.words:
        print(f"doubled-verb after an opener ({', '.join(OPENERS)}) {found_opened}/{tried_opened}"
              f" ({found_opened / max(tried_opened, 1):.3f})")


if __name__ == "__main__":
    main()
