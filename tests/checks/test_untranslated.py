"""untranslated, extra-target and untranslated-span."""
from __future__ import annotations

from pathlib import Path

from tests.checks.aligned import BeadSpec, build
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.checks.untranslated import RULES, run
from zhen_qa.checks.untranslated_identical import LEFT_IN_ENGLISH
from zhen_qa.manuscript.document import Role


def findings(beads: list[BeadSpec], rule: str, **opts: object) -> list:
    ctx = CheckContext(build(beads), options=Options(**opts))  # type: ignore[arg-type]
    return [f for f in run(ctx) if f.rule == rule]


GOOD = ("干细胞分泌组在临床上有广泛应用。", "The stem cell secretome has broad clinical use.")


def test_rule_ids() -> None:
    assert [r.id for r in RULES] == ["untranslated", "extra-target", "untranslated-span"]


def test_untranslated_sentence_is_reported_on_the_chinese() -> None:
    fs = findings([([GOOD[0]], [GOOD[1]]), (["这一句没有翻译。"], [])], "untranslated")
    assert len(fs) == 1
    f = fs[0]
    assert f.lang == "zh" and f.excerpt == "这一句没有翻译。" and f.severity.value == "warning"
    assert (f.location.path, f.location.line, f.location.column) == ("zh.txt", 2, 1)
    assert f.related is not None and f.related.path == "en.txt" and f.related.line == 1


def test_fully_aligned_text_has_no_untranslated() -> None:
    assert findings([([GOOD[0]], [GOOD[1]])], "untranslated") == []


def test_untranslated_respects_confidence_threshold() -> None:
    ms = build([([GOOD[0]], [GOOD[1]]), (["这一句没有翻译。"], [])])
    ctx = CheckContext(ms, options=Options(untranslated_min_confidence=2.0))
    assert [f for f in run(ctx) if f.rule == "untranslated"] == []


def test_extra_target_is_info_on_the_english() -> None:
    fs = findings([([GOOD[0]], [GOOD[1]]), ([], ["An added sentence."])], "extra-target")
    assert len(fs) == 1 and fs[0].lang == "en" and fs[0].severity.value == "info"
    assert fs[0].location.line == 2


def test_unpaired_sentences_side_by_side_are_one_finding_on_the_chinese() -> None:
    # a Chinese sentence with no English right beside an English one with no Chinese: one place to look (a wrong
    # or misplaced English sentence, or two counterparts the alignment could not pair), one finding naming both
    for order in ((["这一句没有翻译。"], []), ([], ["A sentence from somewhere else."])), (
            ([], ["A sentence from somewhere else."]), (["这一句没有翻译。"], [])):
        ctx = CheckContext(build([([GOOD[0]], [GOOD[1]]), *order, ([GOOD[0]], [GOOD[1]])]), options=Options())
        fs = list(run(ctx))
        assert [f.rule for f in fs] == ["untranslated"]
        f = fs[0]
        assert f.excerpt == "这一句没有翻译。" and "A sentence from somewhere else." in f.message
        assert f.related is not None and f.related.path == "en.txt" and f.related.line == 2
        assert dict(f.data)["beside"][0]["text"] == "A sentence from somewhere else."


def test_unpaired_sentences_apart_are_reported_each() -> None:
    beads = [(["这一句没有翻译。"], []), ([GOOD[0]], [GOOD[1]]), ([], ["A sentence from somewhere else."])]
    ctx = CheckContext(build(beads), options=Options())
    assert sorted(f.rule for f in run(ctx)) == ["extra-target", "untranslated"]
    # an unreported Chinese sentence (below the confidence) names nothing: the English is reported on its own
    ctx = CheckContext(build(beads[:1] + beads[2:]), options=Options(untranslated_min_confidence=2.0))
    assert [f.rule for f in run(ctx)] == ["extra-target"]


def test_chinese_left_in_english() -> None:
    fs = findings([([GOOD[0]], ["The stem cell 分泌组 has broad clinical use."])], "untranslated-span")
    assert len(fs) == 1
    loc = fs[0].location
    assert (loc.path, loc.line, loc.column, loc.end_column) == ("en.txt", 1, 15, 18)


def test_original_in_parentheses_allowed_by_option() -> None:
    beads = [([GOOD[0]], ["The stem cell secretome (分泌组) has broad clinical use."])]
    assert findings(beads, "untranslated-span") == []
    assert len(findings(beads, "untranslated-span", allow_original_in_parentheses=False)) == 1


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


