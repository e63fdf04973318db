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
