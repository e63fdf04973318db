"""number-mismatch."""
from __future__ import annotations

from tests.checks.aligned import build
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.numbers import RULES, run


def check(zh: str, en: str) -> list:
    return list(run(CheckContext(build([([zh], [en])]))))


def test_rule() -> None:
    assert [r.id for r in RULES] == ["number-mismatch", "alignment-doubt"]


def test_matching_numbers_after_normalisation() -> None:
    pairs = [
        (
            "经随机分组接受帕妥珠单抗（2,400例）治疗，63%为阳性。",
            "2400 patients received pertuzumab; 63% were positive.",
        ),
        ("全国约有1800万患者，费用4.63亿元。", "About 18 million patients; costs were 463 million yuan."),
        ("年龄6～14岁，百分之三十一的患者为两组。", "Aged 6 to 14 years, 31% of patients in two groups."),
        ("风险比，0.81；95%置信区间，0.66～1.00；p = 0.045。", "hazard ratio, 0.81; 95% ci, 0.66 to 1.00; p = 0.045."),
        ("能够显著改善患者的结局1 - 3。", "has markedly improved outcomes among patients.1-3"),
        ("这是再生医学的基石⁽⁴⁾。", "They are a cornerstone of regenerative medicine."),
    ]
    for zh, en in pairs:
        assert check(zh, en) == [], (zh, en)


def test_changed_number_gives_one_finding_on_the_english() -> None:
    zh = "安慰剂组有210例（8.7%）患者复发。"
    en = "Recurrence occurred in 211 patients (8.7%) in the placebo group."
    (f,) = check(zh, en)
    assert f.rule == "number-mismatch" and f.lang == "en" and f.severity.value == "warning"
    assert en[f.location.column - 1:f.location.end_column - 1] == "211"
    assert f.related is not None and f.related.path == "zh.txt"
    assert zh[f.related.column - 1:f.related.end_column - 1] == "210"
    data = dict(f.data)
    assert data["zh"] == zh and data["en"] == en


def test_number_missing_from_english() -> None:
    (f,) = check("共纳入2400例患者，随访3年。", "We enrolled 2400 patients.")
    assert f.lang == "zh" and f.message == '"3" in the Chinese is missing from the English: We enrolled 2400 patients.'
    assert (f.location.path, f.location.line, f.location.column, f.location.end_line, f.location.end_column) == (
        "zh.txt", 1, 14, 1, 15)
    assert f.related is not None
    assert (f.related.path, f.related.column, f.related.end_column) == ("en.txt", 1, 27)


def test_number_missing_from_chinese() -> None:
    (f,) = check("我们纳入了患者。", "We enrolled 2400 patients.")
    assert f.lang == "en" and f.message == '"2400" in the English is missing from the Chinese: 我们纳入了患者。'
    assert (f.location.path, f.location.line, f.location.column, f.location.end_line, f.location.end_column) == (
        "en.txt", 1, 13, 1, 17)
    assert f.related is not None
    assert (f.related.path, f.related.column, f.related.end_column) == ("zh.txt", 1, 9)


def test_word_numbers_are_not_reported_alone() -> None:
    assert check("在两个治疗组中均少见。", "Rare in both treatment groups.") == []


def test_untranslated_beads_are_not_checked() -> None:
    ms = build([(["共2400例。"], ["2400 patients."]), (["另有35例。"], [])])
    assert list(run(CheckContext(ms))) == []


def test_one_is_never_reported_alone() -> None:
    assert check("完成了为期1年的治疗。", "One year of treatment was completed.") == []


def test_number_changed_into_one_found_elsewhere_in_the_bead() -> None:
    # counts, not sets: "table 2" is a surplus 2 even though "two groups" matches 两组
    zh = "两组的患者基线特征平衡（表1）。"
    en = "The characteristics were well balanced between the two groups (table 2)."
    (f,) = check(zh, en)
    assert f.lang == "en" and en[f.location.column - 1:f.location.end_column - 1] == "2"
    assert check(zh, en.replace("table 2", "table 1")) == []


