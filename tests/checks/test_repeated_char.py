"""repeated-char: accidental doublings of characters and words, told from reduplications."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.checks.typography_kit import EN, cols, found
from zhen_qa.checks.repeated_char import chinese_doubles, compound_boundary, english_doubles
from zhen_qa.cli import main


def test_doubled_yi_is_reported() -> None:
    zh = "尽管有这些令人鼓舞的发现，但仍然存在着一一些问题。"
    fs = found([zh], [EN], "repeated-char")
    assert cols(fs, zh) == ["一一"] and fs[0].suggestion == "一"


def test_legitimate_reduplications_pass() -> None:
    for zh in ("两者一一对应。", "他常常看看书。", "非常常见的疾病。", "人人都有。", "仔细细胞计数。"):
        assert list(chinese_doubles(zh)) == [], zh


def test_doubled_words() -> None:
    assert [u for _, _, u in chinese_doubles("背景背景")] == ["背景"]
    assert [u for _, _, u in chinese_doubles("我们的的研究")] == ["的"]
    assert [u for _, _, u in english_doubles("This is the the end. He had had enough.")] == ["the"]


def test_a_latin_tautonym_is_a_species_name_not_a_doubled_word() -> None:
    text = "Whooper swans (Cygnus cygnus) and Rattus rattus were sampled. This this is a slip, so is data data."
    assert [u for _, _, u in english_doubles(text)] == ["This", "data"]
    assert [u for _, _, u in english_doubles("The The end. Cygnus Cygnus")] == ["The", "Cygnus"]


def test_an_authors_initials_are_not_a_doubled_letter() -> None:
    """"Hussein A A, et al": the initials after a surname, in English or kept in the Chinese (Hussein A A 等人)."""
    assert list(english_doubles("Hussein A A, et al studied it.")) == []
    assert list(english_doubles("Hussein A A 等人研究了化合物。")) == []
    assert [u for _, _, u in english_doubles("see A A here, and a a slip")] == ["A", "a"]


def test_doubled_english_word_in_manuscript() -> None:
    en = "We report the the results."
    fs = found(["我们报告结果。"], [en], "repeated-char")
    assert cols(fs, en) == ["the the"] and fs[0].lang == "en"


def test_overlapping_candidate_does_not_hide_the_doubling() -> None:
    # 文全文全 starts first but the doubling is 全文全文
    text = "附录和本文全文全文可在网站获取"
    assert [(text[a:b], u) for a, b, u in chinese_doubles(text)] == [("全文全文", "全文")]


def test_doubled_names_unknown_to_the_dictionary() -> None:
    # jieba splits drug names and terms it does not know into single characters
    for text, unit in [("同步顺铂顺铂化疗", "顺铂"), ("帕妥帕妥珠单抗组", "帕妥"), ("中位中位随访时间", "中位")]:
        assert [u for _, _, u in chinese_doubles(text)] == [unit], text


def test_productive_doublings_of_longer_units_pass() -> None:
    for text in ("动物都一对一对地进入方舟", "去吧去吧，他说", "给呀给呀"):
        assert list(chinese_doubles(text)) == [], text
    assert [u for _, _, u in chinese_doubles("曲妥珠单抗是一种一种人源化的单克隆抗体")] == ["一种"]


def test_a_doubling_that_recurs_is_deliberate() -> None:
    once = found(["刘老老说道。"], ["Granny Liu said."], "repeated-char")
    assert len(once) == 1
    thrice = found(["刘老老说道。", "刘老老笑了。", "刘老老走了。"], ["Granny Liu said.", "She laughed.", "She left."],
                   "repeated-char")
    assert thrice == []


def test_aabb_and_distributive_reduplications_pass() -> None:
    # AABB of a dictionary word (迷惑, 拥挤) and distributive 一X一X are grammar, not slips
    for text in ("宝玉迷迷惑惑，若有所失", "街上拥拥挤挤", "一线一线地织"):
        assert list(chinese_doubles(text)) == [], text
    assert [u for _, _, u in chinese_doubles("迷迷惑惑的的人")] == ["的"]


def test_second_copy_alone_is_not_enough_when_the_first_ends_a_word() -> None:
    assert list(chinese_doubles("以肿瘤分期为目的的鼻咽部检查")) == []  # 目的/的: two words


def test_section_label_printed_twice_on_its_own_line_is_layout_not_a_slip() -> None:
    assert found(["背景背景", "结果结果"], ["background", "results"], "repeated-char") == []
    inside = found(["研究背景背景是分泌组。"], ["The background is the secretome."], "repeated-char")
    assert [f.message for f in inside] == ['"背景" is doubled: "背景背景"']


def test_reduplications_pass_in_a_long_document_cut_by_rjieba(monkeypatch: pytest.MonkeyPatch) -> None:
    """In a long document rjieba cuts and jieba's dictionary is loaded only where a check looks: the counts of
    两两 and 对于 must still be found (0.4.0's merge loaded only a word's first character and missed them)."""
    pytest.importorskip("rjieba")
    from zhen_qa.aligner import jieba_base

    monkeypatch.setattr(jieba_base, "FAST_AFTER", 0)
    monkeypatch.setattr(jieba_base, "_CUTTER", jieba_base._Cutter())
    jieba_base.base_tokenizer.cache_clear()  # a dictionary with nothing loaded yet, as in a fresh process
    try:
        for text in ("自治域两两之间协商", "相对于对于基准方法", "我们一个一个按照顺序移除"):
            assert list(chinese_doubles(text)) == [], text
        assert [u for _, _, u in chinese_doubles("研究对对关系分类")] == ["对"]
    finally:
        jieba_base.base_tokenizer.cache_clear()


def test_reduplications_the_dictionary_knows_pass() -> None:
    # 两两 is a word (jieba's path may still cut it); 一个一个 is the long form of the dictionary's 一个个
    for text in ("自治域两两之间协商", "那样一个一个单独输入", "我们一个一个按照顺序移除"):
        assert list(chinese_doubles(text)) == [], text
    assert [u for _, _, u in chinese_doubles("这是一个一个问题")] == ["一个"]  # before what it counts: a slip
    # 了了 and 对对 have only the dictionary's floor count: a doubling; 一种种 is no word, so 一种一种 is a slip
    assert [u for _, _, u in chinese_doubles("我比较了了训练数据")] == ["了"]
    assert [u for _, _, u in chinese_doubles("研究对对关系分类")] == ["对"]
    assert [u for _, _, u in chinese_doubles("这是一种一种新方法")] == ["一种"]


def test_a_character_before_a_word_that_begins_with_it_passes() -> None:
    # the second copy begins a word (对称, 年底, 度量, 模式); the first stands alone or ends what precedes
    for text in ("以消除对对称路由的假设", "截至2014年年底", "集合相似度度量函数", "本征模模式通过分析"):
        assert list(chinese_doubles(text)) == [], text
    assert [u for _, _, u in chinese_doubles("仍然存在着一一些问题")] == ["一"]  # 一一 is a word: 一一些 is a slip


def test_a_character_before_a_rare_compound_that_begins_with_a_word_starting_with_it_passes() -> None:
    # jieba keeps 年度报告 whole at its floor count, but it begins with the word 年度: 2021年 + 年度报告
    for text in ("公司发布了2021年年度报告。", "详见该公司2020年年度报告"):
        assert list(chinese_doubles(text)) == [], text
    assert [u for _, _, u in chinese_doubles("仍然存在着一一些问题")] == ["一"]


def test_a_copy_that_ends_a_word_before_a_word_that_begins_with_it_passes_even_when_aa_is_a_word() -> None:
    # 人人 is a word ("everyone"), but 中国人人格 is 中国人 + 人格 and 美国人人口 is 美国人 + 人口
    for text in ("基于善良特质在中国人人格修养中的重要价值", "美国人人口增长"):
        assert list(chinese_doubles(text)) == [], text
    assert [u for _, _, u in chinese_doubles("我们的的数据")] == ["的"]  # 我们的 is no word: 的的 stays a slip


def test_a_first_copy_that_begins_inside_the_preceding_word_passes() -> None:
    assert list(chinese_doubles("所以相对于对于三年的模型")) == []  # 相对于 + 对于
    assert [u for _, _, u in chinese_doubles("垃圾回收回收机制")] == ["回收"]


def test_a_copy_slipped_across_a_word_boundary_is_doubled() -> None:
    """The first copy begins inside the word before, but the second reads as no word of its own after it: jieba
    cuts it into single characters (可能/会/能/会, 直至/约/至/约) or it is a noun repeating that word's tail
    (葵花籽 + 花籽)."""
    assert [u for _, _, u in chinese_doubles("您可能会能会感觉到喉咙里有导管。")] == ["能会"]
    assert [u for _, _, u in chinese_doubles("向杯中排尿，直至约至约半满。")] == ["至约"]
    assert [u for _, _, u in chinese_doubles("嚼一些葵花籽花籽来削减冲动。")] == ["花籽"]
    for text in ("所以相对于对于三年的模型", "大学生学生会的活动"):  # 对于 a preposition; 学生会 longer than the copy
        assert list(chinese_doubles(text)) == [], text


def test_a_measure_word_before_a_word_with_the_same_character_is_not_doubled() -> None:
    """5,000个个体 is 5,000个 + 个体 (individuals): a number, its measure word, then the noun."""
    assert list(chinese_doubles("样本来自5,000个个体。")) == []
    assert list(chinese_doubles("共三个个体。")) == []
    assert [u for _, _, u in chinese_doubles("这是一个个体的研究。")] == []  # 一个 + 个体 as well
    assert [u for _, _, u in chinese_doubles("我们的的研究")] == ["的"]
    assert [u for _, _, u in chinese_doubles("研究了个个体。")] == ["个"]  # no number before it: a slip


def test_tentative_and_step_by_step_reduplications_pass() -> None:
    # AA of an action verb the dictionary does not list (找找, 说说: have a look); 一X一X before a verb (step by step)
    for text in ("在提问之前建议找找有没有类似的问题", "你先说说你的想法", "一步一步成为项目的贡献者"):
        assert list(chinese_doubles(text)) == [], text
    assert [u for _, _, u in chinese_doubles("这是是一个问题")] == ["是"]  # the copula never reduplicates
    assert [u for _, _, u in chinese_doubles("我们有有三个样本")] == ["有"]
    assert [u for _, _, u in chinese_doubles("这是一项一项研究")] == ["一项"]  # before what it counts: a slip


def test_distributive_reduplications_cedict_knows_pass() -> None:
    # 年年 (every year) is missing from jieba's dictionary; CC-CEDICT glosses it "every year", as 天天, 处处
    for text in ("该病年年发生", "会议于2018年年会期间召开", "患者天天服药", "问题处处可见"):
        assert list(chinese_doubles(text)) == [], text
    assert [u for _, _, u in chinese_doubles("研究了个个体。")] == ["个"]  # 个个 is a word, 个/个体 still a slip
    assert [u for _, _, u in chinese_doubles("我比较了了训练数据")] == ["了"]  # 了了 is no "every" reduplication
    # 中的 is a CC-CEDICT word ("hit the target"), but before the particle 的 the doubled 中 is a slip
    assert [u for _, _, u in chinese_doubles("在子宫恶性肿瘤中中的比例")] == ["中"]


def test_a_reduplicated_measure_word_means_every_and_passes() -> None:
    # 顿顿 (every meal), 场场 (every show): a measure word reduplicated is distributive, whether CC-CEDICT lists it
    for text in ("患者不必顿顿吃药", "这位演员场场爆满"):
        assert list(chinese_doubles(text)) == [], text
    assert [u for _, _, u in chinese_doubles("研究了个个体。")] == ["个"]  # a copy inside 个体: still a slip


def test_a_word_before_a_longer_word_that_begins_with_it_passes() -> None:
    # 写入数据/数据量 ("the amount of data written"): a word and its compound, as 对/对称 is for one character
    assert list(chinese_doubles("根据写入数据数据量的不同")) == []
    assert [u for _, _, u in chinese_doubles("我们测量了数据数据的质量")] == ["数据"]  # no longer word: a slip
    assert [u for _, _, u in chinese_doubles("上述方法比较比较简单")] == ["比较"]  # 比较简单 is a phrase of two words


def test_a_substituent_repeated_in_a_chemical_name_passes() -> None:
    # 乙酰乙酰 = acetoacetyl: systematic names repeat their radicals (…酰, …基); a doubled drug name stays a slip
    for text in ("乙酰乙酰CoA还原酶", "由乙酰乙酰辅酶A生成"):
        assert list(chinese_doubles(text)) == [], text
    assert [u for _, _, u in chinese_doubles("同步顺铂顺铂化疗")] == ["顺铂"]


def test_english_doublings_are_found_in_chinese_text() -> None:
    # a text is searched for doublings only if it holds a letter of _EN_DOUBLE's class with its flags
    zh = "我们使用了 the the 方法。"
    assert cols(found([zh], [EN], "repeated-char"), zh) == ["the the"]
    assert found(["我们报告结果，没有重复。"], ["Café café."], "repeated-char") == []  # é is no letter of the class


def test_a_repeat_across_two_words_that_starts_neither_is_no_doubling() -> None:
    # 近些年来 / 越来越: "来越" twice, but neither copy starts where a word does
    assert list(chinese_doubles("近些年来越来越多的企业选择云服务。")) == []
    # an unknown name doubled still is a slip (jieba splits it into characters)
    assert [u for _a, _b, u in chinese_doubles("患者接受顺铂顺铂化疗。")] == ["顺铂"]


def test_an_identifier_tail_before_the_same_word_is_no_doubling() -> None:
    # two table cells joined: an identifier ending in the word, then the word opening the next cell
    text = "Caffe2Xavier Xavier initialization. init_weights weights the model. Use use it."
    assert [u for _, _, u in english_doubles(text)] == ["Use"]


def test_a_word_ending_one_word_paragraph_and_starting_the_next_is_not_doubled(tmp_path: Path) -> None:
    import docx

    from zhen_qa.checks.run import Flags, check_file

    d = docx.Document()
    d.add_paragraph("第一段的最后是分泌组")
    d.add_paragraph("分泌组是第二段的开头。")
    d.add_paragraph("这里的的确是一处笔误的的。")
    path = tmp_path / "m.docx"
    d.save(str(path))
    doubles = [f for f in check_file(str(path), None, Flags()).findings if f.rule == "repeated-char"]
    assert [(f.location.line, f.excerpt) for f in doubles] == [(3, "这里的的确是一处笔误的的。")]


def test_a_pinyin_name_reduplicating_a_syllable_is_no_slip() -> None:
    # 薏苡仁 spelt "Yi Yi Ren" in a prescription: one syllable follows itself inside a pinyin name
    en = "Raw Yi Yi Ren (Coicis Semen) 30g, Ma Ma Teng 10g and the the rest."
    assert [u for _, _, u in english_doubles(en)] == ["the"]
    assert [u for _, _, u in english_doubles("It was In In the text.")] == ["In"]  # no pinyin name around it


def test_a_single_section_label_printed_twice_is_a_slip() -> None:
    # a layout prints every label twice; one doubled label, its English printed once, was typed twice
    fs = found(["结论结论"], ["Takeaways"], "repeated-char")
    assert [f.message for f in fs] == ['"结论" is doubled: "结论结论"']


def test_one_by_one_before_what_it_counts_is_a_slip() -> None:
    # 一X一X is the adverb "one by one" before a verb or 地; after the verb 有, or (一下一下, one dictionary word)
    # before a noun, it is the numeral typed twice
    assert [u for _, _, u in chinese_doubles("有一个一个叫 D614G 的点突变。")] == ["一个"]
    assert [u for _, _, u in chinese_doubles("我们简单预估了一下一下R0值。")] == ["一下"]
    for meant in ("他们一个一个走进来。", "一点一点地积累。", "他一下一下敲着门。", "慢慢来，一点一点。",
                  "而不是一个一个来处理。", "我们没有一个一个去问。"):
        assert list(chinese_doubles(meant)) == [], meant


def test_one_by_one_at_a_clauses_end_is_the_reduplication() -> None:
    """分割成一片一片，在二维上处理 ("cut into slices"): 一X一X of a dictionary 一XX at a clause's end is meant;
    before the noun it counts (是一个一个问题) it is still the numeral typed twice."""
    for meant in ("需要将体数据分割成一片一片，在二维上处理。", "把文件拆成一个一个。", "路要一步一步"):
        assert list(chinese_doubles(meant)) == [], meant
    assert [u for _, _, u in chinese_doubles("这是一个一个问题。")] == ["一个"]
    assert [u for _, _, u in chinese_doubles("分割成一种一种，再处理。")] == ["一种"]  # no 一种种: a slip
    # after a verb the clause-final 一X一X is the count typed twice, and a verbal measure never reduplicates there
    assert [u for _, _, u in chinese_doubles("患者每天服用一次一次，连续服用7天。")] == ["一次"]
    assert [u for _, _, u in chinese_doubles("每个集群只需要部署一个一个。")] == ["一个"]
    assert [u for _, _, u in chinese_doubles("把任务分成一次一次。")] == ["一次"]


def test_in_before_a_latin_phrase_that_begins_with_in_is_no_doubled_word() -> None:
    text = "Signatures could then be tested in in vitro (organoids) or in in vivo models. It is in in the box."
    assert [text[a:b] for a, b, _ in english_doubles(text)] == ["in in"]
    assert list(english_doubles("In in situ hybridization, probes bind.")) == []


def test_the_c_type_long_long_is_no_doubled_word() -> None:
    text = "对两个64位长长整数（long long integer）进行按位与操作，用 long long int 存储。It took a long long way."
    assert [text[a:b] for a, b, _ in english_doubles(text)] == ["long long"]  # the C type twice; "a long long way"


def test_a_character_before_a_word_that_repeats_it_around_another_is_no_doubling() -> None:
    # 到 before 端到端 (end-to-end): the copies 到端/到端 straddle two words
    assert list(chinese_doubles("实现从输出长度预测到端到端部署的优化。")) == []
    # review44: a doubled word is a slip though the word after its first character (背靠背) is a word too
    assert [w for _, _, w in chinese_doubles("这把椅子的靠背靠背很舒服。")] == ["靠背"]
    assert [u for _, _, u in chinese_doubles("基于傅里叶变换变换得到拟合方法。")] == ["变换"]


def test_a_word_before_and_after_a_display_formula_is_no_doubling(tmp_path: Path) -> None:
    """其中 ends a line before display equations and 其中 begins the line after them: the formulas stood between the
    copies (theses6); a word doubled across a bare line break stays a slip."""
    tex = tmp_path / "t.tex"
    tex.write_text("\\documentclass{ctexart}\n\\begin{document}\n\\section{方法}\n设误差满足下式，其中\n"
                   "\\begin{equation}\n  S(x)=s_1(x),\n\\end{equation}\n其中 $m_i$ 为基函数中心。\n\n"
                   "我们测量了误差的\n的大小。\n\\end{document}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tex), "--select", "repeated-char", "--format", "json"],
                                catch_exceptions=False)
    assert [f["message"] for f in json.loads(result.output)["findings"]] == ['"的" is doubled: "的的"']


def test_two_compounds_sharing_their_word_are_not_a_doubling() -> None:
    """顺序消费消费失败 is 顺序消费 ("orderly consumption") + 消费失败 ("consumption fails"): both compounds the page
    writes elsewhere, sharing 消费 at their boundary. A doubled word with no compound before it (在 + 消息消息队列)
    stays a slip, and so does the same doubling in a text that writes neither compound elsewhere."""
    zh = ["顺序消费和并发消费的重试机制不同。", "顺序消费消费失败后会在本地重试。", "消费失败的消息会重新投递。"]
    en = ["Retries differ.", "Orderly consumption retries locally on failure.", "Failed messages are redelivered."]
    assert found(zh, en, "repeated-char") == []
    alone = ["重试机制不同。", "顺序消费消费失败后会在本地重试。", "消息会重新投递。"]
    assert len(found(alone, en, "repeated-char")) == 1
    slip = ["消息队列是常用的组件。", "您可在消息消息队列控制台查看。", "队列很多。"]
    assert len(found(slip, en, "repeated-char")) == 1
    # before a noun the two compounds are one noun phrase written with the word twice: 垃圾回收机制 meant
    noun = ["垃圾回收会暂停程序。", "垃圾回收回收机制会在事务结束后运行。", "回收机制很复杂。"]
    assert len(found(noun, en, "repeated-char")) == 1
    # an adverb is no word compounds share: 前六张分别分别受到, though 六张分别 and 分别受到 are written elsewhere
    adverb = ["前六张分别受到干扰。", "前六张分别分别受到噪声干扰。", "图片分别受到噪声影响。"]
    assert len(found(adverb, en, "repeated-char")) == 1
    # the compounds must be written outside the doubling: a text read twice (a block and its sentence) is no
    # evidence (尝试根据根据口语比例: 尝试根据 and 根据口语 only there)
    # written elsewhere only inside another word is no compound of its own: 中性粒细胞浸润 cuts 粒细胞 | 浸润, so
    # 单核细胞细胞浸润 (nhc-heldout, a doubled 细胞 in the published text) stays a slip
    cells = ["肝细胞变性伴中性粒细胞浸润。", "汇管区见淋巴细胞和单核细胞细胞浸润，微血栓形成。", "胆囊高度充盈。"]
    assert len(found(cells, en, "repeated-char")) == 1
    # the text writes the phrase once elsewhere: the doubling is the slip (乙型肝炎临床治愈 beside 乙型肝炎临床临床治愈)
    cure = ["乙型肝炎临床治愈是目标。", "共同促进乙型肝炎临床临床治愈新药研发进程。", "乙型肝炎临床研究很多。"]
    assert len(found(cure, en, "repeated-char")) == 1
    # a page about a topic writes both compounds on their own (数据备份 its heading, 备份失败 its predicate): that
    # alone does not clear a one-off doubling beside the phrase written without it
    backup = ["数据备份是日常工作。", "如果数据备份备份失败，系统会重试。", "备份失败的任务会记录在日志中。",
              "数据备份失败时管理员会收到告警。"]
    assert len(found(backup, en + ["Alerts."], "repeated-char")) == 1
    terms = ["并发消费的方法如下。", "而并发消费消费失败后会重试。", "并发消费失败后投递到重试队列。",
             "消费失败的消息会重新投递。"]
    assert len(found(terms, en + ["Retries."], "repeated-char")) == 1
    # unless the doubling is a pattern of the page: 顺序消费消费失败 beside 并发消费消费失败 (rocketmq-heldout), each
    # topic with its predicate, both compounds standing on the page apart from the phrase (并发消费, 消费失败)
    siblings = ["顺序消费和并发消费的方法如下。", "顺序消费消费失败后会在本地重试，而并发消费消费失败后会重试。",
                "并发消费失败后投递到重试队列。", "消费失败的消息会重新投递。"]
    assert found(siblings, en + ["Retries."], "repeated-char") == []
    text = "你可以尝试根据根据口语比例划分子集。"
    ((a, _b, unit),) = chinese_doubles(text)
    assert not compound_boundary(text, a, len(unit), text + "\n" + text)


def test_a_method_name_before_its_gloss_is_no_doubled_word(tmp_path: Path) -> None:
    """`- open open transaction` lists the method open and its gloss (the Chinese keeps the name before its gloss:
    `- open 打开事务`): the first copy is an identifier, not a slip. A doubled "the" in a list item stays a slip, and
    so does a doubled word at an item's head whose Chinese does not keep it as a name."""
    (tmp_path / "tx.zh.md").write_text(
        "# 事务\n\n事务的操作接口如下。\n\n- open 打开事务\n- commit 提交事务\n- close 关闭事务\n\n"
        "- 每个事务都要提交。\n- 数据会写入存储。\n", encoding="utf-8")
    (tmp_path / "tx.en.md").write_text(
        "# Transactions\n\nThe operations of a transaction are as follows.\n\n- open open transaction\n"
        "- commit commit transaction\n- close closes the transaction\n\n- the the transaction must be committed.\n"
        "- write write data to storage.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--select", "repeated-char", "--format", "json"],
                                catch_exceptions=False)
    assert [f["message"] for f in json.loads(result.output)["findings"]] == [
        '"the" is doubled: "the the"', '"write" is doubled: "write write"']


