"""Blocks, roles and languages of a manuscript in the shape of a PDF-extracted article."""
from __future__ import annotations

import pytest

from tests.texts import ARTICLE
from zhen_qa.manuscript.document import Role
from zhen_qa.manuscript.source import MappedText, SourceText
from zhen_qa.manuscript.structure import parse_blocks


def blocks():
    return parse_blocks(SourceText.from_text("a.md", ARTICLE))


def test_front_matter_roles_in_both_languages() -> None:
    got = [(b.role, b.lang) for b in blocks() if b.role not in (Role.PARAGRAPH, Role.HEADING, Role.REFERENCE,
                                                                  Role.FURNITURE, Role.CAPTION)]
    assert got == [
        (Role.TITLE, "zh"), (Role.AUTHORS, "zh"), (Role.AFFILIATIONS, "zh"), (Role.ABSTRACT, "zh"),
        (Role.KEYWORDS, "zh"), (Role.TITLE, "en"), (Role.AUTHORS, "en"), (Role.AFFILIATIONS, "en"),
        (Role.ABSTRACT, "en"), (Role.KEYWORDS, "en"),
    ]


def test_labels_are_kept_out_of_the_text() -> None:
    abstract = next(b for b in blocks() if b.role is Role.ABSTRACT and b.lang == "zh")
    assert abstract.label == "摘要:"
    assert abstract.text.text.startswith("分泌组是")
    assert abstract.location.column == len("摘要: ") + 1


def test_paragraph_interrupted_by_furniture_is_one_block() -> None:
    paras = [b for b in blocks() if b.role is Role.PARAGRAPH and b.section == "1. 引言"]
    assert len(paras) == 1
    para = paras[0]
    assert para.text.text == "随着对干细胞分泌组理解的加深,研究人员正在探索其临床潜力⁽¹⁾。"
    start = para.text.text.index("研究人员")
    loc = para.text.location(start, start + 4)
    assert ARTICLE.splitlines()[loc.line - 1].startswith("研究人员")


def test_furniture_caption_headings_and_references() -> None:
    bs = blocks()
    furniture = [b.text.text for b in bs if b.role is Role.FURNITURE]
    assert furniture[0].startswith("收稿日期")
    assert furniture[-1] == "san@example.org"  # wrapped e-mail line stays furniture
    assert [b.text.text for b in bs if b.role is Role.CAPTION] == ["图1. 分泌组的主要应用领域。"]
    assert [b.label for b in bs if b.role is Role.HEADING] == ["1. 引言", "2. 结论", "参考文献"]
    refs = [b for b in bs if b.role is Role.REFERENCE]
    assert len(refs) == 2 and refs[1].text.text.endswith("2011;9:4-9.")


def test_numbered_list_item_in_body_is_not_a_heading() -> None:
    text = "1. 引言\n\n1. 标准化协议: 极有必要为分泌组的分离和纯化制定标准化的协议。\n"
    bs = parse_blocks(SourceText.from_text("b.md", text))
    assert [b.role for b in bs] == [Role.HEADING, Role.PARAGRAPH]


def test_a_number_wrapped_to_a_line_start_is_no_numbered_heading() -> None:
    # "every 2 to / 4 minutes. Pain medicine…": a sentence ends inside the would-be title, so it is running text
    text = "2. During labor, contractions repeat every 2 to\n4 minutes. Pain medicine may be given\nat this time.\n"
    (block,) = parse_blocks(SourceText.from_text("e.txt", text))
    assert block.text.text.endswith("every 2 to 4 minutes. Pain medicine may be given at this time.")
    # a numbered heading is still one, "U.S." inside it included
    heads = parse_blocks(SourceText.from_text("h.txt", "4 Results\n\nText.\n\n5 U.S. Policy Changes\n\nMore.\n"))
    assert [b.role for b in heads] == [Role.HEADING, Role.PARAGRAPH, Role.HEADING, Role.PARAGRAPH]