def test_identical_target_is_reported_once() -> None:
    same = "Stem cell secretome in regenerative medicine"
    fs = findings([([same], [same])], "untranslated-span")
    assert len(fs) == 1 and fs[0].message.startswith("left in English")


def test_no_span_finding_on_untranslated_sentence() -> None:
    ms = build([([GOOD[0]], [GOOD[1]]), (["This sentence was never translated at all。"], [])])
    fs = list(run(CheckContext(ms)))
    assert [f.rule for f in fs] == ["untranslated"]


def test_reference_sentences_are_skipped() -> None:
    """The rule's scope, applied by the engine: the same English in a paragraph is reported."""
    beads = [(["Smith J, Jones K. Secretome of stem cells in humans. Cell. 2020"], [GOOD[1]])]
    def spans(role: Role) -> list[str]:
        return [f.rule for f in check_manuscript(build(beads, role=role), select=["untranslated-span"])]

    assert spans(Role.PARAGRAPH) == ["untranslated-span"]
    assert spans(Role.REFERENCE) == []


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


def test_copied_target_is_one_finding_whatever_the_rules() -> None:
    from zhen_qa.checks.engine import check_manuscript

    same = "分泌组(secretome)含有多种因子,见表1。"
    fs = check_manuscript(build([([same], [same]), ([GOOD[0]], [GOOD[1]])]), None, Options())
    assert [(f.rule, f.lang, f.location.line, f.location.column) for f in fs] == [("untranslated-span", "en", 1, 1)]


def test_long_form_of_an_acronym_the_sentence_uses_is_fine() -> None:
    for zh in ("STRING，即 Search Tool for the Retrieval of Interaction Gene/Proteins，是一个数据库。",
               "我们称这个模型为BTFG模型，为Balanced Triadic Factor Graph Model的缩写。"):
        assert findings([([zh], [GOOD[1]])], "untranslated-span") == [], zh
    # an acronym the run does not spell, or none at all: still English left in the Chinese
    for zh in ("我们使用BTFG模型，the model was trained on many graphs。",
               "我们称这个模型为BTFG，the balanced triadic factor graph model。"):
        assert len(findings([([zh], [GOOD[1]])], "untranslated-span")) == 1, zh


def test_capitalised_names_in_chinese_are_fine() -> None:
    for zh in ("图1.2 展示了 Toyota Human Support Robot 的外观。",
               "常用的作图工具有 WinFig, Tpx, Ipe, Dia, Inkscape, jPicEdt 等。"):
        assert findings([([zh], [GOOD[1]])], "untranslated-span") == [], zh
    lower = "图1.2 展示了 the robot used in our lab 的外观。"
    assert len(findings([([lower], [GOOD[1]])], "untranslated-span")) == 1


def test_a_surname_with_lower_case_particles_is_a_name_not_english_prose() -> None:
    for zh in ("Fernandez de la Vega和Lueker给出了首个线形时间逼近策略。",
               "该相互作用即 Johannes Diderik van der Waals 提出的范德华力。"):
        assert findings([([zh], [GOOD[1]])], "untranslated-span") == [], zh
    prose = "Fernandez de la Vega和Lueker给出了 the first linear time scheme 的证明。"
    assert len(findings([([prose], [GOOD[1]])], "untranslated-span")) == 1


def test_a_name_in_title_case_is_a_name_not_english_prose() -> None:
    """English title case keeps articles, conjunctions and short prepositions low: a run capitalised otherwise, its
    last word too, names a company, a work or a product (theses: three such findings were false)."""
    for zh in ("未来可以考虑使用 Physics of Acoustic Company 的前置放大器。",
               "图中是电影 Guardians of the Galaxy 的海报。",
               "我们设计了 Math and Reasoning Prompt 模板。"):
        assert findings([([zh], [GOOD[1]])], "untranslated-span") == [], zh
    for zh in ("可以考虑使用 Physics of the acoustic company 的前置放大器。",  # a content word in lower case
               "我们认为 The robot was used in our Lab 的结论。",  # a sentence: its verb is low
               "我们设计了 Math and reasoning prompts for the model 模板。"):
        assert len(findings([([zh], [GOOD[1]])], "untranslated-span")) == 1, zh


