"""Block-by-block alignment of structured Markdown: units first, sentences inside paired units, rows by column."""
from __future__ import annotations

from tests.aligner.beads import unpaired
from zhen_qa.aligner.align import align
from zhen_qa.aligner.blocks import _discourse_phrase, fold_unpaired, join_halves
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.manuscript.document import Bead, Manuscript

ZH_TABLE = """# 属性

| 名称 | 类型 | 描述 |
|---|---|---|
| timeout | integer | 发送数据的超时时间，单位为秒。 |
| ssl_verify | boolean | 如果为 true，则执行 SSL 验证。 |
"""
EN_TABLE = """# Attributes

| Name | Type | Description |
|---|---|---|
| timeout | integer | Timeout for sending data, in seconds. |
| log_format_extra | object | Extra log fields added to the default entry. Ignored when unset. |
| ssl_verify | boolean | If true, perform SSL verification. |
"""


def _unpaired(m: Manuscript, lang: str) -> list[tuple[int, int, str]]:
    return [(s.location.line, s.location.column, s.text.text) for s in unpaired(m, lang)]


def test_missing_table_row_is_reported_by_its_prose_cells_only() -> None:
    m = build_from_texts(ZH_TABLE, EN_TABLE, "zh.md", "en.md", presplit=False)
    assert _unpaired(m, "zh") == []
    assert _unpaired(m, "en") == [
        (6, 31, "Extra log fields added to the default entry."),
        (6, 76, "Ignored when unset."),
    ]  # not the value cells "object" of that row


def test_paired_rows_pair_cell_by_column() -> None:
    m = build_from_texts(ZH_TABLE, EN_TABLE, "zh.md", "en.md", presplit=False)
    pairs = {(p.zh[b.zh[0]].text.text, p.en[b.en[0]].text.text) for p in m.pairs for b in p.beads if b.zh and b.en}
    assert ("如果为 true，则执行 SSL 验证。", "If true, perform SSL verification.") in pairs
    assert ("类型", "Type") in pairs


def test_one_sentence_units_pair_even_without_dictionary_evidence() -> None:
    zh = "# 说明\n\n**注意：**\n\n这个函数会修改原数据集。\n"
    en = "# Notes\n\n**Notice:**\n\nThis function modifies the original dataset in place.\n"
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    assert _unpaired(m, "zh") == [] and _unpaired(m, "en") == []


def test_missing_paragraph_is_still_reported() -> None:
    zh = "# 数据\n\n数据集提供了加载数据的方法。\n\n最后，我们保存模型。\n"
    en = ("# Data\n\nThe dataset provides methods to load data.\n\n"
          "Caching makes the second load much faster than the first.\n\nFinally, we save the model.\n")
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    assert _unpaired(m, "en") == [(5, 1, "Caching makes the second load much faster than the first.")]
    assert _unpaired(m, "zh") == []


def test_groups_keep_beads_inside_one_group() -> None:
    zh = ["我们训练模型。", "我们保存模型。"]
    en = ["We train the model.", "We save the model."]
    assert [(b.zh, b.en) for b in align(zh, en)] == [((0,), (0,)), ((1,), (1,))]
    crossed = align(zh, en, groups=([0, 1], [1, 1]))  # the first Chinese sentence may not pair with anything
    assert [(b.zh, b.en) for b in crossed if b.zh and b.en] == [((1,), (1,))]


def _b(zh: tuple[int, ...], en: tuple[int, ...]) -> Bead:
    return Bead(zh, en, 0.5)


def test_unpaired_sentences_side_by_side_in_one_unit_become_one_bead() -> None:
    beads = [_b((0,), (0,)), _b((1,), ()), _b((), (1,))]
    folded = fold_unpaired(beads, lambda b: 0, ([False, False], [False, False]))
    assert [(b.zh, b.en) for b in folded] == [((0,), (0,)), ((1,), (1,))]
    apart = fold_unpaired(beads, lambda b: 0 if b.zh == (0,) else 1 if b.zh else 2, ([False, False], [False, False]))
    assert [(b.zh, b.en) for b in apart] == [((0,), (0,)), ((1,), ()), ((), (1,))]  # different units: kept


