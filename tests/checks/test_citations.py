"""citation-mismatch."""
from __future__ import annotations

from tests.checks.aligned import build
from zhen_qa.checks.citations import RULES, run
from zhen_qa.checks.context import CheckContext


def check(zh: str, en: str) -> list:
    return list(run(CheckContext(build([([zh], [en])]))))


def check_beads(beads: list[tuple[str, str]]) -> list:
    """The findings of a document of one-sentence beads."""
    return list(run(CheckContext(build([([zh], [en]) for zh, en in beads]))))


def test_rule() -> None:
    assert [r.id for r in RULES] == ["citation-mismatch"]


def test_same_markers_in_different_styles() -> None:
    pairs = [
        ("以恢复正常功能⁽¹⁾。", "to restore normal function⁽¹⁾."),
        ("减少肿瘤发生的风险^(7,8)。", "reduced risk of tumorigenesis^{7,8}."),
        ("见文献[3-5]。", "see references [3,4,5]."),
        ("改善了结局1 - 3。", "improved outcomes.1-3"),
        ("由Tjalsma等人(2000)首先定义。", "first defined by Tjalsma et al. (2000)."),
    ]
    for zh, en in pairs:
        assert check(zh, en) == [], (zh, en)


def test_missing_marker_in_english() -> None:
    zh = "分泌组包括胞外囊泡⁽⁶⁾。"
    (f,) = check(zh, "The secretome includes extracellular vesicles.")
    assert f.lang == "zh" and f.rule == "citation-mismatch"
    assert zh[f.location.column - 1:f.location.end_column - 1] == "⁽⁶⁾"


def test_changed_marker_gives_one_finding() -> None:
    en = "The secretome includes vesicles⁽¹⁹⁾."
    (f,) = check("分泌组包括胞外囊泡⁽¹⁸⁾。", en)
    assert f.lang == "en" and en[f.location.column - 1:f.location.end_column - 1] == "⁽¹⁹⁾"
    assert f.related is not None and f.related.path == "zh.txt"


def test_missing_author_year() -> None:
    (f,) = check("这一概念已被提出。", "The concept was proposed (Smith et al., 2020).")
    assert f.lang == "en" and "smith 2020" in f.message


def test_a_citation_said_in_prose_with_an_ocr_slip_in_its_year() -> None:
    # the Chinese cites (2001); the English names the authors in prose and OCR read the year's zero as the letter O:
    # the slip is the number check's finding, the citation is there (chinaxiv10's cx10-012)
    zh = "自Ohman, Flykt和Esteves (2001)完成经典实验后，有不少实验重复了这一发现。"
    en = "Ever since Ohman, Flykt and Esteves published their classic study in 2O01, many have replicated it."
    assert check(zh, en) == []
    assert check(zh, en.replace("2O01", "2O11")) != []  # another year is still missing
    assert check(zh, en.replace("Flykt", "Lundqvist")) != []  # and another author


def test_glued_digits_are_evidence_but_never_reported() -> None:
    # "covid19" may be a name, "radiotherapy3,17" a flattened superscript: neither is reported alone
    assert check("新冠肺炎（COVID-19）大流行期间。", "during the covid19 pandemic.") == []
    assert check("放疗指南3 , 17见补充附录。", "the guidelines regarding radiotherapy3,17 are in the appendix.") == []
    (f,) = check("放疗指南见补充附录⁽⁴⁾。", "the guidelines regarding radiotherapy3,17 are in the appendix.")
    assert f.lang == "zh" and "(4)" in f.message


def test_reference_number_after_a_spaced_stop() -> None:
    assert (
        check("最终样本量为476例（每组238例患者）19。", "a final sample size of 476 (238 patients per group) .19") == []
    )
    (f,) = check("最终样本量为476例（每组238例患者）19。", "a final sample size of 476 (238 patients per group).")
    assert f.lang == "zh" and f.data[0] == ("marker", "19")