def test_repeated_value_reports_the_count() -> None:
    zh = "风险比，0.51；95% ci，0.34～0.77；95% ci，0.34～0.77。"
    en = "hazard ratio, 0.51; 95% ci, 0.34 to 0.77."
    (f,) = check(zh, en)  # one finding per bead, every differing number listed
    assert dict(f.data)["zh_numbers"] == "95% | 0.34～0.77"
    assert f.lang == "zh" and f.location.column == 27  # the surplus copy
    assert '"95%", "0.34～0.77" in the Chinese are there twice but once in the English' in f.message


def test_same_counts_on_both_sides() -> None:
    zh = "分别为172例（72.0%）和178例（75.1%），各组均为2年。"
    en = "172 (72.0%) and 178 (75.1%), respectively, each group at 2 years."
    assert check(zh, en) == []


def test_citation_numbers_used_by_both_sides_are_not_evidence_for_numbers() -> None:
    # 1 - 3 is a citation on both sides, so it cannot vouch for a changed "receptor 3"
    zh = "曲妥珠单抗是一种her2的单克隆抗体，改善了患者的结局1 - 3。"
    en = "trastuzumab, an anti-human epidermal growth factor receptor 3 (her2) antibody, improved outcomes.1-3"
    (f,) = check(zh, en)
    assert f.lang == "en" and "3" in f.message
    # ...but the digit of a name on the other side is (receptor 2 = her2)
    assert check(zh, en.replace("receptor 3", "receptor 2")) == []


def test_reference_numbers_written_differently_are_not_numbers() -> None:
    pairs = [
        (
            "放疗指南3 , 17见补充附录。",
            "the guidelines regarding radiotherapy3,17 are provided in the supplementary appendix.",
        ),
        (
            "是有效的化疗方案11 - 13；而对于复发性患者是首选治疗14。",
            "is an effective chemotherapy in patients with carcinoma11-13 "
            "and the treatment of choice in recurrent disease.14",
        ),
        ("从29.0%升至45.8% 10。", "from 29.0% to 45.8% .10"),
        ("各药剂量降低20% 26 , 27）。", "(a 20% reduction of each drug as compared with the other trials26,27)."),
    ]
    for zh, en in pairs:
        assert check(zh, en) == [], (zh, en)


def test_numbers_in_a_latin_gloss_are_a_repeat() -> None:
    zh = "根据国际乳腺癌研究组006（breast cancer international research group 006）试验的结果，需要379例事件。"
    en = "on the basis of the breast cancer international research group 006 trial, 379 events were required."
    assert check(zh, en) == []
    (f,) = check(zh, en.replace("group 006", "group 007"))
    assert f.lang == "en"


def test_ten_percentage_points_in_words() -> None:
    assert check("改善了十个百分点。", "an improvement of 10 percentage points.") == []
    assert check("改善了10 个百分点。", "an improvement of 10 percentage points.") == []


def test_number_across_a_misdrawn_bead_boundary_is_not_reported() -> None:
    # the aligner put "in 3 years" with the wrong English sentence: the 3 is translated, one bead off
    ms = build([
        (["共纳入2400例患者。"], ["We enrolled 2400 patients, followed up for 3 years."]),
        (["随访3年，有35例复发。"], ["Recurrence occurred in 35 patients."]),
    ])
    assert list(run(CheckContext(ms))) == []


def test_reconciliation_needs_an_adjacent_bead_with_the_number_left_over() -> None:
    two_away = build([
        (["随访3年，有35例复发。"], ["Recurrence occurred in 35 patients."]),
        (["共纳入2400例患者。"], ["We enrolled 2400 patients."]),
        (["结果如下。"], ["Follow-up was 3 years."]),
    ])
    assert sorted(f.lang for f in run(CheckContext(two_away))) == ["en", "zh"]
    matched_there = build([
        (["随访3年，有35例复发。"], ["Recurrence occurred in 35 patients."]),
        (["中位随访3年。"], ["Median follow-up was 3 years."]),
    ])
    (f,) = list(run(CheckContext(matched_there)))
    assert f.lang == "zh" and "3" in f.message


