"""Moved passages: sentences a translation put elsewhere are paired across the first alignment's order."""
from __future__ import annotations

from collections.abc import Sequence

from tests.aligner.beads import unpaired
from zhen_qa.aligner.build import build_from_texts, default_align
from zhen_qa.aligner.moved import rejoin_moved
from zhen_qa.aligner.pairing import Groups
from zhen_qa.manuscript.document import Bead

ZH_GUIDE = """## 安装

使用 npm 安装组件库。安装完成后重新启动开发服务器。

## 配置

在配置文件中设置主题颜色。颜色会应用到所有组件。

## 国内镜像

我们在中国提供一个镜像网站。如果访问官网很慢，请使用这个镜像。

## 图标文件

你应该自己部署图标文件。我们以后会改用矢量图标。
"""
EN_GUIDE = """## Mirror in China

We provide a mirror website in China. If the official website is slow, please use this mirror.

## Install

Install the component library with npm. Restart the development server after the installation.

## Configuration

Set the theme color in the configuration file. The color applies to all components.
"""


def _lines(sentences: Sequence[object]) -> list[int]:
    return [s.location.line for s in sentences]  # type: ignore[attr-defined]


def test_a_section_the_translation_moves_is_paired_where_it_is() -> None:
    m = build_from_texts(ZH_GUIDE, EN_GUIDE, "zh.md", "en.md", presplit=False)
    assert any("section structure differs" in n for n in m.notes)  # aligned as a whole, in order
    (pair,) = m.pairs
    beads = {(tuple(_lines([pair.zh[i] for i in b.zh])), tuple(_lines([pair.en[j] for j in b.en])))
             for b in pair.beads}
    assert ((11,), (3,)) in beads  # the mirror section's text (zh 11, en 3) pairs across the order
    assert sorted(i for b in pair.beads for i in b.zh) == list(range(len(pair.zh)))  # each sentence once
    assert sorted(j for b in pair.beads for j in b.en) == list(range(len(pair.en)))
    assert _lines(unpaired(m, "en")) == []
    assert sorted(set(_lines(unpaired(m, "zh")))) == [13, 15]  # the icon section, which the English lacks


def test_leftovers_that_do_not_translate_each_other_stay_unpaired() -> None:
    zh = ["使用 npm 安装组件库。", "你应该自己部署图标文件。", "在配置文件中设置主题颜色。"]
    en = ["Install the component library with npm.", "We do not accept donations through PayPal.",
          "Set the theme color in the configuration file.", "The code is released under the MIT license."]
    beads = [Bead((0,), (0,), 0.8), Bead((1,), (), 0.7), Bead((), (1,), 0.7), Bead((2,), (2,), 0.8),
             Bead((), (3,), 0.7)]
    assert rejoin_moved(zh, en, beads, default_align()) == beads


def _no_pairs(zh: Sequence[str], en: Sequence[str], groups: Groups | None = None, *,
              paragraphs: bool = False, en_blocks: object = None, zh_blocks: object = None,
              written: object = None) -> list[Bead]:
    """An aligner that pairs nothing."""
    return [Bead((i,), (), 1.0) for i in range(len(zh))] + [Bead((), (j,), 1.0) for j in range(len(en))]


def test_the_same_text_left_over_on_both_sides_is_one_bead() -> None:
    zh = ["前言。", "Ant Design Mobile", "图标。", "Ant Design Mini"]
    en = ["Ant Design Mobile", "Preface.", "Ant Design Mini", "Ant Design Mini"]
    beads = [Bead((0,), (1,), 0.7), Bead((1,), (), 0.8), Bead((), (0,), 0.8), Bead((2, 3), (), 0.8),
             Bead((), (2, 3), 0.8)]
    got = rejoin_moved(zh, en, beads, _no_pairs)
    assert [(b.zh, b.en) for b in got] == [((0,), (1,)), ((1,), (0,)), ((2, 3), ()), ((), (2, 3))]
    # a one-sided bead keeps the sentences that did not move
    split = rejoin_moved(zh, en, [Bead((0,), (1,), 0.7), Bead((1, 2), (), 0.8), Bead((), (0, 2, 3), 0.8)], _no_pairs)
    assert [(b.zh, b.en) for b in split] == [((0,), (1,)), ((1,), (0,)), ((2,), ()), ((), (2, 3))]
    # "Ant Design Mini" is twice among the English leftovers: which one is its counterpart is not known


