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


# A name the Chinese writes bare and the English in a code span is one name (`manuscript.source.code_written`): the
# join passes of structured pages read it so (`merged_sentences`), where the placeholder alone said nothing.
CODE_ZH = "# 缓冲区\n\n{}\n\n缓冲区提供了很多接口，请参考下面的说明。\n"
CODE_EN = "# Buffers\n\n{}\n\nThe buffer provides many interfaces, see the description below.\n"
BUILDER_ZH = "请求体需要拼接很多字段时建议使用FrameBuilder，它的接口和std::ostringstream相同。"
WRITES_ZH = "对于要写入大量对象的场景，FrameBuilder让代码更简单，速度也可能比sprintf更快。"
BUILDER_EN = ("If the request body needs many fields joined, consider using `FrameBuilder`, which has the same "
              "interface as `std::ostringstream`, probably simpler and faster than sprintf when lots of objects need "
              "to be written.")
PATHS_ZH = "文件服务可能需要这样的路径，前缀后面都是动态内容。"
PATHS_EN = "File services may need this kind of path, such as `/files/report.txt` maps to `./report.txt`"


def _unpaired_zh(zh: str, en: str) -> list[int]:
    m = build_from_texts(CODE_ZH.format(zh), CODE_EN.format(en), "zh.md", "en.md", presplit=False)
    return [column for _, column, _ in unpaired_at(m, "zh")]


def test_a_sentence_writing_bare_the_code_the_english_clause_spans_joins_the_bead() -> None:
    # fails before: the first sentence alone (its names FrameBuilder, std::ostringstream "not written" in the English)
    assert _unpaired_zh(BUILDER_ZH + WRITES_ZH, BUILDER_EN) == []


def test_a_sentence_of_paths_with_no_prose_word_said_stays_alone() -> None:
    # its paths, bare in the Chinese, are in code spans in the English's last clause, but its prose (比如 … 对应) says
    # no word of it the lexicon knows: a code name alone is no evidence of a rendering (the cost of review58 R5's guard)
    lone = "比如/files/report.txt对应./report.txt，/files/logs/app.log对应./logs/app.log。"
    assert _unpaired_zh(PATHS_ZH + lone, PATHS_EN + " and `/files/logs/app.log` maps to `./logs/app.log`.") == [
        len(PATHS_ZH) + 1]


def test_a_sentence_whose_english_keeps_only_its_code_stays_alone() -> None:
    # the English writes the paths and drops the clause after them: the sentence is partly untranslated
    lone = "比如/files/report.txt对应./report.txt，修改配置后服务会自动重启并清空缓存。"
    assert _unpaired_zh(PATHS_ZH + lone, PATHS_EN + ".") == [len(PATHS_ZH) + 1]


def test_an_untranslated_sentence_with_a_code_word_stays_alone() -> None:
    lone = "注意FrameBuilder不是线程安全的，多个线程同时写入会导致数据损坏。"
    english = ("If the request body needs many fields joined, consider using `FrameBuilder`, which has the same "
               "interface as `std::ostringstream`.")
    assert _unpaired_zh(BUILDER_ZH + lone, english) == [len(BUILDER_ZH) + 1]