def test_several_differing_numbers_of_a_bead_are_one_finding() -> None:
    zh = "11例中6例（54%）携带缺失，8例（73%）携带2种以上异常。"
    en = "Among 11 cases, 6 cases showed the deletion and 8 cases showed at least two abnormalities."
    (f,) = check(zh, en)
    assert f.rule == "number-mismatch" and f.lang == "zh"
    assert (f.location.line, f.location.column, f.location.end_column) == (1, 8, 11)
    assert '"54%", "73%" in the Chinese are missing from the English' in f.message


def test_a_bead_whose_numbers_mostly_differ_is_one_alignment_doubt() -> None:
    zh = "共纳入38例患者，其中21例（55.3%）骨受累，19例（50.0%）疼痛。"
    en = "The median follow-up was 24 months, 7 patients relapsed and 3 died in 2015."
    (f,) = check(zh, en)
    assert f.rule == "alignment-doubt" and f.severity.value == "info"
    assert (f.location.line, f.location.column) == (1, 4)
    assert "check the alignment" in f.message


def test_number_forms_of_one_value_are_not_mismatches() -> None:
    pairs = [
        ("约2 / 3的患者在治疗后缓解。", "About two thirds of patients were in remission after treatment."),
        ("治疗组的风险增加了3倍。", "The risk was threefold higher in the treatment group."),
        ("20世纪90年代以来，发病率持续上升。", "The incidence has risen steadily since the 1990s."),
        ("分娩时孕龄为37周+6天。", "Gestational age at delivery was 37 6/7 weeks."),
        ("自2000年以来发病率上升4,5。", "The incidence has risen since 2000.4,5"),
    ]
    for zh, en in pairs:
        assert check(zh, en) == [], (zh, en)


def test_a_changed_fraction_is_one_finding_on_the_chinese() -> None:
    zh = "约2 / 3的患者在治疗后缓解。"
    en = "About one third of patients were in remission after treatment."
    (f,) = check(zh, en)
    assert f.rule == "number-mismatch" and f.lang == "zh"
    assert (f.location.column, f.location.end_column) == (2, 7)
    assert f.message.startswith('"2 / 3" in the Chinese is missing from the English')


def test_a_count_fraction_beside_its_percentage_details_it() -> None:
    """44.7% (17/38): the count and denominator restate the percentage one side gives alone."""
    zh = "38例患者中，多系统累及占44.7%，31.6%的患者有危险器官累及。"
    assert check(zh, "Among 38 patients, 44.7% (17/38) had multiple systems and 31.6% (12/38) risk organs.") == []
    (f,) = check(zh, "Among 38 patients, 44.7% (18/38) had multiple systems and 31.6% (12/38) risk organs.")
    assert '"18"' in f.message  # a count that does not give the percentage is compared as usual


def test_a_magnitude_written_once_for_two_numbers() -> None:
    assert check("合法卷烟消费量从 994 下降至 885 亿支。", "Consumption fell from 99.4 to 88.5 billion sticks.") == []
    assert check("其中1500多万人视力受损。", "Over 15 million are visually impaired.") == []
    (f,) = check("其中1500多万人视力受损。", "Over 16 million are visually impaired.")
    assert '"1500"' in f.message and '"16 million"' in f.message


def test_one_in_m_is_the_fraction_1_over_m() -> None:
    assert check("只有大约二十分之一是非法的。", "Only about 1 in 20 cigarettes is illicit.") == []
    assert len(check("只有大约二十分之一是非法的。", "Only about 1 in 25 cigarettes is illicit.")) == 1


def test_number_words_above_one_hundred() -> None:
    assert check("本文共纳入131项研究。", "One hundred and thirty-one studies were included.") == []
    assert len(check("本文共纳入132项研究。", "One hundred and thirty-one studies were included.")) == 1


