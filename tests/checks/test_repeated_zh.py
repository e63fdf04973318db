"""Tests of `checks.repeated_zh`: accidental Chinese doublings told from reduplications."""
from __future__ import annotations

import pytest

from zhen_qa.checks.repeated_zh import chinese_doubles


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


def test_aabb_and_distributive_reduplications_pass() -> None:
    # AABB of a dictionary word (迷惑, 拥挤) and distributive 一X一X are grammar, not slips
    for text in ("宝玉迷迷惑惑，若有所失", "街上拥拥挤挤", "一线一线地织"):
        assert list(chinese_doubles(text)) == [], text
    assert [u for _, _, u in chinese_doubles("迷迷惑惑的的人")] == ["的"]


def test_second_copy_alone_is_not_enough_when_the_first_ends_a_word() -> None:
    assert list(chinese_doubles("以肿瘤分期为目的的鼻咽部检查")) == []  # 目的/的: two words


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


def test_a_copy_that_ends_a_word_before_a_word_jieba_holds_at_its_floor_passes() -> None:
    # 语料 ("corpus") is at jieba's floor count, a CC-CEDICT word: 单语语料 is 单语 + 语料 ("monolingual corpora")
    assert list(chinese_doubles("从大规模单语语料或搜索引擎中收集相关句子")) == []
    # real slips of the same shape stay: a copy after no word of its own (的的), a word doubled whole (语料语料)
    assert [u for _, _, u in chinese_doubles("收集了单语的的语料")] == ["的"]
    assert [u for _, _, u in chinese_doubles("从大规模单语语料语料中收集句子")] == ["语料"]


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


def test_a_repeat_across_two_words_that_starts_neither_is_no_doubling() -> None:
    # 近些年来 / 越来越: "来越" twice, but neither copy starts where a word does
    assert list(chinese_doubles("近些年来越来越多的企业选择云服务。")) == []
    # an unknown name doubled still is a slip (jieba splits it into characters)
    assert [u for _a, _b, u in chinese_doubles("患者接受顺铂顺铂化疗。")] == ["顺铂"]


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


def test_a_character_before_a_word_that_repeats_it_around_another_is_no_doubling() -> None:
    # 到 before 端到端 (end-to-end): the copies 到端/到端 straddle two words
    assert list(chinese_doubles("实现从输出长度预测到端到端部署的优化。")) == []
    # review44: a doubled word is a slip though the word after its first character (背靠背) is a word too
    assert [w for _, _, w in chinese_doubles("这把椅子的靠背靠背很舒服。")] == ["靠背"]
    assert [u for _, _, u in chinese_doubles("基于傅里叶变换变换得到拟合方法。")] == ["变换"]


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


def test_a_words_last_character_typed_again_is_reported_when_bound_or_clause_final() -> None:
    for text, unit in (("影响实际际的性能表现。", "际际"), ("文件中的类型型名不变。", "型型"),
                       ("以及脚手架代码码。", "码码"), ("- 选项开启启", "启启")):
        assert [text[a:b] for a, b, _u in chinese_doubles(text)] == [unit], text


def test_a_free_word_or_a_morpheme_beginning_the_next_word_after_a_word_ending_in_it_is_not() -> None:
    for text in ("不要直接接电源。",  # 直接 + 接 "connect", more of the clause after it
                 "模块名可以以斜杠结尾。",  # 可以 + 以
                 "上皮细胞胞质内可见颗粒。",  # 细胞 + 胞质
                 "以分类为目的的。",  # a particle at the clause's end: 目的 + 的
                 "由于液罐车车液耦合易侧翻。",  # 车液, a word jieba lacks
                 "因此此规则的复选框必须取消。"):  # 因此 + 此规则: a word of its own after the second copy
        assert list(chinese_doubles(text)) == [], text


