"""Inline suppressions: Markdown comments and a plain-text `zhen-qa: ignore` marker drop findings.

Recognised in any input file (rule lists are optional, separated by commas or spaces; none means all rules):

- ``<!-- zhen-qa-disable term-variant -->`` … ``<!-- zhen-qa-enable -->``: findings that start between
  the two comments (the enable may name rules to re-enable only those);
- ``<!-- zhen-qa-disable-next-line untranslated -->``: findings that start on the next non-blank line;
- ``zhen-qa: ignore`` or ``zhen-qa: ignore[rule,...]`` anywhere on a line: findings that start on that line.
"""
from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from zhen_qa.manuscript.source import Location, SourceText
from zhen_qa.report.findings import Finding

log = logging.getLogger(__name__)

_RULES = r"(?P<rules>[A-Za-z0-9_\-,\s]*?)"
_DIRECTIVE = re.compile(
    r"<!--\s*zhen-qa-(?P<kind>disable-next-line|disable|enable)(?:[\s:]+" + _RULES + r")?\s*-->"
)
_IGNORE = re.compile(r"zhen-qa:\s*ignore(?:\[(?P<rules>[^\]\n]*)\])?")

ALL: frozenset[str] = frozenset()
"""An empty rule set in a directive means every rule."""


def parse_rules(text: str | None) -> frozenset[str]:
    """Rule ids named in a directive ("" or "all" means all rules, returned as the empty set)."""
    names = frozenset(n for n in re.split(r"[\s,]+", text or "") if n)
    return ALL if "all" in names else names


@dataclass(frozen=True)
class _State:
    """Which rules are off: all but `except_` when `all_off`, else those in `off`."""

    all_off: bool = False
    off: frozenset[str] = frozenset()
    except_: frozenset[str] = frozenset()

    def disables(self, rule: str) -> bool:
        return rule not in self.except_ if self.all_off else rule in self.off

    def disable(self, rules: frozenset[str]) -> "_State":
        if not rules:
            return _State(all_off=True)
        if self.all_off:
            return _State(True, frozenset(), self.except_ - rules)
        return _State(False, self.off | rules)

    def enable(self, rules: frozenset[str]) -> "_State":
        if not rules:
            return _State()
        if self.all_off:
            return _State(True, frozenset(), self.except_ | rules)
        return _State(False, self.off - rules)


@dataclass
class Suppressions:
    """The suppressions of one file: region change points and per-line rule sets."""

    points: list[int] = field(default_factory=list)
    states: list[_State] = field(default_factory=list)
    lines: dict[int, list[frozenset[str]]] = field(default_factory=dict)

    def suppresses(self, rule: str, offset: int, line: int) -> bool:
        """True when `rule` is off at character `offset` (on 1-based `line`)."""
        for rules in self.lines.get(line, ()):
            if not rules or rule in rules:
                return True
        i = bisect.bisect_right(self.points, offset) - 1
        return i >= 0 and self.states[i].disables(rule)

    def __bool__(self) -> bool:
        return bool(self.points or self.lines)


def _next_nonblank_line(source: SourceText, line: int) -> int:
    """The first line after `line` (1-based) with non-blank text, or line + 1."""
    starts = source.line_starts
    for n in range(line + 1, len(starts) + 1):
        end = starts[n] - 1 if n < len(starts) else len(source.text)
        if source.text[starts[n - 1] : end].strip():
            return n
    return line + 1


def parse_suppressions(source: SourceText) -> Suppressions:
    """Find every suppression directive in a file."""
    sup = Suppressions()
    state = _State()
    for m in _DIRECTIVE.finditer(source.text):
        kind, rules = m.group("kind"), parse_rules(m.group("rules"))
        line = source.line_col(m.start())[0]
        if kind == "disable-next-line":
            sup.lines.setdefault(_next_nonblank_line(source, source.line_col(m.end())[0]), []).append(rules)
        elif kind == "disable":
            state = state.disable(rules)
            sup.points.append(m.start())
            sup.states.append(state)
        else:
            state = state.enable(rules)
            sup.points.append(m.end())
            sup.states.append(state)
        log.debug("%s:%d: zhen-qa-%s %s", source.path, line, kind, sorted(rules) or "all")
    for m in _IGNORE.finditer(source.text):
        line = source.line_col(m.start())[0]
        sup.lines.setdefault(line, []).append(parse_rules(m.group("rules")))
    return sup


def apply_suppressions(findings: Iterable[Finding], sources: Mapping[str, SourceText]) -> list[Finding]:
    """The findings not suppressed by a directive in the file they point at (others pass through). A finding that
    stands for many places (its data's `places`: a document's half-width punctuation) keeps the places not
    suppressed, and goes when none is left."""
    parsed: dict[str, Suppressions] = {}

    def suppressed(rule: str, loc: Location) -> bool:
        source = sources.get(loc.path)
        if source is None:
            return False
        sup = parsed.get(loc.path)
        if sup is None:
            sup = parsed[loc.path] = parse_suppressions(source)
        offset = source.offset(loc.line, loc.column) if sup else None
        return offset is not None and sup.suppresses(rule, offset, loc.line)

    kept: list[Finding] = []
    for f in findings:
        places = dict(f.data).get("places") if f.data else None
        if places:
            left = tuple(p for p in places if not suppressed(f.rule, p[0]))
            if left:
                kept.append(f if len(left) == len(places) else replace(
                    f, location=left[0][0], data=tuple((k, left if k == "places" else v) for k, v in f.data)))
            continue
        if suppressed(f.rule, f.location):
            log.debug("suppressed %s at %s:%d", f.rule, f.location.path, f.location.line)
            continue
        kept.append(f)
    return kept