def test_number_forms_of_real_translations_match() -> None:
    # each pair says the same numbers in forms a translator uses; none is a mismatch
    pairs = [
        ("分为两组，前者剂量为2.5 mg，每天2次。", "they were assigned to 2.5 mg twice daily."),  # frequency word
        ("体质指数30或30以上。", "a body-mass index of 30 or more."),  # N或N以上
        ("正在使用2种或2种以上抗血小板药物。", "taking two or more antiplatelet agents."),
        ("负荷在过去20年保持相对稳定。", "the burden has remained steady for the past two decades."),  # decades
        ("开展了一项随机、3期研究。", "investigators conducted a randomized phase iii study."),  # Roman category
        ("患者为Ⅲ期疾病。", "patients had stage 3 disease."),
        ("这是一种parp 1和2抑制剂。", "it is a parp 1 / 2 inhibitor."),  # a slash pair of names
        ("自20世纪90年代中期开始应用。", "after its introduction in the mid-1990s."),  # a year after mid-
        ("钠-葡萄糖协同转运蛋白抑制剂用于1型糖尿病。", "sglt1 / 2 inhibition for type 1 diabetes."),  # SGLT1/SGLT2
    ]
    for zh, en in pairs:
        assert check(zh, en) == [], (zh, en)


def test_restated_and_written_forms_still_catch_a_changed_number() -> None:
    (f,) = check("正在使用2种或2种以上药物。", "taking three or more agents.")
    assert f.message.startswith('"2" in the Chinese is missing from the English')
    (g,) = check("开展了一项3期研究，纳入4组。", "a phase iii study with 5 groups.")
    assert '"4"' in g.message and '"5"' in g.message
    (h,) = check("在过去20年保持稳定。", "steady for the past two decades and 30 years.")
    assert '"30"' in h.message


def test_a_total_the_english_calls_all_is_not_missing() -> None:
    stated = (["回顾分析收治的27例患者。"], ["The data of 27 patients were retrospectively analysed."])
    ms = build([stated, (["27例患者均获随访，平均16.6个月。"], ["All patients were followed up for 16.6 months."])])
    assert list(run(CheckContext(ms))) == []
    # never stated in the English: the count is missing
    ms = build([(["回顾分析收治的患者。"], ["The data of the patients were analysed."]),
                (["27例患者均获随访，平均16.6个月。"], ["All patients were followed up for 16.6 months."])])
    (f,) = list(run(CheckContext(ms)))
    assert f.lang == "zh" and '"27"' in f.message
    # a number changed in the same English: both sides have one missing, so it is reported
    ms = build([stated, (["27例患者均获随访，平均16.6个月。"], ["All patients were followed up for 16.8 months."])])
    (f,) = list(run(CheckContext(ms)))
    assert "27" in f.message or "27" in dict(f.data).get("zh_numbers", "")
    # no quantifier that restates it
    ms = build([stated, (["27例患者获随访，平均16.6个月。"], ["Patients were followed up for 16.6 months."])])
    assert len(list(run(CheckContext(ms)))) == 1


def test_a_season_is_there_when_one_of_its_years_is() -> None:
    zh = "在2019年版指南的基础上形成了2020-2021年度指南。"
    assert check(zh, "The 2019-2020 guidelines were updated into the 2020-2021 guidelines.") == []
    # a range of years that are not consecutive is compared year by year
    (f,) = check("在2017年版指南的基础上更新。", "The 2017-2019 guidelines were updated.")
    assert "2017-2019" in f.message
    # a season with neither year on the other side is missing
    (f,) = check("在2018年版指南的基础上更新。", "The 2019-2020 guidelines were updated.")
    assert "2019-2020" in f.message


def test_dimensions_in_chinese_numerals_match_digits() -> None:
    assert check("二维超声与四维超声均可用于检查。", "2D and 4-dimensional ultrasound can both be used.") == []
    assert check("采用三维重建技术。", "A 3D reconstruction technique was used.") == []
    assert check("补充维生素D 5天。", "Vitamin D was given for 6 days.") != []


def test_ordinals_in_words_match_digits() -> None:
    assert check("第2阶段于第11周开始。", "The second stage began in the eleventh week.") == []
    assert check("第21次会议。", "The Twenty-first meeting.") == []
    assert check("第二阶段于第十一周开始。", "Stage 2 began in week 11.") == []
    assert check("第3阶段开始。", "The second stage began.") != []


