"""The outcome of a check run, as the renderers see it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from zhen_qa.manuscript.document import Block, Pair
from zhen_qa.report.findings import Finding, Rule


@dataclass(frozen=True)
class FileResult:
    """One checked manuscript: its path(s), aligned pairs and findings."""

    path: str
    en_path: str | None
    pairs: tuple[Pair, ...]
    findings: tuple[Finding, ...]
    notes: tuple[str, ...] = ()
    """Remarks about how the file was read or paired (for example a section structure that differs)."""
    blocks: tuple[Block, ...] = ()
    """Every block of the file(s) in reading order, paired or not (the HTML report shows them all)."""
    error: str | None = None
    """Why the file could not be checked (one line), or None; the other files of the run are still checked."""
    source_lang: str | None = None
    """The language the file was translated from ("zh" or "en": a CAT file's source side, shown first); None for a
    manuscript."""
    glossary: tuple[tuple[str, ...], int] = ((), 0)
    """The glossary files the terms were checked against and their number of concepts; ((), 0) for none."""
    glossary_checksum: str = ""
    """The checksum of that glossary's content (`Glossary.checksum`, one of the signature's `glossaries`); "" for
    none."""


@dataclass(frozen=True)
class Report:
    """Everything a renderer needs: per-file results, the rule catalog and a signature.

    `signature` holds the tool version, glossary checksums and the settings that shaped the run,
    so two reports can be compared.
    """

    files: tuple[FileResult, ...]
    rules: tuple[Rule, ...]
    signature: dict[str, Any] = field(default_factory=dict)
    glossaries: tuple[str, ...] | None = None
    """The glossaries the files were checked against as a reader is told them ("glossary.csv (10 concepts)"); ()
    none (terms were checked for consistency only); None: not known (a report built without a run)."""

    @property
    def findings(self) -> list[Finding]:
        """All findings of all files, in deterministic order."""
        out = [f for fr in self.files for f in fr.findings]
        out.sort(key=Finding.sort_key)
        return out
