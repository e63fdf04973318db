"""untranslated, extra-target and untranslated-span: exact spans, related locations, messages and thresholds."""
from __future__ import annotations

from pathlib import Path

from tests.checks.aligned import BeadSpec, build
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.latin_in_chinese import MIN_LATIN_WORDS
from zhen_qa.checks.run import Flags, check_file
from zhen_qa.checks.untranslated import run
from zhen_qa.manuscript.document import Bead, Manuscript, Pair
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding

ZH = "干细胞分泌组在临床上有广泛应用。"
EN = "The stem cell secretome has broad clinical use."


def loc(location: Location | None) -> tuple[str, int, int, int, int] | None:
    if location is None:
        return None
    return (location.path, location.line, location.column, location.end_line, location.end_column)


def rows(beads: list[BeadSpec], rule: str | None = None, **opts: object) -> list[tuple]:
    ctx = CheckContext(build(beads), options=Options(**opts))  # type: ignore[arg-type]
    return [(f.rule, f.lang, f.severity.value, loc(f.location), loc(f.related), f.message, f.excerpt)
            for f in run(ctx) if rule is None or f.rule == rule]


def whole(path: str, line: int, text: str) -> tuple[str, int, int, int, int]:
    return (path, line, 1, line, len(text) + 1)


def test_untranslated_exact() -> None:
    zh = "这一句没有翻译。"
    assert rows([([ZH], [EN]), ([zh], [])]) == [
        ("untranslated", "zh", "warning", whole("zh.txt", 2, zh), whole("en.txt", 1, EN),
         "no English for: " + zh, zh)]


def test_untranslated_related_is_the_next_english_when_none_before() -> None:
    zh = "这一句没有翻译。"
    assert rows([([zh], []), ([ZH], [EN, "Second."])], "untranslated") == [
        ("untranslated", "zh", "warning", whole("zh.txt", 1, zh), whole("en.txt", 1, EN), "no English for: " + zh, zh)]


def test_untranslated_related_is_the_last_english_of_the_bead_before() -> None:
    zh = "这一句没有翻译。"
    got = rows([([ZH], [EN, "Second one."]), ([zh], []), (["后句。"], ["Later."])], "untranslated")
    assert [r[4] for r in got] == [whole("en.txt", 2, "Second one.")]


def test_untranslated_without_any_english_has_no_related() -> None:
    got = rows([(["第一句。", "第二句。"], [])], "untranslated")  # one finding spanning both sentences
    assert [(r[3], r[4]) for r in got] == [(("zh.txt", 1, 1, 2, len("第二句。") + 1), None)]
    (one,) = rows([(["第一句。"], [])], "untranslated")
    assert (one[3], one[4]) == (whole("zh.txt", 1, "第一句。"), None)


def test_long_sentence_message_is_cut_at_80_characters_with_an_ellipsis() -> None:
    zh = "长" * 100 + "。"
    (r,) = rows([([zh], [])], "untranslated")
    assert r[5] == "no English for: " + "长" * 79 + "…" and r[6] == zh  # the cut is shown, the excerpt is whole
    fitting = "长" * 79 + "。"  # 80 characters: quoted whole, no "…"
    (r,) = rows([([fitting], [])], "untranslated")
    assert r[5] == "no English for: " + fitting


def test_long_english_sentence_without_chinese_is_cut_with_an_ellipsis() -> None:
    en = "This English sentence " + "goes on and on " * 8 + "without any Chinese."
    (r,) = rows([([ZH], [EN]), ([], [en])], "extra-target")
    assert r[5] == "no Chinese for: " + en[:79] + "…" and r[6] == en


def test_sentence_without_words_is_not_reported() -> None:
    assert rows([([ZH], [EN]), (["123。"], []), ([], ["(4)"])]) == []


