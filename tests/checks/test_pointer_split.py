"""checks.pointer_split: an English "Here is an example:" written as a sentence of its own where the Chinese sentence
ends with 如下 before the same code block renders that clause; a lead-in that says more, or one the Chinese does not
make, is still reported."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.engine import check_manuscript

CODE = "\n".join([
    "```go",
    "func (e *XError) Unwrap() error {",
    "    return e.InnerError // {comment}",
    "}",
    "```",
])
ZH = "\n".join([
    "# 常见问题",
    "",
    "## 热点问题",
    "",
    "**原因**：自定义 error 里实现了 Unwrap 方法，但该方法实现错误，返回了 error 对象自己，导致死循环，如下",
    "",
    CODE.replace("{comment}", "实际上返回了自己"),
    "",
    "**解决**：Unwrap 返回被封装的 error，否则应该返回 nil。",
    "",
])
EN = "\n".join([
    "# FAQ",
    "",
    "## Hotspot issue",
    "",
    "**Cause**: The custom error type has implemented the `Unwrap` method, but the implementation is incorrect. It "
    "returns the error object itself, causing an infinite loop. Here is an example:",
    "",
    CODE.replace("{comment}", "Actually returns itself"),
    "",
    "**Solution**: The `Unwrap` method should return the wrapped error, or else `nil`.",
    "",
])


def _extra(zh: str, en: str) -> list[str]:
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    return [f.excerpt for f in check_manuscript(ms, select=["extra-target"])]


def test_an_english_pointer_sentence_renders_the_chinese_pointer_clause() -> None:
    """kitex FAQ en 80: 如下 at the end of the Chinese sentence, "Here is an example:" after the English sentences."""
    assert _extra(ZH, EN) == []


def test_a_lead_in_saying_more_than_the_pointer_is_still_reported() -> None:
    en = EN.replace("Here is an example:", "Here is an example that deadlocks the server:")
    assert "Here is an example that deadlocks the server:" in _extra(ZH, en)


def test_a_lead_in_the_chinese_does_not_make_is_still_reported() -> None:
    """The Chinese sentence ends without a pointer clause: the English line points at the code on its own."""
    zh = ZH.replace("导致死循环，如下", "导致死循环。")
    assert "Here is an example:" in _extra(zh, EN)