ZH_VIEWS = """# 视图

大多数情况下，我们读取数据之后渲染模板，再把页面返回给用户。

框架内置了模板渲染插件，每种模板引擎都以插件的方式接入，渲染接口保持一致。

下面以官方维护的模板插件为例，介绍它的用法。想知道更多细节，可以查看[扩展开发](../guide/plugins.md)。
"""
EN_VIEWS = """# Views

In most cases we fetch data, render a template and return the page to the user.

The framework has a built-in template plugin, and every template engine is added as a plugin with the same
rendering API. Plugin authors: start at [Extending](LINK).

The officially maintained template plugin serves as the example below.
"""


def _unpaired_texts(zh: str, en: str) -> tuple[list[str], list[str]]:
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    return [s.text.text for s in unpaired(m, "zh")], [s.text.text for s in unpaired(m, "en")]


def test_a_pointer_moved_one_paragraph_away_pairs_by_the_page_both_link_to() -> None:
    assert _unpaired_texts(ZH_VIEWS, EN_VIEWS.replace("LINK", "../guide/plugins.md")) == ([], [])


def test_a_pointer_whose_english_links_elsewhere_stays_unpaired() -> None:
    zh, en = _unpaired_texts(ZH_VIEWS, EN_VIEWS.replace("LINK", "../guide/config.md"))
    assert zh == ["想知道更多细节，可以查看扩展开发。"]  # its English dropped: still reported
    assert en == ["Plugin authors: start at Extending."]


def test_unpaired_sentences_linking_to_one_page_are_one_bead() -> None:
    zh = ["安装完成。", "想了解更多，请看插件开发。", "默认端口见配置说明。"]
    en = ["Installation done.", "The plugin page goes further.", "Ports are listed in the configuration page."]
    links = ([frozenset(), frozenset({"plugins.md"}), frozenset({"config.md"})],
             [frozenset(), frozenset({"config.md#ports"}), frozenset({"plugins.md"})])
    beads = [Bead((0,), (0,), 0.8), Bead((1,), (), 0.8), Bead((), (1,), 0.8), Bead((2,), (), 0.8),
             Bead((), (2,), 0.8)]
    got = rejoin_moved(zh, en, beads, _no_pairs, links=links)
    assert [(b.zh, b.en) for b in got] == [((0,), (0,)), ((1,), (2,)), ((), (1,)), ((2,), ())]
    assert rejoin_moved(zh, en, beads, _no_pairs) == beads  # no links given (plain text): nothing to go by


def test_a_link_two_unpaired_sentences_of_one_side_write_pairs_neither() -> None:
    zh = ["请看插件开发。", "插件开发页面还列出了示例。"]
    en = ["See the plugin page."]
    links = ([frozenset({"plugins.md"}), frozenset({"plugins.md"})], [frozenset({"plugins.md"})])
    beads = [Bead((0,), (), 0.8), Bead((1,), (), 0.8), Bead((), (0,), 0.8)]
    assert rejoin_moved(zh, en, beads, _no_pairs, links=links) == beads


def test_sentences_linking_to_one_page_with_other_numbers_stay_unpaired() -> None:
    zh = ["详见配置说明，默认端口为 8080。"]
    en = ["The configuration page sets port 9090."]  # the same page, other content: the Chinese has no English
    links = ([frozenset({"config.md"})], [frozenset({"config.md"})])
    beads = [Bead((0,), (), 0.8), Bead((), (0,), 0.8)]
    assert rejoin_moved(zh, en, beads, _no_pairs, links=links) == beads


