"""The StreamPark documentation builder's page list and provenance rule: every page pair of the site's docs and
community sections that passes the shared rule (page_pairs.passes_rule) at the pinned commit."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import streampark_heldout  # noqa: E402

from tests.benchmarks.git_files import repository  # noqa: E402


def test_twenty_eight_distinct_pages_docs_then_community_pinned() -> None:
    pages = streampark_heldout.PAGES
    assert len(pages) == len(set(pages)) == 28
    docs = [p for p in pages if p.startswith("docs/")]
    community = [p for p in pages if p.startswith("community/")]
    assert list(pages) == sorted(docs) + sorted(community) and len(docs) == 22
    assert len(streampark_heldout.COMMIT) == 40 and streampark_heldout.COMMIT.startswith("b358d63e")


def test_the_english_page_is_the_named_path_and_the_chinese_in_its_sections_i18n_tree() -> None:
    assert streampark_heldout.path_of("docs/platform/1.alert", "en") == "docs/platform/1.alert.md"
    assert streampark_heldout.path_of("docs/platform/1.alert", "zh") == (
        "i18n/zh-CN/docusaurus-plugin-content-docs/current/platform/1.alert.md")
    assert streampark_heldout.path_of("community/release/how-to-verify", "zh") == (
        "i18n/zh-CN/docusaurus-plugin-content-docs-community/current/release/how-to-verify.md")


def test_main_writes_the_page_pairs_of_both_sections(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    zh = "".join("这一行说明配置的用法。\n" if i % 2 else "`code`\n" for i in range(40))
    en = "".join("This line explains the setting.\n" if i % 2 else "`code`\n" for i in range(40))
    pages = ("docs/platform/1.alert", "community/release/how-to-verify")
    files = {streampark_heldout.path_of(page, lang): text for page in pages
             for lang, text in (("zh", zh), ("en", en))}
    files[streampark_heldout.path_of("docs/lone", "zh")] = zh  # no English page: out
    out = tmp_path / "out"
    monkeypatch.setattr(sys, "argv", [streampark_heldout.__file__, repository(tmp_path, files), str(out)])
    streampark_heldout.main()  # the pinned commit is not in the repository: HEAD, without the pinned list's check
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.md")) == [
        "community/release/how-to-verify.en.md", "community/release/how-to-verify.zh.md",
        "docs/platform/1.alert.en.md", "docs/platform/1.alert.zh.md"]
