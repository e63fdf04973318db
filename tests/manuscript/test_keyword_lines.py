"""Keyword lines without a label, told from prose by their shape."""
from __future__ import annotations

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