ZH_CACHE = """# 缓存

服务默认不缓存响应。你可以在启动时打开内存缓存并设置容量。如需为单个接口关闭缓存，请参考[接口选项](../options/api.md)中的说明。

缓存满了以后，最早写入的条目会被丢弃。
"""
EN_CACHE = """# Cache

The service caches no response by default. You can turn on the memory cache and set its size at startup.

When the cache is full, the oldest entries are dropped.
Entries expire after one hour unless renewed through the [API options](../options/api.md).
"""


def test_a_dropped_sentence_and_a_stale_one_linking_to_one_page_stay_two_findings() -> None:
    # the Chinese sentence's English was dropped; the English sentence says something else that links to the
    # same page (it is no pointer): the link is no evidence that one translates the other
    zh, en = _unpaired_texts(ZH_CACHE, EN_CACHE)
    assert zh == ["如需为单个接口关闭缓存，请参考接口选项中的说明。"]
    assert en == ["Entries expire after one hour unless renewed through the API options."]


def test_a_free_rendering_of_that_pointer_pairs_by_its_link() -> None:
    en = EN_CACHE.replace("Entries expire after one hour unless renewed through the [API options]",
                          "See [API options]").replace("(../options/api.md).", "(../options/api.md) for details.")
    assert _unpaired_texts(ZH_CACHE, en) == ([], [])


def _all_pairs(zh: Sequence[str], en: Sequence[str], groups: Groups | None = None, *,
               paragraphs: bool = False, en_blocks: object = None, zh_blocks: object = None,
               written: object = None) -> list[Bead]:
    """An aligner that pairs sentence i with sentence i, confidently."""
    n = min(len(zh), len(en))
    return ([Bead((i,), (i,), 0.9) for i in range(n)] + [Bead((i,), (), 0.9) for i in range(n, len(zh))]
            + [Bead((), (j,), 0.9) for j in range(n, len(en))])


def test_leftovers_under_different_section_labels_stay_unpaired() -> None:
    zh = ["【目的】提出一种供应商推荐方法。", "【方法】收集订单记录。"]
    beads = [Bead((0,), (), 0.7), Bead((1,), (0,), 0.8), Bead((), (1,), 0.7)]
    conclusions = ["[Methods] We collected order records.", "[Conclusions] The proposed method finds suppliers."]
    assert rejoin_moved(zh, conclusions, beads, _all_pairs) == beads
    # the same part under the other language's name, or an English sentence without a label, still pairs
    for last in ("[Purpose] We propose a method to recommend suppliers.",
                 "We propose a method to recommend suppliers."):
        got = rejoin_moved(zh, [conclusions[0], last], beads, _all_pairs)
        assert [(b.zh, b.en) for b in got] == [((0,), (1,)), ((1,), (0,))]


ZH_ABSTRACT = ("【目的】为了帮助小型企业找到合适的供应商，提出一种基于订单记录的供应商推荐方法。"
               "【方法】收集三家工厂的订单记录，提取价格、交货时间和质量评分，用加权求和对每个供应商打分。"
               "【结果】在三家工厂的数据上，推荐结果与采购人员的选择基本一致。"
               "【局限】订单记录的数量较少，评分权重仍需调整。\n")
EN_ABSTRACT = ("[Objective] To help small enterprises find suitable suppliers, we propose a supplier "
               "recommendation method based on order records. [Methods] We collected the order records of three "
               "factories, extracted price, delivery time and quality scores, and scored every supplier by a "
               "weighted sum. [Results] On the data of the three factories, the recommendations largely agree with "
               "the choices of the buyers. [Limitations] The order records are few, and the weights of the scores "
               "still need tuning. [Conclusions] The proposed method based on order records can help small "
               "enterprises find suitable suppliers.\n")


