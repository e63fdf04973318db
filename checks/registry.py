"""The rule catalog: every check family, joined explicitly (no registration by import side effect)."""
from __future__ import annotations

from zhen_qa.checks import (
    citations,
    frontmatter,
    inline_tags,
    markup,
    numbers,
    placeholders,
    structure,
    terms,
    typography,
    untranslated,
)
from zhen_qa.checks.context import CheckModule
from zhen_qa.report.findings import Rule

CHECK_MODULES: tuple[CheckModule, ...] = (
    terms,
    untranslated,
    numbers,
    placeholders,
    inline_tags,
    citations,
    typography,
    structure,
    frontmatter,
    markup,
)
"""Check families in the order they run."""

RULES: tuple[Rule, ...] = tuple(rule for module in CHECK_MODULES for rule in module.RULES)
"""The catalog, in a stable order."""

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
