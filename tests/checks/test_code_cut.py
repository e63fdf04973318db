"""A Chinese sentence cut inside a code span it never closes, its English going on after the code: the rest of the
English has no Chinese (nushell special_variables zh 163, 如果 `$env.SHLVL == 2)."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.aligner.build import load_manuscript
from zhen_qa.checks.code_cut import findings, open_code
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.report.findings import Severity

EN = """# Shell levels

`SHLVL` is incremented by most shells when entering a new subshell. It can be used to determine the number of
nested shells. For instance,
if `$env.SHLVL == 2` then typing `exit` should return you to a parent shell.

## Input

The value of the previous pipeline is available as `$in` in the next command.
"""
ZH = """# Shell 层级

`SHLVL` 在大多数 shell 进入新的子 shell 时会递增。它可以用来确定嵌套 shell 的数量。例如，
如果 `$env.SHLVL == 2

## 输入

前一个管道的值可以在下一个命令中作为 `$in` 使用。
"""


def _pair(tmp_path: Path, zh: str, en: str = EN) -> tuple[Path, Path]:
    (tmp_path / "page.zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "page.en.md").write_text(en, encoding="utf-8")
    return tmp_path / "page.zh.md", tmp_path / "page.en.md"


def _cuts(tmp_path: Path, zh: str, en: str = EN) -> list[str]:
    z, e = _pair(tmp_path, zh, en)
    ms = load_manuscript(str(z), str(e))
    return [f.message for p in ms.pairs for f in findings(p, "extra-target", Severity.INFO)]


def test_open_code_is_the_code_a_sentence_stops_in() -> None:
    assert open_code("例如，如果 `$env.SHLVL == 2") == "$env.SHLVL == 2"
    assert open_code("按 ` 键切换输入法。") == ""  # a literal backtick, the sentence goes on in prose
    assert open_code("例如，如果 ￼ 则退出。") == ""  # no backtick left: every span closed
    assert open_code("最后写 `done.") == ""  # a sentence-final mark: closed prose


def test_a_sentence_cut_inside_an_unclosed_code_span_is_reported(tmp_path: Path) -> None:
    assert _cuts(tmp_path, ZH) == [
        "the Chinese stops inside an unclosed code span (`$env.SHLVL == 2): no Chinese for: then typing `exit` "
        "should return you to a parent shell."]


def test_a_whole_sentence_or_an_english_ending_with_the_code_is_not(tmp_path: Path) -> None:
    whole = ZH.replace("如果 `$env.SHLVL == 2", "如果 `$env.SHLVL == 2`，输入 `exit` 就会回到父 shell。")
    assert _cuts(tmp_path, whole) == []
    ends = EN.replace("if `$env.SHLVL == 2` then typing `exit` should return you to a parent shell.",
                      "compare `$env.SHLVL == 2`")
    assert _cuts(tmp_path, ZH, ends) == []


def test_the_check_reports_the_cut_once_as_extra_target(tmp_path: Path) -> None:
    z, e = _pair(tmp_path, ZH)
    found = [f for f in check_manuscript(load_manuscript(str(z), str(e)), None)
             if f.rule in ("extra-target", "untranslated")]
    assert [(f.rule, f.lang, f.location.line, f.related.line if f.related else None) for f in found] == [
        ("extra-target", "en", 4, 3)]
