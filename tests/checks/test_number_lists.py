"""number-mismatch: list and section numbers that one side numbers its own way are not quantities."""
from __future__ import annotations

from tests.checks.numbers_kit import check, numbers


def test_a_chinese_item_label_numbered_as_a_section_in_english_is_no_number() -> None:
    assert check("症状2：咳嗽伴发热。", "1.2 Symptom: cough with fever.") == []
    (f,) = check("症状2：咳嗽伴发热3天。", "1.2 Symptom: cough with fever for 4 days.")  # a real change is kept
    assert numbers([f]) == ["3/4"]
    (g,) = check("症状2：咳嗽伴发热。", "Symptom one: cough with fever.")  # no section number: still reported
    assert numbers([g]) == ["2/"]


def test_an_item_number_glued_to_the_next_number_is_the_label_and_that_number() -> None:
    # 6.2周岁以下 is item 6 and "under 2 years", which the English numbers as section 3.6
    assert check("6.2周岁以下的儿童需要观察。", "3.6 Children under the age of 2 years need observation.") == []
    (f,) = check("6.2周岁以下的儿童需要观察。", "3.6 Children under the age of 4 years need observation.")
    assert f.rule == "number-mismatch"


def test_an_english_section_number_before_a_chinese_list_number_is_no_number() -> None:
    zh = "2.患者出院后应继续隔离14天。"
    assert check(zh, "2.2. After discharge, patients should stay isolated for 14 days.") == []
    (f,) = check(zh, "2.2. After discharge, patients should stay isolated for 7 days.")
    assert numbers([f]) == ["14/7"]


def test_a_headings_opening_number_is_its_section_number_however_it_is_set_off() -> None:
    """`### 2.1权限定义` (glued to the title) under `### 2.1 Permission definition`, `## 2 Linux内核参数` under
    `## 2.Linux Kernel Parameters`: the section number, not a quantity the other side lacks. A number inside the
    heading's title is still compared."""
    from zhen_qa.aligner.build import build_from_texts
    from zhen_qa.checks.engine import check_manuscript

    def mismatches(zh_heading: str, en_heading: str) -> list[str]:
        zh = f"# 访问控制\n\n## {zh_heading}\n\n权限控制的定义主要分为以下四种。\n"
        en = f"# Access control\n\n## {en_heading}\n\nThe permissions are defined in the following four kinds.\n"
        ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
        return [f.message for f in check_manuscript(ms, select=["number-mismatch"])]

    assert mismatches("2.1权限定义", "2.1 Permission definition") == []
    assert mismatches("2 Linux内核参数", "2.Linux Kernel Parameters") == []
    assert len(mismatches("2.1权限定义的3种属性", "2.1 The two attributes of a permission")) == 1


def test_the_next_enumerator_of_a_list_glued_to_its_items_word_is_no_number() -> None:
    """"… 2) discusses …; and 3)finally suggests …": item 3 of the list the sentence numbers, its space lost."""
    zh = "本文总结了已有研究，讨论了尚未研究的问题，并提出了未来的研究方向。"
    en = "This article 1) summarizes the findings; 2) discusses what is missing; and 3)finally suggests directions."
    assert check(zh, en) == []
    (f,) = check(zh.replace("问题", "5个问题"), en)  # a real number of the Chinese is still reported
    assert numbers([f]) == ["5/"]
    (g,) = check(zh, "The dose was 3)mg in all.")  # no list before it: a number
    assert numbers([g]) == ["/3"]


def test_a_count_after_n_equals_is_no_enumerator_of_the_sentences_list() -> None:
    """"（n = 9）…：1）…；2）…": the count closes its own bracket after "n ="; the sentence's 1）2） do not make it
    a list marker, so a count changed in translation is reported and equal counts give nothing."""
    zh = "方法：将大鼠（n = 9）分为两组：1）对照组；2）模型组，观察4周。"
    en = ("Methods: Rats (n = 8) were divided into two groups: 1) a control group; 2) a model group, observed for "
          "4 weeks.")
    (f,) = check(zh, en)
    assert numbers([f]) == ["9/8"]
    assert check(zh.replace("n = 9", "n = 8"), en) == []
    assert check(zh.replace("（n = 9）", "（n = 8）"), en.replace("(n = 8) were", "(n = 8)were")) == []


