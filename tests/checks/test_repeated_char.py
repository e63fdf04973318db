"""repeated-char: accidental doublings of characters and words, told from reduplications."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.checks.typography_kit import EN, cols, found
from zhen_qa.checks.repeated_compound import compound_boundary
from zhen_qa.checks.repeated_en import english_doubles
from zhen_qa.checks.repeated_zh import chinese_doubles
from zhen_qa.cli import main


def test_doubled_yi_is_reported() -> None:
    zh = "尽管有这些令人鼓舞的发现，但仍然存在着一一些问题。"
    fs = found([zh], [EN], "repeated-char")
    assert cols(fs, zh) == ["一一"] and fs[0].suggestion == "一"


def test_doubled_words() -> None:
    assert [u for _, _, u in chinese_doubles("背景背景")] == ["背景"]
    assert [u for _, _, u in chinese_doubles("我们的的研究")] == ["的"]
    assert [u for _, _, u in english_doubles("This is the the end. He had had enough.")] == ["the"]


def test_doubled_english_word_in_manuscript() -> None:
    en = "We report the the results."
    fs = found(["我们报告结果。"], [en], "repeated-char")
    assert cols(fs, en) == ["the the"] and fs[0].lang == "en"


def test_a_doubling_that_recurs_is_deliberate() -> None:
    once = found(["刘老老说道。"], ["Granny Liu said."], "repeated-char")
    assert len(once) == 1
    thrice = found(["刘老老说道。", "刘老老笑了。", "刘老老走了。"], ["Granny Liu said.", "She laughed.", "She left."],
                   "repeated-char")
    assert thrice == []


def test_section_label_printed_twice_on_its_own_line_is_layout_not_a_slip() -> None:
    assert found(["背景背景", "结果结果"], ["background", "results"], "repeated-char") == []
    inside = found(["研究背景背景是分泌组。"], ["The background is the secretome."], "repeated-char")
    assert [f.message for f in inside] == ['"背景" is doubled: "背景背景"']


def test_english_doublings_are_found_in_chinese_text() -> None:
    # a text is searched for doublings only if it holds a letter of _EN_DOUBLE's class with its flags
    zh = "我们使用了 the the 方法。"
    assert cols(found([zh], [EN], "repeated-char"), zh) == ["the the"]
    assert found(["我们报告结果，没有重复。"], ["Café café."], "repeated-char") == []  # é is no letter of the class


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


def test_a_single_section_label_printed_twice_is_a_slip() -> None:
    # a layout prints every label twice; one doubled label, its English printed once, was typed twice
    fs = found(["结论结论"], ["Takeaways"], "repeated-char")
    assert [f.message for f in fs] == ['"结论" is doubled: "结论结论"']


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


def test_a_one_character_noun_the_page_counts_before_a_noun_beginning_with_it_is_no_slip() -> None:
    """主键中的列列表 is 列 "column" + 列表 "list" (the list of columns) on a page that writes 每列 and 该列: the
    character a noun the page counts or points at. The same doubling on a page that never writes 列 so is reported,
    and so is a verb's first character typed twice beside 每列 (需需要: 需要 no noun)."""
    en = ["The table lists the key.", "Each column has a type.", "The column is required."]
    zh = ["主键中的列列表如下。", "每列都有类型。", "该列为必填项。"]
    assert found(zh, en, "repeated-char") == []
    alone = ["主键中的列列表如下。", "字段都有类型。", "这里为必填项。"]
    assert len(found(alone, en, "repeated-char")) == 1
    slip = ["主键中的列需需要排序。", "每列都有类型。", "该列为必填项。"]
    assert cols(found(slip, en, "repeated-char"), slip[0]) == ["需需"]
    piece = ["它添加了弹簧效果的动动画。", "利用这些动效功能，可以实现。", "这里为必填项。"]  # 动效: a word jieba
    assert len(found(piece, en, "repeated-char")) == 1  # lacks, split after 这些; 动 is no noun the page counts


def test_the_manuscripts_other_paragraphs_are_evidence_for_a_last_character_typed_again() -> None:
    """长连接/接/池: 接 before the noun 池 may begin a compound (侧栏), so alone it is no slip; a manuscript that writes
    长连接池 in another paragraph shows the phrase with 接 typed twice."""
    zh = "请配置长连接接池的大小。"
    assert found([zh], ["Configure the size of the pool."], "repeated-char") == []
    fs = found([zh, "长连接池默认开启。"], ["Configure the size of the pool.", "The pool is on by default."],
               "repeated-char")
    assert cols(fs, zh) == ["接接"]