def test_confidence_threshold_is_inclusive() -> None:
    beads = [([ZH], [EN]), (["这一句没有翻译。"], [])]  # build() gives every bead a score of 1.0
    assert len(rows(beads, "untranslated", untranslated_min_confidence=1.0)) == 1
    assert rows(beads, "untranslated", untranslated_min_confidence=1.0001) == []


def test_extra_target_exact() -> None:
    en = "An added sentence."
    assert rows([([ZH], [EN]), ([], [en])]) == [
        ("extra-target", "en", "info", whole("en.txt", 2, en), whole("zh.txt", 1, ZH), "no Chinese for: " + en, en)]


def test_chinese_runs_in_english_exact() -> None:
    en = "The 分泌组、外泌体 and 干细胞 here."
    got = rows([([ZH], [en])], "untranslated-span")
    # one finding for the sentence (one defect, one finding), at its first run, quoting every run
    assert got == [
        ("untranslated-span", "en", "warning", ("en.txt", 1, 5, 1, 12), whole("zh.txt", 1, ZH),
         'Chinese left in the English: "分泌组、外泌体", "干细胞"', en),
    ]


def test_many_runs_of_one_sentence_are_one_finding_that_counts_the_rest() -> None:
    en = "甲 one 乙 two 丙 three 丁 four 戊."
    (f,) = [f for f in run(CheckContext(build([([ZH], [en])]))) if f.rule == "untranslated-span"]
    assert f.message == 'Chinese left in the English: "甲", "乙", "丙" and 2 more'
    assert [r["text"] for r in dict(f.data)["runs"]] == ["甲", "乙", "丙", "丁", "戊"]
    assert [r["column"] for r in dict(f.data)["runs"]] == [1, 7, 13, 21, 28]


def test_original_in_parentheses_needs_latin_before_and_both_brackets() -> None:
    def spans(en: str) -> list[tuple[int, int]]:
        return [(r[3][2], r[3][4]) for r in rows([([ZH], [en])], "untranslated-span")]

    assert spans("The secretome (分泌组) is used.") == []
    assert spans("The secretome（ 分泌组 ）is used.") == []
    assert spans("The secretome [分泌组] is used.") == []
    assert spans("(分泌组) is used.") == [(2, 5)]  # no English before it: not a gloss
    assert spans("The secretome (分泌组 is used.") == [(16, 19)]
    assert spans("The secretome 分泌组) is used.") == [(15, 18)]
    assert spans("The secretome (see 分泌组) is used.") == [(20, 23)]
    assert spans("The secretome (分泌组)") == []
    assert spans("Secretome (分泌组") == [(12, 15)]
    # several forms of one gloss, nested brackets and all: "Wuhan pneumonia" (武汉(漢)肺炎/武肺)
    assert spans('Some call it "Wuhan pneumonia" (武汉(漢)肺炎/武肺) or "Wuhan disease".') == []
    assert spans("The secretome (分泌组, 分泌体) is used.") == []
    # English inside: no gloss; both runs in one finding at the first
    assert spans("The secretome (分泌组 or 分泌体) is used.") == [(16, 19)]


def test_original_labelled_as_chinese_is_cited() -> None:
    def spans(en: str) -> list[tuple[int, int]]:
        return [(r[3][2], r[3][4]) for r in rows([([ZH], [en])], "untranslated-span")]

    assert spans('A laboratory named "Huo-Yan" (Chinese: 火眼, or "Fire Eye" in English) was opened.') == []
    assert spans("The lab is called in Mandarin 火眼 by its staff.") == []
    assert spans("The secretome or 分泌组 is used.") == [(18, 21)]  # no label: left in the English
    # a label only with the option that allows originals
    assert rows([([ZH], ["Its name (Chinese: 火眼, Fire Eye) stuck."])], "untranslated-span",
                allow_original_in_parentheses=False) != []


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