def test_reference_numbers_glued_to_a_year_a_url_or_a_name_in_lower_case_text() -> None:
    pairs = [
        ("并且在2000年后继续呈缓慢下降4 , 5。然而，人数增加了。",
         "with a continued decrease after 2000.4,5 however, the number has increased."),
        ("并在网站https : / / aidsinfo . nih . gov /上定期更新79。",
         "these are regularly updated at https: / / aidsinfo.nih.gov /.79"),
        ("应避免服用这些药物，包括利托那韦和cobicistat69。",
         "drugs should be avoided, including ritonavir and cobicistat, in these patients.69"),
    ]
    for zh, en in pairs:
        assert check(zh, en) == [], (zh, en)
    # a quantity after a year-like number is not a citation
    assert check("共有2012.7百万人。", "a total of 2012.7 million people.") == []


def test_a_number_ending_a_name_glued_to_a_citation() -> None:
    # 结构域7 + citation 2 flattened into "72": the English writes "domain 7 ….2"
    zh = "自身抗体是抗胶原蛋白链的非胶原结构域72。"
    assert check(zh, "The autoantibody is expressed against the noncollagenous domain 7 of the chain.2") == []
    # another citation in the English is still a changed marker, and without the number the marker is whole
    (f,) = check(zh, "The autoantibody is expressed against the noncollagenous domain 7 of the chain.5")
    assert f.message == 'citation "72" in the Chinese is "5" in the English'
    (f,) = check(zh, "The autoantibody is expressed against the noncollagenous domain of the chain.2")
    assert f.message == 'citation "72" in the Chinese is "2" in the English'


def test_a_number_both_sides_write_is_no_reference() -> None:
    # the English 50 of "50%" renders the Chinese 50%, not the reference 50 after it
    zh = "手术部位感染的发生率比无标签的患者高50% 50。"
    assert check(zh, "Surgical-site infections are 50% higher among patients without such a label.50") == []
    (f,) = check(zh, "Surgical-site infections are 50% higher among patients without such a label.")
    assert f.lang == "zh" and f.message.startswith('citation "50" (50) is missing from the English')
    # a reference the other side writes as plain digits still counts
    assert check("改善了结局1 - 3。", "improved outcomes.1-3") == []


def test_a_reference_flattened_onto_a_name_or_an_acronym_is_that_reference() -> None:
    assert check("维生素B1有效31。", "Vitamin B131 was effective.") == []
    assert check("建议使用AED40。", "AED use is recommended.40") == []
    (f,) = check("建议使用AED。", "AED use is recommended.40")
    assert '"40"' in f.message
    (g,) = check("维生素B1有效31。", "Vitamin B1 was effective.")
    assert '"31"' in g.message


def test_a_reference_glued_onto_a_number_or_a_name_ending_in_a_digit() -> None:
    # 1842 = the number 18 and the reference 42 the English cites after "aspirin."
    assert check("阿司匹林组的需治疗人数为1842。", "The number needed to treat was 18 with aspirin.42") == []
    (f,) = check("阿司匹林组的需治疗人数为18。", "The number needed to treat was 18 with aspirin.42")
    assert f.lang == "en" and '"42"' in f.message
    # "H5N1.59,60": the name the Chinese writes, then the references it cites
    zh = "以及指导感染（H5N1）病毒的患者的治疗59，60。"
    assert check(zh, "and inform treatment for patients infected with H5N1.59,60") == []
    (g,) = check(zh, "and inform treatment for patients infected with H7N9.59,60")
    assert g.lang == "zh" and "59" in g.message


def test_a_spaced_range_glued_to_an_acronym() -> None:
    en = "Bystanders should begin CPR whenever a person is unresponsive.28-30"
    assert check("见到无反应的人时，旁观者应启动CPR28 - 30。", en) == []
    (f,) = check("见到无反应的人时，旁观者应启动CPR。", en)
    assert f.lang == "en"


def test_a_numbered_stage_is_no_reference_number() -> None:
    """gc56 A3 (colossalai booster_plugins): 阶段2 before the stop is "stage-2" of the English, a stage's number; a
    reference number the English lacks after another word is still reported."""
    assert check("它仅支持 Zero 阶段1和阶段2。", "It only supports zero stage-1 and stage-2.") == []  # fails before
    assert len(check("它仅支持 Zero 优化器2。", "It only supports the zero optimizer with stage-1.")) == 1


