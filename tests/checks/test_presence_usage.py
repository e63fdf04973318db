"""Tests of checks.presence_usage.is_documentation: whether a manuscript is documentation, by what a manuscript does
not do in passing (review69 R1, R8)."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.presence_usage import is_documentation
from zhen_qa.manuscript.reader import document_blocks, read_source


def _documentation(tmp_path: Path, zh: str, en: str, suffix: str = ".md") -> bool:
    (tmp_path / f"p.zh{suffix}").write_text(zh, encoding="utf-8")
    (tmp_path / f"p.en{suffix}").write_text(en, encoding="utf-8")
    sources = [read_source(str(tmp_path / f"p.{lang}{suffix}")) for lang in ("zh", "en")]
    return is_documentation(sources, [b for s in sources for b in document_blocks(s)])


def test_one_code_span_in_passing_makes_no_documentation(tmp_path: Path) -> None:
    zh = "# 方法\n\n我们用 `limma` 软件包比较两组样本。\n\n# 结果\n\n感染是首要原因。\n"
    en = "# Methods\n\nWe compared the groups with the `limma` package.\n\n# Results\n\nInfection leads.\n"
    assert not _documentation(tmp_path, zh, en)


def test_a_code_block_or_code_spans_in_several_blocks_make_documentation(tmp_path: Path) -> None:
    zh = "# 安装\n\n运行下面的命令。\n\n```bash\nnpm i\n```\n"
    en = "# Install\n\nRun the command below.\n\n```bash\nnpm i\n```\n"
    assert _documentation(tmp_path, zh, en)
    zh = "# 安装\n\n运行 `npm i` 即可。\n\n再运行 `npm test`。\n"
    en = "# Install\n\nRun `npm i`.\n\nThen run `npm test`.\n"
    assert _documentation(tmp_path, zh, en)
    # spans in two blocks of one language only: a manuscript naming tools in passing
    assert not _documentation(tmp_path, zh, "# Install\n\nRun `npm i`, then run npm test.\n")


def test_a_file_that_is_not_markdown_is_no_documentation(tmp_path: Path) -> None:
    zh = "运行 `npm i` 即可。\n\n再运行 `npm test`。\n\n```\nnpm i\n```\n"
    en = "Run `npm i`.\n\nThen run `npm test`.\n\n```\nnpm i\n```\n"
    assert _documentation(tmp_path, zh, en)
    assert not _documentation(tmp_path, zh, en, ".txt")
    assert not _documentation(tmp_path, zh, en, ".tex")
