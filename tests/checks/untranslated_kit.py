"""What the tests of untranslated's modules share: findings of `untranslated.run` on aligned beads or on two
Markdown pages, and the exact rows they compare."""
from __future__ import annotations

from tests.checks.aligned import BeadSpec, build
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.untranslated import run
from zhen_qa.manuscript.source import Location

GOOD = ("干细胞分泌组在临床上有广泛应用。", "The stem cell secretome has broad clinical use.")
ZH, EN = GOOD


def findings(beads: list[BeadSpec], rule: str, **opts: object) -> list:
    ctx = CheckContext(build(beads), options=Options(**opts))  # type: ignore[arg-type]
    return [f for f in run(ctx) if f.rule == rule]


def loc(location: Location | None) -> tuple[str, int, int, int, int] | None:
    if location is None:
        return None
    return (location.path, location.line, location.column, location.end_line, location.end_column)


def rows(beads: list[BeadSpec], rule: str | None = None, **opts: object) -> list[tuple]:
    ctx = CheckContext(build(beads), options=Options(**opts))  # type: ignore[arg-type]
    return [(f.rule, f.lang, f.severity.value, loc(f.location), loc(f.related), f.message, f.excerpt)
            for f in run(ctx) if rule is None or f.rule == rule]


def whole(path: str, line: int, text: str) -> tuple[str, int, int, int, int]:
    return (path, line, 1, line, len(text) + 1)


def spans(zh: str, en: str) -> list[tuple[int, int, str]]:
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    return [(f.location.line, f.location.column, f.excerpt)
            for f in run(CheckContext(m, options=Options())) if f.rule == "untranslated-span"]
