"""Colons inside a literal (an IPv6 address, a path of names) are no half-width punctuation in Chinese text; a colon
of Chinese prose is still reported."""
from __future__ import annotations

from tests.checks.typography_kit import EN, cols, found


def test_an_ipv6_suffix_in_chinese_text_is_a_literal() -> None:
    zh = "选择 iOS 设备的 TUN 地址（以 ::2 结尾），地址以::2结尾也一样。"
    assert found([zh], [EN], "punctuation-width") == []


def test_a_path_of_names_in_chinese_text_is_a_literal() -> None:
    zh = "在 Rust 中使用 tauri::Builder 创建应用，再调用 std::env 读取变量。"
    assert found([zh], [EN], "punctuation-width") == []


def test_a_half_width_colon_of_chinese_prose_is_still_reported() -> None:
    zh = "打开设置:选择 iOS 设备的 TUN 地址（以 ::2 结尾）。"
    fs = found([zh], [EN], "punctuation-width")
    assert cols(fs, zh) == [":"]


def test_a_smiley_at_the_end_of_a_chinese_sentence_is_no_colon() -> None:
    """C2 (nushell testing zh 118): `:)` after a space at a line's end is a face drawn with marks, as in the English."""
    zh = "我们希望在一切正确时看到测试通过，这将是很好的 :)\n下一行也可以 ;) 继续。"
    assert found([zh], [EN], "punctuation-width") == []


def test_a_colon_before_a_closing_bracket_of_chinese_text_is_still_reported() -> None:
    """A colon and bracket that close a bracket opened before them are prose marks, not a smiley."""
    zh = "详见下方(配置项 :)\n打开设置: 中文界面。"
    fs = found([zh], [EN], "punctuation-width")
    colons = sorted((f.location.line, f.location.column) for f in fs if '":"' in f.message)
    assert colons == [(1, 10), (2, 5)]
    assert any('"("' in f.message for f in fs)
