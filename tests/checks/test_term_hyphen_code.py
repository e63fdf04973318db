"""A hyphenated form the page's code also writes is the package's name, not a spelling variant of the spaced words;
two prose spellings on a page whose code never writes the token are still reported."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.engine import check_manuscript

EN = ("# Barcode Scanner\n\nInstall the {} plugin to get started.\n\n```sh\n{}\n```\n\n"
      "The barcode scanner plugin needs the camera.\n\nUse the barcode scanner to read codes.\n")
ZH = ("# 条形码扫描器\n\n请安装条形码扫描器插件。\n\n```sh\n{}\n```\n\n条形码扫描器插件需要相机。\n\n"
      "使用条形码扫描器读取条码。\n")


def _found(command: str, name: str = "barcode-scanner") -> list[str]:
    ms = build_from_texts(ZH.format(command), EN.format(name, command), "a.zh.md", "a.en.md", presplit=False)
    return [f.message for f in check_manuscript(ms, select=["term-inconsistent"])]


def test_a_hyphenated_name_the_pages_commands_write_is_no_spelling_variant() -> None:
    assert _found("tauri add barcode-scanner") == []


def test_a_hyphenated_spelling_the_code_never_writes_is_still_a_variant() -> None:
    assert len(_found("tauri add scanner")) == 1


def test_a_longer_name_in_the_code_is_not_the_token() -> None:
    assert len(_found("npm install @tauri-apps/plugin-barcode-scanner")) == 1


def test_a_code_comment_writing_the_token_is_prose_not_a_name() -> None:
    assert len(_found("# the barcode-scanner plugin must be on your PATH\ncargo install tauri-cli")) == 1


def test_a_flag_value_writing_the_token_is_not_the_pages_package() -> None:
    assert len(_found("tauri build --output barcode-scanner")) == 1


def test_a_quoted_package_name_is_the_pages_package() -> None:
    assert _found("import { scan } from \"barcode-scanner\";") == []