def test_condensed_chinese_is_one_extra_target_finding() -> None:
    """Many English sentences without a Chinese one of their own (a condensed translation): one finding."""
    extra = ["It was added.", "It was added too.", "It was also added."]
    beads = [([GOOD[0]], [GOOD[1]]), ([], [extra[0]]), (["第二句有翻译。"], ["The second has one."]),
             ([], [extra[1]]), ([], [extra[2]])]
    fs = findings(beads, "extra-target")
    assert len(fs) == 1
    f = fs[0]
    assert f.severity.value == "info" and f.location.line == 2 and f.message.startswith("3 of 5 English sentences")
    assert [s["text"] for s in dict(f.data)["sentences"]] == extra


def test_few_extra_sentences_in_a_long_pair_stay_per_sentence() -> None:
    """Three omissions among many translated sentences are not a condensed translation: each is reported."""
    pair = ([GOOD[0]], [GOOD[1]])
    beads = [pair] * 12 + [([], ["It was added."]), pair, ([], ["It was added too."]), pair,
                           ([], ["It was also added."])]
    fs = findings(beads, "extra-target")
    assert len(fs) == 3 and all(f.message.startswith("no Chinese for:") for f in fs)


def test_english_passage_without_chinese_is_one_finding_spanning_it() -> None:
    """A paragraph the Chinese leaves out is one omission: one finding over its sentences, not one per sentence."""
    pair = ([GOOD[0]], [GOOD[1]])
    passage = ["It was added.", "It was added too.", "It was also added."]
    fs = findings([pair] * 14 + [([], [s]) for s in passage] + [pair], "extra-target")
    assert len(fs) == 1
    f = fs[0]
    assert (f.location.line, f.location.end_line) == (15, 17)
    assert f.message.startswith("3 sentences in a row (lines 15-17) have no Chinese")
    assert [s["text"] for s in dict(f.data)["sentences"]] == passage


def test_one_long_omission_is_not_a_condensed_translation() -> None:
    """Most of the English in one run (a deleted passage) is reported where it is, not as a condensed summary."""
    passage = ["It was added.", "It was added too.", "It was also added.", "And more."]
    fs = findings([([GOOD[0]], [GOOD[1]])] + [([], [s]) for s in passage], "extra-target")
    assert len(fs) == 1 and "condensed" not in dict(fs[0].data)
    assert fs[0].message.startswith("4 sentences in a row (lines 2-5)")


def test_an_identical_list_item_is_a_copy_by_design_unless_it_is_prose() -> None:
    from zhen_qa.aligner.build import build_from_texts

    zh = ("# 示例\n\n提交信息示例如下。\n\n- docs: fix typo in quickstart\n- fix(Button): incorrect style\n"
          "- This is another media query example.\n\n| 参数 | 类型 |\n| --- | --- |\n| time | number |\n")
    en = ("# Examples\n\nCommit message examples are as follows.\n\n- docs: fix typo in quickstart\n"
          "- fix(Button): incorrect style\n- This is another media query example.\n\n| Param | Type |\n| --- | --- |\n"
          "| time | number |\n")
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    spans = [f for f in check_manuscript(ms, select=["untranslated-span"])]
    # the commit messages and the table cell are the same in both pages by design; the sentence is prose
    assert [(f.location.line, f.message) for f in spans] == [(7, LEFT_IN_ENGLISH)]


def test_list_items_are_known_from_markdown_structure_only() -> None:
    """A "- " line of a plain-text file (or of a Markdown file without headings, read as plain text) is not a
    list item the reader knows of: an identical line of words there is reported like any other copy."""
    from zhen_qa.aligner.build import build_from_texts

    zh = "提交信息示例如下。\n\n- docs: fix typo in quickstart\n"
    en = "Commit message examples are as follows.\n\n- docs: fix typo in quickstart\n"
    spans = {suffix: [f.location.line for f in check_manuscript(
        build_from_texts(zh, en, f"a.zh.{suffix}", f"a.en.{suffix}", presplit=False), select=["untranslated-span"])]
        for suffix in ("txt", "md")}
    assert spans == {"txt": [3], "md": [3]}


