"""checks.language_link: the English page's link to its Chinese version, worded in Chinese and faced in its bead by the
Chinese page's link to its English version worded in English, is the page's language switch: no untranslated-span.
Chinese link text the Chinese page words in Chinese, Chinese beside a link or in part of its text, and a Chinese link
the Chinese page does not face with an English one are still reported."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.engine import check_manuscript

ZH = """[English version](../en/cache.md)

# 缓存

缓存把最近读过的数据留在内存里，下次读取时不必再访问磁盘。

缓存满了以后，最久没有用过的条目会被移除。
"""
EN = """[中文版](../cn/cache.md)

# Cache

The cache keeps recently read data in memory, so the next read need not go to the disk.

When the cache is full, the entry unused for the longest time is removed.
"""


def _spans(zh: str, en: str) -> list[str]:
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    return [f.message for f in check_manuscript(ms, select=["untranslated-span"])]


def test_the_link_to_the_chinese_version_faced_by_the_link_to_the_english_is_no_finding() -> None:
    assert _spans(ZH, EN) == []


def test_a_switch_of_several_words_either_side_is_no_finding() -> None:
    """Neither the Chinese words of the English page's link nor the English words of the Chinese page's link."""
    zh = ZH.replace("[English version](../en/cache.md)", "[Read this page in English](cache.en.md)")
    en = EN.replace("[中文版](../cn/cache.md)", "[简体中文文档](cache.zh.md)")
    assert _spans(zh, en) == []


def test_chinese_link_text_the_chinese_page_words_in_chinese_is_still_reported() -> None:
    """The same link on both pages, worded in Chinese on both: the English page left its text untranslated."""
    zh = ZH.replace("[English version](../en/cache.md)", "详见[缓存配置](config.md)。")
    en = EN.replace("[中文版](../cn/cache.md)", "See [缓存配置](config.md).")
    assert any("缓存配置" in m for m in _spans(zh, en))


def test_chinese_beside_the_link_is_still_reported() -> None:
    en = EN.replace("[中文版](../cn/cache.md)", "[中文版](../cn/cache.md) 最近更新")
    assert any("最近更新" in m for m in _spans(ZH, en))


def test_chinese_in_part_of_a_link_text_is_still_reported() -> None:
    en = EN.replace("[中文版](../cn/cache.md)", "[中文版 docs](../cn/cache.md)")
    assert any("中文版" in m for m in _spans(ZH, en))


def test_a_chinese_link_the_chinese_page_does_not_face_with_an_english_one_is_still_reported() -> None:
    zh = ZH.replace("[English version](../en/cache.md)\n\n", "")
    assert any("中文版" in m for m in _spans(zh, EN))


def test_an_english_link_to_the_same_address_is_no_switch() -> None:
    """Each page links the same page, worded in the other's language: a link text swapped, not a language switch."""
    zh = ZH.replace("[English version](../en/cache.md)", "[Cache settings](config.md)")
    en = EN.replace("[中文版](../cn/cache.md)", "[缓存设置](config.md)")
    assert any("缓存设置" in m for m in _spans(zh, en))


def test_english_left_in_a_chinese_link_to_the_same_page_is_still_reported() -> None:
    """The Chinese page's link worded in English over the English page's link worded in English: untranslated."""
    zh = ZH.replace("[English version](../en/cache.md)", "详见[how the cache evicts old entries](evict.md)。")
    en = EN.replace("[中文版](../cn/cache.md)", "See [how the cache evicts old entries](evict.md).")
    assert any("how the cache evicts" in m for m in _spans(zh, en))