def test_a_doubling_the_english_spells_doubled_in_pinyin_is_a_name() -> None:
    zh = ["将樱桃番茄“粉贝贝”与砧木进行嫁接。"]
    named = found(zh, ['The cherry tomato variety "Fen beibei" was grafted onto the rootstocks.'], "repeated-char")
    assert named == []
    spaced = found(zh, ['The cherry tomato variety "Fen Bei Bei" was grafted onto the rootstocks.'], "repeated-char")
    assert spaced == []


def test_a_doubling_the_english_does_not_spell_in_pinyin_is_still_reported() -> None:
    zh = ["将樱桃番茄“粉贝贝”与砧木进行嫁接。"]
    fs = found(zh, ['The cherry tomato variety "Pink Baby" was grafted onto the rootstocks.'], "repeated-char")
    assert cols(fs, zh[0]) == ["贝贝"]
    slip = ["我们的的结果表明嫁接有效。"]  # one syllable in the English ("bei") is no doubling spelt
    assert cols(found(slip, ["Our results, as Bei showed, support grafting."], "repeated-char"), slip[0]) == ["的的"]


def test_a_slip_is_no_name_because_another_sentence_of_the_english_spells_its_pinyin(tmp_path: Path) -> None:
    """review53 R5: "Didi" is the English of 滴滴 in another sentence; 我们的的分析 stays a slip. The pinyin is
    looked up in the English aligned with the doubling's sentence only, and a doubled function word (的的) is never a
    name."""
    (tmp_path / "a.zh.txt").write_text(
        "目的：分析网约车平台滴滴出行的订单数据。方法：收集2019年北京市的订单记录。结果：我们的的分析表明高峰时段订单量明显增加。\n",
        encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(
        "Objective: To analyse the order data of the ride-hailing platform Didi Chuxing. Methods: Order records of "
        "Beijing in 2019 were collected. Results: Our analysis shows that the number of orders increased "
        "significantly during peak hours.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "a.zh.txt"), "--en", str(tmp_path / "a.en.txt"),
                                       "--select", "repeated-char", "--format", "json"], catch_exceptions=False)
    assert [f["message"] for f in json.loads(result.output)["findings"]] == ['"的" is doubled: "的的"']