def test_consecutive_sentences_without_english_are_one_finding_spanning_them() -> None:
    """One defect, one finding: two or more Chinese sentences in a row without English (a deleted paragraph, a
    section the English page leaves out) are one finding that spans them, lists them and counts them; a lone one
    after a translated sentence stays a finding of its own."""
    run_of = ["第一句没有翻译。", "第二句也没有翻译。", "第三句同样没有。"]
    fs = findings([([GOOD[0]], [GOOD[1]]), *[([z], []) for z in run_of], ([GOOD[0]], [GOOD[1]]),
                   (["这一句单独没有翻译。"], [])], "untranslated")
    assert len(fs) == 2
    group, single = fs
    assert (group.location.line, group.location.end_line) == (2, 4) and group.excerpt == run_of[0]
    assert group.message.startswith("3 sentences in a row (lines 2-4) have no English counterpart")
    assert [s["text"] for s in dict(group.data)["sentences"]] == run_of and dict(group.data)["count"] == 3
    assert single.location.line == 6 and single.message.startswith("no English for:")



def test_a_section_without_english_is_one_finding_named_by_its_heading() -> None:
    from zhen_qa.aligner.build import build_from_texts

    zh = ("# 指南\n\n## 安装\n\n运行安装命令即可完成安装。\n\n## 移除旧版插件的迁移说明\n\n"
          "从四点零版本开始不再支持旧插件。\n\n请删除配置文件中的相关代码。\n\n- 编译更快。\n- 导入更灵活。\n")
    en = "# Guide\n\n## Install\n\nRun the install command to install it.\n"
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    fs = [f for f in check_manuscript(ms, select=["untranslated"])]
    assert [(f.location.line, f.location.end_line) for f in fs] == [(7, 14)]
    assert fs[0].message == "section '移除旧版插件的迁移说明' (lines 7-14, 5 sentences) has no English counterpart"
    assert dict(fs[0].data)["heading"] == "移除旧版插件的迁移说明"


def test_a_file_name_heading_kept_on_both_sides_is_no_untranslated_text() -> None:
    """A directory-structure page's headings name files (.umirc.ts, .env, global.(css|less|sass|scss)): the same in
    both pages by design, not English left in the Chinese; a prose heading kept in English still is."""
    from zhen_qa.aligner.build import build_from_texts

    def spans(heading: str) -> list[str]:
        zh = f"# 目录结构\n\n### {heading}\n\n这个文件用于配置项目。\n"
        en = f"# Directory structure\n\n### {heading}\n\nThis file configures the project.\n"
        ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
        return [f.rule for f in check_manuscript(ms, select=["untranslated-span"])]

    for name in (".umirc.ts", ".env", "global.(css|less|sass|scss)", "src/pages"):
        assert spans(name) == [], name
    assert spans("Configure the whole project here") == ["untranslated-span"]


# an invented abstract, one paragraph a side (the Medline layout): the third Chinese sentence is written as two
# English sentences
_ABSTRACT_ZH = ("目的：探讨维生素D缺乏与儿童哮喘的关系。方法：选取120例哮喘儿童和100例健康儿童，测定血清维生素D水平。"
                "结果：哮喘组维生素D水平明显低于对照组，维生素D缺乏的儿童夜间咳嗽症状更严重，更容易住院。"
                "多因素分析显示，维生素D水平与肺功能呈正相关。结论：维生素D缺乏可能是儿童哮喘的危险因素。")
_ABSTRACT_EN = ("Objective: To explore the relationship between vitamin D deficiency and childhood asthma. "
                "Methods: Serum vitamin D levels were measured in 120 children with asthma and 100 healthy children. "
                "Results: Vitamin D levels in the asthma group were significantly lower than in the control group. "
                "Children lacking vitamin D had more severe night cough symptoms and were more often hospitalized. "
                "Multivariate analysis showed a positive correlation between vitamin D levels and lung function. "
                "Conclusion: Vitamin D deficiency may be a risk factor for childhood asthma.")


def _paragraph_findings(zh: str, en: str) -> list[tuple[str, str]]:
    from zhen_qa.aligner.build import build_from_texts

    ms = build_from_texts(zh, en, "a.zh.txt", "a.en.txt", presplit=False)
    return [(f.rule, f.excerpt) for f in check_manuscript(ms, None, select=["untranslated", "extra-target"])]


def test_one_chinese_sentence_written_as_two_english_ones_in_a_paragraph_is_no_extra_target() -> None:
    assert _paragraph_findings(_ABSTRACT_ZH, _ABSTRACT_EN) == []


def test_a_sentence_deleted_inside_a_paragraph_is_untranslated() -> None:
    deleted = "Multivariate analysis showed a positive correlation between vitamin D levels and lung function. "
    assert deleted in _ABSTRACT_EN
    assert _paragraph_findings(_ABSTRACT_ZH, _ABSTRACT_EN.replace(deleted, "")) == [
        ("untranslated", "多因素分析显示，维生素D水平与肺功能呈正相关。")]