def test_a_number_wrapped_into_a_lower_case_line_is_no_numbered_heading() -> None:
    # "eating 3 to / 4 ounces at each feeding every 3 to 4 / hours.": no sentence ends in the would-be title, but the
    # line before has not ended its sentence and the words after the number go on in lower case
    text = "• By 2 weeks, most babies are eating 3 to\n4 ounces at each feeding every 3 to 4\nhours. In time, more.\n"
    (block,) = parse_blocks(SourceText.from_text("e.txt", text))
    assert block.text.text.endswith("eating 3 to 4 ounces at each feeding every 3 to 4 hours. In time, more.")
    # a numbered heading after an ended sentence, or with a capitalised title, is still one
    heads = parse_blocks(SourceText.from_text("h.txt", "3 Intro\n\nText ends here.\n4 results\nMore.\n\n"
                                                       "Text goes on\n5 Methods\nMore.\n"))
    assert [b.role for b in heads] == [Role.HEADING, Role.PARAGRAPH, Role.HEADING, Role.PARAGRAPH, Role.PARAGRAPH,
                                       Role.HEADING, Role.PARAGRAPH]


def test_a_quantity_wrapped_to_a_chinese_line_start_is_no_numbered_heading() -> None:
    # 记录12至 / 36小时的血压: the number touches a measure word, or closes the range the line before left open
    text = ("• 动态血压监测—记录12至\n36小时的血压\n• 每天早晚各量一次体温，\n3天记录\n"
            "• 每次所量血压的范围为5到\n9之间\n")
    blocks = parse_blocks(SourceText.from_text("z.txt", text))
    assert [b.text.text for b in blocks] == ["• 动态血压监测—记录12至36小时的血压", "• 每天早晚各量一次体温，3天记录",
                                             "• 每次所量血压的范围为5到9之间"]
    # a numbered heading set off by a point or a space, after an ended sentence, or with a title that is no
    # quantity, is still one
    heads = parse_blocks(SourceText.from_text("h.txt", "1 引言\n患者资料如下\n2 方法\n文本。\n研究对象\n3结果\n"
                                                       "更多。\n第一部分。\n4小时\n"))
    assert [b.role for b in heads] == [Role.HEADING, Role.PARAGRAPH, Role.HEADING, Role.PARAGRAPH, Role.PARAGRAPH,
                                       Role.HEADING, Role.PARAGRAPH, Role.PARAGRAPH, Role.HEADING]


def test_a_one_line_item_on_a_content_word_ends_before_a_capitalised_line() -> None:
    # "• Other tests to check for heart disease" / "Your treatment may include:": the list printed without stops
    en = "• An x-ray of the chest\n• Other tests to check for heart disease\nYour treatment may include:\n"
    assert [b.text.text for b in parse_blocks(SourceText.from_text("e.txt", en))] == [
        "• An x-ray of the chest", "• Other tests to check for heart disease", "Your treatment may include:"]
    # an item of one line that stops on a word no sentence ends on goes on, capital or not
    en = "• Get a referral from\nMedicare before the visit.\n• Bring a list of your\nMedicines.\n"
    assert [b.text.text for b in parse_blocks(SourceText.from_text("e.txt", en))] == [
        "• Get a referral from Medicare before the visit.", "• Bring a list of your Medicines."]


def test_a_short_chinese_item_line_ends_its_item() -> None:
    # 体液损失，也称为脱水 stops well short of the column (the full lines around it): no wrap ended it
    text = ("您可能会有以下几种或全部症状，请留意身体\n• 胃痛\n• 体液损失，也称为脱水\n症状可能轻重不一。\n"
            "医生将查看您的症状并安排检查。这些检查\n可能包括：\n")
    assert [b.text.text for b in parse_blocks(SourceText.from_text("z.txt", text))] == [
        "您可能会有以下几种或全部症状，请留意身体", "• 胃痛", "• 体液损失，也称为脱水", "症状可能轻重不一。",
        "医生将查看您的症状并安排检查。这些检查可能包括："]
    # an item line that fills its column (a narrow one beside a picture included), or stops on a comma, wraps
    text = ("检查期间\n• 您将躺在一台长桶状\n机器中间的软垫台\n上。\n• 软垫台滑入机器的开\n口，直到检查部位处\n"
            "于机器中间位置，头部\n会像头盔一样罩在头\n顶上方。\n"
            "• 如果计划拍摄腹部、肝脏或胰腺的照片，\n检查前请勿进食或饮水。\n")
    assert [b.text.text for b in parse_blocks(SourceText.from_text("z.txt", text))][1:] == [
        "• 您将躺在一台长桶状机器中间的软垫台上。",
        "• 软垫台滑入机器的开口，直到检查部位处于机器中间位置，头部会像头盔一样罩在头顶上方。",
        "• 如果计划拍摄腹部、肝脏或胰腺的照片，检查前请勿进食或饮水。"]