def test_a_words_last_character_typed_again_before_a_verb_a_particle_or_no_han_is_reported() -> None:
    """调用/用/的, 获取/取/的, 注册中心/心/集成, 比如/如/`init`: the second copy, a free character after the word that
    ends in it, stands where grammar puts no word of its own (before a particle, a verb, code); two function words of
    one class are never written in a row (对于/于, 必须/须)."""
    for text, unit in (("请先调用用的接口完成登录。", "用用"), ("函数返回时打印获取取的信息。", "取取"),
                       ("服务注册中心心集成到框架里。", "心心"), ("先比如如`init`这样的命令。", "如如"),
                       ("对于于这类请求直接返回。", "于于"), ("参数必须须是整数。", "须须"),
                       ("配置通过过环境变量传入。", "过过")):  # 过, a particle jieba tags ug, bound
        assert [text[a:b] for a, b, _u in chinese_doubles(text)] == [unit], text


def test_a_word_of_its_own_by_grammar_after_a_word_ending_in_it_is_not_reported() -> None:
    """A function word, the copula or a modal after any word (总是/是, 性能/能/提高, 合并/并/导出), a verb after an
    adverb (直接/接), a preposition heading its object (可以/以/斜杠): the real text these doublings resemble."""
    for text in ("数据并不总是是最新的。", "读写性能能提高三倍。", "这里合并并导出全部模块。", "不要直接接电源。",
                 "模块名可以以斜杠结尾。"):
        assert list(chinese_doubles(text)) == [], text


def test_a_noun_after_the_second_copy_is_a_compound_unless_the_page_writes_the_phrase_without_it() -> None:
    """左侧/侧/栏, 提高/高/优势: the second copy may begin a compound the dictionary lacks (侧栏 "sidebar"), so it is
    no slip on its own; on a page that writes 长连接池 elsewhere, 长连接/接/池 is that phrase with 接 typed twice."""
    assert list(chinese_doubles("页面左侧侧栏会显示目录。", "页面左侧侧栏会显示目录。")) == []
    assert list(chinese_doubles("方法提高高优势样本的概率。")) == []
    text = "配置长连接接池的大小。"
    assert list(chinese_doubles(text)) == []
    assert [text[a:b] for a, b, _u in chinese_doubles(text, text + "\n长连接池默认开启。")] == ["接接"]


def test_a_function_word_after_a_word_ending_in_it_is_the_slip_when_the_page_writes_the_phrase_without_it() -> None:
    """可以/以/使用: a preposition before a verb has no object (以 "so as to" opens a clause, never follows a modal),
    so it is the slip alone too (stop 66; 可以以此为例 reads: 以此 a word); a page that writes 可以使用 elsewhere
    confirms it. The page must write the word with the word after the second copy: 现在/在/工作 beside 现在开始 stays
    meant."""
    text = "这个工具可以以使用命令行配置。"
    assert [text[a:b] for a, b, _u in chinese_doubles(text)] == ["以以"]
    assert [text[a:b] for a, b, _u in chinese_doubles(text, text + "\n也可以使用配置文件。")] == ["以以"]
    assert list(chinese_doubles("这个工具可以以此为例说明。")) == []
    other = "我现在在工作目录中。"
    assert list(chinese_doubles(other, other + "\n现在开始安装。")) == []
    phrase = "项目也可以以不同的方式建立。"  # 以 heads 不同的方式; the page's 可以不同 is another phrase
    assert list(chinese_doubles(phrase, phrase + "\n结果可以不同。")) == []


def test_a_compound_the_second_copy_begins_stands_where_the_page_writes_it_as_a_unit() -> None:
    """多面体/体/网格: the page writes 多面体网格 and also 体网格 ("volume mesh") as a word of its own, so the second
    体 begins that compound (多面体 + 体网格); without 体网格 alone on the page the doubling is the slip, and a page
    whose 接池 lies only inside 连接池 gives 长连接/接/池 no compound."""
    text = "方法包括表面重构和多面体体网格。"
    evidence = "\n生成的多面体网格质量很好。"
    assert list(chinese_doubles(text, text + evidence + "\n后续的体网格数量很多。")) == []
    assert [text[a:b] for a, b, _u in chinese_doubles(text, text + evidence)] == ["体体"]
    pool = "配置长连接接池的大小。"
    page = pool + "\n长连接池默认开启。\n每个连接池都有上限。"
    assert [pool[a:b] for a, b, _u in chinese_doubles(pool, page)] == ["接接"]