FRONT_ZH = ("分泌组在组织修复中的作用\n\n李明远，王晓岚\n\n"
            "摘要：再生医学致力于恢复受损组织的结构与功能。间充质干细胞分泌组含有多种活性成分。\n\n")
FRONT_EN = ("The role of the secretome in tissue repair\n\nMingyuan Li, Xiaolan Wang\n\n"
            "Abstract: Regenerative medicine aims to restore damaged tissues. The mesenchymal stem cell secretome "
            "contains many active components.\n\nKeywords: secretome; mesenchymal stem cell; regenerative medicine\n")
MISSING_ZH_KEYWORDS = ("the Chinese keyword line (关键词) is missing: the English keywords (line {}) have no Chinese "
                       "keywords: secretome, mesenchymal stem cell, regenerative medicine")


def _missing(ms: object) -> list[tuple[str, int, str, str]]:
    return [(f.severity.value, f.location.line, f.lang, f.message)
            for f in check_manuscript(ms, select=["untranslated", "extra-target"])]  # type: ignore[arg-type]


def test_english_keywords_without_a_chinese_keyword_line_name_the_missing_line_in_one_file(tmp_path: Path) -> None:
    from zhen_qa.aligner.build import load_manuscript

    def missing(text: str) -> list[tuple[str, int, str, str]]:
        path = tmp_path / "a.txt"
        path.write_text(text, encoding="utf-8")
        return _missing(load_manuscript(str(path)))

    assert missing(FRONT_ZH + FRONT_EN + "\n1. 引言\n\n正文只有中文。\n") == [
        ("warning", 13, "en", MISSING_ZH_KEYWORDS.format(13))]
    assert missing(FRONT_ZH + "关键词：分泌组；间充质干细胞；再生医学\n\n" + FRONT_EN) == []
    assert missing(FRONT_ZH + "主题词：分泌组；间充质干细胞；再生医学\n\n" + FRONT_EN) == []  # medical journals' label


def test_english_keywords_without_a_chinese_keyword_line_in_two_files() -> None:
    from zhen_qa.aligner.build import build_from_texts

    ms = build_from_texts(FRONT_ZH, FRONT_EN, "zh.txt", "en.txt", presplit=False)
    assert _missing(ms) == [("warning", 7, "en", MISSING_ZH_KEYWORDS.format(7))]


