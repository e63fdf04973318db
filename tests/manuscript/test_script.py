"""One Han character class for every package: the basic block, extension A, compatibility and extensions B-H."""
from __future__ import annotations

import re

import pytest

from zhen_qa.manuscript.script import HAN, detect_lang, is_han


@pytest.mark.parametrize("ch", ["中", "㐀", "豈", "𠮷", "𪜀", "𰀀", "𱍐"])
def test_han(ch: str) -> None:
    assert is_han(ch) and re.fullmatch(f"[{HAN}]", ch)


@pytest.mark.parametrize("ch", ["a", "，", "。", "ア", "한", "1", "\U000323b0"])
def test_not_han(ch: str) -> None:
    assert not is_han(ch)


def test_extension_b_text_is_chinese() -> None:
    assert detect_lang("𠮷野家𠮷野家") == "zh"
