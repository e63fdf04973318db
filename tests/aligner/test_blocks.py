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


# A short tip set as a block quote in the Chinese, rendered freely as a plain paragraph in the English (review60 R2):
# the lexicon glosses none of its words (unit score 0.141), and the mark is not kept.
TIP_PAGE_ZH = ("# 主题定制\n\n组件库提供了一套默认主题。\n\n你可以通过 CSS 变量覆盖默认主题。\n\n"
               "> 该能力目前尚不稳定，请勿在线上环境使用。\n\n修改完成后重新构建项目即可。\n")
TIP_PAGE_EN = ("# Theme Customization\n\nThe library ships with a default theme.\n\n"
               "You can override the default theme with CSS variables.\n\nExperimental: avoid it in prod for now.\n\n"
               "Rebuild the project when you are done.\n")


def test_a_tip_rendered_freely_without_its_quote_mark_pairs_with_the_quote() -> None:
    m = build_from_texts(TIP_PAGE_ZH, TIP_PAGE_EN, "zh.md", "en.md", presplit=False)
    assert unpaired_at(m, "zh") == []
    assert unpaired_at(m, "en") == []


def test_a_deleted_tip_whose_english_stands_alone_is_still_reported() -> None:
    deleted = TIP_PAGE_ZH.replace("> 该能力目前尚不稳定，请勿在线上环境使用。\n\n", "")
    assert deleted != TIP_PAGE_ZH
    m = build_from_texts(deleted, TIP_PAGE_EN, "zh.md", "en.md", presplit=False)
    assert unpaired_at(m, "en") == [(7, 1, "Experimental: avoid it in prod for now.")]
    assert unpaired_at(m, "zh") == []
