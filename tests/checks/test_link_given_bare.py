"""checks.link_given_bare: a Chinese pointer to a link the English page gives as a bare address."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.link_given_bare import page_key
from zhen_qa.checks.untranslated import run

ZH = """# 常见问题

## 弹层消失怎么办？

该问题在新版本中已经解决。如果你仍在使用旧版本，可以给弹层指定容器。

可以参考 [Select 属性](/components/select-cn#select-props)

相关讨论见社区。
"""

EN = """# FAQ

## The popup disappears

This was fixed in a newer version. If you use an older version, give the popup a container.

https://example.design/components/select/#Select-props

See the community for the discussion.
"""


def untranslated(zh: str, en: str) -> list[int]:
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    return [f.location.line for f in run(CheckContext(m, options=Options())) if f.rule == "untranslated"]


def test_a_pointer_to_the_link_the_english_gives_as_an_address_is_translated() -> None:
    """antd55 (antd faq): 可以参考 [Select 属性](/components/select-cn#select-props) where the English line is
    https://ant.design/components/select/#Select-props: the same page and anchor."""
    assert untranslated(ZH, EN) == []  # fails before: [7]
    assert page_key("/components/select-cn#select-props") == page_key("https://a.b/components/select/#Select-props")


def test_a_pointer_to_another_page_keeps_its_finding() -> None:
    assert untranslated(ZH, EN.replace("components/select/#Select-props", "components/table/#Table-props")) == [7]


def test_a_chinese_sentence_saying_more_than_the_pointer_keeps_its_finding() -> None:
    zh = ZH.replace("可以参考 [Select 属性]", "如果仍然无法解决，可以在社区中提问，或者参考 [Select 属性]")
    assert untranslated(zh, EN) == [7]


def test_a_link_the_english_page_does_not_give_keeps_its_finding() -> None:
    en = EN.replace("https://example.design/components/select/#Select-props\n\n", "")
    assert untranslated(ZH, en) == [7]


def test_short_words_around_the_link_saying_more_than_a_pointer_keep_the_finding() -> None:
    """review55 R7: 已废弃，请勿使用 [X](…) is as short as 可以参考 but says what the address does not."""
    for words in ("已废弃，请勿使用", "不支持", "仅适用于"):
        assert untranslated(ZH.replace("可以参考", words), EN) == [7], words
    for words in ("详见", "更多信息请参考：", "参见"):
        assert untranslated(ZH.replace("可以参考", words), EN) == [], words