def test_identical_target_exact() -> None:
    same = "Stem cell secretome in regenerative medicine"
    assert rows([([same], [same])]) == [
        ("untranslated-span", "en", "warning", whole("en.txt", 1, same), whole("zh.txt", 1, same),
         "left in English: the Chinese repeats the English text", same)]
    # whitespace and case are ignored; fewer than three words is not reported
    assert len(rows([(["Stem  Cell secretome"], ["stem cell SECRETOME"])])) == 1
    assert rows([(["Stem cell"], ["Stem cell"])]) == []
    # Chinese text the English repeats is left in Chinese: the message says which side to translate
    assert [r[5] for r in rows([(["分泌组"], ["分泌组"])])] == ["left in Chinese: the English repeats the Chinese text"]


def test_identical_sentence_is_not_also_a_span() -> None:
    same = "干细胞 has been shown to work 分泌组"
    got = rows([([same], [same])], "untranslated-span")
    assert [r[5] for r in got] == ["left in English: the Chinese repeats the English text"]


def test_skipped_roles_in_a_pair() -> None:
    """The rules' scope (applied by the engine, issue 17) leaves citations out of every untranslated rule."""
    from zhen_qa.checks.engine import check_manuscript
    from zhen_qa.checks.untranslated import RULES
    from zhen_qa.manuscript.document import Role

    beads: list[BeadSpec] = [(["这一句没有翻译 with some english words here。"], []),
                             (["参考。"], ["The 分泌组 here."])]
    ids = [rule.id for rule in RULES]
    assert check_manuscript(build(beads, role=Role.CITATION), select=ids) == []
    # the same pair as body text: the findings the scope removes
    assert [(f.rule, loc(f.location)) for f in check_manuscript(build(beads), select=ids)] == [
        ("untranslated-span", ("en.txt", 1, 5, 1, 8)), ("untranslated", ("zh.txt", 1, 1, 1, 38))]


def test_beads_of_two_pairs_are_kept_apart() -> None:
    ms = build([([ZH], [EN]), (["这一句没有翻译。"], [])])
    pair = ms.pairs[0]
    second = Pair("other", pair.zh, pair.en, (Bead((0,), (), 1.0), Bead((1,), (0,), 1.0)))
    ms2 = Manuscript(ms.path, ms.sources, ms.blocks, (pair, second))
    got: list[Finding] = [f for f in run(CheckContext(ms2)) if f.rule == "untranslated"]
    assert [(f.location.line, loc(f.related)) for f in got] == [
        (2, whole("en.txt", 1, EN)), (1, whole("en.txt", 1, EN))]


def test_identical_proper_names_are_not_an_untranslated_copy() -> None:
    """A line of product names is the same in both languages; a copied sentence of prose is reported."""
    names = "ClearML | Neptune | Weights & Biases | MLflow | DVCLive"
    assert rows([([names], [names])], "untranslated-span") == []
    prose = "Weights and Biases records every run"
    assert [r[5] for r in rows([([prose], [prose])], "untranslated-span")] == [
        "left in English: the Chinese repeats the English text"]


def test_a_comparison_of_names_is_not_an_untranslated_copy() -> None:
    """Names joined by "vs." (a comparison heading) are kept letter for letter by the Chinese page; "versus" or
    "and" between them is an English word, and the copy stays reported."""
    names = "RocketMQ vs. ActiveMQ vs. Kafka"
    assert rows([([names], [names])], "untranslated-span") == []
    worded = "RocketMQ and ActiveMQ"
    assert [r[5] for r in rows([([worded], [worded])], "untranslated-span")] == [
        "left in English: the Chinese repeats the English text"]


def test_identical_keywords_are_reported_even_as_names() -> None:
    """Keywords the Chinese side left in English are a defect, capitalised or not."""
    from zhen_qa.manuscript.document import Role

    names = "Mobile Manipulation Robot, Mobile Manipulator"
    ctx = CheckContext(build([([names], [names])], role=Role.KEYWORDS), options=Options())
    assert [f.message for f in run(ctx) if f.rule == "untranslated-span"] == [
        "left in English: the Chinese repeats the English text"]
    assert rows([([names], [names])], "untranslated-span") == []


