"""Tests of checks.number_suffixed: a number with a magnitude letter (1M, 7B) beside its magnitude word."""
from __future__ import annotations

from pathlib import Path

from tests.checks.numbers_kit import check
from zhen_qa.checks.run import Flags, check_file


def test_a_magnitude_letter_is_the_other_sides_magnitude_word() -> None:
    zh = "以具有 1M 上下文长度的模型为例。"
    assert check(zh, "Take the model, which supports a context length of up to 1 million tokens, as an example.") == []
    assert check("我们评测了 70亿参数的模型。", "We evaluated 7B models.") == []
    assert check("以具有1M上下文长度的模型为例。", "Take a model with a context length of 1 million tokens.") == []
    assert check("我们评测了 7B 和 13B 模型。", "We evaluated the 7 billion and 13 billion models.") == []


def test_a_changed_number_or_magnitude_is_still_reported() -> None:
    zh = "以具有 1M 上下文长度的模型为例。"
    (f,) = check(zh, "Take the model, which supports a context length of up to 2 million tokens, as an example.")
    assert '"2 million"' in f.message
    (f,) = check(zh, "Take the model, which supports a context length of up to 1 thousand tokens, as an example.")
    assert '"1 thousand"' in f.message
    # a unit is no magnitude letter: 8MB of memory is not 8 million
    (f,) = check("缓存占用 8MB 内存。", "The cache takes 8 million bytes of memory.")
    assert '"8 million"' in f.message


def test_a_message_quotes_the_number_with_its_magnitude_letter() -> None:
    # review60b R15: "128" alone sends the translator to a number the Chinese writes right; the magnitude is the error
    (f,) = check("该模型支持 128K 的上下文长度。", "The model supports a context length of 128 million tokens.")
    assert f.message.startswith('"128K" in the Chinese is "128 million" in the English')
    (f,) = check("模型参数从 7B 扩展到 70B。", "The parameters grow from 7 billion to 7 billion.")
    assert f.message.startswith('"70B" in the Chinese is missing from the English')
    # a unit glued to digits is no magnitude letter: the Chinese "8MB" is not quoted as "8M"
    (f,) = check("缓存占用 8MB 内存。", "The cache takes 8 bytes of memory, 8 million in all.")
    assert '"8M"' not in f.message


def test_a_b_for_bytes_or_billion_is_read_by_the_other_side() -> None:
    # second60 S14: B is a magnitude letter and a unit; the other side's number says which, and a changed one stays
    assert check("每个字段占用 8B 内存。", "Each field takes 8 bytes of memory.") == []
    assert check("我们评测了 8B 模型。", "We evaluated the 8 billion parameter model.") == []
    (f,) = check("每个字段占用 8B 内存。", "Each field takes 9 bytes of memory.")
    assert '"9"' in f.message
    (f,) = check("我们评测了 8B 模型。", "We evaluated the 9 billion parameter model.")
    assert '"9 billion"' in f.message


def test_a_glued_value_is_compared_as_the_number_checks_compare() -> None:
    # second60 S21: 1.1 x 1e6 is 1100000.0000000002 in floats; by number_key (nine significant digits) it is 1,100,000
    assert check("模型有 1.1M 参数。", "The model has 1.1 million parameters.") == []
    assert check("模型有 1.1M 参数。", "The model has 1,100,000 parameters.") == []
    (f,) = check("模型有 1.1M 参数。", "The model has 1,100,001 parameters.")
    assert '"1,100,001"' in f.message


def test_a_message_quotes_a_version_whole_not_the_part_the_reader_takes(tmp_path: Path) -> None:
    """Note 61 (review61 R22): the reader takes 1.2 out of "1.2.4"; the message names the version as the page writes
    it, a number the translator can find. Which findings are made is unchanged: one for 1.2.4 and for 1.2 beside the
    code's `1.2.3`, none for the same version written whole."""
    (f,) = check("请安装 1.2.4 版本的运行库。", "Install version 1.5 of the runtime.")
    assert f.message.startswith('"1.2.4" in the Chinese is "1.5" in the English')
    (f,) = check("结果为 3.5。", "The result was 3.6.")  # a decimal at a sentence's end: no version after it
    assert f.message.startswith('"3.5" in the Chinese is "3.6" in the English')
    zh, en = tmp_path / "ver.zh.md", tmp_path / "ver.en.md"
    zh.write_text("# 安装\n\n请安装 `1.2.3` 或更高版本的运行库。\n", encoding="utf-8")
    for version, expected in (("1.2.4", ['"1.2.4" in the English']), ("1.2", ['"1.2" in the English']),
                              ("1.2.3", [])):
        en.write_text(f"# Install\n\nInstall version {version} or later of the runtime.\n", encoding="utf-8")
        found = [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "number-mismatch"]
        assert [m.split(" is ")[0] for m in found] == expected, (version, found)
