"""Run the check families over one manuscript and shape the findings by the configuration."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.manuscript.document import Manuscript
from zhen_qa.report.findings import MAX_EXCERPT, Finding, Severity, bounded_excerpt

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.glossary.model import Glossary

log = logging.getLogger(__name__)


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
    from zhen_qa.checks.registry import CHECK_MODULES

    ctx = CheckContext(manuscript, glossary, options or Options())
    selected = set(select)
    ignored = set(ignore)
    overrides = dict(severity or {})
    seen: set[tuple[object, ...]] = set()
    out: list[Finding] = []
    for module in CHECK_MODULES:
        ids = {rule.id for rule in module.RULES}
        if selected and not ids & selected or ids <= ignored:
            continue
        for finding in module.run(ctx):
            if (selected and finding.rule not in selected) or finding.rule in ignored:
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
    out.sort(key=Finding.sort_key)
    log.debug("%s: %d findings", manuscript.path, len(out))
    return out