def test_a_number_glued_to_a_noun_the_document_numbers_a_series_with_is_no_citation() -> None:
    """review58 R-b: 成员集群3。 at a sentence end reads as a reference number; the document's 成员集群1：, written
    where no reference number stands, shows 集群 numbers a series, so the 3 is the member's. A glued citation stays a
    citation: alone, beside another citation after the same noun (研究3。 … 研究12。), or after another noun."""
    label = ("成员集群1：", "Member cluster 1:")
    label2 = ("成员集群2：", "Member cluster 2:")
    sent = ("调度器更倾向于将 Pod 调度到成员集群3。", "The scheduler prefers the cluster with the most nodes.")
    assert check_beads([label, label2, sent]) == []
    (one,) = check_beads([label, sent])  # one label is no series
    assert one.rule == "citation-mismatch"
    (f,) = check_beads([sent])  # no series in the document: read as before
    assert f.rule == "citation-mismatch"
    cited = [("这一结果与既往研究一致3。", "This result agrees with previous studies."),
             ("另一项研究12。", "Another study agrees.")]
    assert [f.rule for f in check_beads(cited)] == ["citation-mismatch", "citation-mismatch"]
    (g,) = check_beads([label, ("这一结果与既往研究一致3。", "This result agrees with previous studies.")])
    assert g.rule == "citation-mismatch"
    # flattened citations mid-sentence after the same noun are no label: the glued one is still missing
    mid = ("在黑色素瘤患者8和肾细胞癌患者9中有效。", "It works in melanoma8 and renal-cell carcinoma.9")
    (h,) = check_beads([mid, ("该药已获批用于成人患者12。", "The drug is approved for adults.")])
    assert h.rule == "citation-mismatch" and h.data[0] == ("marker", "12")
    # review58b R10 (/tmp/review58b/c reduced): a count after the noun (患者320例) is no series either
    count = ("选取我院就诊的老年患者320例。", "We enrolled 320 elderly patients.")
    dropped = ("维生素D缺乏在老年人中很常见，尤其多见于独居患者12。",
               "Vitamin D deficiency is common among the elderly, especially in patients living alone.")
    (r,) = check_beads([count, dropped])
    assert r.rule == "citation-mismatch" and r.data[0] == ("marker", "12")
    # review58b R10 (zh_case.txt reduced): a case series labelled 病例1：/病例2：, then a reference number far past it
    cases = [("病例1：患者男，45岁，因反复发热入院。", "Case 1: A 45-year-old man was admitted for recurrent fever."),
             ("病例2：患者女，38岁，因皮疹就诊。", "Case 2: A 38-year-old woman presented with a rash."),
             ("国内外文献已报道类似病例12。", "Similar cases have been reported in the literature.")]
    (c,) = check_beads(cases)
    assert c.rule == "citation-mismatch" and c.data[0] == ("marker", "12")


def test_an_author_written_in_han_characters_is_the_english_author_year_citation() -> None:
    pairs = [
        ("克拉克（2016）指出，内容策略带来新的可能。", "Clark (2016) notes that content strategy brings more."),
        ("这一点已有论述（普里斯特利，2012年）。", "This has been argued (Priestley, 2012a)."),
        ("哈特-戴维森 (2010) 注意到这一点。", "Hart-Davidson (2010) noted this."),
        ("张伟等（2019）首先报道了该现象。", "Zhang et al. (2019) first reported the phenomenon."),
    ]
    for zh, en in pairs:
        assert check(zh, en) == [], (zh, en)


def test_a_dropped_or_changed_citation_beside_a_han_author_is_still_reported() -> None:
    (f,) = check("克拉克（2016）和琼斯都指出了这一点。", "Clark (2016) and Jones (2016) both noted this.")
    assert f.lang == "en" and "Jones (2016)" in f.message  # one Chinese citation answers one English citation
    (g,) = check("克拉克（2015）指出了这一点。", "Clark (2016) noted this.")  # the year changed
    assert "Clark (2016)" in g.message
    (h,) = check("我还扩展了一系列抽象概念。", "I also expand a series of abstractions (Evia et al., 2015).")
    assert "Evia" in h.message  # dropped: no Han-named citation of that year either


