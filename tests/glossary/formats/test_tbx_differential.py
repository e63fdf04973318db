"""Differential test: the TBX text reader gives what libxml2's reader gives, on hundreds of messy documents.

The reference is the reader without the text path (`tbx_tree` streaming, `read_flat`, the general walk); the
general walk alone (no `read_flat`) is compared too. Concepts, where each came from, the problems reported (file,
line, field, message) and the errors must be identical, before and after `load`'s repairs.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.glossary.formats.tbx_messy import document
from zhen_qa.glossary.formats import load, tbx, tbx_text
from zhen_qa.manuscript.errors import InputError

DOCUMENTS = 600
"""Documents read here (`benchmarks/tbx_differential.py` reads any number: 20,000 without a difference)."""


def outcome(path: str) -> object:
    """What reading and loading a file gives: (read, loaded concepts, loaded problems), or the error message."""
    try:
        read = tbx.read(path)
        glossary = load(path)
    except InputError as exc:
        return f"error: {exc}"
    return read, glossary.concepts, glossary.problems


def compare(seeds: range, folder: Path, monkeypatch: pytest.MonkeyPatch,
            report: Callable[[int, str], None], entries: int | None = None) -> Counter[str]:
    """Read each document three ways; report (seed, what differs); count the paths taken."""
    tally: Counter[str] = Counter()
    real_scan, real_run = tbx_text.scan, tbx_text._run

    def counting_scan(data: bytes, roots: frozenset[str]) -> tbx_text.TextEntries | None:
        found = real_scan(data, roots)
        tally["text path" if found is not None else "tree path"] += 1
        return found

    def counting_run(plan: tbx_text.Plan, parts: object) -> object:
        found = real_run(plan, parts)  # type: ignore[arg-type]
        tally["entries read by a plan" if found is not None else "entries declined at run time"] += 1
        return found

    path = folder / "messy.tbx"
    for seed in seeds:
        path.write_bytes(document(seed, entries))
        with monkeypatch.context() as m:
            m.setattr(tbx, "scan", counting_scan)
            m.setattr(tbx_text, "_run", counting_run)
            if seed % 3 == 0:  # every entry split, no pattern (as past the first markups of a large file)
                m.setattr(tbx_text, "_PATTERNS", 0)
            fast = outcome(str(path))
        with monkeypatch.context() as m:
            m.setattr(tbx, "scan", lambda data, roots: None)
            reference = outcome(str(path))
            m.setattr(tbx, "read_flat", lambda entry: None)
            walked = outcome(str(path))
        if fast != reference:
            report(seed, f"text reader differs from the reference:\n{fast}\n{reference}")
        if walked != reference:
            report(seed, f"general walk differs from read_flat:\n{walked}\n{reference}")
        tally["errors" if isinstance(reference, str) else "read"] += 1
    return tally


def test_text_reader_equals_the_libxml2_reader_on_messy_documents(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    differences: list[tuple[int, str]] = []
    tally = compare(range(DOCUMENTS), tmp_path, monkeypatch, lambda seed, what: differences.append((seed, what)))
    assert differences[:3] == []
    # the documents exercise every path: the text reader, the tree reader, plans run and declined, errors
    assert tally["text path"] > DOCUMENTS // 3 and tally["tree path"] > DOCUMENTS // 20
    assert tally["entries read by a plan"] > 400 and tally["entries declined at run time"] > 100
    assert tally["errors"] > DOCUMENTS // 50


def test_text_reader_equals_the_libxml2_reader_on_large_documents(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Hundreds of entries a document: more markups than get a pattern, patterns of the same size competing."""
    differences: list[tuple[int, str]] = []
    tally = compare(range(10_000, 10_012), tmp_path, monkeypatch, lambda seed, what: differences.append((seed, what)),
                    entries=300)
    assert differences[:3] == []
    assert tally["entries read by a plan"] > 500