def test_only_a_list_items_lines_are_measured_against_their_column(monkeypatch: pytest.MonkeyPatch) -> None:
    # measuring every line of a wrapped paragraph against the lines before it made a long hard-wrapped paragraph
    # quadratic (4000 lines: 12 s); a paragraph that opens with no bullet is never a list item, so never measured
    from zhen_qa.manuscript import structure

    measured: list[int] = []
    real = structure._stops_short

    def counted(parts: list[MappedText], ends: set[int]) -> bool:
        measured.append(len(parts))
        return real(parts, ends)

    monkeypatch.setattr(structure, "_stops_short", counted)
    wrapped = "".join("这是一个很长的段落中被硬换行的中文句子的一部分，继续写下去\n" for _ in range(50)) + "完。\n"
    blocks = parse_blocks(SourceText.from_text("z.txt", wrapped))
    assert len(blocks) == 1 and measured == []
    parse_blocks(SourceText.from_text("z.txt", "• 体液损失，也称为脱水，这一行\n很短\n"))
    assert measured == [1]


def test_page_break_inside_a_sentence_is_joined() -> None:
    text = "1. 引言\n\n骨科疾病影响着全世界数百万人，并严重影响生活质\n\n3\n\n量⁽²⁸⁾。再生医学提供了希望。\n"
    bs = [b for b in parse_blocks(SourceText.from_text("c.md", text)) if b.role is Role.PARAGRAPH]
    assert len(bs) == 1 and "生活质量⁽²⁸⁾。" in bs[0].text.text


def test_doubled_section_labels() -> None:
    from zhen_qa.manuscript.structure import is_doubled_label

    assert is_doubled_label("背景背景") and is_doubled_label(" 方法方法：") and is_doubled_label("Methods Methods")
    assert not is_doubled_label("一一") and not is_doubled_label("背景") and not is_doubled_label("研究背景背景")


def test_a_suppression_comment_in_a_text_body_is_not_english_prose() -> None:
    """<!-- zhen-qa-disable-next-line ... --> in a .txt is markup: the Chinese body stays monolingual."""
    from zhen_qa.aligner.build import load_manuscript

    text = (
        "分泌组研究\n\nSecretome research\n\n摘要：分泌组很重要。\n\nAbstract: The secretome matters.\n\n"
        "1. 引言\n干细胞分泌多种因子。\n<!-- zhen-qa-disable-next-line term-variant -->\n这些因子促进修复。\n"
        "2. 讨论\n分泌组的应用前景广阔。\n"
    )
    source = SourceText.from_text("c.txt", text)
    kinds = [(b.role, b.text.text) for b in parse_blocks(source) if "zhen-qa" in b.text.text]
    assert kinds == [(Role.FURNITURE, "<!-- zhen-qa-disable-next-line term-variant -->")]
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "c.txt")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        ms = load_manuscript(path)
    assert [(m.heading, m.location.line) for m in ms.monolingual] == [("1. 引言", 9), ("2. 讨论", 13)]
    assert [p.section for p in ms.pairs] == ["title", "abstract"]