def test_chi_square_symbol_is_not_a_number() -> None:
    assert check("采用χ2检验比较两组。", "The chi-square test was used.") == []
    assert check("β2微球蛋白升高。", "Beta 2 microglobulin was raised.") == []


def test_may_matches_the_fifth_month() -> None:
    assert check("以2014年5月至2016年12月的患者为对象。", "Patients from May 2014 to December 2016.") == []


def test_a_number_glued_to_a_citation_in_the_chinese_is_there() -> None:
    zh = "自身抗体是抗胶原蛋白链的非胶原结构域72。"
    assert check(zh, "The autoantibody is expressed against the noncollagenous domain 7 of the chain.2") == []
    (f,) = check(zh, "The autoantibody is expressed against the noncollagenous domain 6 of the chain.2")
    assert f.rule == "number-mismatch" and '"6"' in f.message


def test_a_chinese_fraction_is_a_count_over_a_total_in_english() -> None:
    # X分之Y = "Y per X", "Y in X", "Y of X", Y/X, or the percentage
    for zh, en in [("概率为千分之四。", "The probability is 4 per 1000."),
                   ("概率为千分之4。", "The probability is 4 in 1,000."),
                   ("概率为千分之4。", "The probability is 0.4%."),
                   ("发生率为万分之三。", "The incidence was 3 per 10,000.")]:
        assert check(zh, en) == [], (zh, en)
    (f,) = check("概率为千分之四。", "The probability is 5 per 1000.")
    assert '"5"' in f.message
    (f,) = check("概率为千分之4。", "The probability is 4 per 100.")
    assert '"100"' in f.message


def test_changed_digits_in_a_name() -> None:
    # digits inside names are evidence only; a name whose digits changed is still a changed number
    zh = "FAM能有效抑制HCV NS3/4A蛋白酶的催化活性，her2阳性。"
    (f,) = check(zh, "FAM inhibits the activity of HCV NS3/5A protease, her2-positive.")
    assert f.message.startswith('"NS3/4A" in the Chinese is "NS3/5A" in the English')
    (f,) = check("IL-6和IL-8水平。", "IL-6 and IL-10 levels.")
    assert f.message.startswith('"IL-8" in the Chinese is "IL-10" in the English')
    # the same name spelt otherwise is no change, nor are two names of the same letters on each side
    assert check(zh, "FAM inhibits the activity of HCV ns3/4a protease, HER-2-positive.") == []
    assert check("CD4和CD8细胞。", "CD8 and CD4 cells.") == []
    assert check("CD4和CD8细胞。", "CD4 and CD5 cells.") != []
    assert check("CD4和CD8细胞。", "CD3 and CD5 cells.") == []  # a limit: which changed into which is unknown


def test_a_year_from_the_context() -> None:
    # the Chinese completes a date with its year, or names the year the English calls "this year"
    zh = "CDC根据截至2019年10月8日报告的1,299个病例更新了指南。"
    assert check(zh, "The CDC updated its guidance based on the 1299 cases reported as of October 8.") == []
    assert check("2019年指南更新了推荐。", "This year's guidance updates the recommendations.") == []
    # the English dates a name the Chinese name identifies
    assert check("在東日本大地震後的調查。", "A survey after the Great East Japan Earthquake (2011).") == []
    # a year of the other side to differ from, or another month, is still reported
    (f,) = check(zh, "The CDC updated its guidance based on the 1299 cases reported as of October 8, 2018.")
    assert '"2019" in the Chinese is "2018"' in f.message
    (f,) = check(zh, "The CDC updated its guidance based on the 1299 cases reported as of November 8.")
    assert '"2019", "10"' in f.message
    (f,) = check("在2012年東日本大地震後的調查。", "A survey after the Great East Japan Earthquake (2011).")
    assert '"2012" in the Chinese is "2011"' in f.message
    (f,) = check("在地震一個月後的調查。", "A survey one month after the earthquake (2011).")
    assert '"2011"' in f.message