def test_a_doubled_function_word_is_a_slip_even_beside_its_pinyin() -> None:
    slip = ["我们的的分析表明订单增加。"]
    assert cols(found(slip, ["Our analysis of Didi shows more orders."], "repeated-char"), slip[0]) == ["的的"]


def test_a_doubled_word_at_the_seam_of_two_compounds_the_english_renders_twice_is_no_slip() -> None:
    """操作系统系统调用 is 操作系统 + 系统调用 ("a system call of the operating system"): the first copy ends a
    dictionary word and the English names the word as often as the Chinese writes it. Rendered once, or with the
    first copy standing alone, the doubling is still the slip."""
    zh = ["发送请求仅仅是一个操作系统系统调用的开销。"]
    assert found(zh, ["Sending a request costs only a system call of the operating system."], "repeated-char") == []
    (f,) = found(zh, ["Sending a request costs only an operating system call."], "repeated-char")
    assert f.message == '"系统" is doubled: "系统系统"'
    (g,) = found(["研究研究表明，该系统可靠。"], ["Research shows that the system is reliable."], "repeated-char")
    assert g.message == '"研究" is doubled: "研究研究"'



def test_a_seam_doubling_is_not_excused_by_another_words_rendering() -> None:
    """操作系统系统版本，整个体系: the second "system" renders 体系, another word of that gloss, so the English names
    系统 once fewer than the Chinese writes it: the doubling is still the slip."""
    zh = ["我们升级了操作系统系统版本，整个体系更稳定了。"]
    en = ["We upgraded the operating system version, and the whole system is more stable."]
    (f,) = found(zh, en, "repeated-char")
    assert f.message == '"系统" is doubled: "系统系统"'