def test_line_kinds_are_an_enum() -> None:
    from zhen_qa.manuscript.structure import LineKind, _classify

    assert _classify("摘要：本文讨论分泌组。") == (LineKind.LABEL_ABSTRACT, 3)
    assert _classify("关键词：分泌组")[0] is LineKind.LABEL_KEYWORDS and LineKind.LABEL_KEYWORDS.is_label
    assert _classify("收稿日期：2020-01-01")[0] is LineKind.FURNITURE and not LineKind.FURNITURE.is_label
    assert _classify("分泌组在临床上有广泛应用。")[0] is LineKind.TEXT


def test_keywords_as_the_first_word_of_prose_is_no_keywords_label() -> None:
    from zhen_qa.manuscript.structure import LineKind, _classify

    for prose in ("关键词提取提示词：用于从问题中提取关键词的提示词模板", "关键词提取会在检索之前运行。",
                  "关键字匹配算法"):
        assert _classify(prose) == (LineKind.TEXT, 0), prose
    for label in ("关键词：分泌组；外泌体；再生医学", "关键词 帕金森病；疫苗；新冠肺炎",
                  "关键词帕金森病；新冠肺炎；疫苗", "【关键词】分泌组", "关键词", "关键词帕金森病，新冠肺炎"):
        assert _classify(label)[0] is LineKind.LABEL_KEYWORDS, label


def test_a_markdown_list_item_opening_with_keywords_is_read_as_its_text() -> None:
    from zhen_qa.manuscript.markdown import markdown_blocks

    page = "# 输入\n\n- **问题：** 输入查询\n- **关键词提取提示词：** 用于从问题中提取关键词的提示词模板\n"
    last = markdown_blocks(SourceText.from_text("zh.md", page))[-1]
    assert (last.role, last.text.text) == (Role.PARAGRAPH, "关键词提取提示词： 用于从问题中提取关键词的提示词模板")


def test_one_pattern_screens_plain_lines_for_every_kind() -> None:
    """`_classify` answers TEXT at once when `_any_kind()` does not match: it matches every line another kind takes."""
    from zhen_qa.manuscript.structure import LineKind, _any_kind, _classify

    screen = _any_kind()

    kinds = ["引用本文：张三", "- Cite this article: X", "收稿日期：2020-01-01", "<!-- zhen-qa: ignore -->", "12",
             "摘要：本文", "ABSTRACT: We", "Abstract", "关键词：干细胞", "Key words: stem", "利益冲突：无",
             "图1 分泌组", "Fig. 2. The", "## 方法", "参考文献", "REFERENCES", "2.1 研究对象", "目的：探讨",
             "Methods: We", "3 Results"]
    for line in kinds:
        assert screen.match(line), line
        assert _classify(line)[0] is not LineKind.TEXT and _classify(line, screen) == _classify(line), line
    assert _classify("讨论", screen)[0] is LineKind.HEADING  # a named heading: no pattern, looked up by name
    for line in ["分泌组含有生长因子。", "The secretome of MSCs.", "研究表明，2020年分泌组有效。"]:
        assert screen.match(line) is None and _classify(line) == _classify(line, screen) == (LineKind.TEXT, 0)


def test_front_matter_ends_at_the_first_paragraph_of_prose() -> None:
    # a text without headings: a paragraph of two sentences is prose, and a later paragraph that starts with a
    # number and names a 中心 is prose too, not affiliations, once a paragraph of prose has been seen
    text = ("干细胞分泌组的临床应用\n\n张三，李四\n\n分泌组由细胞分泌的全部蛋白质组成。近年来它受到广泛关注，"
            "本文综述其在再生医学中的应用。\n\n5年来，多个研究中心报告了分泌组治疗的结果。\n")
    got = [b.role for b in parse_blocks(SourceText.from_text("a.txt", text))]
    assert got == [Role.TITLE, Role.AUTHORS, Role.PARAGRAPH, Role.PARAGRAPH]


def test_a_line_ends_its_sentence_by_its_last_mark_before_trailing_noise() -> None:
    from zhen_qa.manuscript.structure import _ends_sentence

    assert _ends_sentence("分泌组很重要。") and _ends_sentence("Is it?  ") and _ends_sentence("   ")
    assert _ends_sentence("分泌组很重要。[12]") and _ends_sentence("secretome.¹²")  # a citation or note after the mark
    assert not _ends_sentence("分泌组包括生长因子、") and not _ends_sentence("the secretome and its")
    assert not _ends_sentence("分泌组（见表1")  # a digit is noise, the bracket before it no mark


