"""A whole English edge sentence of a merged bead that renders the Chinese sentence alone beside it goes to that
sentence; a Chinese sentence whose translation is missing stays alone and reported."""
from __future__ import annotations

import re

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.edge_renderings import give_edge_renderings, renders_lone
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.manuscript.source import CODE_PLACEHOLDER

LONE = "Kafka与Redis不同，不把消息保存在内存中。"
PAIRED = "但是在接口上仍然兼容了原来的Client类。"
EDGE = "Kafka does not keep messages in memory like Redis."
REST = "However, the Client class is still compatible."
# the paired Chinese has an English sentence of its own that shares the lone sentence's topic words only
OWN_ZH = "Kafka把消息保存在磁盘上，并且按分区顺序写入日志。"
OWN_EN = ["Kafka keeps messages on disk.", "They are written to the log in partition order."]


def test_an_edge_sentence_rendering_the_lone_sentence_before_its_bead_goes_to_it() -> None:
    path = [(0, 0, 1, 0), (1, 0, 2, 2)]
    assert give_edge_renderings(path, [LONE, PAIRED], [EDGE, REST], load_lexicon(), blocks=[0, 0]) == [
        (0, 0, 1, 1), (1, 1, 2, 2)]


def test_the_last_english_sentence_goes_to_a_lone_sentence_after_the_bead() -> None:
    path = [(0, 0, 1, 2), (1, 2, 2, 2)]
    assert give_edge_renderings(path, [PAIRED, LONE], [REST, EDGE], load_lexicon(), blocks=[0, 0]) == [
        (0, 0, 1, 1), (1, 1, 2, 2)]


def test_a_lone_sentence_whose_translation_is_missing_stays_alone() -> None:
    # the edge sentence says the lone sentence's topic words (Kafka, keep), which the bead's Chinese says too
    path = [(0, 0, 1, 0), (1, 0, 2, 2)]
    lexicon = load_lexicon()
    assert give_edge_renderings(path, [LONE, OWN_ZH], OWN_EN, lexicon, blocks=[0, 0]) == path
    assert not renders_lone(LONE, OWN_ZH, OWN_EN[0], OWN_EN[1], lexicon)


def test_a_lone_sentence_of_another_block_or_unknown_blocks_stays_alone() -> None:
    path = [(0, 0, 1, 0), (1, 0, 2, 2)]
    lexicon = load_lexicon()
    assert give_edge_renderings(path, [LONE, PAIRED], [EDGE, REST], lexicon, blocks=[0, 1]) == path
    assert give_edge_renderings(path, [LONE, PAIRED], [EDGE, REST], lexicon) == path


def test_a_name_or_number_the_edge_sentence_does_not_write_keeps_the_sentence_alone() -> None:
    lexicon = load_lexicon()
    assert renders_lone(LONE, PAIRED, EDGE, REST, lexicon)
    assert not renders_lone("Kafka与Redis不同，不把消息保存在内存中，延迟低于10毫秒。", PAIRED, EDGE, REST, lexicon)
    assert not renders_lone("Kafka与Redis和Pulsar不同，不把消息保存在内存中。", PAIRED, EDGE, REST, lexicon)


def test_a_bead_left_with_nothing_its_chinese_says_keeps_its_edge_sentence() -> None:
    # the rest of the bead's English says nothing of the bead's Chinese: the edge sentence is the bead's rendering too
    path = [(0, 0, 1, 0), (1, 0, 2, 2)]
    assert give_edge_renderings(path, [LONE, PAIRED], [EDGE, "See below."], load_lexicon(), blocks=[0, 0]) == path


def _found(zh: str, en: str) -> list[tuple[str, int, str]]:
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    return [(f.rule, f.location.line, f.excerpt) for f in check_manuscript(ms, select=["untranslated",
                                                                                        "extra-target"])]


PAGE_ZH = "# 消息存储\n\n{}\n\n每个分区都有一个领导者副本，负责处理读写请求。\n"
PAGE_EN = "# Message storage\n\n{}\n\nEach partition has a leader replica that handles read and write requests.\n"


def test_a_short_sentence_whose_english_is_missing_is_still_untranslated() -> None:
    (f,) = _found(PAGE_ZH.format(LONE + OWN_ZH), PAGE_EN.format(" ".join(OWN_EN)))
    assert f[:2] == ("untranslated", 3) and "Redis" in f[2]


# Code spans written out (`written`): the names in them count as written, but only prose words are evidence.
CODE_PAIRED = "但是在接口上仍然兼容了原来的`Client`类。"
CODE_EN = ["`Kafka` does not keep messages in memory like `Redis`.", "However, the `Client` class is still compatible."]


def _spans(text: str) -> str:
    """`text` as the aligner is given it: each inline code span one placeholder."""
    return re.sub(r"`[^`]*`", CODE_PLACEHOLDER, text)


def _given(lone: str, *, written: bool = True) -> list[tuple[int, int, int, int]]:
    zh = [lone, CODE_PAIRED]
    texts = ([t.replace("`", "") for t in zh], [t.replace("`", "") for t in CODE_EN])
    return give_edge_renderings([(0, 0, 1, 0), (1, 0, 2, 2)], [_spans(t) for t in zh], [_spans(t) for t in CODE_EN],
                                load_lexicon(), blocks=[0, 0], written=texts if written else None)


def test_an_edge_sentence_naming_the_lone_sentences_code_in_spans_goes_to_it() -> None:
    for lone in ("`Kafka`与`Redis`不同，不把消息保存在内存中。", "Kafka与Redis不同，不把消息保存在内存中。"):
        assert _given(lone) == [(0, 0, 1, 1), (1, 1, 2, 2)], lone
        assert _given(lone, written=False) == [(0, 0, 1, 0), (1, 0, 2, 2)], lone  # placeholders write no name


def test_a_lone_sentence_sharing_only_the_edges_code_names_stays_alone() -> None:
    # a restart warning the English dropped names the edge sentence's code: two names, no prose word of it
    dropped = "`Kafka`与`Redis`的配置修改后必须重启。"
    assert _given(dropped) == [(0, 0, 1, 0), (1, 0, 2, 2)]
    # read as prose (the names bare on both sides) the two names were evidence enough
    zh, en = [dropped.replace("`", ""), CODE_PAIRED.replace("`", "")], [t.replace("`", "") for t in CODE_EN]
    assert give_edge_renderings([(0, 0, 1, 0), (1, 0, 2, 2)], zh, en, load_lexicon(), blocks=[0, 0]) == [
        (0, 0, 1, 1), (1, 1, 2, 2)]