def test_the_page_writes_the_phrase_only_where_it_is_cut_at_both_ends() -> None:
    """The evidence phrase inside a longer word is no evidence: 连接池子 is 连接/池子 ("pool"), not 连接池. (The
    earlier example, 细胞胞内 beside 细胞内, is no slip at all: 内 and 外 compound freely, 胞内 "intracellular".)"""
    text = "配置长连接接池。"
    assert list(chinese_doubles(text, text + "\n短连接池子很深。")) == []
    assert [text[a:b] for a, b, _u in chinese_doubles(text, text + "\n长连接池的大小。")] == ["接接"]


def test_when_after_an_hour_a_numeral_counts_closes_a_time_clause() -> None:
    """小时/时: 时 "when" after a counted duration closes the time clause, mid-sentence or at a comma; a word ending
    in 时 that no numeral counts (实时/时/更新) and the other last characters typed again stay slips."""
    for text in ("在截止 48 小时时所产生的结果如下。", "当程序运行到第 10 小时时，内存开始上升。",
                 "等待两个小时时，服务重启。", "等待半小时时，服务重启。"):
        assert list(chinese_doubles(text)) == [], text
    for text, unit in (("数据实时时更新到页面。", "时时"), ("函数返回时打印获取取的信息。", "取取"),
                       ("运行了很久的小时时，", "时时")):
        assert [text[a:b] for a, b, _u in chinese_doubles(text)] == [unit], text
    text = "这个工具可以以使用命令行配置。"
    assert [text[a:b] for a, b, _u in chinese_doubles(text, text + "\n也可以使用配置文件。")] == ["以以"]


def test_a_modal_after_a_noun_is_its_predicate_whatever_the_page_writes() -> None:
    """性能/能/提高 "performance can improve" beside the page's 性能提高 "performance improves": a modal between a
    subject and its verb makes another sentence, no copy of the page's phrase; after a modal ending in it (不能/能/使用
    beside 不能使用) or before a word that is no verb (功能/能/点 beside 功能点) the second copy stays the slip."""
    text = "固态硬盘的读写性能能提高三个数量级。"
    assert list(chinese_doubles(text, text + "\n系统运行时的性能提高。")) == []
    point = "如果功能能点有新增，请更新文档。"  # 点 is no verb for 能 to govern: 功能点 typed with 能 twice
    assert [point[a:b] for a, b, _u in chinese_doubles(point, point + "\n每个功能点都要测试。")] == ["能能"]
    test = "作为性能能测试的负载。"  # 测试, a verb used as a noun: 性能测试 "performance test" typed with 能 twice
    assert [test[a:b] for a, b, _u in chinese_doubles(test, test + "\n运行性能测试。")] == ["能能"]
    slip = "这个接口不能能使用缓存。"
    assert [slip[a:b] for a, b, _u in chinese_doubles(slip, slip + "\n旧接口不能使用缓存。")] == ["能能"]


def _doubles(text: str, page: str = "") -> list[str]:
    return [text[a:b] for a, b, _u in chinese_doubles(text, page or text)]


def test_a_preposition_before_a_verb_or_preposition_has_no_object_and_is_the_slip() -> None:
    """可以/以/承载, 可以/以/通过: a preposition takes an object, so before a verb or another preposition it is the
    word's last character typed twice; before its object it reads (以不同的方式, 以此为例, 以…为代价)."""
    assert _doubles("协议可以以承载不同格式。") == ["以以"]
    assert _doubles("你可以以通过命令行配置。") == ["以以"]
    assert _doubles("我们可以以不同的方式处理。") == []
    assert _doubles("服务启动后可以以类似访问服务的方式访问。") == []  # 以…的方式: a phrase of manner
    assert _doubles("网络可以以增加极少计算为代价提高精度。") == []  # the frame 以…为…
    assert _doubles("实验旨在在没有标注时训练。") == []  # 在 heads a condition over a verb phrase


