"""term-missing inside a sentence reported as having no counterpart: one defect, one finding.

A Chinese sentence reported `untranslated` (the sentence, or the part of it the finding spans, has no English) has no
English for any term in it either, and an English sentence reported `extra-target` has no Chinese for any of its
terms. A term-missing finding on a term inside such a span says that defect again, in other words ("「分片」 has no
“sharding item” in the aligned English" under "this sentence has no English"): a reviewer who reads the first
rejects the second as its echo, and translating the sentence mends both. The term-missing finding is left out; the
finding that reports the sentence stands at its place (so nothing the translator must mend goes unreported).

Only a term wholly inside the reported span, in the same file, is taken: a term of the sentence's translated part
(outside a partial finding's span), of a neighbouring sentence, or a summary (`missing_summary`) naming a sentence
outside the span keeps its finding (`unrelated.inside`, `unrelated.beyond`).
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.checks.unrelated import restating_left_out
from zhen_qa.report.findings import Finding

UNPAIRED = frozenset({"untranslated", "extra-target"})
"""Rules whose finding says its span has no counterpart on the other side: every term in it lacks one too."""

ECHOING = frozenset({"term-missing"})
"""Rules whose finding inside such a span restates it."""


def without_echoes(findings: Sequence[Finding]) -> list[Finding]:
    """`findings` less each term-missing finding that lies inside the span of an `untranslated` or `extra-target`
    finding of the same file (see the module docstring); order kept."""
    return restating_left_out(findings, ECHOING, [f.location for f in findings if f.rule in UNPAIRED])
