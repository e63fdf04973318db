"""The bundled samples' JSON reports and their committed snapshots (shared by the snapshot tests)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from zhen_qa.cli import main

ROOT = Path(__file__).resolve().parent.parent


def sample_report(monkeypatch: pytest.MonkeyPatch, sample: str) -> dict[str, Any]:
    """`check SAMPLE --format json` from the repository root, without what legitimately varies by install."""
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check", sample, "--format", "json"])
    assert result.exit_code == 1, result.output
    doc: dict[str, Any] = json.loads(result.stdout)
    doc.get("tool", {}).pop("version", None)  # the snapshot outlives version bumps
    doc.get("signature", {}).pop("version", None)
    doc.get("signature", {}).pop("lexicon", None)  # the installed dictionary's checksum
    return doc


def assert_matches_snapshot(doc: dict[str, Any], snapshot: Path) -> None:
    """Compare with the committed snapshot; with ZHEN_QA_UPDATE_SNAPSHOT set, rewrite it and skip instead
    (a rewritten snapshot compared with itself would prove nothing). Comparing never writes."""
    if os.environ.get("ZHEN_QA_UPDATE_SNAPSHOT"):
        snapshot.write_text(json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        pytest.skip(f"snapshot rewritten: {snapshot}; review the diff, then run again without ZHEN_QA_UPDATE_SNAPSHOT")
    assert doc == json.loads(snapshot.read_text(encoding="utf-8"))