def test_the_wei_ending_a_word_closes_no_preposition_frame() -> None:
    # the 为 of 作为/行为 later in the clause is a word's end, not the frame 以…为… (sr66): the slip stays reported
    assert _doubles("我们可以以使用它作为一个工具。") == ["以以"]
    assert _doubles("可以以使用行为数据。") == ["以以"]
    assert _doubles("我们可以以增加内存为代价换取速度。") == []  # 为 a word of its own: the frame


def test_a_modal_before_the_same_modal_is_reported_but_not_after_possibly() -> None:
    assert _doubles("后续不会会再触发曝光。") == ["会会"]
    assert _doubles("用户需要要安装依赖。") == ["要要"]
    assert _doubles("它们可能能为分类提供依据。") == []  # 可能 "possibly" + 能 "can"
    assert _doubles("读写性能能提高一倍。") == []  # a noun, its subject, then the modal


def test_a_localiser_after_a_conjunction_pronoun_or_time_word_ending_in_it_is_reported() -> None:
    assert _doubles("然后后在终端运行。") == ["后后"]
    assert _doubles("这里里所说的日志都写入文件。") == ["里里"]
    assert _doubles("表示应用当前前的运行环境。") == ["前前"]
    assert _doubles("在平台中使用。") == []


def test_a_suffix_after_a_conjunction_modifies_nothing_after_it() -> None:
    assert _doubles("接口可能会有改动或者者删除。") == ["者者"]
    assert _doubles("因此此规则同样适用。") == []  # 此 "this" modifies 规则


def test_a_content_character_before_a_whole_word_it_makes_no_compound_with_is_reported() -> None:
    """开发/发/工具: 发 + 工具 is no word of either dictionary and the page does not write it; 提高/高/优势 (an
    adjective), 每一列/列/宽 (a single character: a word jieba lacks, cut apart) and 体数据 written on the page read."""
    assert _doubles("借助开发发工具调试。") == ["发发"]
    assert _doubles("聚焦于自身的代码码逻辑。") == ["码码"]
    assert _doubles("方法提高高优势样本的概率。") == []
    assert _doubles("可单独调整每一列列宽。") == []
    text = "多面体体数据的生成。"
    assert _doubles(text) == ["体体"]
    assert _doubles(text, text + "\n后续体数据由网格给出。") == []


def test_a_reduplication_jieba_reads_is_a_slip_when_the_word_with_one_copy_is_far_likelier() -> None:
    """默默/认, 调调/用: jieba reads a reduplication it knows, but its unigram route with one copy taken out (默认,
    调用) is far likelier; 常常/会, 等等/值面, 看看 stay (the route with the reduplication is likelier), and so does a
    reduplication the page writes elsewhere or one before a particle (玩玩吧)."""
    assert _doubles("但在默默认情况下关闭。") == ["默默"]
    assert _doubles("获取调调用方的地址。") == ["调调"]
    assert _doubles("他常常会迟到。") == []
    assert _doubles("你看看这个。") == []
    assert _doubles("使用等等值面提取算法。") == []
    assert _doubles("去试试看，玩玩吧！") == []
    text = "接入框框架。"
    assert _doubles(text) == ["框框"]
    assert _doubles(text, text + "\n画一个框框。") == []


def test_real_reduplications_and_real_text_stay_unreported() -> None:
    """Real reduplications and real text, with the text as its page and with no page at all."""
    for text in ("你看看这个。", "人人都知道。", "两者一一对应。", "他常常迟到。", "试试看吧。", "他直接接了电话。",
                 "请一一列出所有参数。", "他常常看看书。", "非常常见的疾病。", "人人都有。", "仔细细胞计数。",
                 "谢谢你的帮助。", "天色渐渐暗了。", "纤维素酶酶解效率提高。", "细胞胞内钙离子浓度升高。",
                 "他时时刻刻都在想。", "个个都很好。", "你来说说看。", "他常常用电脑。", "这个应用用起来很方便。",
                 "他们互补互补。", "我们来研究研究这个问题。"):
        assert _doubles(text) == [], text
        assert list(chinese_doubles(text)) == [], text