def test_lines_of_one_sentence_each_are_paragraphs_of_their_own_and_wrapped_lines_join() -> None:
    src = SourceText.from_text("a.txt", "起初神创造天地。\n地是空虚混沌，\n渊面黑暗。\n神的灵运行在水面上。")
    assert [b.text.text for b in parse_blocks(src)] == ["起初神创造天地。", "地是空虚混沌，渊面黑暗。",
                                                        "神的灵运行在水面上。"]


def test_chinese_numeral_and_roman_numeral_headings_are_headings() -> None:
    # 八、鉴别诊断 and "VIII. Differential Diagnosis" head their sections: never joined to the line after them
    zh = ("八、鉴别诊断\n（一）轻型表现需与上呼吸道感染相鉴别。\n"
          "九、病例的发现与报告\n医务人员发现疑似病例后应当立即隔离。\n")
    bs = parse_blocks(SourceText.from_text("z.txt", zh))
    assert [(b.role, b.text.text) for b in bs] == [
        (Role.HEADING, "八、鉴别诊断"), (Role.PARAGRAPH, "（一）轻型表现需与上呼吸道感染相鉴别。"),
        (Role.HEADING, "九、病例的发现与报告"), (Role.PARAGRAPH, "医务人员发现疑似病例后应当立即隔离。")]
    en = "X. Differential Diagnosis\n1. Mild cases need to be told from colds.\nIV. Results were good, in the end.\n"
    bs = parse_blocks(SourceText.from_text("e.txt", en))
    assert [b.role for b in bs][:2] == [Role.HEADING, Role.PARAGRAPH]
    assert bs[-1].role is Role.PARAGRAPH  # a sentence with a comma after a numeral is no heading
    # an English word of Roman letters (MIX) or a numeral in lower case is no such label
    for text in ("MIX. The end came\n", "iv. The end came\n"):
        assert all(b.role is not Role.HEADING for b in parse_blocks(SourceText.from_text("w.txt", text))), text


def test_a_hard_wrap_between_chinese_characters_is_no_space_in_a_mixed_paragraph() -> None:
    # a PDF's bullet glyph (Ì) makes the paragraph mixed; the wrap inside 艾滋病 / 毒 must still close up (艾滋病毒,
    # HIV), while a line break after a Latin letter stays a space
    text = " Ì 梅毒\n Ì 艾滋病病毒。如果孕妇体内有艾滋病\n毒，可能会在怀孕、分娩和哺乳期间\n将其传染给婴儿。\n"
    (block,) = parse_blocks(SourceText.from_text("a.txt", text))
    assert "艾滋病毒，" in block.text.text and "期间将其" in block.text.text
    assert "梅毒 Ì" in block.text.text
    at = block.text.text.index("毒，")
    assert block.text.location(at, at + 1).line == 3  # the joined text still points into the file


def test_a_line_opening_with_a_bullet_starts_a_list_item() -> None:
    # a lead-in ending in a comma (在这 / 次就诊中，), a heading (饮食) and an item whose full stop the original left
    # out ("… movement") never run on into the bullet line after them
    zh = "第一次就诊是您持续最长的产前就诊。在这\n次就诊中，\n• 医护人员将测量您的身高。\n饮食\n•• 每日饮水6至8杯。\n"
    assert [b.text.text for b in parse_blocks(SourceText.from_text("z.txt", zh))] == [
        "第一次就诊是您持续最长的产前就诊。在这次就诊中，", "• 医护人员将测量您的身高。", "饮食", "•• 每日饮水6至8杯。"]
    en = "• You notice a decrease in your baby’s\nmovement\n• You have a headache that won’t go away.\n"
    assert [b.text.text for b in parse_blocks(SourceText.from_text("e.txt", en))] == [
        "• You notice a decrease in your baby’s movement", "• You have a headache that won’t go away."]
    # a bullet glyph standing for a space inside a line (婴幼儿•(WIC)) or without a space after it starts nothing
    text = "妇女婴幼儿•(WIC)•计划免费提供孕妇\n•信息。\n"
    assert len(parse_blocks(SourceText.from_text("w.txt", text))) == 1


