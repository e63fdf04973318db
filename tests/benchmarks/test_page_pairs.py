"""The page-pair builders' shared code (`page_pairs`): the page rule and `build`, the whole of a builder whose pages
the rule chooses, on a small git repository of pages written here."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import page_pairs  # noqa: E402

from tests.benchmarks.git_files import repository  # noqa: E402

ZH = "".join("这一行说明配置的用法。\n" if i % 2 else "`code`\n" for i in range(40))
EN = "".join("This line explains the setting.\n" if i % 2 else "`code`\n" for i in range(40))


def _head(git_dir: str) -> str:
    return subprocess.run(["git", f"--git-dir={git_dir}", "rev-parse", "HEAD"], check=True, capture_output=True,
                          text=True).stdout.strip()


def _path_of(page: str, lang: str) -> str:
    return f"docs/{lang}/{page}.md"


@pytest.fixture
def pages(tmp_path: Path) -> tuple[str, str]:
    """A repository of docs/zh and docs/en pages: `guide` and `intro/start` pass the rule, `short` is under 40
    lines, `alone` has no English page, `later` passes (a page a provenance rule leaves out)."""
    git_dir = repository(tmp_path, {
        "docs/zh/guide.md": ZH, "docs/en/guide.md": EN,
        "docs/zh/intro/start.md": ZH, "docs/en/intro/start.md": EN,
        "docs/zh/short.md": ZH[:100], "docs/en/short.md": EN[:100],
        "docs/zh/alone.md": ZH,
        "docs/zh/later.md": ZH, "docs/en/later.md": EN,
    })
    return git_dir, _head(git_dir)


def test_build_writes_the_pages_the_rule_takes_less_those_left_out(pages: tuple[str, str], tmp_path: Path) -> None:
    git_dir, commit = pages
    out = tmp_path / "out"
    written = page_pairs.build(git_dir, out, commit, ("guide", "intro/start"), "docs/zh", ".md", _path_of,
                               left_out=("later",))
    assert written == ("guide", "intro/start")
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.md")) == [
        "guide.en.md", "guide.zh.md", "intro/start.en.md", "intro/start.zh.md"]
    assert (out / "intro/start.zh.md").read_text(encoding="utf-8") == ZH


def test_build_refuses_a_pinned_list_the_rule_does_not_give(pages: tuple[str, str], tmp_path: Path) -> None:
    git_dir, commit = pages
    out = tmp_path / "out"
    with pytest.raises(SystemExit, match="not the pinned"):
        page_pairs.build(git_dir, out, commit, ("guide", "intro/start"), "docs/zh", ".md", _path_of)  # later too
    assert not out.exists()


def test_build_reads_head_without_the_pinned_check_when_the_commit_is_gone(pages: tuple[str, str],
                                                                          tmp_path: Path) -> None:
    git_dir, _ = pages
    written = page_pairs.build(git_dir, tmp_path / "out", "0" * 40, ("guide",), "docs/zh", ".md", _path_of)
    assert written == ("guide", "intro/start", "later")


def _page(lines: int, han: int) -> str:
    return "".join("说明一下。\n" if i < han else "code\n" for i in range(lines))


def test_the_rule_takes_a_page_of_40_to_500_lines_with_15_han_lines() -> None:
    assert page_pairs.passes_rule(_page(40, 15), _page(40, 0))
    assert page_pairs.passes_rule(_page(500, 15), _page(500, 0))
    assert not page_pairs.passes_rule(_page(39, 15), _page(39, 0))
    assert not page_pairs.passes_rule(_page(501, 15), _page(501, 0))
    assert not page_pairs.passes_rule(_page(100, 14), _page(100, 0))


def test_the_rule_takes_line_counts_within_15_percent_of_the_longer() -> None:
    assert page_pairs.passes_rule(_page(100, 20), _page(115, 0))  # 15 of 115
    assert page_pairs.passes_rule(_page(115, 20), _page(100, 0))
    assert not page_pairs.passes_rule(_page(100, 20), _page(120, 0))  # 20 of 120


def test_build_takes_the_candidates_of_several_folders_named_by_section(tmp_path: Path) -> None:
    """A site with two sections, each with its own Chinese tree: pages named `section/page`, section by section."""
    git_dir = repository(tmp_path, {
        "i18n/docs/guide.md": ZH, "docs/guide.md": EN,
        "i18n/community/join.md": ZH, "community/join.md": EN,
        "i18n/community/alone.md": ZH,  # no English page: out
    })
    folders = {"docs": "i18n/docs", "community": "i18n/community"}

    def path_of(page: str, lang: str) -> str:
        section, _, rest = page.partition("/")
        return f"{page}.md" if lang == "en" else f"{folders[section]}/{rest}.md"

    out = tmp_path / "out"
    written = page_pairs.build(git_dir, out, _head(git_dir), ("docs/guide", "community/join"), folders, ".md", path_of)
    assert written == ("docs/guide", "community/join")
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.md")) == [
        "community/join.en.md", "community/join.zh.md", "docs/guide.en.md", "docs/guide.zh.md"]
    with pytest.raises(SystemExit, match="not the pinned"):  # the pinned list still checked
        page_pairs.build(git_dir, tmp_path / "out2", _head(git_dir), ("docs/guide",), folders, ".md", path_of)