def test_a_tentative_reduplication_takes_a_softener_and_a_doubled_verb_keeps_its_object() -> None:
    """商量商量吧, 休息休息一下: the tentative reduplication of a verb, in a predicate, softened by 吧, 一下, 看看; a
    verb typed twice after 请, 需要, 可以, 应该 (the words that open an instruction) keeps the object it governs, and
    one typed twice at a clause's end (进行配置配置。) is the slip too."""
    assert _doubles("这件事我们再商量商量吧。") == []
    assert _doubles("累了就先休息休息一下。") == []
    assert _doubles("你不妨调整调整看看。") == []
    assert _doubles("请点击点击页面顶部的菜单。") == ["点击点击"]
    assert _doubles("你需要安装安装这个插件的依赖。") == ["安装安装"]
    assert _doubles("应该调用调用初始化函数。") == ["调用调用"]
    assert _doubles("可以删除删除旧的日志。") == ["删除删除"]
    assert _doubles("修改后需要重启重启。") == ["重启重启"]
    assert _doubles("注意注意：这个参数必填。") == ["注意注意"]
    assert _doubles("我们来研究研究这个问题。") == []  # a proposal: the tentative takes an object (stop 68, R6)
    assert _doubles("应该研究研究这个问题。") == ["研究研究"]  # no person proposing it: read as the slip
    assert _doubles("我们调用调用接口。") == ["调用调用"]
    assert _doubles("系统支持支持多种协议。") == ["支持支持"]


def test_a_noun_typed_twice_before_a_softener_is_still_reported() -> None:
    """The softener alone excuses nothing: a noun doubled after a measure word or a noun is no predicate."""
    assert _doubles("这是一个问题问题吧。") == ["问题问题"]
    assert _doubles("记录用户学习学习一下。") == ["学习学习"]  # a verb after a noun heads a noun phrase


def test_a_tentative_reduplication_after_a_person_or_before_the_next_step_is_no_slip() -> None:
    """A person opening the clause, its subject (我们, 咱们, 大家; 再 or 先 may stand between), before AB·AB, and after
    it the clause's end, 再 "and then" or a softener: the tentative form (Li & Thompson), no slip. After a modal, a
    noun, 再 alone or a person who is a verb's object (为你, 让我们), or before an object, the doubled verb is still
    reported."""
    assert _doubles("这个方案还不成熟，我们研究研究再决定。") == []
    assert _doubles("咱们商量商量。") == []
    assert _doubles("大家休息休息吧。") == []
    assert _doubles("你们再研究研究。") == []
    assert _doubles("修改后需要重启重启。") == ["重启重启"]
    assert _doubles("稍后总结总结。") == ["总结总结"]
    assert _doubles("我们调用调用接口。") == ["调用调用"]
    assert _doubles("记录用户学习学习再上传。") == ["学习学习"]
    assert _doubles("关闭后不能再使用使用。") == ["使用使用"]
    assert _doubles("读取数据，再打印打印。") == ["打印打印"]
    assert _doubles("它一直在为你服务服务。") == ["服务服务"]
    assert _doubles("有问题请让我们知道知道。") == ["知道知道"]


def test_a_tentative_reduplication_with_an_object_in_a_proposal_is_no_slip() -> None:
    """Stop 68's R6 ruling: ABAB takes an object (朱德熙 1982, 研究研究问题), at home in a proposal: after a person and
    the hortative 来, or in a clause closed by 吧. A person's statement with a verb doubled before its object (我们使用
    使用, 我们讨论讨论这个问题 with no mark of a proposal), one with 了 after it (the tentative's perfective is AB了AB),
    and a reduplication reduplicated again (看看看看) stay reported."""
    assert _doubles("我们来研究研究这个问题。") == []
    assert _doubles("我们讨论讨论这个问题吧。") == []
    assert _doubles("咱们来商量商量明天的安排。") == []
    assert _doubles("我们讨论讨论这个问题。") == ["讨论讨论"]
    assert _doubles("我们使用使用 Redis 作为缓存。") == ["使用使用"]
    assert _doubles("我们提供提供了一个接口。") == ["提供提供"]
    assert _doubles("我们来添加添加了一个服务。") == ["添加添加"]
    assert _doubles("我们来看看看看如何配置。") == ["看看看看"]


