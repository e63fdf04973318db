"""punctuation-width: half-width punctuation in Chinese, full-width in English, Chinese/Latin spacing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.checks.typography_kit import BODY_ZH, EN, FRONT_ZH, cols, found
from zhen_qa.cli import main


def test_half_width_comma_in_chinese_front_matter() -> None:
    fs = found([FRONT_ZH], [EN], "punctuation-width")
    assert cols(fs, FRONT_ZH) == [","] and fs[0].suggestion == "，" and fs[0].lang == "zh"


def test_half_width_parentheses_semicolon_question_in_chinese() -> None:
    fs = found([BODY_ZH], [EN], "punctuation-width")
    assert sorted(cols(fs, BODY_ZH)) == sorted(["(如外泌体)", ",", ";", "?"])  # the bracket pair is one finding


def test_correct_chinese_and_english_pass() -> None:
    zh = "分泌组包括生长因子（例如VEGF）、细胞因子和胞外囊泡，p = 0.045。"
    assert found([zh], [EN], "punctuation-width") == []


def test_full_width_punctuation_in_english() -> None:
    en = "Regenerative medicine，a goal（pursued）through secretomes。"
    fs = found(["再生医学。"], [en], "punctuation-width")
    assert cols(fs, en) == ["，", "（pursued）", "。"] and all(f.lang == "en" for f in fs)


def test_spacing_house_style() -> None:
    zh = "这个概念首先由Tjalsma等人定义。"
    assert found([zh], [EN], "punctuation-width") == []
    fs = found([zh], [EN], "punctuation-width", cjk_latin_space=True)
    assert len(fs) == 2
    spaced = "这个概念首先由 Tjalsma 等人定义。"
    assert found([spaced], [EN], "punctuation-width", cjk_latin_space=True) == []
    assert len(found([spaced], [EN], "punctuation-width", cjk_latin_space=False)) == 2


def test_han_of_the_supplementary_planes_counts_as_chinese() -> None:
    zh = "他写了𠮷;abc是例子。"  # 𠮷 (U+20BB7, extension B) is the only Han neighbour of the semicolon
    fs = found([zh], [EN], "punctuation-width")
    assert [(f.location.column, f.location.end_column, f.suggestion) for f in fs] == [(5, 6, "；")]


def test_a_long_chinese_paragraph_ending_sentences_with_half_width_stops_is_diffed_in_one_linear_walk(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """AutoCorrect turns "." into "。" as well as "," into "，": both are one-for-one swaps, so the edits are found in
    one walk, never by difflib (quadratic on repetitive text: a 1 MB line of such sentences took 15 CPU seconds)."""
    import difflib

    from zhen_qa.checks import width_zh

    def no_difflib(*args: object, **kwargs: object) -> None:
        raise AssertionError("difflib asked for a swap-and-space change")

    monkeypatch.setattr(difflib, "SequenceMatcher", no_difflib)
    sentence = "干细胞分泌组含有生长因子, 细胞因子和细胞外囊泡等多种活性成分."
    text = sentence * 60
    edits = list(width_zh._autocorrect_edits(text))
    commas = [a for a, _b, old, new in edits if old == "," and new == "，"]
    stops = [a for a, _b, old, new in edits if old == "." and new == "。"]
    assert commas == [i * len(sentence) + sentence.index(",") for i in range(60)]
    assert stops == [i * len(sentence) + len(sentence) - 1 for i in range(60)]


def test_equation_numbers_written_out_keep_their_half_width_brackets() -> None:
    zh = "由式(3.2)可得误差减小，将(2)式代入方程 (4a) 中，见式(3-5)，但此处(例如)应为全角。"
    fs = found([zh], [EN], "punctuation-width")
    at = zh.index("(例如)")
    assert [f.location.column - 1 for f in fs] == [at]  # only the brackets around words (one pair, one finding)


def _latex_findings(tmp_path: Path, body: str) -> list[tuple[int, int]]:
    tex = tmp_path / "t.tex"
    tex.write_text("\\documentclass{ctexart}\n\\begin{document}\n\\section{方法}\n" + body + "\n\\end{document}\n",
                   encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tex), "--select", "punctuation-width", "--format", "json"],
                                catch_exceptions=False)
    return [(f["line"], f["column"]) for f in json.loads(result.output)["findings"]]


def test_brackets_around_latex_references_are_numbering_not_prose(tmp_path: Path) -> None:
    # 式(\ref{..}) prints like \eqref, 式(\ref{a}-\ref{b}) a range: the brackets hold a number, not Chinese text
    body = "根据式(\\ref{eq:a})可知误差减小，由公式~(\\ref{eq:b})和式(\\ref{eq:c}-\\ref{eq:d})得到结果。"
    assert _latex_findings(tmp_path, body) == []
    # brackets around Chinese words are still prose punctuation, next to a reference or not
    body = "根据式(\\ref{eq:a})可知误差(即偏差)减小。"
    at = body.index("(即") + 1
    assert _latex_findings(tmp_path, body) == [(4, at)]  # the pair: one finding
    # and so are brackets around inline math: a parenthesis of the prose ($k$ is a symbol, not a number label)
    body = "其中$k$是玻尔兹曼常数($k=1.38$)的值。"
    at = body.index("($") + 1
    assert _latex_findings(tmp_path, body) == [(4, at)]


def test_the_brackets_of_a_formula_written_in_the_text_are_notation_not_prose(tmp_path: Path) -> None:
    # an operation between operands, no space: (通道数*阵列个数), ceil(包数量*2 / 24)
    zh = "将合并的(通道数*阵列个数)个二维码分离，确定为max(ceil(包数量*2 / 24) * 24, 72)，再(逐个)解码。"
    fs = found([zh], [EN], "punctuation-width")
    at = zh.index("(逐个)")
    assert [f.location.column - 1 for f in fs] == [at]  # only the brackets around words (one pair, one finding)
    # "=" explained in words, spaced, is prose; a file pattern is no operation (its ")" follows Latin text), and no
    # Qt file-type filter either (review69 R6: no Qt file, no `;;` list): the brackets of the prose, reported
    zh = "左边距(0 = 样式默认)，文本文件(*.autotext)。"
    starts = [zh.index("(0"), zh.index("(*")]  # the pair (0 = 样式默认) is one finding
    assert sorted(f.location.column - 1 for f in found([zh], [EN], "punctuation-width")) == starts
    # a tuple of inline math: its brackets are the tuple's notation; one math in brackets stays a parenthesis
    body = "然后通过($Q$,$K$,$V$)三元组运算建立关联，第$t$层($t=0$)的输出。"
    at = body.index("($t") + 1
    assert _latex_findings(tmp_path, body) == [(4, at)]  # the pair: one finding


def test_the_brackets_of_a_macro_call_are_markup_not_prose() -> None:
    # D documentation's Ddoc macros $(C …) / $(H5 …), left untagged by CAT tools (a Makefile's $(VAR) alike)
    zh = "$(C .get()) 在这样的样例中是有用的，$(C ~=) 则能够附加字符串(例如)。"
    fs = found([zh], [EN], "punctuation-width")
    at = zh.index("(例如)")
    assert [f.location.column - 1 for f in fs] == [at]  # only the brackets of the prose (one pair)
    # a bracket after a plain Latin word is still reported by its own rule: 使用函数f(即映射)时
    zh = "使用函数f(即映射)时要小心。"
    assert len(found([zh], [EN], "punctuation-width")) == 1  # the pair, one finding


def test_a_separator_list_the_source_writes_keeps_its_separator() -> None:
    # a program parses "degree,degrees,deg" (unit names) and "calculation;arithmetic;" (search keywords)
    assert found(["角度,角度,deg"], ["degree,degrees,deg"], "punctuation-width") == []
    assert found(["吨,吨"], ["tonne,tonnes"], "punctuation-width") == []
    keywords = "calculation;arithmetic;计算;算术;"
    assert found([keywords], ["calculation;arithmetic;"], "punctuation-width") == []
    # English prose writes a space after its commas: the Chinese comma is punctuation again
    fs = found(["苹果,香蕉,橘子"], ["apples, bananas, oranges"], "punctuation-width")
    assert len(fs) == 2
    # only the list's own mark is spared
    fs = found(["角度;角度"], ["degree,degrees"], "punctuation-width")
    assert len(fs) == 1
    # a number is no list
    fs = found(["共1,000例,男性"], ["1,000"], "punctuation-width")
    assert len(fs) == 1


def test_a_half_open_interval_is_notation_not_punctuation() -> None:
    zh = "调度器只在 [begin, end) 区间内生效，概率取值在 (0, 1] 之间，但这里(例如)不对。"
    fs = found([zh], [EN], "punctuation-width")
    assert cols(fs, zh) == ["(例如)"] and [f.location.column for f in fs] == [zh.index("(例") + 1]


def test_a_half_width_bracket_closing_a_chinese_sentence_is_reported_at_the_sentence_end() -> None:
    # a sentence cut at the bracket (a CAT unit's first sentence): nothing after it, the Chinese full stop before
    from zhen_qa.checks.config import Options
    from zhen_qa.checks.width_zh import chinese_width
    from zhen_qa.manuscript.source import MappedText, SourceText

    text = "(clear 是最自然的方法。) 至少还有三种方法："
    mt = MappedText.span(SourceText.from_text("a.txt", text), 0, text.index(")") + 1)
    assert [(f.location.column, f.suggestion) for f in chinese_width(mt, Options())] == [(text.index(")") + 1, "）")]


def test_a_bracket_after_a_chinese_stop_with_no_opening_in_its_text_is_left_alone() -> None:
    # a CAT segment closing an aside or a macro that an earlier segment opened: its bracket is that text's
    from zhen_qa.checks.config import Options
    from zhen_qa.checks.width_zh import chinese_width
    from zhen_qa.manuscript.source import MappedText, SourceText

    text = "在稍后的章节中我们将涵盖这些概念。)"
    mt = MappedText.span(SourceText.from_text("a.txt", text), 0, len(text))
    assert list(chinese_width(mt, Options())) == []


def test_a_bracket_pair_is_one_finding_at_its_opening_bracket() -> None:
    zh = "我们进行了分析(详细分析见附录)，结果很好。"
    fs = found([zh], [EN], "punctuation-width")
    assert len(fs) == 1 and cols(fs, zh) == ["(详细分析见附录)"]
    assert fs[0].message == 'half-width "(" and ")" in Chinese text: (详细分析见附录)'
    assert fs[0].suggestion == "（详细分析见附录）"


def test_full_width_pair_in_english_is_one_finding() -> None:
    en = "Regenerative medicine（a goal）is pursued."
    fs = found(["再生医学。"], [en], "punctuation-width")
    assert len(fs) == 1 and fs[0].suggestion == "(a goal)" and fs[0].lang == "en"
    assert fs[0].message == 'full-width "（" and "）" in English text: （a goal）'


def test_nested_pairs_each_one_finding_and_a_lone_bracket_its_own() -> None:
    zh = "嵌套(外层(内层)外层)结束，单独的)括号。"
    fs = found([zh], [EN], "punctuation-width")
    assert cols(fs, zh) == ["(外层(内层)外层)", "(内层)", ")"]
    assert fs[2].message == 'half-width ")" in Chinese text' and fs[2].suggestion == "）"


def test_crossing_brackets_pair_by_width() -> None:
    zh = "交叉(甲（乙)丙）结束。"  # the full-width brackets are not counted: ( pairs with )
    fs = found([zh], [EN], "punctuation-width")
    assert cols(fs, zh) == ["(甲（乙)"] and fs[0].suggestion == "（甲（乙）"


def test_a_long_bracketed_span_is_quoted_cut() -> None:
    inner = "这是一段很长的括号内说明文字用于测试引用截断的效果"
    fs = found([f"我们分析({inner})。"], [EN], "punctuation-width")
    assert len(fs) == 1 and fs[0].message.endswith("(" + inner[:19] + "…)") and fs[0].suggestion == f"（{inner}）"


def test_a_pair_ending_in_a_digit_or_latin_letter_is_the_pair_not_a_lone_opening_bracket() -> None:
    """The ")" of 方法(见图2)。 follows a digit, so alone it reads as Latin text's; it closes the Chinese bracket
    all the same: one pair, whose fix writes （见图2）, not the opening bracket alone (fix wrote "（见图2)")."""
    zh = "结果良好(见图2)。两组患者(均为男性A)。"
    fs = found([zh], [EN], "punctuation-width")
    assert cols(fs, zh) == ["(见图2)", "(均为男性A)"]
    assert [f.suggestion for f in fs] == ["（见图2）", "（均为男性A）"]
    # a formula's brackets stay unreported, and a lone opening bracket stays its own
    zh = "函数f(x)的值单调(见图2。"
    assert cols(found([zh], [EN], "punctuation-width"), zh) == ["("]


def test_an_empty_call_named_in_chinese_prose_is_code_not_punctuation() -> None:
    zh = "我们借助 Matlab 的 movmean() 函数平滑信号，再依次调用Update()/Handle()完成更新，结果良好(见图)。"
    en = "We smooth the signal with movmean() and call Update()/Handle(); the result is good (see figure)."
    fs = found([zh], [en], "punctuation-width")
    assert cols(fs, zh) == ["(见图)"]  # the procedures' brackets are code; the prose's pair is still reported


def test_brackets_around_math_the_prose_view_leaves_out_are_no_empty_call(tmp_path: Path) -> None:
    body = "与SHARP($\\kappa=0$)的结果相比，调用 find() 函数。"
    assert _latex_findings(tmp_path, body) == [(4, body.index(")的") + 1)]  # SHARP(κ=0) is prose; find() is code


def test_a_code_named_procedure_called_on_a_math_argument_is_code_not_punctuation(tmp_path: Path) -> None:
    """ColorMap($DEL$), EstimateLoad($req$), get_map($P$): a name shaped as code writes it (an inner capital after a
    lower-case letter, or an underscore) called on one math argument is a call, its brackets code's; an all-capital
    method name with a parameter (SHARP($\\kappa=0$)) and a plain word stay prose."""
    body = "管线以ColorMap($DEL$)与get_map($ES$)生成，再通过EstimateLoad($req$)叠加，与SHARP($\\kappa=0$)相比。"
    assert _latex_findings(tmp_path, body) == [(4, body.index(")相比") + 1)]


def test_a_bracket_pair_across_a_line_break_is_one_finding(tmp_path: Path) -> None:
    """Hard-wrapped text: "(" at a line's end and ")" on the next line are one defect, one finding spanning both
    lines (its quote the joined text); a "(" whose ")" comes more than PAIR_SPAN characters later stays alone."""
    path = tmp_path / "wrapped.txt"
    path.write_text("摘要：我们进行了分析(详细分析\n见附录)，结果很好。\n\n"
                    "Abstract: We analysed it (see the appendix), and it was good.\n", encoding="utf-8")
    report = json.loads(CliRunner().invoke(main, ["check", str(path), "--format", "json"]).stdout)
    fs = [f for f in report["findings"] if f["rule"] == "punctuation-width"]
    assert [(f["line"], f["column"], f["end_line"], f["end_column"]) for f in fs] == [(1, 11, 2, 5)]
    assert fs[0]["message"] == 'half-width "(" and ")" in Chinese text: (详细分析见附录)'
    far = tmp_path / "far.txt"
    long = "很长的说明。" * 20
    far.write_text("摘要：我们进行了分析(" + long + "\n" + long + "见附录)，结果很好。\n\n"
                   "Abstract: We analysed it (see the appendix), and it was good.\n", encoding="utf-8")
    report = json.loads(CliRunner().invoke(main, ["check", str(far), "--format", "json"]).stdout)
    assert [f["message"] for f in report["findings"] if f["rule"] == "punctuation-width"] == [
        'half-width "(" in Chinese text', 'half-width ")" in Chinese text']


HALF_WIDTH_STYLE = [f"第{n}组包括生长因子、细胞因子和胞外囊泡(如外泌体), 它们一起可以调节炎症; 这是什么?"
                    for n in "一二三四五"]
"""Five paragraphs written in half-width punctuation: 25 marks (5 of each: "," ";" "?", and 5 bracket pairs)."""


def test_a_document_written_in_half_width_punctuation_is_one_finding() -> None:
    fs = found(HALF_WIDTH_STYLE, [EN], "punctuation-width")
    assert len(fs) == 1
    f = fs[0]
    assert f.message.startswith("half-width punctuation throughout the Chinese text: 25 of 25 marks")
    assert '"," 5' in f.message and '"(" 5' in f.message and '")" 5' in f.message
    assert (f.location.line, f.location.column) == (1, HALF_WIDTH_STYLE[0].index("(") + 1)  # the first mark
    places = dict(f.data)["places"]
    assert len(places) == 20 and {s for _loc, s in places} == {"，", "；", "？", "（如外泌体）"}


def test_a_minority_of_half_width_marks_stays_a_finding_at_each_place() -> None:
    full = [p.replace("(", "（").replace(")", "）").replace(", ", "，").replace("; ", "；").replace("?", "？")
            for p in HALF_WIDTH_STYLE]
    zh = [*HALF_WIDTH_STYLE[:2], *full[2:], *full]  # 10 half-width marks of 45: a slip here and there
    assert len(found(zh, [EN], "punctuation-width")) == 8
    few = HALF_WIDTH_STYLE[:3]  # 15 marks, all half-width, but too few to call a style
    assert len(found(few, [EN], "punctuation-width")) == 12


def test_fix_fixes_every_place_of_a_half_width_document(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    text = "\n\n".join([*HALF_WIDTH_STYLE, "Regenerative medicine seeks to repair damaged tissues."]) + "\n"
    path.write_text(text, encoding="utf-8")
    report = json.loads(CliRunner().invoke(main, ["check", str(path), "--select", "punctuation-width",
                                                  "--format", "json"]).stdout)
    assert len(report["findings"]) == 1 and len(report["findings"][0]["data"]["places"]) == 20
    result = CliRunner().invoke(main, ["fix", str(path), "--in-place"])
    assert result.exit_code == 0, result.output
    fixed = path.read_text(encoding="utf-8")
    assert "(" not in fixed and "," not in fixed and "?" not in fixed and fixed.count("（如外泌体）") == 5


def test_a_chapter_written_in_half_width_punctuation_is_one_finding_in_a_thesis_that_is_not(tmp_path: Path) -> None:
    full = [p.replace("(", "（").replace(")", "）").replace(", ", "，").replace("; ", "；").replace("?", "？")
            for p in HALF_WIDTH_STYLE]
    (tmp_path / "data").mkdir()
    (tmp_path / "main.tex").write_text(
        "\\documentclass{ctexbook}\n\\begin{document}\n\\chapter{引言}\n" + "\n\n".join(full * 3)
        + "\n\\input{data/chap02}\n\\end{document}\n", encoding="utf-8")
    (tmp_path / "data" / "chap02.tex").write_text("\\chapter{方法}\n" + "\n\n".join(HALF_WIDTH_STYLE) + "\n",
                                                  encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "main.tex"), "--select", "punctuation-width",
                                       "--format", "json"])
    fs = json.loads(result.stdout)["findings"]  # 25 half-width marks of 100: the thesis mixes, its chapter does not
    assert len(fs) == 1 and fs[0]["path"].endswith("chap02.tex") and "25 of 25 marks" in fs[0]["message"]


def test_a_document_mostly_but_not_clearly_half_width_keeps_its_places() -> None:
    full = [p.replace("(", "（").replace(")", "）").replace(", ", "，") for p in HALF_WIDTH_STYLE]
    zh = [*HALF_WIDTH_STYLE, *full]  # 35 half-width marks of 50 (0.7): a mix, each place its finding
    assert len(found(zh, [EN], "punctuation-width")) == 30


def test_a_thesis_written_in_half_width_punctuation_is_one_finding_at_its_first_mark_in_reading_order(
        tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "zz.tex").write_text("\\documentclass{ctexbook}\n\\begin{document}\n\\chapter{引言}\n"
                                     + "\n\n".join(HALF_WIDTH_STYLE) + "\n\\input{data/chap02}\n\\end{document}\n",
                                     encoding="utf-8")
    (tmp_path / "data" / "chap02.tex").write_text("\\chapter{方法}\n" + "\n\n".join(HALF_WIDTH_STYLE) + "\n",
                                                  encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "zz.tex"), "--select", "punctuation-width",
                                       "--format", "json"])
    (f,) = json.loads(result.stdout)["findings"]
    assert f["path"].endswith("zz.tex") and "50 of 50 marks" in f["message"]  # zz.tex is read first
    assert "2 files, from zz.tex:4 to chap02.tex:10" in f["message"] and len(f["data"]["places"]) == 40


def test_a_punctuation_key_of_a_keyboard_shortcut_is_a_key_not_punctuation() -> None:
    # an app's strings name shortcuts: ⌘ + ; opens the history, Ctrl+, the settings; a mark after a modifier is a key
    zh = "按⌘ + ;一键呼出历史弹窗，按Ctrl+,打开设置;按⌘⇧;打开主窗口。"
    fs = found([zh], [EN], "punctuation-width")
    assert [f.location.column - 1 for f in fs] == [zh.index("设置;") + 2]  # only the prose's semicolon


FULL_WIDTH_EN = [f"Group {n} includes growth factors，cytokines and vesicles（such as exosomes）；they regulate "
                 f"inflammation。Why？" for n in ("one", "two", "three", "four")]
"""Four English paragraphs typed with a Chinese input method's marks: 24 full-width marks (4 each of "，" "；" "。"
"？", and 4 bracket pairs), no half-width one."""
ZH_FULL = ["第一组包括生长因子、细胞因子和胞外囊泡（如外泌体），它们一起可以调节炎症；这是什么？"] * 4


def test_english_typed_with_full_width_punctuation_throughout_is_one_finding() -> None:
    """punct46 made a Chinese text written in half-width punctuation one finding; English typed with full-width
    marks throughout (a Chinese input method left on) was still a finding at each mark (20 here)."""
    fs = found(ZH_FULL, FULL_WIDTH_EN, "punctuation-width")
    assert len(fs) == 1
    f = fs[0]
    assert f.lang == "en" and f.message.startswith("full-width punctuation throughout the English text: 24 of 24 "
                                                   'marks ("，" 4, "。" 4, "；" 4, "？" 4, "（" 4, "）" 4)')
    assert f.message.endswith("; `fix` makes every one half-width")
    places = dict(f.data)["places"]
    assert len(places) == 20 and {s for _loc, s in places} == {", ", "; ", ". ", "?", "(such as exosomes)"}
    # a mark glued to the next word ("factors，cytokines") is fixed with its space


def test_english_with_a_minority_of_full_width_marks_keeps_a_finding_at_each() -> None:
    half = [p.replace("，", ", ").replace("（", " (").replace("）", ")").replace("；", "; ").replace("。", ". ")
            .replace("？", "?") for p in FULL_WIDTH_EN]
    en = [*FULL_WIDTH_EN[:2], *half[2:], *half]  # 12 full-width marks of 48: slips
    assert len(found(ZH_FULL, en, "punctuation-width")) == 10
    decimals = [p + " It rose 3.5-fold and 2.5-fold." for p in FULL_WIDTH_EN]  # a decimal point is no full stop
    (f,) = found(ZH_FULL, decimals, "punctuation-width")
    assert "throughout the English text: 24 of 28 marks" in f.message


def test_fix_makes_every_mark_of_a_full_width_english_half_width(tmp_path: Path) -> None:
    zh, en = tmp_path / "a.zh.txt", tmp_path / "a.en.txt"
    zh.write_text("\n".join(ZH_FULL) + "\n", encoding="utf-8")
    en.write_text("\n".join(FULL_WIDTH_EN) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["fix", str(zh), "--en", str(en), "--in-place"])
    assert result.exit_code == 0, result.output
    fixed = en.read_text(encoding="utf-8")
    assert not set(fixed) & set("，。；？（）") and fixed.count("(such as exosomes)") == 4


def test_a_full_width_mark_glued_to_the_next_english_word_is_fixed_with_its_space() -> None:
    """"results，and" is fixed to "results, and", not "results,and": the full-width mark carried its own space; one
    already followed by a space or by a digit or a bracket takes none."""
    from zhen_qa.checks.width_en import english_width
    from zhen_qa.manuscript.source import MappedText, SourceText

    text = "The results，and the methods： see above， 3，4。Then"
    mt = MappedText.span(SourceText.from_text("a.en.txt", text), 0, len(text))
    assert [(text[mt.offsets[0] + f.location.column - 1], f.suggestion) for f in english_width(mt)] == [
        ("，", ", "), ("：", ":"), ("，", ","), ("，", ","), ("。", ". ")]


def test_the_colons_of_a_container_fence_written_inline_are_markup_not_punctuation() -> None:
    # a Docusaurus admonition opened and closed inside a list item's line (6. :::note … :::): the three colons are
    # the fence, never a colon of prose; a half-width colon of the sentence is still reported
    zh = "6. :::note 需要注意的是，服务端会强制回滚事务，原因如下:需要按照业务的实际风险来设置 :::"
    fs = found([zh], [EN], "punctuation-width")
    assert [f.location.column - 1 for f in fs] == [zh.index("如下:") + 2]


def _markdown_findings(tmp_path: Path, line: str) -> list[str]:
    md = tmp_path / "t.md"
    md.write_text("# 标题\n\n" + line + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(md), "--select", "punctuation-width", "--format", "json"],
                                catch_exceptions=False)
    return [line[f["column"] - 1] for f in json.loads(result.output)["findings"] if f["line"] == 3]


def test_an_empty_call_after_template_arguments_is_code_not_punctuation(tmp_path: Path) -> None:
    """OpFunc<InT>(), written in Markdown with entities (OpFunc&lt;InT&gt;()), is a C++ call in the prose: its
    brackets are code. A bracket of prose on the same line is still reported."""
    line = "compute：声明为 OpFunc&lt;InT&gt;() 的计算对象，ReduceFunctor&lt;T, U&gt;() 亦然(见下)。"
    assert _markdown_findings(tmp_path, line) == ["("]
    zh = "声明为 OpFunc<InT>() 的计算对象(见下)。"
    assert cols(found([zh], [EN], "punctuation-width"), zh) == ["(见下)"]


def test_a_call_on_a_list_literal_is_code_not_punctuation() -> None:
    """reshape(x, [-1, 0, 128]), Tensor([1.0, 2.0 ,3.0]): a call glued to its name with a list argument and no
    Chinese inside, code written in the prose; a bracket holding Chinese after such a call stays prose."""
    zh = "所以 reshape(x, [-1, 0, 128]) 是没有问题的，输入 x = Tensor([1.0, 2.0 ,3.0]) 时输出 Tensor([1])。"
    assert found([zh], [EN], "punctuation-width") == []
    zh = "调用 g([1, 2] 即列表) 时，再用 f(即映射)。"
    assert cols(found([zh], [EN], "punctuation-width"), zh) == [")", "(即映射)"]



def test_a_qualified_call_with_arguments_is_code_not_punctuation() -> None:
    """Factory.getExtension(Producer.class, “rocketmq”): a dotted name glued to its argument list, no Chinese
    inside (curly quotes around a string argument included), is a Java call written in the prose; a bracket of
    prose holding Chinese after a dotted name (见 Fig.a(即上图)) stays punctuation."""
    zh = "使用时只需通过 ExtensionFactory.getExtension(MeshProducer.class, “rocketmq”) 就可以获取实现类。"
    assert found([zh], [EN], "punctuation-width") == []
    zh = "调用 conf.load(即配置) 时读取文件。"
    assert cols(found([zh], [EN], "punctuation-width"), zh) == ["(即配置)"]

def test_the_grouping_brackets_of_joined_comparisons_are_notation_not_prose() -> None:
    """(NX % 4 = 0 或 NX % 2 = 0): comparisons of Latin operands joined by 或 / 且 are a logical expression, its
    brackets the grouping's; a comparison explained in Chinese, (0 = 样式默认), stays a parenthesis of the prose."""
    zh = "当 (NX % 4 = 0 或 NX % 2 = 0) 且 IsBoundary = false 时，按 (a < b and c >= 1) 读取，左边距(0 = 样式默认)。"
    assert cols(found([zh], [EN], "punctuation-width"), zh) == ["(0 = 样式默认)"]