def test_a_preposition_before_a_noun_that_begins_with_it_is_no_doubling() -> None:
    """主机从从机读取 is 从 ("from") + 从机 ("the slave"): the first copy is a preposition, the second begins a noun
    (one jieba's HMM finds: the dictionary lacks 从机). Slips of the same shape stay: 点点击 (点 is no preposition),
    的的 (a particle), 在在这里 (the second 在 begins no noun)."""
    assert list(chinese_doubles("用串口1作为主机从从机读取寄存器值")) == []
    assert list(chinese_doubles("请点点击按钮")) == [(1, 3, "点")]
    assert list(chinese_doubles("芯片的的引脚")) == [(2, 4, "的")]
    assert list(chinese_doubles("我在在这里等")) == [(1, 3, "在")]


def test_a_numeral_and_measure_word_reduplicated_before_de_or_a_verb_is_one_by_one() -> None:
    """一张一张的图片 ("picture after picture"), 一张一张发送图片 ("send the pictures one by one": 张 is a measure word,
    一张张 the same form, unlisted), like 一线一线地: the 的 or the verb after marks the reduplication as meant;
    before a noun (一种一种人源化, 一张一张图片) it is a slip."""
    assert list(chinese_doubles("就是一张一张的图片发送")) == []
    assert list(chinese_doubles("因为这只是一张一张发送图片")) == []
    assert list(chinese_doubles("一种一种人源化")) == [(0, 4, "一种")]
    assert list(chinese_doubles("这是一张一张图片")) == [(2, 6, "一张")]