def test_a_count_after_namely_restates_the_list() -> None:
    zh = "我们在0～30日，30日～1年和1～5年（即符合比例风险的3个时间段）分别评估了模型。"
    en = "We evaluated the models within 0 to 30 days, 30 days to 1 year, and 1 year to 5 years, separately."
    assert check(zh, en) == []
    # without 即 the count is compared, and a changed number of the English is still reported
    assert check("我们纳入了3个中心的患者。", "We included patients from the centers.") != []
    (f,) = check(zh, en.replace("1 year to 5", "1 year to 6"))
    assert f.message.startswith('"1～5", "3" in the Chinese are missing from the English; "6" in the English is')


def test_decades_top_n_and_magnitude_ranges_match_their_chinese_forms() -> None:
    pairs = [
        ("过去20多年来，负担稳定。", "Over the past 2 decades, the burden was stable."),
        ("该国十大医院均参与。", "The top 10 hospitals took part."),
        ("每年花费300万～600万美元。", "It costs 3-million-to-6-million dollars each year."),
        ("每年花费300万～600万美元。", "It costs 3 to 6 million dollars each year."),
    ]
    for zh, en in pairs:
        assert check(zh, en) == [], (zh, en)
    (f,) = check("过去30多年来，负担稳定。", "Over the past 2 decades, the burden was stable.")
    assert '"30"' in f.message and '"2 decades"' in f.message
    (g,) = check("每年花费300万～700万美元。", "It costs 3-million-to-6-million dollars each year.")
    assert '"3-million-to-6-million"' in g.message
    (h,) = check("该国十大医院均参与。", "The top 12 hospitals took part.")
    assert '"12"' in h.message


def test_a_count_after_a_demonstrative_restates_the_set_the_english_points_back_at() -> None:
    pairs = [
        ("这3例患者均存活。", "These patients all survived."),
        ("上述2项研究均为阴性。", "The above studies were both negative."),
        ("该2例患者均存活。", "The patients survived."),
    ]
    for zh, en in pairs:
        assert check(zh, en) == [], (zh, en)
    (f,) = check("这3例患者均存活。", "These 4 patients all survived.")  # a changed count
    assert '"3"' in f.message and '"4"' in f.message
    (g,) = check("这3例患者均存活。", "Survival was high.")  # no set pointed back at
    assert '"3"' in g.message
    (h,) = check("3例患者均存活。", "These patients all survived.")  # no demonstrative: a count, not a restatement
    assert '"3"' in h.message


def test_flattened_references_are_not_numbers_nor_changed_names() -> None:
    assert check("存在ALK重排134,135，且预后较差。", "ALK rearrangements134,135 were associated with it.") == []
    assert check("维生素B1有效31。", "Vitamin B131 was effective.") == []
    (f,) = check("维生素B1有效。", "Vitamin B131 was effective.")  # no reference 31: the name changed
    assert '"B131"' in f.message
    (g,) = check("共纳入134,135例。", "A total of 134,136 patients were enrolled.")
    assert '"134,135"' in g.message


def test_a_one_changed_beside_a_word_form_of_the_new_value_is_reported() -> None:
    (f,) = check("2例患者随访1周。", "Two patients were followed for 2 weeks.")
    assert f.message.startswith('"1" in the Chinese is "2" in the English')
    assert check("2例患者随访1周。", "Two patients were followed for a week.") == []
    assert check("2例患者随访1周。", "Two patients were followed for 1 week.") == []


def test_a_duration_whose_count_changed_in_one_unit_is_reported() -> None:
    zh = "2例患者中毒后呈昏迷，且中毒后1周内乳酸高于正常。给予2例患者治疗后痊愈。"
    en = "Both patients were in a coma, and lactate was high within {} week. The two patients recovered."
    (f,) = check(zh, en.format("2"))
    assert f.message.startswith('"1" in the Chinese is "2" in the English')
    assert check(zh, en.format("1")) == [] and check(zh, en.format("a")) == []
    assert check("随访第2周。", "follow-up at week 2.") == []
    ordinals = "fed for 20 weeks, injected in the 5th and 6th weeks, tested at week 20."
    assert check("第5，6周分别注射，第20周末检测。", ordinals) == []  # 第5，6周: ordinals, not a duration