def test_a_measure_word_after_a_word_ending_in_it_counts_nothing() -> None:
    """A measure word counts once, after a numeral or demonstrative: after a word that ends in it (两个, 每次, 平台) it
    is that word's last character typed twice; 一个个 (一 + 个个) and a word it begins (每个个体) stay."""
    assert _doubles("修改两个个舵机的范围。") == ["个个"]
    assert _doubles("它会在每次次请求时实例化。") == ["次次"]
    assert _doubles("插件会拦截用户户请求。") == ["户户"]
    assert _doubles("每个个体的差异很大。") == []
    assert _doubles("一个个示例都能运行。") == []


def test_a_complement_preposition_after_a_word_ending_in_it_is_reported() -> None:
    """用于, 来自, 交给, 得到 already hold the preposition that takes the object; a second one has no place, unless it
    begins a word (来自/自己, 得到/到底) other than with the perfective 了 (起到/到/了)."""
    assert _doubles("这个配置用于于删除旧的客户端。") == ["于于"]
    assert _doubles("事件将被发送给给前端。") == ["给给"]
    assert _doubles("传输协议起到到了重要的作用。") == ["到到"]
    assert _doubles("这是来自自己的应用。") == []
    assert _doubles("我们能得到到底是什么。") == []


def test_a_preposition_after_a_verb_that_heads_a_predicate_is_reported() -> None:
    """After a modal, an adverb or 请 the word is the predicate's verb, and a preposition never follows its verb:
    可以使用用参数 is the slip; a noun ending in the character may be the subject of the verb 用 (应用用默认值)."""
    assert _doubles("你可以使用用参数来调用它。") == ["用用"]
    assert _doubles("请勿使用用旧的模板。") == ["用用"]
    assert _doubles("该应用用默认值启动。") == []
    assert _doubles("他直接接了电话。") == []


def test_a_lone_character_after_the_second_copy_of_a_predicates_verb_may_begin_a_compound() -> None:
    """After a predicate's verb ending in 用, a lone character after the second copy may be the piece of a compound
    it begins that jieba lacks (用例 "use case", 用时 "time taken"): no object, so no slip shown; a whole word, a
    pronoun or code after it is the preposition's object, and the doubling is reported."""
    assert _doubles("你可以使用用例来描述需求。") == []
    assert _doubles("可以应用用例模板。") == []
    assert _doubles("将使用用时最短的方案。") == []
    assert _doubles("你可以使用用参数来调用它。") == ["用用"]
    assert _doubles("可以使用用它来调用接口。") == ["用用"]
    assert _doubles("请启用用 `x` 开关。") == ["用用"]
    assert _doubles("配置后就可以使用用上，很方便。") == ["用用"]  # a localiser, a word of its own


def test_a_localiser_after_the_second_copy_is_a_word_of_its_own_not_a_piece_of_one() -> None:
    """A localiser (中 上 后) or 时 "when" closes the phrase before it: after a word's last character typed again it
    is no piece of a word jieba lacks (环境境中, 修改改后, 选项项时); a compound the dictionary knows (台中) and the
    bound 胞内, 胞外 of medicine stay."""
    assert _doubles("帮助在生产环境境中更快地落地。") == ["境境"]
    assert _doubles("修改改后重启服务。") == ["改改"]
    assert _doubles("在使用此选项项时必须注意。") == ["项项"]
    assert _doubles("细胞胞内的钙离子升高。") == []
    assert _doubles("细胞胞外基质增多。") == []
    assert _doubles("每一列列宽不同。") == []


