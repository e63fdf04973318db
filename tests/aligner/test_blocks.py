"""Block-by-block alignment of structured Markdown: units first, sentences inside paired units, rows by column."""
from __future__ import annotations

from tests.aligner.beads import EN_TABLE, ZH_TABLE, unpaired_at
from zhen_qa.aligner.build import build_from_texts


def test_missing_table_row_is_reported_by_its_prose_cells_only() -> None:
    m = build_from_texts(ZH_TABLE, EN_TABLE, "zh.md", "en.md", presplit=False)
    assert unpaired_at(m, "zh") == []
    assert unpaired_at(m, "en") == [
        (6, 31, "Extra log fields added to the default entry."),
        (6, 76, "Ignored when unset."),
    ]  # not the value cells "object" of that row


def test_missing_paragraph_is_still_reported() -> None:
    zh = "# 数据\n\n数据集提供了加载数据的方法。\n\n最后，我们保存模型。\n"
    en = ("# Data\n\nThe dataset provides methods to load data.\n\n"
          "Caching makes the second load much faster than the first.\n\nFinally, we save the model.\n")
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    assert unpaired_at(m, "en") == [(5, 1, "Caching makes the second load much faster than the first.")]
    assert unpaired_at(m, "zh") == []
