"""Sentences collected group by group and aligned inside their groups (`aligner.sentence_groups`): two paired rows
pair cell by column, a group of one sentence a side is one bead, a dropped discourse phrase folds."""
from __future__ import annotations

from tests.aligner.beads import EN_TABLE, ZH_TABLE, unpaired_at
from zhen_qa.aligner.build import build_from_texts


def test_paired_rows_pair_cell_by_column() -> None:
    m = build_from_texts(ZH_TABLE, EN_TABLE, "zh.md", "en.md", presplit=False)
    pairs = {(p.zh[b.zh[0]].text.text, p.en[b.en[0]].text.text) for p in m.pairs for b in p.beads if b.zh and b.en}
    assert ("如果为 true，则执行 SSL 验证。", "If true, perform SSL verification.") in pairs
    assert ("类型", "Type") in pairs


def test_one_sentence_units_pair_even_without_dictionary_evidence() -> None:
    zh = "# 说明\n\n**注意：**\n\n这个函数会修改原数据集。\n"
    en = "# Notes\n\n**Notice:**\n\nThis function modifies the original dataset in place.\n"
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    assert unpaired_at(m, "zh") == [] and unpaired_at(m, "en") == []


def test_dropped_exclamation_is_not_a_missing_sentence() -> None:
    zh = "# 结果\n\n模型已经上传到仓库中了，我们可以下载它。\n"
    en = "# Results\n\nThe model has been uploaded to the repository, so we can download it. Great!\n"
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    assert unpaired_at(m, "en") == [] and unpaired_at(m, "zh") == []
