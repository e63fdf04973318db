"""Tests of checks.presence_code: inline code written as words is text for the question whether a term is there
(stop 50, pres50)."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.run import Flags, check_file

GLOSSARY = "id,zh,en\nrc,资源中心,resource center\ntg,任务组,task group\n"


def _missing(tmp_path: Path, zh: str, en: str) -> list[tuple[int, str]]:
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "a.zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "a.en.md").write_text(en, encoding="utf-8")
    result = check_file(str(tmp_path / "a.zh.md"), str(tmp_path / "a.en.md"),
                        Flags(glossaries=(str(tmp_path / "g.csv"),)))
    return [(f.location.line, f.message) for f in result.findings if f.rule == "term-missing"]


def test_a_ui_label_in_backticks_renders_the_term(tmp_path: Path) -> None:
    zh = "# 配置\n\n- 资源中心通常用于上传文件。\n- 用户点击【任务组管理】-【新建任务组】。\n"
    en = "# Configuration\n\n- You could use `Resource Center` to upload files.\n" \
         "- The user clicks `Task Group Management -> Create Task Group`.\n"
    assert _missing(tmp_path, zh, en) == []  # fails before: both terms missing (the code span was a placeholder)


def test_a_term_missing_from_prose_and_code_alike_stays(tmp_path: Path) -> None:
    zh = "# 配置\n\n- 资源中心通常用于上传文件。\n"
    en = "# Configuration\n\n- You could use `File Store` to upload files.\n"
    assert [line for line, _m in _missing(tmp_path, zh, en)] == [3]



def test_a_command_or_code_the_chinese_writes_too_is_no_rendering(tmp_path: Path) -> None:
    """review50b S4: a command both sides copy, or a span that is no label (lower-case words, a query), is code, not
    the translator's rendering of the prose term the English dropped."""
    zh = "# 配置\n\n- 在任务组中设置优先级，然后执行 `dsctl create task group`。\n"
    en = "# Configuration\n\n- Set the priority, then run `dsctl create task group`.\n"
    assert [line for line, _m in _missing(tmp_path, zh, en)] == [3]
    zh = "# 配置\n\n- 资源中心通常用于上传文件，例如 `Resource Center`。\n"
    en = "# Configuration\n\n- Upload files, for example `Resource Center`.\n"
    assert [line for line, _m in _missing(tmp_path, zh, en)] == [3]
