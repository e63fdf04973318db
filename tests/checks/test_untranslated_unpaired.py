"""checks.untranslated_unpaired: untranslated and extra-target findings of sentences without a counterpart."""
from __future__ import annotations

from tests.checks.aligned import build
from tests.checks.untranslated_kit import EN, GOOD, ZH, findings, rows, whole
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.checks.untranslated import run


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


def test_a_chinese_sentence_with_nothing_to_translate_is_not_untranslated() -> None:
    # what a translator keeps as written (a stray letter PDF extraction leaves after an abstract, an item label, a
    # version) has no English of its own to miss
    for kept in ("D", "(b)", "v2.1"):
        assert findings([([GOOD[0]], [GOOD[1]]), ([kept], [])], "untranslated") == [], kept


def test_a_short_chinese_sentence_with_words_to_translate_is_still_untranslated() -> None:
    # the same shape with something to render: a short Chinese sentence, or Latin words a translator renders
    # (Han written without spaces is one token: one with a digit is still a sentence to translate)
    for dropped in ("这一句没有翻译。", "D 组被试的反应速度明显更快。", "Keep this sentence as it is.",
                    "本研究共纳入患者26例并随访3年。"):
        fs = findings([([GOOD[0]], [GOOD[1]]), ([dropped], [])], "untranslated")
        assert [f.excerpt for f in fs] == [dropped], dropped