def test_api_names_joined_by_slashes_or_dots_are_not_english_left_in_the_chinese() -> None:
    zh = "message/notification/Modal.confirm 等静态方法不同于组件的渲染方式。"
    assert rows([([zh], [EN])], "untranslated-span") == []
    zh = "message, notification and Modal confirm 等静态方法不同于组件的渲染方式。"  # the same words as words
    assert [r[5] for r in rows([([zh], [EN])], "untranslated-span")] == [
        'English left in the Chinese: "message, notification and Modal confirm"']


def test_a_species_name_with_its_authority_is_not_english_left_in_the_chinese() -> None:
    for zh in ("研究对象为秋茄Kandelia obovata Sheue, Liu & Yong及其伴生种。",
               "采集桐花树Aegiceras corniculatum Blanco et al.样品。"):
        assert rows([([zh], [EN])], "untranslated-span") == [], zh
    zh = "研究对象为 Kandelia obovata was sampled in spring 及其伴生种。"  # the name inside an English clause
    assert len(rows([([zh], [EN])], "untranslated-span")) == 1


def test_a_title_kept_in_english_inside_title_marks_is_not_untranslated() -> None:
    zh = "其修订稿发表于《Journal of Thoracic Oncology》，新版分期于2017年实施。"
    assert rows([([zh], [EN])], "untranslated-span") == []
    zh = "其修订稿发表于 Journal of the Thoracic Oncology Society 上，新版分期于2017年实施。"  # no title marks
    assert rows([([zh], [EN])], "untranslated-span") == []  # title case: a name all the same (docs47)
    zh = "其修订稿发表于 the journal of the thoracic oncology society 上，新版分期于2017年实施。"
    assert len(rows([([zh], [EN])], "untranslated-span")) == 1  # no marks, no capitals: English words


def test_a_list_of_the_pages_code_names_is_not_english_left_in_the_chinese(tmp_path: Path) -> None:
    """A Chinese sentence listing the sections of the config file the page shows (env, source, transform, sink)
    keeps names, not English prose; the same list with no code on the page (a program's keywords left in English),
    or words joined by spaces, stays reported."""
    code = "```hocon\nenv {\n  parallelism = 1\n}\nsource {\n}\ntransform {\n}\nsink {\n}\n```\n\n"

    def left(zh_line: str, with_code: bool) -> list[str]:
        zh, en = tmp_path / "a.zh.md", tmp_path / "a.en.md"
        zh.write_text("# 配置\n\n" + (code if with_code else "") + "## 模块\n\n" + zh_line
                      + "不同的模块具有不同的功能。\n", encoding="utf-8")
        en.write_text("# Config\n\n" + (code if with_code else "") + "## Modules\n\n"
                      + "As you can see, the config file contains several sections: env, source, transform, sink. "
                        "Different modules have different functions.\n", encoding="utf-8")
        return [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "untranslated-span"]

    assert left("正如你看到的，配置文件包括几个部分：env, source, transform, sink。", True) == []
    assert left("正如你看到的，配置文件包括几个部分：env, source, transform, sink。", False) == [
        'English left in the Chinese: "env, source, transform, sink"']
    assert left("正如你看到的，配置文件包括几个部分：env source, transform sink。", True) == [
        'English left in the Chinese: "env source, transform sink"']


def test_a_command_line_in_chinese_prose_is_code_not_english_left() -> None:
    """python3.10 -m pip install paddlepaddle written without a code span: a program, its option (-m) and its
    arguments, typed as they are; English prose left in the Chinese, with no option, is still reported."""
    zh = "例如您想使用 python3.10 的环境，则安装命令为 python3.10 -m pip install paddlepaddle。"
    en = "For example, to use python3.10, the install command is python3.10 -m pip install paddlepaddle."
    assert rows([([zh], [en])], "untranslated-span") == []
    zh = "则安装命令为 pip install --user paddlepaddle，然后 please install the package again。"
    (row,) = rows([([zh], [en])], "untranslated-span")
    assert "please install the package again" in row[5]


