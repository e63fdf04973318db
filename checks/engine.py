"""Run the check families over one manuscript and shape the findings by the configuration."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.manuscript.document import Manuscript, Role
from zhen_qa.manuscript.source import Location
from zhen_qa.report.codetext import restore_code
from zhen_qa.report.findings import MAX_EXCERPT, Finding, Rule, Scope, Severity, bounded_excerpt

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.glossary.model import Glossary

log = logging.getLogger(__name__)


_ROLES = tuple(Role)
_CODES = {role: bytes([k + 1]) for k, role in enumerate(_ROLES)}
"""The code of each role in a RoleMap (0: no block or sentence there), as one byte."""


class RoleMap:
    """The role of the block or sentence each character of each file belongs to (built on first use)."""

    def __init__(self, manuscript: Manuscript) -> None:
        self._manuscript = manuscript
        self._codes: dict[str, bytearray] | None = None

    def _build(self) -> dict[str, bytearray]:
        ms = self._manuscript
        codes = {src.path: bytearray(len(src.text)) for src in ms.sources}
        texts = [(b.role, b.text) for b in ms.blocks]
        texts += [(s.role, s.text) for lang in ("zh", "en") for s in ms.sentences(lang)]
        for role, mt in texts:
            code, offsets = _CODES[role], mt.offsets
            m = codes.get(mt.source.path)
            if m is None:  # not setdefault: its default would allocate a file-sized array per text
                m = codes[mt.source.path] = bytearray(len(mt.source.text))
            if isinstance(offsets, range) and offsets.step == 1:
                m[offsets.start:offsets.stop] = code * len(offsets)
            else:
                for o in offsets:
                    m[o] = code[0]
        return codes

    def role_at(self, loc: Location) -> Role | None:
        """The role of the text where `loc` starts (None where no block or sentence covers it)."""
        if self._codes is None:
            self._codes = self._build()
        m = self._codes.get(loc.path)
        src = next((s for s in self._manuscript.sources if s.path == loc.path), None)
        if m is None or src is None or not 0 < loc.line <= len(src.line_starts):
            return None
        offset = src.line_starts[loc.line - 1] + loc.column - 1
        return _ROLES[m[offset] - 1] if 0 <= offset < len(m) and m[offset] else None


def module_scope(rules: Iterable[Rule]) -> Scope:
    """What a module reads: the roles skipped by every one of its rules are left out of its input."""
    skips = [rule.scope.skip for rule in rules]
    return Scope(frozenset.intersection(*skips) if skips else frozenset())


def in_scope(finding: Finding, rule: Rule | None, roles: RoleMap) -> bool:
    """True unless the finding points into text of a role its rule does not apply to."""
    if rule is None or not rule.scope.skip:
        return True
    role = roles.role_at(finding.location)
    return role is None or rule.scope.admits(role)


def check_manuscript(
    manuscript: Manuscript,
    glossary: "Glossary | None" = None,
    options: Options | None = None,
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    severity: Mapping[str, Severity] | None = None,
) -> list[Finding]:
    """All findings of the selected rules, with severity overrides, deduplicated and sorted."""
    from zhen_qa.checks.misaligned_run import one_misalignment
    from zhen_qa.checks.registry import CHECK_MODULES, RULES_BY_ID
    from zhen_qa.checks.term_echo import without_echoes
    from zhen_qa.checks.unrelated import one_defect

    roles = RoleMap(manuscript)
    selected = set(select)
    ignored = set(ignore)
    overrides = dict(severity or {})
    seen: set[tuple[object, ...]] = set()
    out: list[Finding] = []
    for module in CHECK_MODULES:
        ids = {rule.id for rule in module.RULES}
        if selected and not ids & selected or ids <= ignored:
            continue
        # scope, in one place: the module reads only roles in scope of its rules, and no finding
        # points into a role its rule skips
        ctx = CheckContext(manuscript, glossary, options or Options(), module_scope(module.RULES))
        for finding in module.run(ctx):
            if (selected and finding.rule not in selected) or finding.rule in ignored:
                continue
            if not in_scope(finding, RULES_BY_ID.get(finding.rule), roles):
                continue
            if finding.rule in overrides:
                finding = replace(finding, severity=overrides[finding.rule])
            if len(finding.excerpt) > MAX_EXCERPT:  # a 1 MB line must not be quoted in every finding
                finding = replace(finding, excerpt=bounded_excerpt(finding.excerpt))
            key = (finding.rule, finding.location, finding.message)
            if key in seen:
                continue
            seen.add(key)
            out.append(finding)
    if "pair-mismatch" not in ignored and (not selected or "pair-mismatch" in selected):
        out = [f for f in one_defect(manuscript, out) if not selected or f.rule in selected]
    if "alignment-doubt" not in ignored and (not selected or "alignment-doubt" in selected):
        out = [f for f in one_misalignment(manuscript, out, glossary) if not selected or f.rule in selected]
    out = without_echoes(out)  # a term of a sentence reported as having no counterpart: one defect, one finding
    # users see the code of their file, not the prose view's mask, in every rule's message
    texts = [s.text for lang in ("zh", "en") for s in manuscript.sentences(lang)] + [b.text for b in manuscript.blocks]
    out = restore_code(out, texts)
    out.sort(key=Finding.sort_key)
    log.debug("%s: %d findings", manuscript.path, len(out))
    return out