def test_a_capitalised_line_after_a_wrapped_item_without_a_stop_starts_the_next_paragraph() -> None:
    # a PDF's list printed without stops and without a blank line after it: the last item's wrap ("neck") is the
    # item's, the capitalised line after it is the text that follows the list
    en = ("• A rash\n• Tender or swollen lymph glands in the\nneck\nTalk to your doctor or nurse if you have\n"
          "any questions.\n")
    assert [b.text.text for b in parse_blocks(SourceText.from_text("e.txt", en))] == [
        "• A rash", "• Tender or swollen lymph glands in the neck",
        "Talk to your doctor or nurse if you have any questions."]
    # an item of one line, or a wrap ending in a comma, goes on as before
    en = "• Ask for help from\nMedicaid if needed.\n• Eat well, rest,\nExercise daily.\n"
    assert [b.text.text for b in parse_blocks(SourceText.from_text("e.txt", en))] == [
        "• Ask for help from Medicaid if needed.", "• Eat well, rest, Exercise daily."]


def test_a_latin_line_closed_by_a_chinese_full_stop_ends_the_chinese_sentence() -> None:
    # the English name that closes a hard-wrapped Chinese sentence (糖精 / (Sweet ‘N Low)。) is that sentence's end
    text = "可少量摄取阿斯巴甜和蔗糖素，但绝对禁用糖精\n(Sweet ‘N Low)。\n避免食用未完全煮熟的肉类。\n"
    blocks = parse_blocks(SourceText.from_text("z.txt", text))
    assert [(b.lang, b.text.text) for b in blocks] == [
        ("zh", "可少量摄取阿斯巴甜和蔗糖素，但绝对禁用糖精(Sweet ‘N Low)。"), ("zh", "避免食用未完全煮熟的肉类。")]
    # an English line after Chinese that ends as English does stays English
    text = "但绝对禁用糖精\n(Sweet ‘N Low) is a sweetener.\n"
    assert [b.lang for b in parse_blocks(SourceText.from_text("z.txt", text))] == ["zh", "en"]


def test_a_numbered_step_wrapped_to_the_next_line_is_no_heading() -> None:
    # a PDF's numbered step whose wrap goes on in lower case, or (Chinese) whose next line ends the word it broke
    en = "6. Sit on the toilet and spread your legs\napart. Use two fingers to spread open your labia.\n"
    (block,) = parse_blocks(SourceText.from_text("s.en.txt", en))
    assert block.role is not Role.HEADING
    assert block.text.text == ("6. Sit on the toilet and spread your legs apart. Use two fingers to spread open "
                               "your labia.")
    zh = "7.  另一只手用湿巾清洁阴\n唇。\n"
    (block,) = parse_blocks(SourceText.from_text("s.zh.txt", zh))
    assert block.role is not Role.HEADING and block.text.text == "7.  另一只手用湿巾清洁阴唇。"
    # a numbered heading followed by a sentence of its own stays a heading, in either language
    for text in ("2 Methods\nWe enrolled 20 patients.\n", "1. 引言\n骨科疾病影响着全世界数百万人。\n",
                 "2 方法\n文本。\n"):
        assert parse_blocks(SourceText.from_text("h.txt", text))[0].role is Role.HEADING



def test_a_wrapped_tail_of_an_extension_or_compatibility_ideograph_ends_the_step() -> None:
    # the one-character tail of a wrapped step is a Han character of any block (script.HAN): PDF text may carry a
    # CJK compatibility ideograph (U+F9F7 for 立) or an extension-A one where the basic block has none
    for tail in ("\uf9f7", "\u3400"):
        zh = f"7.  请在医生指导下站\n{tail}。\n"
        (block,) = parse_blocks(SourceText.from_text("s.zh.txt", zh))
        assert block.role is not Role.HEADING and block.text.text == f"7.  请在医生指导下站{tail}。"