def test_a_latin_name_before_deng_ren_answers_only_its_own_citation() -> None:
    (f,) = check("Guo 等人（2024）提出了这一方法。", "Guo et al. (2024) and Smith (2024) proposed the method.")
    assert "Smith (2024)" in f.message  # 等人（2024） after a Latin name is Guo's citation, not a Han-named one


def test_a_han_named_citation_of_another_author_is_no_answer() -> None:
    # the year agrees, the author does not: 克拉克 (Clark) for "Jones", 史密斯 (Smith) for "Brown"
    (f,) = check("克拉克（2016）认为版本控制能减少重复劳动。", "Jones (2016) argues that version control saves work.")
    assert f.lang == "en" and "Jones (2016)" in f.message
    (g,) = check("史密斯（2018）描述了这一流程。", "Brown (2018) describes this process.")
    assert g.lang == "en" and "Brown (2018)" in g.message
    (h,) = check("这一流程早有描述（普里斯特利，2012年）。", "The process was described early (Johnson, 2012).")
    assert h.lang == "en" and "(Johnson, 2012)" in h.message
    # the same sentences with the authors that agree in sound are not reported
    clark = "Clark (2016) argues that version control saves work."
    assert check("克拉克（2016）认为版本控制能减少重复劳动。", clark) == []
    assert check("史密斯（2018）描述了这一流程。", "Smith (2018) describes this process.") == []
    assert check("正如罗宾逊（2011）所说，流程需要记录。", "As Robinson (2011) says, processes need records.") == []


def _page(zh: str, en: str) -> list[str]:
    """The citation-mismatch messages of a Markdown page pair of one paragraph under a heading."""
    from zhen_qa.aligner.build import build_from_texts
    from zhen_qa.checks.engine import check_manuscript

    m = build_from_texts(f"# 取值\n\n{zh}\n", f"# Values\n\n{en}\n", "a.zh.md", "a.en.md", presplit=False)
    return [f.message for f in check_manuscript(m, select=["citation-mismatch"])]


def test_an_index_the_chinese_writes_bare_and_the_english_in_a_code_span_is_no_citation() -> None:
    # fails before: "[1]" of the bare call read as a citation the English lacks (its code span is one placeholder)
    assert _page("第二个值可以这样获得：rows.get(2)[1]。", "The second value is fetched with `rows.get(2)[1]`.") == []


def test_a_code_span_vouches_only_for_the_marker_it_writes() -> None:
    # a citation the English drops stays reported beside the code; so does an index the English code writes otherwise
    (found,) = _page("第二个值可以这样获得：rows.get(2)[1]，详见文献[3]。",
                     "The second value is fetched with `rows.get(2)[1]`, as the literature describes.")
    assert '"[3]"' in found
    (found,) = _page("第二个值可以这样获得：rows.get(2)[1]。", "The second value is fetched with `rows.get(2)[2]`.")
    assert '"[1]"' in found


def test_a_citation_the_english_drops_is_reported_beside_a_code_span_writing_its_index() -> None:
    # fails before the mend: `log[3]` in the English code span excused the Chinese citation [3] after 子问题
    (found,) = _page("共识被分解为两个子问题[3]，条目保存在 `log[3]` 这样的数组中。",
                     "Consensus splits into two subproblems, and entries sit in an array such as `log[3]`.")
    assert '"[3]"' in found
    (found,) = _page("共识被分解为两个子问题 [3]，条目保存在 `log[3]` 里。",
                     "Consensus splits into two subproblems, and entries sit in `log[3]`.")
    assert '"[3]"' in found


def test_an_index_glued_to_an_identifier_is_code_the_english_span_writes() -> None:
    assert _page("条目保存在数组 log[3] 中。", "Entries sit in the array `log[3]`.") == []