def test_a_documentation_sections_last_sentence_of_terms_is_prose_not_keywords(tmp_path: Path) -> None:
    """A section a heading opens (not 摘要/Abstract) does not close with an abstract's keyword line: its last English
    sentence without Chinese, a list of terms, is extra-target, not "the Chinese keyword line is missing". An
    unheaded two-file abstract still names its missing keyword line (the test above)."""
    from zhen_qa.checks.run import Flags, check_file

    zh = "# 接口\n\n## 1. 完整查询\n\n**POST** `/rag`\n\n## 请求体\n\n请求体是一个 JSON 对象。\n"
    en = ("# API\n\n## 1. Complete Query\n\n**POST** `/rag`\n\nExecute a full pipeline including keyword "
          "extraction, graph retrieval, vector search, reranking, and answer generation.\n\n## Request Body\n\n"
          "The request body is a JSON object.\n")
    (tmp_path / "p.zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "p.en.md").write_text(en, encoding="utf-8")
    result = check_file(str(tmp_path / "p.zh.md"), str(tmp_path / "p.en.md"), Flags())
    assert [(f.rule, f.lang, f.location.line, f.message[:14]) for f in result.findings] == [
        ("extra-target", "en", 7, "no Chinese for")]


def test_a_chinese_keyword_line_whose_keywords_run_together_is_named_as_such(tmp_path: Path) -> None:
    from zhen_qa.aligner.build import load_manuscript

    def missing(keywords: str) -> list[tuple[str, int, str, str]]:
        path = tmp_path / "a.txt"
        path.write_text(FRONT_ZH + f"关键词：{keywords}\n\n" + FRONT_EN, encoding="utf-8")
        return _missing(load_manuscript(str(path)))

    glued = missing("分泌组间充质干细胞再生医学")
    assert [m[:3] for m in glued] == [("warning", 15, "en")]
    assert glued[0][3].startswith("the Chinese keywords (line 7) are run together without separators: "
                                  "分泌组间充质干细胞再生医学; the English keywords (line 15) have no Chinese item "
                                  "of their own: ")
    assert "is missing" not in glued[0][3]
    fewer = missing("分泌组；再生医学")
    assert [m[3] for m in fewer] == [
        "1 English keyword (line 15) has no Chinese keyword: mesenchymal stem cell (the Chinese keyword line, line 7, "
        "lists 2: 分泌组, 再生医学)"]


def test_chinese_keywords_separated_by_spaces_are_items(tmp_path: Path) -> None:
    from zhen_qa.aligner.build import load_manuscript

    for keywords in ("分泌组 间充质干细胞 再生医学", "分泌组\u3000间充质干细胞\u3000再生医学",
                     "分泌组  间充质干细胞  再生医学"):
        path = tmp_path / "a.txt"
        path.write_text(FRONT_ZH + f"关键词：{keywords}\n\n" + FRONT_EN, encoding="utf-8")
        assert _missing(load_manuscript(str(path))) == [], keywords


def test_a_chinese_keyword_line_written_in_english_is_named_as_such(tmp_path: Path) -> None:
    from zhen_qa.aligner.build import load_manuscript

    path = tmp_path / "a.txt"
    path.write_text(FRONT_ZH + "关键词：secretome；mesenchymal stem cell；regenerative medicine\n\n" + FRONT_EN,
                    encoding="utf-8")
    assert [m[3] for m in _missing(load_manuscript(str(path)))] == [
        "the Chinese keyword line (关键词, line 7) gives its keywords in English: secretome, mesenchymal stem cell, "
        "regenerative medicine; the English keywords (line 15) have no Chinese keywords"]


XLIFF_COPY = """<?xml version="1.0" encoding="UTF-8" ?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="zh-CN" datatype="plaintext" original="x">
    <body>
      <trans-unit id="u1">
        <source>Select the files you want to delete from the list.</source>
        <target>Select the files you want to delete from the list.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_a_target_copied_from_an_english_source_is_reported_on_the_target(tmp_path: Path) -> None:
    """A unit of an English-source CAT file whose Chinese target is a copy of its source: the copy is the target,
    so the finding says so and points at the <target> line, not at the source the translator did not write."""
    from zhen_qa.checks.run import Flags, check_file

    path = tmp_path / "a.xlf"
    path.write_text(XLIFF_COPY, encoding="utf-8")
    got = [(f.location.line, f.lang, f.message) for f in check_file(str(path), None, Flags()).findings
           if f.rule == "untranslated-span"]
    assert got == [(7, "zh", "the Chinese is identical to the English")]


def test_a_deleted_paragraph_before_a_short_sentence_that_keeps_a_name_in_latin_is_reported() -> None:
    """The Chinese of an English paragraph is deleted; the next Chinese sentence is short and keeps a name in Latin
    letters that the paragraph shares (参考 Tree shaking 章节了解更多。). The page's unit aligner gave the sentence both
    English paragraphs; the letters, counted as Chinese characters, made the sentence's own English look too short
    to fit it alone, and a null moved back onto the shared name: no finding (main 0.28.0). The paragraph is extra."""
    from zhen_qa.aligner.build import build_from_texts

    zh = ("# 构建优化\n\n## 代码分割\n\nVite 支持代码分割，可以把应用拆成多个按需加载的文件，"
          "从而减少首屏需要下载的代码量。\n\n参考 代码分割 章节了解更多。\n\n"
          "## Tree shaking\n\n参考 Tree shaking 章节了解更多。\n\n## 代码压缩\n\n"
          "在生产构建时，Vite 默认会压缩 JavaScript 和 CSS 代码。\n")
    en = ("# Build optimization\n\n## Code splitting\n\nVite supports code splitting, which cuts the application into "
          "several files loaded on demand and so reduces the code the first screen has to download.\n\n"
          "See Code splitting for more details.\n\n## Tree shaking\n\nVite supports tree shaking, a term widely used "
          "in the JavaScript world for the removal of code that is never used, also called \"dead code\".\n\n"
          "See Tree shaking for more details.\n\n## Minification\n\n"
          "In production builds, Vite minifies JavaScript and CSS code by default.\n")
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    got = [(f.rule, f.lang, f.location.line) for f in check_manuscript(ms, select=["untranslated", "extra-target"])]
    assert got == [("extra-target", "en", 11)]


ROAD_ZH = ("基于深度学习的遥感图像道路提取方法\n\n摘要：道路提取是遥感图像解译的重要任务。"
           "现有方法在遮挡区域的提取效果较差。本文提出一种结合注意力机制的道路提取网络。该网络在编码器中引入多尺度特征融合模块。"
           "在两个公开数据集上的实验表明，该方法的交并比分别提高了2.3%和1.8%。\n")
ROAD_EN = ("Road extraction from remote sensing images based on deep learning\n\nAbstract: Road extraction is an "
           "important and challenging task in the interpretation of high-resolution remote sensing images for many "
           "applications. Existing methods, however, still perform rather poorly in regions where roads are occluded "
           "by trees, buildings and their shadows. In this paper, we propose a novel road extraction network that "
           "combines an attention mechanism with a carefully designed decoder. The network introduces a multi-scale "
           "feature fusion module into the encoder so as to capture both local details and global context. "
           "Experiments conducted on two public benchmark datasets show that the intersection over union of the "
           "proposed method is improved by 2.3% and 1.8%, respectively. {added}\n")


def test_an_added_conclusion_restating_the_beads_nouns_in_a_wordy_abstract_is_reported() -> None:
    """An author-written abstract whose English runs long throughout (own ratio e^1.8) ends with a claim the Chinese
    never makes, in the last bead's nouns (method, public, dataset: 3 of its 10 stems glossed from the Chinese). The
    document's own ratio must not keep it in the bead as a second half of the last Chinese sentence (review49 R10)."""
    from zhen_qa.aligner.build import build_from_texts

    for added in ("The proposed method therefore also outperforms all existing methods on both public datasets in "
                  "running time.", "These results demonstrate the robustness of the network under occlusion."):
        ms = build_from_texts(ROAD_ZH, ROAD_EN.format(added=added), "zh.txt", "en.txt", presplit=False)
        extra = [f for f in check_manuscript(ms) if f.rule == "extra-target"]
        assert len(extra) == 1 and added[:40] in extra[0].message, added


def test_an_option_heading_with_its_value_type_is_the_same_in_both_pages_by_design() -> None:
    """A configuration reference writes every option under a heading `### name [type]`; the option group's heading
    (`### common options [string]`) is written the same way as the option names and kept in both pages. A prose
    heading kept in English without a value type is still reported."""
    from zhen_qa.aligner.build import build_from_texts

    def spans(heading: str) -> list[int]:
        zh = ("# 过滤器\n\n## 属性\n\n### include_fields [array]\n\n需要保留的字段列表。\n\n"
              f"### {heading}\n\n转换插件的常见参数，请参考文档了解详情。\n\n## 示例\n\n下面是一个例子。\n")
        en = ("# Filter\n\n## Options\n\n### include_fields [array]\n\nThe list of fields to keep.\n\n"
              f"### {heading}\n\nTransform plugin common parameters, please refer to the docs for details.\n\n"
              "## Example\n\nHere is an example.\n")
        ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
        return [f.location.line for f in check_manuscript(ms, select=["untranslated-span"])]

    assert spans("common options [string]") == []
    assert spans("common options [Enum]") == []
    assert spans("common options for every transform plugin") == [9]


def test_a_sentence_that_says_its_heading_again_is_not_untranslated() -> None:
    """示例代码如下： under ## 示例代码 (the English has the heading ## Example only), 事务消息发送步骤如下： under
    ## 事务消息步骤, 启动 Broker。 under ### 2. 启动 Broker: the section's first sentence says its heading again and
    adds nothing. A lead-in that says something else (运行以下命令：) is still reported."""
    from zhen_qa.aligner.build import build_from_texts

    def untranslated(first: str) -> list[str]:
        zh = (f"# 快速开始\n\n## 示例代码\n\n{first}\n\n```java\nint a = 1;\n```\n\n## 事务消息步骤\n\n"
              "事务消息**发送**步骤如下：\n\n1. 生产者发送半事务消息。\n2. 服务端返回确认结果。\n\n"
              "### 2. 启动 Broker\n\n启动 Broker。\n\n它与所有 NameServer 保持长连接，并定时发送心跳包。\n")
        en = ("# Quick start\n\n## Example\n\n```java\nint a = 1;\n```\n\n"
              "## Transactional Message Sending Procedure\n\n1. The producer sends a half message.\n"
              "2. The server returns an acknowledgement.\n\n"
              "### 2. Start the Broker\n\nIt keeps long connections with all NameServers and sends heartbeats.\n")
        ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
        return [f.excerpt for f in check_manuscript(ms, select=["untranslated"])]

    assert untranslated("示例代码如下：") == []
    assert untranslated("运行以下命令：") == ["运行以下命令："]



def test_an_faq_heading_quoting_an_error_message_is_a_literal() -> None:
    """An FAQ heading that quotes the error the reader sees (an exception line, `No module named 'x'`, a loader's
    `symbol … not defined in file libx.so.1`) is given the same in both pages on purpose; an English heading of
    words left in the Chinese page (### Installation guide) is still reported."""
    from zhen_qa.aligner.build import build_from_texts

    headings = ["### ModuleNotFoundError: No module named 'flash_attn'", "### No module named 'engine.config'",
                "### RuntimeError: CUDA runtime error: out of memory /src/utils/allocator.h",
                "### symbol cudaMalloc version libcudart.so.11.0 not defined in file libcudart.so.11.0",
                "### Installation guide"]
    zh_text = ["请先安装这个依赖包。", "请升级到最新的版本。", "请减小缓存的比例。", "请检查驱动的版本。",
               "请按照步骤安装。"]
    en_text = ["Please install the package first.", "Please upgrade to the latest version.",
               "Please reduce the cache ratio.", "Please check the driver version.", "Please follow the steps."]
    zh = "# 常见问题\n\n" + "".join(f"{h}\n\n{t}\n\n" for h, t in zip(headings, zh_text))
    en = "# FAQ\n\n" + "".join(f"{h}\n\n{t}\n\n" for h, t in zip(headings, en_text))
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    spans = [f for f in check_manuscript(ms, select=["untranslated-span"])]
    assert [f.excerpt for f in spans] == ["Installation guide"]


def test_a_link_text_with_a_query_string_is_one_sentence_and_a_dropped_one_is_still_found() -> None:
    """The Chinese sentence around [localhost:8080/deployments?project=quickstart](…) is not cut at the "?" (no
    half sentence "without English"); when the English lacks that sentence, the whole Chinese one is reported."""
    from zhen_qa.aligner.build import build_from_texts

    link = "[localhost:8080/deployments?project=quickstart](http://localhost:8080/deployments?project=quickstart)"
    zh = (f"# 部署\n\n部署完成后，应用会出现在控制台的应用列表中。\n\n你可以通过访问 {link} 查看部署的详细日志，"
          "然后导航到你的应用部署详情页。\n\n删除应用时，相关的资源会一并清理。\n")
    en_link = (f"You can check the detailed log of the deployment by access {link}, then navigate to your application "
               "deployment detail page.\n\n")
    en = ("# Deploy\n\nAfter the deployment finishes, the application appears in the application list of the "
          "console.\n\n{}When the application is deleted, its resources are cleaned up as well.\n")
    rules = ["untranslated", "extra-target", "number-mismatch"]
    whole = build_from_texts(zh, en.format(en_link), "a.zh.md", "a.en.md", presplit=False)
    assert check_manuscript(whole, select=rules) == []
    fs = check_manuscript(build_from_texts(zh, en.format(""), "a.zh.md", "a.en.md", presplit=False), select=rules)
    assert [(f.rule, f.location.line) for f in fs] == [("untranslated", 5)]
    assert "详情页" in fs[0].message  # the whole sentence, not its half up to the "?"


def test_a_faq_answer_no_is_the_chinese_answers_counterpart_and_a_dropped_answer_is_still_reported() -> None:
    """fw61: the Chinese answer 不可以重复。 beside the English "No." (its own sentence now, `segment._answer`); with
    the English answer dropped, the Chinese answer is still reported."""
    from zhen_qa.aligner.build import build_from_texts
    from zhen_qa.checks.engine import check_manuscript

    zh = "# 问答\n\n### Q6: 标记可以重复吗？\n\n标记不可以重复。\n如果注入了相同的标记，回调只会在第一次触发。\n"
    en = ("# FAQ\n\n### Q6: Can flags be reused?\n\nNo. If two identical flags are injected, the callback fires on the "
          "first one only.\n")
    rules = ["untranslated", "extra-target"]
    assert [f.rule for f in check_manuscript(build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False),
                                             select=rules)] == []
    dropped = en.replace("No. If", "If")
    found = check_manuscript(build_from_texts(zh, dropped, "a.zh.md", "a.en.md", presplit=False), select=rules)
    assert [(f.rule, f.location.line) for f in found] == [("untranslated", 5)]
