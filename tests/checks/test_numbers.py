"""number-mismatch: findings, messages and alignment doubts."""
from __future__ import annotations

from tests.checks.numbers_kit import check, numbers
from zhen_qa.checks.numbers import RULES


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


def test_ten_percentage_points_in_words() -> None:
    assert check("改善了十个百分点。", "an improvement of 10 percentage points.") == []
    assert check("改善了10 个百分点。", "an improvement of 10 percentage points.") == []


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


def test_numbers_garbled_by_ocr_are_slips_not_a_doubt_on_the_alignment() -> None:
    """200O, 2O1O: OCR read a zero as the letter O; the sentences are counterparts, the slips are reported as such."""
    zh = "该方法于200O年提出，2O1O年改进，2O15年推广。"
    (f,) = check(zh, "The method was proposed in 2000, improved in 2010 and promoted in 2015.")
    assert f.rule == "number-mismatch" and '"200"' in f.message
    (g,) = check("该方法由Lee (200O)提出，King (2O1O)改进。", "Lee (2Ooo) proposed it and King (2O10) improved it.")
    assert g.rule == "number-mismatch"
    # numbers that differ beyond the slip still doubt the pairing
    (h,) = check(zh.replace("2O15", "2015"), "It was proposed in 1990, improved in 1995 and promoted in 1998.")
    assert h.rule == "alignment-doubt"
    clean = "该方法于2000年提出，2010年改进，2015年推广。"
    (k,) = check(clean, "It was proposed in 199O, improved in 1995 and promoted in 1998.")
    assert k.rule == "alignment-doubt"


def test_a_hyphenated_schedule_that_differs_is_a_mismatch_not_a_doubt() -> None:
    """days 1-8-15-22 against 第1、8、15、21天: the sentences are counterparts, the last day differs."""
    (f,) = check("患者在第1、8、15、21天接受吉西他滨治疗。", "Patients received gemcitabine on days 1-8-15-22.")
    assert f.rule == "number-mismatch" and '"21"' in f.message
    (g,) = check("选取2018-01-2019-12在我院就诊的患者120例。",
                 "A total of 120 patients treated from January 2017 to December 2019 were selected.")
    assert g.rule == "number-mismatch" and '"2018" in the Chinese' in g.message


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


def test_chi_square_symbol_is_not_a_number() -> None:
    assert check("采用χ2检验比较两组。", "The chi-square test was used.") == []
    assert check("β2微球蛋白升高。", "Beta 2 microglobulin was raised.") == []


def test_may_matches_the_fifth_month() -> None:
    assert check("以2014年5月至2016年12月的患者为对象。", "Patients from May 2014 to December 2016.") == []


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


def test_ages_in_years_and_months_and_bounds_of_whole_numbers() -> None:
    assert check("指南推荐6月龄至5岁儿童优先接种。", "Children aged 6-59 months are prioritized.") == []
    assert check("9岁及以上儿童仅需接种1剂。", "People more than 8 years old require 1 dose.") == []
    assert check("≥9岁儿童仅需接种1剂。", "People more than 8 years old require 1 dose.") == []
    assert numbers(check("9岁及以上儿童仅需接种1剂。", "People aged 8 years require 1 dose.")) == ["9/8"]
    assert numbers(check("指南推荐6月龄至4岁儿童优先接种。", "Children aged 6-59 months are prioritized.")) \
        == ["4/6-59"]


def test_a_number_and_a_half() -> None:
    assert check("即在开始治疗的3年半之后，患者病情缓解。", "They are in remission 3.5 years after treatment.") == []
    assert check("汶川地震9年半后，872名青少年接受调查。", "Nine and a half years later, 872 adolescents.") == []
    assert numbers(check("即在开始治疗的3年半之后，患者病情缓解。", "They are in remission 3 years after treatment.")) \
        == ["3年半/3"]


def test_number_forms_of_journal_summaries_match() -> None:
    """P values without the leading zero, word ranges, every two years, tens-fold, a count said in hundreds."""
    pairs = [
        ("差异显著（P=0.04）。", "The difference was significant (P = .04)."),
        ("总生存无差异（P<0.001）。", "Overall survival did not differ (P<.001)."),
        ("对于1-3个淋巴结阳性者。", "For one to three positive nodes."),
        ("每2年筛查一次。", "Biennial screening."),
        ("风险增加了20倍。", "A twentyfold increase in risk."),
        ("1979例患者入组。", "Nineteen hundred seventy-nine patients were enrolled."),
    ]
    for zh, en in pairs:
        assert check(zh, en) == [], (zh, en)
    (f,) = check("差异显著（P=0.05）。", "The difference was significant (P = .04).")
    assert '"0.05"' in f.message and '".04"' in f.message
    (g,) = check("对于1-4个淋巴结阳性者。", "For one to three positive nodes.")
    assert '"1-4"' in g.message


