"""Keyword lines without a label, told from prose by their shape."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from zhen_qa.cli import main
from zhen_qa.manuscript.keyword_lines import is_keyword_line, starts_own_block
from zhen_qa.manuscript.source import SourceText
from zhen_qa.manuscript.structure import parse_blocks

ZH_KEYWORDS = "味道；判断；决策；情绪；隐喻"
EN_KEYWORDS = "Taste; judgment; decision-making; emotion; metaphor"
ABSTRACT = ("Taste is more than a sensation: it quietly shapes how people judge others, morality and risk, and it "
            "changes the choices people make in daily life. Future research could examine emotion and metaphor as "
            "the ways in which taste affects judgment and decision-making in everyday life")


def test_keyword_lines_are_told_from_prose() -> None:
    assert is_keyword_line(ZH_KEYWORDS, "zh")
    assert is_keyword_line("移动平均预测限，新型冠状病毒感染疫情，疫情预测，风险分级", "zh")
    assert is_keyword_line(EN_KEYWORDS, "en")
    assert is_keyword_line("depression,language use, social media, prediction, diagnosis.", "en")
    assert not is_keyword_line("味道；判断", "zh")  # two items: not enough for a list
    assert is_keyword_line("味道 判断 决策 情绪", "zh") and is_keyword_line("味道\u3000判断\u3000决策", "zh")  # spaces
    assert not is_keyword_line("Taste judgment decision", "en")  # English words are separated by spaces anyway
    assert not is_keyword_line("结果 表明 三者相关。", "zh") and not is_keyword_line("组别 60 52.3，", "zh")
    assert not is_keyword_line("本研究调查了睡眠、焦虑和作息。结果表明，三者相关", "zh")  # a sentence ends inside
    assert not is_keyword_line("未来的研究应当从情绪和隐喻两个角度继续检验味道影响判断的机制，并扩大样本，统一测量",
                               "zh")
    assert not is_keyword_line("Fever, cough, and the fatigue that patients report after two or three weeks of "
                               "the illness, are common", "en")


def test_a_keyword_line_after_an_abstract_without_its_full_stop_is_a_block_of_its_own() -> None:
    assert starts_own_block(ABSTRACT, EN_KEYWORDS, "en")
    assert not starts_own_block(ABSTRACT, EN_KEYWORDS + ".", "en")  # the rest of a sentence, full stop and all
    assert not starts_own_block("People with fever, cough or fatigue and a", "muscle pain, sore throat, diarrhoea",
                                "en")  # a hard-wrapped line: the next line continues its sentence
    blocks = parse_blocks(SourceText.from_text("en.txt", ABSTRACT + "\n" + EN_KEYWORDS + "\n"))
    assert [b.text.text for b in blocks] == [ABSTRACT, EN_KEYWORDS]


def test_a_chinese_abstract_of_a_hundred_characters_is_a_paragraph_line() -> None:
    # a Chinese character carries about two English ones: 120 characters on one line are a paragraph, not a wrap
    abstract = "味道不仅是一种感觉，它还会悄然影响人们对他人、道德与风险的判断，并改变日常生活中的选择。" * 3
    assert 100 <= len(abstract.rstrip("。")) < 200
    assert starts_own_block(abstract.rstrip("。"), ZH_KEYWORDS, "zh")
    assert not starts_own_block("味道不仅是一种感觉，它还会悄然影响人们对他人的", ZH_KEYWORDS, "zh")  # a printed line
    assert not starts_own_block(abstract.rstrip("。"), ZH_KEYWORDS, "mixed")  # a line of mixed script: English length
    blocks = parse_blocks(SourceText.from_text("zh.txt", abstract.rstrip("。") + "\n" + ZH_KEYWORDS + "\n"))
    assert [b.text.text for b in blocks][-1] == ZH_KEYWORDS


def test_a_wrapped_paragraph_still_joins_its_lines() -> None:
    text = "People with fever, cough or fatigue and a\nmuscle pain, sore throat, diarrhoea\nshould see a doctor.\n"
    blocks = parse_blocks(SourceText.from_text("en.txt", text))
    assert len(blocks) == 1


def test_a_line_of_terms_run_together_is_told_from_prose() -> None:
    from zhen_qa.manuscript.keyword_lines import is_unseparated_terms

    assert is_unseparated_terms("疾病诊断相关分组专利医疗医保")
    assert is_unseparated_terms("区块链DPoS数据共享")
    assert not is_unseparated_terms("疾病诊断相关分组是一种先进的医疗支付方式，有助于医保费用的合理控制。")
    assert not is_unseparated_terms("Taste judgment decision")


def test_a_bulleted_line_is_a_list_item_not_a_keyword_line() -> None:
    # the last item of a leaflet's list has three short comma-separated parts, as a keyword line has; its bullet
    # says it is an item (left a keyword line, it was kept apart from the Chinese item that translates it)
    item = "You have vision changes, such as blurred, tunnel or double vision."
    assert is_keyword_line(item, "en")
    assert not is_keyword_line("• " + item, "en") and not is_keyword_line("•• " + item, "en")
    assert not is_keyword_line("• 味觉，判断，决策", "zh") and is_keyword_line("味觉，判断，决策", "zh")


def test_a_chinese_keyword_line_without_commas_is_split_at_the_spaces_between_its_keywords() -> None:
    from zhen_qa.manuscript.keyword_lines import ITEM_SEP, keyword_separator

    def items(text: str, lang: str = "zh") -> list[str]:
        return [item for item in keyword_separator(text, lang).split(text) if item]

    assert items("干细胞 分泌组 再生医学") == ["干细胞", "分泌组", "再生医学"]
    assert items("帕金森病\u3000COVID-19\u3000疫苗") == ["帕金森病", "COVID-19", "疫苗"]
    assert items("新冠肺炎 (COVID-19) 深度学习 deep learning") == ["新冠肺炎 (COVID-19)", "深度学习", "deep learning"]
    assert keyword_separator("干细胞；分泌组 再生医学", "zh") is ITEM_SEP  # commas or semicolons say where items end
    assert keyword_separator("stem cells secretome", "en") is ITEM_SEP
    assert keyword_separator("干细胞：分泌组 再生医学", "zh") is ITEM_SEP  # other marks: no bare run of terms


def test_a_line_of_terms_run_together_may_hold_any_han_character() -> None:
    # extension A (U+3400) and a compatibility ideograph (U+F900) are Han characters like 中: the line is a run of terms
    from zhen_qa.manuscript.keyword_lines import is_unseparated_terms

    assert is_unseparated_terms("疾病诊断\u3400\u3400分组\uf900\uf900医疗医保")
    assert is_unseparated_terms("\u3400\u3400\u3400\uf900\uf900\uf900医保")


def test_a_glued_keyword_list_with_slashes_or_a_final_full_stop_is_the_keywords_label() -> None:
    """review53 R11: 关键词 glued to a list separated by / or closed by 。 is still the label, not prose."""
    from zhen_qa.manuscript.keyword_lines import keywords_word_goes_on

    for label in ("关键词帕金森病/新冠肺炎/疫苗", "关键词帕金森病／新冠肺炎／疫苗", "关键词帕金森病，新冠肺炎，疫苗。",
                  "关键词帕金森病；新冠肺炎；疫苗"):
        assert not keywords_word_goes_on(label, 3), label
    for prose in ("关键词提取会在检索之前运行。", "关键词提取提示词：用于从问题中提取关键词的提示词模板",
                  "关键词提取会在检索之前运行，提取结果会写入缓存，供后续的查询使用。"):
        assert keywords_word_goes_on(prose, 3), prose


def test_an_abstract_closing_with_a_glued_slash_keyword_line_has_no_false_findings(tmp_path: Path) -> None:
    zh = ("摘要\n目的：探讨新冠疫苗接种对帕金森病患者的影响。方法：纳入患者86例。结果：接种后未见病情加重。\n"
          "关键词帕金森病/新冠肺炎/疫苗\n")
    en = ("Abstract\nObjective: To explore the effect of COVID-19 vaccination on patients with Parkinson's disease. "
          "Methods: 86 patients were included. Results: No aggravation was seen after vaccination.\n"
          "Keywords: Parkinson's disease; COVID-19; vaccine\n")
    for i, text in enumerate((zh, zh.replace("帕金森病/新冠肺炎/疫苗", "帕金森病，新冠肺炎，疫苗。"))):
        (tmp_path / f"a{i}.zh.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"a{i}.en.txt").write_text(en, encoding="utf-8")
        result = CliRunner().invoke(main, ["check", str(tmp_path / f"a{i}.zh.txt"), "--en",
                                           str(tmp_path / f"a{i}.en.txt"), "--format", "json"], catch_exceptions=False)
        assert [(f["rule"], f["message"]) for f in json.loads(result.output)["findings"]] == [], i


def test_a_single_keyword_glued_to_its_label_after_an_abstract_is_the_keywords_line(tmp_path: Path) -> None:
    """关键词帕金森病 (one keyword, its separator lost) after an abstract's labelled parts is the keywords line; the
    same shape outside an abstract (关键词提取会在检索之前运行 in a page about retrieval) is still prose."""
    zh = ("摘要\n目的：探讨新冠疫苗接种对帕金森病患者的影响。方法：纳入患者86例。结果：接种后未见病情加重。\n"
          "关键词帕金森病\n")
    en = ("Abstract\nObjective: To explore the effect of COVID-19 vaccination on patients with Parkinson's disease. "
          "Methods: 86 patients were included. Results: No aggravation was seen after vaccination.\n"
          "Keywords: Parkinson's disease\n")
    (tmp_path / "a.zh.txt").write_text(zh, encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(en, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "a.zh.txt"), "--en", str(tmp_path / "a.en.txt"),
                                       "--format", "json"], catch_exceptions=False)
    assert [(f["rule"], f["message"]) for f in json.loads(result.output)["findings"]] == []
    roles = [(b.role.value, b.text.text) for b in parse_blocks(SourceText.from_text("a.zh.txt", zh))]
    assert ("keywords", "帕金森病") in roles
    page = "# 检索\n\n检索分为两步，先提取再查询。\n\n关键词提取会在检索之前运行\n"
    roles = [(b.role.value, b.text.text) for b in parse_blocks(SourceText.from_text("a.zh.md", page))]
    assert ("paragraph", "关键词提取会在检索之前运行") in roles
