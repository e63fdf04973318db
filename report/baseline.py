"""Baselines: record today's findings so later runs report only new ones.

A finding is keyed on its rule, its file (relative to the baseline file's folder), a fingerprint
of the text it is about (the excerpt, or the message with digits blanked when there is no
excerpt) and its occurrence index among findings with the same rule, file and fingerprint.
Line and column are not part of the key, so edits elsewhere in the file do not resurrect
old findings; a second copy of an old problem is new. An optional top-level "root" names the
folder the paths are relative to (relative to the baseline's folder, or absolute); the HTML
report's download sets it, since the page cannot know where its download will be saved.
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zhen_qa.manuscript.digest import sha256
from zhen_qa.manuscript.errors import InputError
from zhen_qa.report.findings import Finding
from zhen_qa.report.safetext import utf8

BASELINE_VERSION = 1
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")

Key = tuple[str, str, str, int]
"""(rule, path relative to the baseline folder, fingerprint, occurrence index)."""


def fingerprint(finding: Finding) -> str:
    """A short hash of what the finding is about, independent of where it is in the file."""
    text = finding.excerpt.strip() or _DIGITS.sub("#", finding.message)
    text = _SPACE.sub(" ", text).strip()
    digest = sha256(utf8(f"{finding.rule}\x00{finding.lang}\x00{text}")).hexdigest()
    return digest[:20]


def relative_path(path: str, base_dir: str | os.PathLike[str]) -> str:
    """`path` relative to `base_dir` with forward slashes (absolute when it cannot be made relative)."""
    absolute = os.path.abspath(path)
    try:
        rel = os.path.relpath(absolute, os.path.abspath(base_dir))
    except ValueError:  # another drive on Windows
        rel = absolute
    return rel.replace(os.sep, "/")


def finding_keys(findings: Sequence[Finding], base_dir: str | os.PathLike[str]) -> list[Key]:
    """The baseline key of each finding, in the order given (occurrences counted in file order)."""
    order = sorted(range(len(findings)), key=lambda i: findings[i].sort_key())
    seen: Counter[tuple[str, str, str]] = Counter()
    keys: list[Key | None] = [None] * len(findings)
    for i in order:
        f = findings[i]
        ident = (f.rule, relative_path(f.location.path, base_dir), fingerprint(f))
        keys[i] = (*ident, seen[ident])
        seen[ident] += 1
    return [k for k in keys if k is not None]


@dataclass(frozen=True)
class Baseline:
    """The recorded findings' keys and the folder their paths are relative to."""

    base_dir: str
    keys: frozenset[Key]

    def __len__(self) -> int:
        return len(self.keys)


def baseline_entries(findings: Sequence[Finding], base_dir: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """The baseline entry of each finding, in the order given, with paths relative to `base_dir`."""
    return [
        {
            "rule": k[0],
            "path": k[1],
            "fingerprint": k[2],
            "occurrence": k[3],
            "line": f.location.line,
            "message": f.message,
        }
        for k, f in zip(finding_keys(findings, base_dir), findings)
    ]


def write_baseline(findings: Iterable[Finding], path: str | os.PathLike[str]) -> int:
    """Record findings in a baseline file (JSON, deterministic); return how many were written."""
    items = sorted(findings, key=Finding.sort_key)
    entries = baseline_entries(items, os.path.dirname(os.path.abspath(path)))
    doc = {"version": BASELINE_VERSION, "tool": "zhen-qa", "findings": entries}
    text = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    from zhen_qa.report.atomic import write_atomic

    write_atomic(os.fspath(path), utf8(text))
    return len(entries)


def load_baseline(path: str | os.PathLike[str]) -> Baseline:
    """Read a baseline file written by `write_baseline`; InputError when it is missing or not one."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{os.fspath(path)}: baseline file not found; create it with --write-baseline") from None
    except OSError as exc:
        raise InputError(f"{os.fspath(path)}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:  # the exception's class name was the reason given ("(UnicodeDecodeError)")
        raise InputError(f"{os.fspath(path)}: not a zhen-qa baseline file (not UTF-8 text: a baseline is the JSON "
                         "--write-baseline writes)") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{os.fspath(path)}: not a zhen-qa baseline file (not JSON: line {exc.lineno}, column "
                         f"{exc.colno}: {exc.msg}; a baseline is the JSON --write-baseline writes)") from None
    if not isinstance(doc, dict) or doc.get("version") != BASELINE_VERSION or not isinstance(doc.get("findings"), list):
        raise InputError(f"{os.fspath(path)}: not a zhen-qa baseline file (version {BASELINE_VERSION} expected)")
    keys: set[Key] = set()
    for entry in doc["findings"]:
        try:
            keys.add((str(entry["rule"]), str(entry["path"]), str(entry["fingerprint"]), int(entry["occurrence"])))
        except (KeyError, TypeError, ValueError):
            raise InputError(f"{os.fspath(path)}: malformed baseline entry {entry!r}") from None
    base_dir = os.path.dirname(os.path.abspath(path))
    root = doc.get("root")
    if isinstance(root, str) and root:  # paths relative to another folder (a baseline saved by the HTML page)
        base_dir = os.path.join(base_dir, root)
    return Baseline(base_dir, frozenset(keys))


def filter_new(findings: Sequence[Finding], baseline: Baseline) -> list[Finding]:
    """The findings not recorded in the baseline, in the order given."""
    findings = list(findings)
    keys = finding_keys(findings, baseline.base_dir)
    return [f for f, k in zip(findings, keys) if k not in baseline.keys]