def test_an_objective_left_untranslated_is_not_paired_with_the_conclusions_restating_it() -> None:
    m = build_from_texts(ZH_ABSTRACT, EN_ABSTRACT, presplit=False)
    assert [s.text.text for s in unpaired(m, "zh")] == []
    assert [s.text.text[:13] for s in unpaired(m, "en")] == ["[Conclusions]"]  # the part the Chinese lacks
    dropped = EN_ABSTRACT[EN_ABSTRACT.index("[Methods]"):]
    m = build_from_texts(ZH_ABSTRACT, dropped, presplit=False)
    assert [s.text.text[:4] for s in unpaired(m, "zh")] == ["【目的】"]  # reported: its English was dropped
    assert [s.text.text[:13] for s in unpaired(m, "en")] == ["[Conclusions]"]


def test_a_part_whose_label_is_another_journal_s_name_for_the_slot_stays_paired() -> None:
    # every part translated, one label named differently on one side (【目的】 as [Background], [Objective] as
    # 【背景】): no other sentence of the other side names the part, so the bead is no shift and is kept
    for zh, en in ((ZH_ABSTRACT, EN_ABSTRACT.replace("[Objective]", "[Background]")),
                   (ZH_ABSTRACT.replace("【目的】", "【背景】"), EN_ABSTRACT),
                   (ZH_ABSTRACT.replace("【方法】", "【过程】"), EN_ABSTRACT),
                   (ZH_ABSTRACT, EN_ABSTRACT.replace("[Methods]", "[Process]"))):
        m = build_from_texts(zh, en, presplit=False)
        assert [s.text.text for s in unpaired(m, "zh")] == []
        assert [s.text.text[:13] for s in unpaired(m, "en")] == ["[Conclusions]"]  # the part the Chinese lacks


def test_a_part_dropped_beside_a_renamed_label_is_still_reported() -> None:
    # [Objective] named [Background] and [Limitations] dropped: the search shifts 【局限】 onto the [Conclusions] the
    # Chinese lacks; no other sentence names either part, but the two do not translate each other
    en = EN_ABSTRACT.replace("[Objective]", "[Background]")
    m = build_from_texts(ZH_ABSTRACT, en[:en.index("[Limitations]")] + en[en.index("[Conclusions]"):],
                         presplit=False)
    assert [s.text.text[:4] for s in unpaired(m, "zh")] == ["【局限】"]
    assert [s.text.text[:13] for s in unpaired(m, "en")] == ["[Conclusions]"]


def test_a_last_part_dropped_does_not_shift_the_parts_before_it_onto_other_labels() -> None:
    # the English drops [Limitations]: the search pairs 【局限】 with the [Conclusions] the Chinese lacks; the bead's
    # labels disagree, so it is taken apart and 【局限】 is reported
    a = EN_ABSTRACT.index("[Limitations]")
    m = build_from_texts(ZH_ABSTRACT, EN_ABSTRACT[:a] + EN_ABSTRACT[EN_ABSTRACT.index("[Conclusions]"):],
                         presplit=False)
    assert [s.text.text[:4] for s in unpaired(m, "zh")] == ["【局限】"]
    assert [s.text.text[:13] for s in unpaired(m, "en")] == ["[Conclusions]"]


def test_a_bead_whose_labels_disagree_is_taken_apart_and_its_sentences_paired_by_label() -> None:
    zh = ["【方法】收集订单记录。", "【结果】评分一致。"]
    en = ["[Results] The scores agree.", "[Methods] We collected order records."]
    crossed = [Bead((0,), (0,), 0.6), Bead((1,), (1,), 0.6)]  # each pair's labels disagree
    got = rejoin_moved(zh, en, crossed, _no_pairs)
    assert sorted((b.zh, b.en) for b in got) == [((), (0,)), ((), (1,)), ((0,), ()), ((1,), ())]
    agreeing = [Bead((0,), (1,), 0.6), Bead((1,), (0,), 0.6)]
    assert rejoin_moved(zh, en, agreeing, _no_pairs) == agreeing
