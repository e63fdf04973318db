"""Counts of findings per file, per severity and per rule, shared by the renderers."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from zhen_qa.manuscript.plural import plural
from zhen_qa.report.findings import Finding, Severity
from zhen_qa.report.model import FileResult, Report

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


@dataclass(frozen=True)
class Counts:
    """Number of findings by severity and by rule."""

    error: int
    warning: int
    info: int
    by_rule: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        """All findings."""
        return self.error + self.warning + self.info

    def as_dict(self) -> dict[str, Any]:
        """JSON-compatible form."""
        return {
            "total": self.total,
            "error": self.error,
            "warning": self.warning,
            "info": self.info,
            "by_rule": dict(self.by_rule),
        }


def count(findings: Iterable[Finding]) -> Counts:
    """Count findings by severity and rule (rules sorted by id)."""
    sev: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    for f in findings:
        sev[f.severity.value] += 1
        rules[f.rule] += 1
    return Counts(sev["error"], sev["warning"], sev["info"], tuple(sorted(rules.items())))


def file_label(fr: FileResult) -> str:
    """How a checked file is named in summaries: `zh.md` or `zh.md + en.md`."""
    return fr.path if not fr.en_path else f"{fr.path} + {fr.en_path}"


def summarize(report: Report) -> dict[str, Any]:
    """Per-file and total counts, plus the number of files and pairs."""
    files = []
    for fr in report.files:
        d = {"path": fr.path, "en_path": fr.en_path, "pairs": len(fr.pairs)}
        if fr.error is not None:
            d["failure"] = fr.error  # ("error" is the count of error findings)
        d.update(count(fr.findings).as_dict())
        files.append(d)
    total = count(f for fr in report.files for f in fr.findings).as_dict()
    total["files"] = len(report.files)
    total["pairs"] = sum(len(fr.pairs) for fr in report.files)
    return {"files": files, "total": total}




def describe(c: Counts) -> str:
    """'2 errors, 1 warning, 0 infos' style phrase."""
    return ", ".join(plural(getattr(c, s.value), s.value) for s in SEVERITIES)


def glossary_sentence(glossaries: Sequence[str] | None) -> str:
    """What a review says of the glossary it was checked against ("Glossary: glossary.csv (10 concepts)." / "No
    glossary: ..."), or "" when that is not known: an editor given two reviews could not tell which was checked
    against the journal's glossary (the signature holds only its checksum)."""
    if glossaries is None:
        return ""
    if not glossaries:
        return "No glossary: terms were checked only for consistency within the text."
    return f"Glossary: {'; '.join(glossaries)}."


def rules_worst_first(findings: Iterable[Finding], catalog: Sequence[str]) -> list[tuple[str, Severity, int]]:
    """Each rule that has findings, with its worst severity and its count: worst severity first, then in the order of
    the rule catalog (terms, untranslated text, numbers, citations, then typography and structure), so what changes
    the meaning comes before punctuation, however many half-width commas there are."""
    worst: dict[str, Severity] = {}
    counts: Counter[str] = Counter()
    for f in findings:
        counts[f.rule] += 1
        if f.rule not in worst or f.severity.rank > worst[f.rule].rank:
            worst[f.rule] = f.severity
    index = {rule_id: i for i, rule_id in enumerate(catalog)}
    order = sorted(worst, key=lambda r: (-worst[r].rank, index.get(r, len(index)), r))
    return [(r, worst[r], counts[r]) for r in order]


BY_RULE = "By rule (worst severity first, then as zhen-qa rules lists them):"
"""The heading of the text summary's count per rule, which says its order (`rules_worst_first`)."""


def by_rule_line(findings: Iterable[Finding], catalog: Sequence[str]) -> str:
    """`BY_RULE term-variant 27, punctuation-width 81 (warning); monolingual-section 5 (info)`, or "" when there is
    no finding. The heading says the order: a user read "By rule, worst first: term-variant 1, untranslated 1,
    number-mismatch 5, punctuation-width 59" as unsorted counts."""
    parts: list[str] = []
    ranked = rules_worst_first(findings, catalog)
    for severity in SEVERITIES:
        rules = [f"{r} {n}" for r, s, n in ranked if s == severity]
        if rules:
            parts.append(f"{', '.join(rules)} ({severity.value})")
    return f"{BY_RULE} {'; '.join(parts)}" if parts else ""



@dataclass(frozen=True)
class GlossarySet:
    """Glossary files some checked files of a run were checked against, together (no files: none was)."""

    paths: tuple[str, ...]
    """As the run resolved them (absolute when found through zhen-qa.toml)."""
    concepts: int
    checksum: str
    """`Glossary.checksum` of their content, as in the signature's `glossaries`; "" for no glossary."""
    manuscripts: int
    """How many checked files (a translation pair is one) were checked against them."""


def glossary_sets(report: Report) -> list[GlossarySet]:
    """Each distinct glossary set the run's checked files used, in the order of the files (the one `Glossary:` line
    of a text, HTML or Word review, as data); [] when not known (a report built without a run)."""
    if report.glossaries is None:
        return []
    found: dict[tuple[str, ...], GlossarySet] = {}
    for fr in report.files:
        if fr.error is not None:
            continue
        paths, concepts = fr.glossary
        seen = found.get(paths)
        found[paths] = GlossarySet(paths, concepts, fr.glossary_checksum, seen.manuscripts + 1 if seen else 1)
    return list(found.values())