def test_a_range_of_number_words_between_two_ends() -> None:
    """"between one and eleven" is the range 1到11; "and" joins two ends only after "between"."""
    assert check("其他病毒序列中有1到11个突变。", "Other viruses have between one and eleven mutations.") == []
    (f,) = check("其他病毒序列中有1到11个突变。", "Other viruses have between one and three mutations.")
    assert '"1到11"' in f.message
    (g,) = check("其他病毒序列中有1到11个突变。", "Other viruses have one and eleven mutations.")
    assert '"1到11"' in g.message


def test_per_mille_and_a_decade_in_chinese_numerals_match() -> None:
    assert check("发生率每年约为1-2‰。", "The rate is about 1 to 2 per 1,000 per year.") == []
    decades = "It spread in the late 1990s and early 21st century."
    assert check("在二十世纪九十年代末和二十一世纪初流行。", decades) == []
    (f,) = check("在二十世纪八十年代末流行。", "It spread in the late 1990s.")
    assert f.message.startswith("\"二十世纪八十年代\" in the Chinese is \"1990\" in the English")


def test_a_count_in_words_with_its_magnitude() -> None:
    assert check("台湾每天生产1,000 万个口罩。", "Taiwan produces ten million masks per day.") == []
    assert len(check("台湾每天生产1,000 万个口罩。", "Taiwan produces ten thousand masks per day.")) == 1


def test_a_number_changed_by_one_digit_is_one_difference_not_a_doubt_on_the_alignment() -> None:
    """平均16.6个月 = "an average of 16.7 months" beside 27例 said "All patients": one changed number and one number
    left to the words, not three unrelated numbers; the changed number is reported as a mismatch."""
    zh = "27 例患者均获随访，随访时间 8～24 个月，平均 16.6 个月。"
    (f,) = check(zh, "All patients were followed up 8-24 months, with an average of 16.7 months.")
    assert f.rule == "number-mismatch" and '"16.7" in the English' in f.message
    # numbers apart in more than one digit, or too short to tell a change from chance, still doubt the pairing
    (g,) = check(zh, "All patients were followed up 8-24 months, with an average of 15.2 months.")
    assert g.rule == "alignment-doubt"
    (h,) = check("共38例患者，平均随访24个月，7例复发。", "Of 11 patients, 3 relapsed after 21 months.")
    assert h.rule == "alignment-doubt"


def test_an_english_passage_left_in_the_chinese_page_gets_no_number_finding() -> None:
    """The Chinese page keeps an English paragraph (untranslated-span reports it); its numbers compared with the
    English page's rewording are two English versions, a second finding on that one defect. A Chinese sentence with
    a changed number, and a Han-less table cell of values, are still compared."""
    zh = ("This driver only supports the UART mode, and a single UART port can connect up to 4 drivers with "
          "different addresses, so the address range is from 0x00 to 0x03.")
    en = "The driver supports UART mode only; one UART port can drive up to four drivers at different addresses."
    assert check(zh, en) == []
    assert len(check("一个串口最多可以连接 4 个驱动。", "One UART port can drive up to 8 drivers.")) == 1
    assert len(check("1920x1080 30fps", "1280x720 30fps")) == 1


def test_a_number_in_an_english_message_untranslated_span_excuses_is_still_compared() -> None:
    """review61 R28: a program message kept in English in quotation marks is excused by untranslated-span (no
    defect of its own), so a changed number in it is reported by number-mismatch, not dropped as a passage."""
    zh = ('"Connection timed out after 30 seconds while waiting for the device to send its first frame"')
    en = ('"Connection timed out after 10 seconds while waiting for the device to send its first frame"')
    assert numbers(check(zh, en)) == ["30/10"]


def test_a_number_the_chinese_repeats_and_the_english_changes_once_is_a_mismatch_not_a_doubt() -> None:
    """上述5种…上述5种 said once in the English, there as "6": one number changed, one difference, not three
    unrelated numbers that doubt the pairing."""
    zh = "本文比较了上述5种方法的精度，并给出上述5种方法的适用范围。"
    (f,) = check(zh, "We compare the precision of the 6 methods above and give their ranges of use.")
    assert f.rule == "number-mismatch" and '"6"' in f.message and '"5"' in f.message
    # the faithful condensed translation, the number said once: nothing to report
    assert check(zh, "We compare the precision of the 5 methods above and give their ranges of use.") == []
    # a bead of unrelated numbers is still doubted, a repeated one counted once
    (g,) = check("共5例，其中5例为男性，平均年龄12岁，随访8个月。", "Of 30 patients, 17 relapsed within 4 years.")
    assert g.rule == "alignment-doubt"
