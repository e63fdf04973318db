"""Pointer sentences: a sentence that sends the reader to a linked page lends its destinations to pairing by link."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.pointer_links import is_pointer, pointer_targets


def _pointer(text: str, side: str) -> bool:
    return is_pointer(text, 0, len(text), side)


def test_a_chinese_sentence_whose_link_a_verb_of_reference_governs_is_a_pointer() -> None:
    assert _pointer("想了解更多，可以查看[部署指南](deploy.md)。", "zh")
    assert _pointer("详见《[配置参考](config.md)》。", "zh")
    assert _pointer("建议阅读 [渐进式开发](progressive.md)。", "zh")


def test_a_chinese_sentence_that_only_mentions_a_link_is_no_pointer() -> None:
    assert not _pointer("重试默认关闭，可以通过[调用选项](call.md)开启。", "zh")
    assert not _pointer("请参考部署指南。", "zh")  # no link


def test_an_english_sentence_that_sends_the_reader_to_a_page_is_a_pointer() -> None:
    assert _pointer("See [Deployment](deploy.md) for more details.", "en")
    assert _pointer("For further information, refer to the [configuration guide](config.md).", "en")
    assert _pointer("Plugin authors: start at [Extending](plugins.md).", "en")


def test_an_english_sentence_of_content_with_a_link_is_no_pointer() -> None:
    # a verb of reference but content of its own: more than EN_POINTER_CONTENT words besides pointing
    assert not _pointer("To disable per-call retries for streaming clients, see [call options](call.md).", "en")
    # no verb of reference: the link is part of what the sentence says
    assert not _pointer("Retries are off and can be enabled through the [call options](call.md).", "en")
    assert not _pointer("Cache entries expire after [one hour](ttl.md).", "en")


def test_a_sentence_lends_the_destinations_of_its_links_only_when_it_is_a_pointer() -> None:
    zh = "# 标题\n\n缓存默认关闭，可以通过[缓存选项](cache.md)开启。更多内容请参阅[缓存选项](cache.md#size)。\n"
    en = "# Title\n\nSee [Cache options](cache.md#size) for details.\n"
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    zs = [s for p in m.pairs for s in p.zh if "缓存" in s.text.text]
    assert [pointer_targets(s, "zh") for s in zs] == [frozenset(), {"cache.md#size"}]
    assert [pointer_targets(s, "en") for p in m.pairs for s in p.en if "See" in s.text.text] == [{"cache.md#size"}]
