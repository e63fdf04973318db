"""Tests of `checks.repeated_slips`: shapes of a character typed twice told by grammar or the dictionary, each through
`chinese_doubles` (what the user sees) with the real text of the same look beside it."""
from __future__ import annotations

from zhen_qa.checks.repeated_dictionary import Counts, jieba_tokenizer, token_bounds
from zhen_qa.checks.repeated_known import NEVER_REDUPLICATED
from zhen_qa.checks.repeated_slips import (
    adverb_before_a_phrase,
    after_a_degree_adverb,
    breaks_a_word,
    tentative_with_kan,
)
from zhen_qa.checks.repeated_zh import chinese_doubles


def _doubles(text: str) -> list[str]:
    return [text[a:b] for a, b, _u in chinese_doubles(text, text)]


def test_a_copy_that_breaks_a_word_of_three_characters_is_reported() -> None:
    """With one copy taken out a word of three characters or more holds the copy kept inside it (应用程序, 初始化,
    数据类型): the slip. Where the copies also read as two words meeting (参数/数值, 上下/下文, 中国/国家), or the
    second copy is a noun morpheme before a lone character (细胞/胞/质: 胞质 "cytoplasm", a word jieba lacks), no
    report."""
    freq = Counts(jieba_tokenizer())
    assert _doubles("请重新安装应用用程序。") == ["用用"]
    assert _doubles("应用启动时的初始始化工作。") == ["始始"]
    assert _doubles("读取服务务端的地址。") == ["务务"]
    assert _doubles("支持以下数据据类型：") == ["据据"]
    assert breaks_a_word("安装应用用程序", 3, freq)
    for text in ("读取参数数值。", "获取上下下文。", "中国国家图书馆。", "大学生生活丰富。",
                 "上皮细胞胞质内可见颗粒。", "不仅仅如此，还支持插件。"):
        assert _doubles(text) == [], text
    assert not breaks_a_word("读取参数数值", 3, freq)
    assert not breaks_a_word("他常常用电脑", 1, freq)  # 常用 begins at the copy: no word broken


def test_a_reduplication_after_an_adverb_of_degree_is_reported() -> None:
    """No state adjective (a reduplicated one) follows 更, 很, 最: 更大大, 更多多 are the adjective typed twice; the
    reduplication with no such adverb before it stays (大大提高, 好好学习), and so does the adjective before a word
    its second copy begins (更高/高度)."""
    assert _doubles("采样停顿也会更大大。") == ["大大"]
    assert _doubles("有关更多多详细信息，请参阅文档。") == ["多多"]
    assert _doubles("或更低低的采样率就够了。") == ["低低"]
    assert _doubles("启用更多多组件。") == ["多多"]
    assert _doubles("这大大提高了效率。") == []
    assert _doubles("你要好好学习。") == []
    assert _doubles("叫提摩太速速到这里来。") == []  # 太 ends a name, 速速 "quickly" is no adjective
    freq = Counts(jieba_tokenizer())
    _bounds, spans = token_bounds("达到更高高度。")
    assert not after_a_degree_adverb("达到更高高度。", 3, spans, freq)  # 更高 + 高度 "a greater height"
    _bounds, spans = token_bounds("也会更大大。")
    assert after_a_degree_adverb("也会更大大。", 3, spans, freq)
    _bounds, spans = token_bounds("这大大提高了效率。")
    assert not after_a_degree_adverb("这大大提高了效率。", 1, spans, freq)


def test_a_distinguishing_words_last_character_again_before_a_verb_or_function_word_is_reported() -> None:
    """A distinguishing word (所有, 额外, 私有) only modifies a noun: its last character again as a verb, localiser or
    function word (所有/有/组件, 额外/外/添加) is the slip; the second copy beginning a word (所有/有效的) or a
    compound jieba lacks (常用/用/例) is not."""
    assert _doubles("配置所有有组件和模块。") == ["有有"]
    assert _doubles("包围所有有 @Login 注解的方法。") == []  # 有 opens a relative clause that 的 closes
    assert _doubles("调用时额外外添加一些选项。") == ["外外"]
    assert _doubles("这个接口是私有有的。") == ["有有"]
    assert _doubles("检查所有有效的配置。") == []
    assert _doubles("将所有有向边改为无向边。") == []  # 有向边 "directed edge", a word jieba lacks
    assert _doubles("列出常用用例。") == []


def test_a_verb_reduplicated_before_kan_is_the_tentative() -> None:
    """V-V-看 "do and see" (说说看, 试试看), whatever word jieba makes of the first copy with what precedes it
    (你来说说看: 来说/说/看); not a verb that never reduplicates (是是看) nor one that makes a word with 看 (查看)."""
    freq = Counts(jieba_tokenizer())
    assert _doubles("你来说说看。") == []
    assert _doubles("你再试试看。") == []
    assert not tentative_with_kan("随时查查看所有集群。", 2, NEVER_REDUPLICATED, freq)  # 查看 "view" is a word
    assert tentative_with_kan("你来说说看。", 2, NEVER_REDUPLICATED, freq)
    assert not tentative_with_kan("这是是看法。", 1, NEVER_REDUPLICATED, freq)
    assert not tentative_with_kan("你来说说吧。", 2, NEVER_REDUPLICATED, freq)


def test_a_reduplicated_adverb_before_a_preposition_and_its_object_is_no_slip() -> None:
    """常常/用/电脑 "often with a computer": the adverb before the phrase 用 heads, not 常用 with 常 typed twice;
    before a verb (默默/认: 默认) or where 用 takes no object (常常/用/的), the word typed with its character twice."""
    freq = Counts(jieba_tokenizer())
    assert _doubles("他常常用电脑。") == []
    assert _doubles("我们常常用这个方法。") == []
    assert _doubles("在应用开发中常常用的函数。") == ["常常"]
    assert _doubles("但在默默认情况下关闭。") == ["默默"]
    assert adverb_before_a_phrase("他常常用电脑。", 1, freq)
    assert not adverb_before_a_phrase("常常用的函数", 0, freq)


def test_a_prepositions_twin_verb_after_a_noun_phrase_and_before_a_complement_is_the_verb() -> None:
    """这个应用/用/起来: a demonstrative makes 应用 a noun, its subject; 用 before the complement 起来 is the verb "use"
    though jieba tags it a preposition. With no noun phrase before (可以应用用起来) or a verb that is no preposition
    (这种修改改起来) the slip stays reported."""
    assert _doubles("这个应用用起来很方便。") == []
    assert _doubles("可以应用用起来。") == ["用用"]
    assert _doubles("这种修改改起来比较简单。") == ["改改"]


def test_a_near_floor_word_at_the_second_copy_is_no_second_reading() -> None:
    """A word broken by a copy (数据库 in 数据据库) is reported though jieba's dictionary holds a word beginning at the
    second copy (据库, counted 5 times against 数据库's 625): so rare a word is no second reading of the doubled text.
    Where the word at the second copy is as common as the one broken, both readings stand and nothing is reported
    (参数/数值 beside 参数值, 上下/下文 beside 上下文)."""
    assert _doubles("请检查数据据库的连接。") == ["据据"]
    assert _doubles("请检查参数数值是否正确。") == []
    assert _doubles("根据上下下文判断。") == []