def test_a_suffix_the_word_takes_and_a_verb_after_a_bound_second_copy_are_no_excuse() -> None:
    """A bound morpheme after the second copy excuses it as a piece of a word jieba lacks only where the word and the
    morpheme make no known word (开发/发/者: 开发者); a bound second copy after a conjunction modifies a noun after
    it (因此此规则), never a verb (如果果发现)."""
    assert _doubles("对于业务开发发者来说很方便。") == ["发发"]
    assert _doubles("在中间间件中调用下一个处理器。") == ["间间"]
    assert _doubles("如果果发现问题请反馈。") == ["果果"]
    assert _doubles("罐车车液耦合振动明显。") == []
    assert _doubles("因此此规则不适用。") == []


def test_a_noun_verb_compound_the_dictionary_lacks_after_a_word_ending_in_its_noun_is_not_reported() -> None:
    """纤维素酶/酶/解/是: a noun morpheme before a verb morpheme jieba cut alone, then a word of its own, is a compound
    of the sciences (酶解 "enzymolysis") jieba lacks; a modal there (页面面会) or a lone content character after the
    verb morpheme (代码码插桩: 插桩 the unknown word) leaves the slip reported. 内 and 外 compound freely (胞内), so the
    page's 细胞内 is no evidence against 细胞胞内."""
    assert _doubles("纤维素酶酶解是木质纤维素转化的关键。") == []
    assert _doubles("页面面会把这个操作记录下来。") == ["面面"]
    assert _doubles("零代码码插桩的示例。") == ["码码"]
    assert _doubles("T细胞胞内抗原阳性。", "T细胞胞内抗原阳性。细胞内的钙离子升高。") == []


def test_a_preposition_after_the_attributive_de_is_the_next_words_first_character_typed_twice() -> None:
    """After 的 comes the noun it modifies, which no preposition opens: 的用用户, 的对对象 are 用户, 对象 with the first
    character typed twice; a preposition before a noun beginning with it elsewhere stays a word (从从机, 对对象进行)."""
    assert _doubles("拿到完整的用用户信息。") == ["用用"]
    assert _doubles("获取数据的对对象。") == ["对对"]
    assert _doubles("主机从从机读取数据。") == []
    assert _doubles("我们对对象进行处理。") == []


def test_a_classical_adverb_after_a_word_ending_in_it_is_that_words_last_character_typed_twice() -> None:
    """jieba tags 务 and 始 adverbs (classical "must", "only then"); modern Chinese writes them only inside words, so
    one alone after 服务 or 开始 is the word's last character typed twice. A free adverb after a word ending in it is
    a word of its own (成就/就/是 "the achievement is")."""
    def units(text: str) -> list[str]:
        return [text[a:b] for a, b, _unit in chinese_doubles(text)]

    assert units("请先完成服务务注册。") == ["务务"]
    assert units("从 1.0 开始始支持流式调用。") == ["始始"]
    assert units("他的成就就是这个项目。") == []


def test_when_closing_a_clause_typed_twice_is_reported_where_the_adverb_could_not_stand() -> None:
    """时时 read by jieba as the adverb "at all times" is 时 "when" typed twice where it closes the phrase before it at
    a clause's end (the adverb stands before a predicate); the adverb before its predicate, a clause-opening 时时, the
    reduplications 时时刻刻 and 时时、处处, and 小时 + 时 after a counted duration stay silent."""
    for text in ("当参数的值为列表时时，配置的是一个数组。", "在节点迁移时时，必须先删除旧的实例。",
                 "部署 Gizmo 时时，在安装脚本中指定版本。", "这个字段过长时时。"):
        assert [text[a:b] for a, b, _u in chinese_doubles(text, text)] == ["时时"], text
    for text in ("我们时时提醒用户备份数据。", "他时时刻刻都在想。", "要做到时时、处处为用户着想。", "时时，他都在想。",
                 "当程序运行到第 10 小时时，内存开始上升。", "窗口打开时，显示列表。"):
        assert list(chinese_doubles(text, text)) == [], text