def test_unpaired_discourse_phrase_joins_its_neighbour() -> None:
    beads = [_b((), (0,)), _b((0,), (1,)), _b((), (2,))]
    folded = fold_unpaired(beads, lambda b: 0, ([False], [True, False, True]))
    assert [(b.zh, b.en) for b in folded] == [((0,), (0, 1, 2))]
    kept = fold_unpaired(beads, lambda b: 0, ([False], [False, False, False]))
    assert [(b.zh, b.en) for b in kept] == [((), (0,)), ((0,), (1,)), ((), (2,))]


def test_discourse_phrases_are_short_and_carry_no_anchor() -> None:
    for text in ("Great!", "OK!", "Let's try that.", "如下所示：", "啊，再次失败。"):
        assert _discourse_phrase(text), text
    for text in ("Ignored when \ufffc is set.", "在 APISIX 3.16.0 中可用。", "Use GPU training.",
                 "The dataset provides methods to load data.", "可选值为 \ufffc 和 \ufffc。", "GPU.", "Use GPU!"):
        assert not _discourse_phrase(text), text


def test_dropped_exclamation_is_not_a_missing_sentence() -> None:
    zh = "# 结果\n\n模型已经上传到仓库中了，我们可以下载它。\n"
    en = "# Results\n\nThe model has been uploaded to the repository, so we can download it. Great!\n"
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    assert _unpaired(m, "en") == [] and _unpaired(m, "zh") == []


def test_second_half_of_a_split_translation_joins_its_neighbour() -> None:
    # English sentence 1 (180 characters) is translated by Chinese 1 (49) and 2 (20): the prior ratio is 2.6
    beads = [_b((0,), (0,)), _b((1,), (1,)), _b((2,), ())]
    lengths = ([40, 49, 20], [100, 180])
    assert [(b.zh, b.en) for b in join_halves(beads, lambda b: 0, lengths)] == [((0,), (0,)), ((1, 2), (1,))]
    # the same sentence in another unit: a paragraph of its own, not a half
    apart = join_halves(beads, lambda b: 1 if b.zh == (2,) else 0, lengths)
    assert [(b.zh, b.en) for b in apart] == [((0,), (0,)), ((1,), (1,)), ((2,), ())]


def test_omitted_sentence_stays_unpaired_when_the_neighbour_fits_alone() -> None:
    # English 1 is as long as Chinese 1 alone warrants: Chinese 2 has no translation
    beads = [_b((0,), (0,)), _b((1,), (1,)), _b((2,), ())]
    lengths = ([40, 49, 30], [100, 122])
    assert [(b.zh, b.en) for b in join_halves(beads, lambda b: 0, lengths)] == [(b.zh, b.en) for b in beads]
    # an English sentence left unpaired in the unit could be its translation: nothing is joined
    with_other = beads + [_b((), (2,))]
    lengths = ([40, 49, 20], [100, 180, 30])
    assert join_halves(with_other, lambda b: 0, lengths) == with_other



def test_join_halves_looks_at_each_bead_a_bounded_number_of_times() -> None:
    """Linear in the section: a 1.2 MB Markdown page took 9 s in a scan of every bead for every lone bead."""
    n = 3000
    beads = [_b((i,), ()) if i % 2 else _b((i,), (i,)) for i in range(n)]  # every other bead one-sided
    lengths = ([10] * n, [26] * n)
    calls = 0

    def group(bead: Bead) -> int:
        nonlocal calls
        calls += 1
        return bead.zh[0] // 10  # units of ten sentences

    joined = join_halves(beads, group, lengths)
    assert len(joined) == n  # the neighbours fit alone (ratio 2.6): nothing is a half
    assert calls < 10 * n


def test_short_sentence_whose_names_the_neighbour_translation_holds_joins_it() -> None:
    from zhen_qa.aligner.blocks import join_echoes

    beads = [_b((), (0,)), _b((0,), (1,))]
    zh = ["FAQ 中出现的解法，包含代码片段。"]
    en = ["FAQ suggestion.", "Including a code sample."]
    assert [(b.zh, b.en) for b in join_echoes(beads, lambda b: 0, (zh, en))] == [((0,), (0, 1))]
    # the acronym is not in the neighbour's Chinese, or the sentence is no short one: kept apart
    assert join_echoes(beads, lambda b: 0, (["中出现的解法，包含代码片段。"], en)) == beads
    long = ["FAQ suggestions are collected by the team every week.", en[1]]
    assert join_echoes(beads, lambda b: 0, (zh, long)) == beads
    assert join_echoes(beads, lambda b: 1 if b.zh else 0, (zh, en)) == beads  # another unit