def test_a_word_ending_with_the_doubled_word_rendered_apart_is_no_slip() -> None:
    """R1 (nushell overlays zh 200): 自定义定义 is 自定义 ("custom") + 定义 ("definitions"), the English renders each
    by a word of its own. Beside an English with no word for the second copy the doubling is still the slip, and a
    longer word rendered by its parts' glosses (操作系统, "operating system") renders no second 系统."""
    zh = ["它会移除覆盖层，但保留所有你添加的自定义定义，而不会影响原来的模块。"]
    en = "It removes the overlay but keeps all the custom definitions you added, without touching the original module."
    assert found(zh, [en], "repeated-char") == []
    (f,) = found(zh, [en.replace("custom definitions", "custom commands")], "repeated-char")
    assert f.message == '"定义" is doubled: "定义定义"'
    (g,) = found(["我们升级了操作系统系统，然后重启。"], ["We upgraded the operating system, then restarted."],
                 "repeated-char")
    assert g.message == '"系统" is doubled: "系统系统"'


def test_a_doubled_word_whose_gloss_renders_something_else_is_still_a_slip() -> None:
    """R3 (review62 nu/d, nu/a): the gloss of the doubled word renders the Chinese's other 定义 (模块中原有的定义), or
    is hyphened into the word's own rendering ("custom-defined"): the second copy has no word of its own."""
    zh = ["它会保留你添加的自定义定义命令，而不会影响模块中原有的定义。"]
    (f,) = found(zh, ["It keeps the custom commands you added, without touching the definitions already in the "
                      "module."], "repeated-char")
    assert f.message == '"定义" is doubled: "定义定义"'
    zh = ["它会移除覆盖层，但保留所有你添加的自定义定义命令，而不会影响原来的模块。"]
    (g,) = found(zh, ["It removes the overlay but keeps all the custom-defined commands you added, without touching "
                      "the original module."], "repeated-char")
    assert g.message == '"定义" is doubled: "定义定义"'