def test_a_label_alone_heads_its_text_over_a_blank_line() -> None:
    text = ("数据驱动的翻译质量检查\n\n摘要\n\n本文提出一种检查双语稿件的方法。我们在真实语料上评估了它。\n\n关键词\n\n"
            "翻译；质量；检查\n\nA data-driven check of translation quality\n\nAbstract\n\nThis paper proposes a "
            "method for checking bilingual manuscripts. We evaluate it on real text.\n\nKey words:\n\n"
            "translation; quality; checking\n")
    got = {(b.role, b.lang): b for b in parse_blocks(SourceText.from_text("a.txt", text))}
    assert got[(Role.ABSTRACT, "zh")].text.text.startswith("本文提出")
    assert got[(Role.ABSTRACT, "zh")].label == "摘要"
    assert got[(Role.ABSTRACT, "en")].text.text.startswith("This paper proposes")
    assert got[(Role.KEYWORDS, "zh")].text.text == "翻译；质量；检查"
    assert got[(Role.KEYWORDS, "en")].text.text == "translation; quality; checking"
    assert (Role.AUTHORS, "zh") not in got and (Role.AUTHORS, "en") not in got


def test_an_english_keywords_label_alone_without_a_colon_heads_the_keywords() -> None:
    for label in ("Keywords", "Key words", "KEY WORDS", "Keywords."):
        for gap in ("\n", "\n\n"):
            text = ("数据驱动的翻译质量检查\n\n摘要\n本文提出一种检查双语稿件的方法。\n我们在真实语料上评估了它。\n\n"
                    "关键词\n翻译；质量；检查\n\nA data-driven check of translation quality\n\nAbstract\n"
                    "This paper proposes a method for checking bilingual manuscripts.\nWe evaluate it on real text.\n\n"
                    f"{label}{gap}"
                    "translation; quality; checking\n")
            blocks = parse_blocks(SourceText.from_text("a.txt", text))
            got = {(b.role, b.lang): b for b in blocks}
            assert got[(Role.KEYWORDS, "en")].text.text == "translation; quality; checking", (label, gap)
            assert got[(Role.KEYWORDS, "en")].label == label.rstrip(".") or label.endswith(".")
            assert not any(b.role is Role.ABSTRACT and "translation; quality" in b.text.text for b in blocks)


def test_a_keywords_line_alone_before_prose_is_no_label() -> None:
    text = "Keywords\nKeywords help readers find a paper, so choose them with care.\n"
    assert all(b.role is not Role.KEYWORDS for b in parse_blocks(SourceText.from_text("a.txt", text)))


@pytest.mark.parametrize("text", [
    "分泌组由细胞分泌的全部蛋白质组成。近年来它受到广泛关注，本文综述其在再生医学中的应用。\n",
    "The secretome is the set of proteins a cell secretes. It has drawn wide attention in recent years.\n",
    "分泌组由细胞分泌的全部蛋白质组成。近年来它受到广泛关注。\n\n本文综述其在再生医学中的应用。\n",
])
def test_an_abstract_alone_in_its_file_is_prose_not_a_title(text: str) -> None:
    # one abstract a file (a ChinaXiv pair checked as two files): two sentences ending in a stop are no title, so
    # the paragraph is aligned sentence by sentence and the report does not show it as a heading
    got = [b.role for b in parse_blocks(SourceText.from_text("a.txt", text))]
    assert Role.TITLE not in got and set(got) == {Role.PARAGRAPH}


@pytest.mark.parametrize("title", ["研究进展. 综述", "COVID-19 in children. A review", "干细胞分泌组的临床应用。",
                                   "What is the secretome? A review of its uses"])
def test_a_title_with_a_subtitle_or_one_stop_is_still_a_title(title: str) -> None:
    text = f"{title}\n\n张三，李四\n\n分泌组由细胞分泌的全部蛋白质组成。近年来它受到广泛关注。\n"
    assert parse_blocks(SourceText.from_text("a.txt", text))[0].role is Role.TITLE
