"""A JSON message file that gives a key twice is said in a note (the last value is the one a program reads)."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from zhen_qa.cli import main


def test_a_key_given_twice_is_noted_and_the_last_value_is_checked(tmp_path: Path) -> None:
    zh, en = tmp_path / "zh-CN.json", tmp_path / "en.json"
    zh.write_text('{\n  "save": "保存",\n  "cancel": "取消",\n  "save": "存储2"\n}\n', encoding="utf-8")
    en.write_text('{"save": "Save", "cancel": "Cancel"}\n', encoding="utf-8")
    before = zh.read_bytes()
    result = CliRunner().invoke(main, ["check", str(zh), "--en", str(en)])
    assert (f"{zh}: 1 key given more than once: save (first at line 2); the last value is checked, as a program "
            "reads it") in result.stderr
    assert f"{zh}:4:" in result.stdout  # the finding is on the last value (存储2), the one compared
    assert zh.read_bytes() == before
    zh.write_text('{"save": "保存", "cancel": "取消"}\n', encoding="utf-8")
    assert "more than once" not in CliRunner().invoke(main, ["check", str(zh), "--en", str(en)]).stderr
