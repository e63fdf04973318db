"""The rule catalog: every check family, joined explicitly (no registration by import side effect)."""
from __future__ import annotations

from types import ModuleType

import checks.citations
import checks.numbers
import checks.structure
import checks.typography
import checks.untranslated
import glossary.checks
from report.findings import Rule

CHECK_MODULES: tuple[ModuleType, ...] = (
    glossary.checks,
    checks.untranslated,
    checks.numbers,
    checks.citations,
    checks.typography,
    checks.structure,
)
"""Check families in the order they run."""

RULES: tuple[Rule, ...] = tuple(rule for module in CHECK_MODULES for rule in module.RULES)
"""The catalog, in a stable order."""

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
