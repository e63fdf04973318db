"""checks.latin_in_chinese: English left in a Chinese sentence, runs a page keeps in English on purpose excepted."""
from __future__ import annotations

from tests.checks.untranslated_kit import EN, GOOD, findings, rows, whole
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.checks.latin_in_chinese import MIN_LATIN_WORDS


def test_english_sentence_left_in_chinese() -> None:
    zh = "干细胞分泌组 has been shown to improve healing in patients。"
    fs = findings([([zh], [GOOD[1]])], "untranslated-span")
    assert len(fs) == 1 and fs[0].lang == "zh"
    assert zh[fs[0].location.column - 1:fs[0].location.end_column - 1].startswith("has been shown")


def test_acronyms_genes_urls_in_chinese_are_fine() -> None:
    zh = "间充质干细胞（MSC）和iPSC分泌IL-6与TNF-α，详见www.example.org或 xia@umin.ac.jp。"
    assert findings([([zh], [GOOD[1]])], "untranslated-span") == []


def test_english_gloss_in_parentheses_in_chinese_is_fine() -> None:
    zh = "数据由欧洲乳腺疾病辅助研究组（breast european adjuvant study team）收集。"
    assert findings([([zh], [GOOD[1]])], "untranslated-span") == []


def test_gloss_with_acronym_and_references_inside_brackets_is_fine() -> None:
    zh = "主要终点为纽约心脏学会（new york heart association，nyha）分级为ⅲ或ⅳ级的心力衰竭。"
    assert findings([([zh], [GOOD[1]])], "untranslated-span") == []
    cited = "此项研究为其提供了支持（nejm jw pediatr adolesc med apr 17 2019; and pediatrics 2019）。"
    assert findings([([cited], [GOOD[1]])], "untranslated-span") == []


def test_english_sentence_outside_brackets_is_still_reported() -> None:
    zh = "本研究的结果 presented in part at the annual meeting of the society 已发表。"
    fs = findings([([zh], [GOOD[1]])], "untranslated-span")
    assert len(fs) == 1 and "presented in part" in fs[0].message


def test_quoted_english_message_in_chinese_is_fine() -> None:
    zh = '为什么日志中会出现 "failed to fetch data from etcd, failed to read etcd dir" 的错误？'
    assert findings([([zh], [GOOD[1]])], "untranslated-span") == []
    assert findings([(["点击“Save all the changes now”按钮。"], [GOOD[1]])], "untranslated-span") == []
    unquoted = findings([(['日志 "出错" 后 failed to fetch data from etcd。'], [GOOD[1]])], "untranslated-span")
    assert [(f.location.column, f.location.end_column) for f in unquoted] == [(11, 41)]


def test_english_in_chinese_exact_and_threshold() -> None:
    four = "干细胞 has been shown to 改善愈合。"
    (r,) = rows([([four], [EN])], "untranslated-span")
    assert r[:5] == ("untranslated-span", "zh", "warning", ("zh.txt", 1, 5, 1, 22), whole("en.txt", 1, EN))
    assert r[5] == 'English left in the Chinese: "has been shown to"'
    assert MIN_LATIN_WORDS == 4
    assert rows([(["干细胞 has been shown 改善愈合。"], [EN])], "untranslated-span") == []
    # acronyms, genes and one-letter words do not count as ordinary words
    assert rows([(["干细胞 MSC CD34 IL-6 iPSC a is 改善。"], [EN])], "untranslated-span") == []
    assert len(rows([(["干细胞 It's a well-known and old 改善。"], [EN])], "untranslated-span")) == 1


def test_english_in_chinese_after_a_closed_bracket_is_reported() -> None:
    zh = "研究组（BEAST）发现 the results were not significant 此外。"
    (r,) = rows([([zh], [EN])], "untranslated-span")
    start = zh.index("the results")
    assert r[3] == ("zh.txt", 1, start + 1, 1, start + len("the results were not significant") + 1)


def test_api_names_joined_by_slashes_or_dots_are_not_english_left_in_the_chinese() -> None:
    zh = "message/notification/Modal.confirm 等静态方法不同于组件的渲染方式。"
    assert rows([([zh], [EN])], "untranslated-span") == []
    zh = "message, notification and Modal confirm 等静态方法不同于组件的渲染方式。"  # the same words as words
    assert [r[5] for r in rows([([zh], [EN])], "untranslated-span")] == [
        'English left in the Chinese: "message, notification and Modal confirm"']


def test_a_programs_message_after_the_word_that_introduces_it_is_quoted() -> None:
    """`## 编译报错: type not registered yet?`, `## 程序退出并提示 app exit with code: 1, log in /maixapp/…`: the
    message as the program prints it, after 报错/提示 and running to the end of the sentence, is quoted as the reader
    will see it (as inside quotation marks). English the sentence goes on after (报错时请 check the build log) or a
    heading with no such word (## Supported Platforms and Boards) is still English left in the Chinese."""
    from zhen_qa.aligner.build import build_from_texts

    zh = ("# 常见问题\n\n## 编译报错: type not registered yet?\n\n请检查代码。\n\n"
          "## 程序退出并提示 app exit with code: 1, log in /maixapp/tmp/last_run.log\n\n请查看日志。\n\n"
          "## Supported Platforms and Boards\n\n支持的平台如下。\n\n编译报错时请 check the build log first。\n")
    en = ("# FAQ\n\n## Compile error: type not registered yet?\n\nCheck the code.\n\n"
          "## Program exit with the message app exit with code: 1, log in /maixapp/tmp/last_run.log\n\nView the log."
          "\n\n## Supported Platforms and Boards\n\nThe supported platforms are listed below.\n\n"
          "When the build fails, check the build log first.\n")
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    found = [f for f in check_manuscript(ms, select=["untranslated-span"])]
    lines = sorted((f.lang, f.location.line) for f in found)
    assert ("zh", 3) not in lines and ("zh", 7) not in lines
    assert ("zh", 15) in lines
    assert any(f.lang == "zh" and "check the build log" in f.message for f in found)


def test_english_after_a_callout_label_is_no_programs_message() -> None:
    """review61 R24: 提示：<an instruction in English> is a Tip left untranslated, not a message the program prints:
    a callout label opening the sentence introduces no message, and an instruction addressed to the reader has no
    message form. A message after 运行应用时提示: is still quoted, and so is one the aligned English quotes."""
    zh = ("# 使用摄像头\n\n打开摄像头前需要先初始化。\n\n"
          "提示：Make sure the camera cable is connected before you run the program.\n\n"
          "## 运行应用时提示: Runtime error: mmf vi init failed\n\n然后运行示例。\n\n"
          "## 点击按钮后提示：Startup tracing is in progress, please try again later\n\n稍后再试。\n")
    en = ("# Using the camera\n\nInitialise the camera before opening it.\n\n"
          "Tip: Make sure the camera cable is connected before you run the program.\n\n"
          "## The app reports: Runtime error: mmf vi init failed\n\nThen run the example.\n\n"
          '## Clicking the button shows: "Startup tracing is in progress, please try again later"\n\nRetry later.\n')
    from zhen_qa.aligner.build import build_from_texts

    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    found = list(check_manuscript(ms, select=["untranslated-span"]))
    assert len(found) == 1 and "Make sure the camera cable" in found[0].message