def test_when_after_an_hour_or_a_series_of_reduplications_stays_silent() -> None:
    """时时 after a time of day is the hour then 时 "when" (每日 23 时时，, 上午九时时，), and after a reduplication
    opening the clause the adverb 时时 in a series (处处时时，). A number with no time word before it is a value, so
    时 "when" typed twice after it is still reported (当参数为 10 时时，), as after a word ending in 一 (统一), the
    adverb 一时, and a noun reduplication a verb takes as its object (点击星星), which closes a phrase."""
    for text in ("每日 23 时时，日志会轮转。", "每晚 1 时时，备份开始。", "上午九时时，服务重启。",
                 "晚上十二时时，备份开始。", "处处时时，都要谨慎。", "人人时时，都要检查。",
                 "我们，年年时时，都要检查。"):
        assert list(chinese_doubles(text, text)) == [], text
    for text in ("点击星星时时，弹出窗口。", "配置统一时时，需要重启。", "页面一时时无法加载。",
                 "当参数为 10 时时，配置生效。", "把权重设置为 100 时时，流量会倾斜。", "线程数为八时时，吞吐最高。",
                 "今天加载模块 Gizmo10时时，出现错误。"):
        assert [text[a:b] for a, b, _u in chinese_doubles(text, text)] == ["时时"], text


def test_a_preposition_after_the_verb_that_opens_an_instruction_is_that_verbs_last_character_typed_twice() -> None:
    """A verb ending in 用 that opens its clause (an instruction: after an item number, a table bar or a comma) is the
    predicate's verb, and the preposition 用 after it is its last character typed twice (使用用 Homebrew 安装);
    a compound the second copy begins (使用/用例, 采用/用户名) and 用时 stay silent."""
    for text in ("3. 使用用 Homebrew 安装。", "| 启用用 `enable` 命令 |", "- 使用用 `make` 构建。",
                 "这是实例的编号，可用用下面命令查看："):
        assert [text[a:b] for a, b, _u in chinese_doubles(text, text)] == ["用用"], text
    for text in ("使用用例说明。", "，采用用户名登录。", "调用用时 3 秒。", "可以使用用户名登录。"):
        assert list(chinese_doubles(text, text)) == [], text


def test_one_by_one_before_a_verb_jieba_cuts_from_it_stays_silent() -> None:
    """一一 "one by one" before a verb is silent though jieba takes the second 一 with the verb's first character as a
    numeral and measure word (一/一列/出来); before a noun, a measure word, or where the word jieba took is likelier
    than the verb (一起 over 起运), 一 typed twice is still reported."""
    for text in ("请把依赖一一列举出来。", "请把字段一一列出来。"):
        assert list(chinese_doubles(text, text)) == [], text
    for text in ("表格末尾添加一一列数据。", "在表格中插入一一列。", "新增一一行代码。", "把这些任务一一起运行。",
                 "从第一个字节一一直到末尾。", "提供了一一组别名。", "一一转眼，版本就发布了。",
                 "测定一一氧化氮的浓度。"):
        assert [text[a:b] for a, b, _u in chinese_doubles(text, text)] == ["一一"], text


def test_a_tentative_verb_closing_the_sentence_after_worth_stays_silent() -> None:
    """The tentative reduplication as 值得's object closing the sentence (值得讨论讨论。, 值得学习学习吧。) is
    silent; before a colon, 的, 了 or an object the verb typed twice is still reported."""
    for text in ("这种写法值得讨论讨论。", "这个框架值得学习学习吧。"):
        assert list(chinese_doubles(text, text)) == [], text
    for text, unit in (("值得注意注意：", "注意注意"), ("值得注意注意的是，端口会变化。", "注意注意"),
                       ("值得关注关注这个指标。", "关注关注"), ("这个指标值得关注关注了。", "关注关注")):
        assert [text[a:b] for a, b, _u in chinese_doubles(text, text)] == [unit], text