def test_an_item_number_after_a_line_break_in_a_table_cell_is_no_number() -> None:
    """A list in one table cell (`1. … <br> 2. … <br> 3. …`): Markdown allows no line break in a cell. The item
    before 3. ends without a full stop in the Chinese, so 3 stays inside that sentence; it is the item's number,
    which the English starts a sentence with. A number inside an item is still compared, and a number after a
    `<br>` that opens no item (`<br> 3 个`) is a quantity."""
    from zhen_qa.aligner.build import build_from_texts
    from zhen_qa.checks.engine import check_manuscript

    def mismatches(zh_cell: str, en_cell: str) -> list[str]:
        zh = ("# 运算符\n\n下表列出了支持的运算符，以及它们在转换时的行为。\n\n| 运算符 | 说明 |\n| --- | --- |\n"
              f"| and | {zh_cell} |\n")
        en = ("# Operators\n\nThe table lists the supported operators and how they behave when converted.\n\n"
              f"| Operator | Notes |\n| --- | --- |\n| and | {en_cell} |\n")
        ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
        return [f.message for f in check_manuscript(ms, select=["number-mismatch"])]

    en = ("1.if both are tensors, build the graph. <br>2.if neither is a tensor, use the python meaning. "
          "<br>3. If only one is a tensor, use the python meaning, and the result is correct.")
    zh = ("1.如果两个都是 Tensor，会组网静态图。 <br> 2. 如果都不是 Tensor，那么使用原始 python 语义 "
          "<br> 3. 如果一个是 Tensor 一个不是，那么也会使用 python 语义，但是结果不会出错。")
    assert mismatches(zh, en) == []
    assert len(mismatches(zh.replace("使用原始 python 语义", "使用 2 种 python 语义"), en)) == 1
    zh3 = zh.replace("<br> 3. 如果一个是 Tensor 一个不是", "<br> 3 个 Tensor 中如果一个不是")
    assert len(mismatches(zh3, en)) == 1


def test_an_item_dropped_from_a_table_cell_list_keeps_its_number() -> None:
    """A list in one table cell whose last item the English drops (`1. 检查网络 <br> 2. 检查端口 <br> 3. 重启服务`
    against `1. Check the network <br> 2. Check the port`): the English has no item 3, so the missing 3 is the
    evidence of a dropped item, not a splitting difference, and stays reported."""
    from zhen_qa.aligner.build import build_from_texts
    from zhen_qa.checks.engine import check_manuscript

    zh = ("# 常见问题\n\n| 问题 | 解决方法 |\n| --- | --- |\n"
          "| 连接失败 | 1. 检查网络 <br> 2. 检查端口 <br> 3. 重启服务 |\n")
    en = ("# FAQ\n\n| Problem | Solution |\n| --- | --- |\n"
          "| Connection fails | 1. Check the network <br> 2. Check the port |\n")
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    found = [f.message for f in check_manuscript(ms, select=["number-mismatch"])]
    assert len(found) == 1 and '"3"' in found[0]


def test_a_dotted_number_opening_a_line_on_both_sides_is_one_token() -> None:
    """"1.3 是我们归档的第一个版本。" reads as a section label (dotted number, space, Han) and its number is left out;
    the English line opens with the same 1.3, so nothing is missing. A different number is still reported."""
    assert check("1.3 是我们归档的第一个版本。", "1.3 is the first version we have archived.") == []
    (f,) = check("1.3 是我们归档的第一个版本。", "1.4 is the first version we have archived.")
    assert numbers([f]) == ["/1.4"]
    (g,) = check("我们归档的第一个版本是 1.2。", "1.3 is the first version we have archived.")
    assert numbers([g]) == ["1.2/1.3"]


def _doc_mismatches(zh: str, en: str) -> list[str]:
    from zhen_qa.aligner.build import build_from_texts
    from zhen_qa.checks.engine import check_manuscript

    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    return [f.message for f in check_manuscript(ms, select=["number-mismatch"])]


def test_a_cell_item_opening_with_code_or_cut_after_its_marker_is_no_number() -> None:
    """A table cell's list `1. … <br>2. \\`A14\\` … <br>4. IO …` whose items end without a full stop: the item may
    open with a code span (`` 2. `A14` ``), and the sentence splitter may cut right after a marker ("… via
    `GPIO`<br>4." then "IO is …"); both are item numbers. A changed number inside an item is still reported."""
    zh = ("# 引脚\n\n| 型号 | 注意 |\n| --- | --- |\n| MaixCAM | 1. `UART0`是系统日志+默认串口。<br>2. `A14` 默认是系统"
          "状态灯。<br>3. 用户按键不建议用`GPIO`读取。<br>4. 再次强调 IO 是`3.3v`电平，不要直接接`5v`电压。 |\n")
    en = ("# Pins\n\n| Model | Notes |\n| --- | --- |\n| MaixCAM | 1. `UART0` is system log + default serial "
          "port<br>2. `A14` is the system status LED<br>3. User button should not be read via `GPIO`<br>4. IO is "
          "`3.3V` — do not connect `5V` directly |\n")
    assert _doc_mismatches(zh, en) == []
    found = _doc_mismatches(zh.replace("用户按键", "7 个用户按键"), en)
    assert len(found) == 1 and '"7"' in found[0]


def test_an_inline_enumeration_after_a_colon_numbers_items_not_quantities() -> None:
    """`可能的原因有:1. …; 2. …; 3. …` in one Chinese sentence, the English splitting it into sentences: 2 and 3
    follow a semicolon after the items 1 and 2, so they are markers. An item the English drops keeps its number
    reported (no `3.` item on the other side)."""
    zh = "# 错误\n\n摄像头初始化失败了，可能的原因有:1. 摄像头被占用了; 2. 排线松了; 3. 没有安装运行库\n"
    en = ("# Error\n\nCamera initialization failed. Possible reasons include:1. The camera is occupied by another "
          "application. 2.The ribbon cable may be loose. 3. The runtime library is not installed.\n")
    assert _doc_mismatches(zh, en) == []
    dropped = en.replace(" 3. The runtime library is not installed.", "")
    found = _doc_mismatches(zh, dropped)
    assert len(found) == 1 and '"3"' in found[0]