def test_a_list_of_a_words_inflected_forms_is_cited_not_english_left() -> None:
    """关键词包括：close, closes, closed, fix, fixes, fixed: the keywords a reader types, each word listed with its
    inflections, cited as words; a list of different words (search keywords) and prose after the list are still
    reported."""
    en = "Keywords include: close, closes, closed, fix, fixes, fixed, please choose the appropriate word."
    zh = "关键词包括：close, closes, closed, fix, fixes, fixed，请选择合适的词汇。"
    assert rows([([zh], [en])], "untranslated-span") == []
    zh = "关键词包括：close, fix, resolve, merge, revert，请选择合适的词汇。"
    assert len(rows([([zh], [en])], "untranslated-span")) == 1
    zh = "关键词包括：close, closes, closed, fix, please choose the appropriate word。"
    assert len(rows([([zh], [en])], "untranslated-span")) == 1



def test_a_build_directive_naming_an_identifier_is_no_untranslated_copy(tmp_path: Path) -> None:
    """gc56 A2 (colossalai distributed_optimizers): `{{ autodoc:colossalai.nn.optimizer.X }}` on both pages is a line
    the documentation build fills in, kept as code is. A directive holding words is text, and its copy reported."""
    def copies(directives: str) -> list[str]:
        zh, en = tmp_path / "a.zh.md", tmp_path / "a.en.md"
        tail = "\n<!-- doc-test-command: colossalai run --nproc_per_node 4 demo.py  -->\n\n"
        zh.write_text("</table>\n" + tail + "## API 参考\n\n" + directives, encoding="utf-8")
        en.write_text("</table>\n" + tail + "## API Reference\n\n" + directives, encoding="utf-8")
        return [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "untranslated-span"]

    api = "".join(f"{{{{ autodoc:colossalai.nn.optimizer.{m} }}}}\n" for m in (
        "distributed_adafactor.DistributedAdaFactor", "distributed_lamb.DistributedLamb",
        "distributed_galore.DistGaloreAwamW", "distributed_came.DistributedCAME"))
    assert copies(api) == []  # fails before: the English is identical to the Chinese
    note = "{{ note: the optimizer state is distributed over all ranks }}\n"
    assert copies(note + api) == ["left in English: the Chinese repeats the English text"]


def test_a_list_of_package_names_is_no_english_left_in_the_chinese() -> None:
    """gc56 A1 (colossalai lazy_init): 我们测试了 torchvision, diffusers, timm, transformers, torchaudio 和 torchrec
    中的模型 lists packages, most of them words no dictionary has. A list of dictionary words is still English left."""
    en = "We tested models in torchvision, diffusers, timm, transformers, torchaudio and torchrec."
    zh = "我们测试了 torchvision, diffusers, timm, transformers, torchaudio 和 torchrec 中的模型。"
    assert rows([([zh], [en])], "untranslated-span") == []  # fails before: English left in the Chinese
    left = "我们测试了 calculation, arithmetic, geometry, algebra, statistics 和 torchrec 中的模型。"
    assert len(rows([([left], [en])], "untranslated-span")) == 1


def test_a_programs_message_after_the_word_that_introduces_it_is_quoted() -> None:
    """`## 编译报错: type not registered yet?`, `## 程序退出并提示 app exit with code: 1, log in /maixapp/…`: the
    message as the program prints it, after 报错/提示 and running to the end of the sentence, is quoted as the reader
    will see it (as inside quotation marks). English the sentence goes on after (报错时请 check the build log) or a
    heading with no such word (## Supported Platforms and Boards) is still English left in the Chinese."""
    from zhen_qa.aligner.build import build_from_texts
    from zhen_qa.checks.engine import check_manuscript

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
    from zhen_qa.checks.engine import check_manuscript

    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    found = list(check_manuscript(ms, select=["untranslated-span"]))
    assert len(found) == 1 and "Make sure the camera cable" in found[0].message
