"""number-mismatch on real abstracts: names, locants, counts and restatements that are not changed numbers."""
from __future__ import annotations

from tests.checks.aligned import build
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.numbers import run


def check_beads(beads: list[tuple[list[str], list[str]]]) -> list:
    """number-mismatch findings of a document made of these beads (Chinese sentences, English sentences)."""
    return list(run(CheckContext(build(beads))))


def check(zh: str, en: str) -> list:
    return check_beads([([zh], [en])])


def numbers(findings: list) -> list[str]:
    """The differing numbers of each finding (the Chinese ones, then the English ones)."""
    return [dict(f.data).get("zh_numbers", "") + "/" + dict(f.data).get("en_numbers", "") for f in findings]


def test_locants_of_a_chemical_name_are_not_quantities() -> None:
    assert check("患者对数个选择性5 - 羟色胺再摄取抑制剂（SSRIs）疗效不佳。",
                 "The patient had an incomplete response to several SSRIs.") == []
    assert check("最终将P(3HB-co-LA)中乳酸组分提高至14.1%。", "The lactate of the polymer rose to 14.1%.") == []
    assert check("核酸的3′端被修饰。", "The nucleic acid is modified at one end.") == []
    # a quantity beside the locant is still compared
    assert numbers(check("5-羟色胺水平升高了30%。", "Serotonin rose by 40%.")) == ["30%/40%"]


def test_numbers_inside_a_bracketed_latin_name_are_a_gloss() -> None:
    zh = "环二鸟苷酸 (Bis-(3′-5′) cyclic diguanylic acid, c-di-GMP) 是细菌的第二信使。"
    assert check(zh, "c-di-GMP is a second messenger in bacteria.") == []
    zh = "细胞增殖实验采用MTS[3-(4,5-dimethylthiazol-2-yl)-5-(3-carboxymethoxyphenyl)-2H-tetrazolium]法。"
    assert check(zh, "Cell proliferation rates were monitored by MTS assay.") == []


def test_digits_glued_to_a_name_match_the_spaced_form() -> None:
    assert check("采用RevMan5.3软件进行Meta分析。", "Data were analyzed with Review Manager 5.3 software.") == []
    assert check("运动神经传导速度[WMD=-4.94]。", "nerve conduction velocity with a WMD of-4.94.") == []
    assert numbers(check("采用RevMan5.3软件进行Meta分析。", "Data were analyzed with Review Manager 5.4 software.")) \
        == ["/5.4"]


def test_counts_in_chinese_numerals_before_any_noun() -> None:
    assert check("利用一份72题（共八面向）之问卷。", "using a 72 item questionnaire with 8 subscales.") == []
    assert check("比较两模型间的曲线下面积。", "The AUC was compared between the 2 models.") == []
    assert numbers(check("比较两模型间的曲线下面积。", "The AUC was compared between the 3 models.")) == ["/3"]


def test_a_range_from_zero_needs_only_its_upper_end() -> None:
    assert check("总共调查了622名0-2月婴儿。", "A total of 622 infants from birth to 2 months of age.") == []
    assert numbers(check("总共调查了622名0-2月婴儿。", "A total of 622 infants from birth to 3 months of age.")) \
        == ["0-2/3"]


def test_one_value_restated_on_one_side_is_not_a_mismatch() -> None:
    zh = "我们测定了27位肺癌病人的血浆、肿瘤组织以及癌旁组织中的氨基酸浓度。"
    en = "We measured amino acids in lung cancer tissues (n=27), paracarcinomous tissues (n=27) and plasma (n=27)."
    assert check(zh, en) == []
    # a repeat next to a number the other side lacks is a changed number: both are reported
    en = "We measured amino acids in lung cancer tissues (n=27), paracarcinomous tissues (n=28) and plasma (n=27)."
    assert numbers(check(zh, en)) == ["/28"]
    # repeats of two values are a copied passage
    zh = "风险比，0.51；95% ci，0.34～0.77；95% ci，0.34～0.77；p = 0.001。"
    en = "hazard ratio, 0.51; 95% ci, 0.34 to 0.77; p = 0.001."
    assert numbers(check(zh, en)) == ["95% | 0.34～0.77/"]


def test_a_duration_implied_by_a_date_range() -> None:
    zh = "回顾性调查该院2013年1月至2016年6月42个月中104例患者的资料。"
    en = "The data of 104 patients from Jan, 2013 to June, 2016 were retrospectively analyzed."
    assert check(zh, en) == []
    zh = "回顾性调查该院2013年1月至2016年6月45个月中104例患者的资料。"
    assert numbers(check(zh, en)) == ["45/"]


def test_ages_in_years_and_months_and_bounds_of_whole_numbers() -> None:
    assert check("指南推荐6月龄至5岁儿童优先接种。", "Children aged 6-59 months are prioritized.") == []
    assert check("9岁及以上儿童仅需接种1剂。", "People more than 8 years old require 1 dose.") == []
    assert check("≥9岁儿童仅需接种1剂。", "People more than 8 years old require 1 dose.") == []
    assert numbers(check("9岁及以上儿童仅需接种1剂。", "People aged 8 years require 1 dose.")) == ["9/8"]
    assert numbers(check("指南推荐6月龄至4岁儿童优先接种。", "Children aged 6-59 months are prioritized.")) \
        == ["4/6-59"]


def test_a_count_of_the_items_the_other_side_lists() -> None:
    zh = "大鼠分为正常对照组、模型组、低剂量组和高剂量组，每组12只。"
    assert check(zh, "The rats were divided into 4 groups (12 rats in each group).") == []
    assert numbers(check(zh, "The rats were divided into 5 groups (12 rats in each group).")) == ["/5"]
    zh = "将其分为右美托咪定组(Dex组)与对照组(Control组)，每组30例。"
    assert check(zh, "They were divided into 2 groups (n=30).") == []
    # items that do not share a head noun are no list of things
    assert numbers(check("比较治疗前与治疗后的评分，每组30例。", "Scores of 2 groups were compared (n=30).")) == ["/2"]


def test_a_thousands_separator_typed_with_a_space() -> None:
    zh = "会议共收到投稿1 798篇，注册代表人数1 060人。"
    assert check(zh, "A total of 1, 798 submissions were received, and 1, 060 registered representatives.") == []
    assert numbers(check(zh, "A total of 1, 797 submissions were received, and 1, 060 registered.")) \
        == ["1 798/797"]  # 1 is never reported alone


def test_a_number_and_a_half() -> None:
    assert check("即在开始治疗的3年半之后，患者病情缓解。", "They are in remission 3.5 years after treatment.") == []
    assert check("汶川地震9年半后，872名青少年接受调查。", "Nine and a half years later, 872 adolescents.") == []
    assert numbers(check("即在开始治疗的3年半之后，患者病情缓解。", "They are in remission 3 years after treatment.")) \
        == ["3年半/3"]


def test_a_total_stated_elsewhere_in_the_document() -> None:
    stated = (["共纳入126例患者。"], ["A total of 126 patients were included."])
    restated = (["结果：在126例患者中，腹痛104例。"], ["Results: Among the patients, 104 had abdominal pain."])
    assert check_beads([stated, restated]) == []
    # found nowhere else: reported
    assert numbers(check_beads([restated])) == ["126/"]
    # a changed number leaves one on each side: both reported even though 126 is stated elsewhere
    changed = (["结果：在126例患者中，腹痛104例。"], ["Results: Among the patients, 105 had abdominal pain."])
    assert numbers(check_beads([stated, changed])) == ["126 | 104/105"]
    # a small number turns up anywhere by chance: reported
    small = (["其中5例患者死亡。"], ["Some patients died."])
    assert numbers(check_beads([(["分为5组。"], ["5 groups."]), small])) == ["5/"]


def test_restatements_on_both_sides_of_a_bead() -> None:
    stated = (["共126例次腹膜炎。"], ["A total of 126 episodes of peritonitis."])
    both = (["126例次中，16人发生38例次，其中复发2例。"],
            ["Among them, 16 patients had 38 episodes. Among the 38 episodes, 2 recurred."])
    assert check_beads([stated, both]) == []
    changed = (["126例次中，16人发生38例次，其中复发2例。"],
               ["Among them, 16 patients had 38 episodes. Among the 38 episodes, 3 recurred."])
    assert numbers(check_beads([stated, changed])) == ["126 | 2/38 | 3"]


def test_a_season_stated_elsewhere_in_the_document() -> None:
    stated = (["形成了《流感疫苗接种指南（2020-2021）》。"], ["The guideline for influenza vaccination (2020-2021)."])
    restated = (["本指南建议接种疫苗。"], ["This guideline recommends vaccination in the 2020-2021 season."])
    assert check_beads([stated, restated]) == []
    assert numbers(check_beads([restated])) == ["/2020-2021"]


def test_a_measurement_stated_elsewhere_with_its_unit() -> None:
    stated = (["目的：探讨巨块型肝癌(直径≥10 cm)切除的疗效。"], ["To study resection of massive (≥10 cm) carcinoma."])
    restated = (["回顾性分析27例巨块型肝癌患者。"], ["27 patients with carcinoma larger than 10 cm were analyzed."])
    assert check_beads([stated, restated]) == []
    assert numbers(check_beads([restated])) == ["/10"]
    # the same number without the unit is no restatement
    other = (["目的：探讨10例巨块型肝癌切除的疗效。"], ["To study resection in 10 patients."])
    assert numbers(check_beads([other, restated])) == ["/10"]


def test_a_duration_of_two_units_given_in_the_smaller_one() -> None:
    # 1岁9个月 = 21 months, 2岁3个月 = 27 months, 37周+6天 = 265 days
    zh = "其中男14例，女4例；年龄1岁9个月～75岁，中位年龄35岁。"
    assert check(zh, "There were 14 males and 4 females, aged 21 months to 75 years (median, 35 years).") == []
    assert check("年龄2岁3个月。", "The child was 27 months old.") == []
    assert check("于孕37周+6天分娩。", "Delivered at 265 days of gestation.") == []
    assert numbers(check(zh, "There were 14 males and 4 females, aged 22 months to 75 years (median, 35 years).")) \
        == ["9/22"]


def test_a_group_said_again_where_the_other_side_refers_back() -> None:
    # a count of people (19例) or a range (0-5月) that the same side stated in another bead with its counterpart
    beads = [(["收集19例JMML患儿的临床资料。"], ["The data of 19 children with JMML were collected."]),
             (["诊断中位年龄13（3-48）个月，19例中14例（73.68%）＜2岁。"],
              ["The median age at diagnosis was 13(3-48) months, and 14 cases (73.68%) were less than 2 years old."])]
    assert check_beads(beads) == []
    beads = [(["调查了0-5月婴儿的营养状况。"], ["We assessed infants aged 0 to 5 months."]),
             (["总之，对于中国城市0-5月婴儿来说，摄入充足。"],
              ["In conclusion, intakes were adequate for Chinese infants."])]
    assert check_beads(beads) == []
    # a small count, or a count no other bead states, is still missing
    small = [(["收集9例患儿的资料。"], ["The data of 9 children were collected."]),
             (["9例中4例＜2岁。"], ["4 cases were less than 2 years old."])]
    assert numbers(check_beads(small)) == ["9/"]
    assert numbers(check_beads(beads[1:])) == ["0-5/"]


def test_the_rest_is_the_total_less_the_parts() -> None:
    beads = [(["共26个病灶。"], ["A total of 26 lesions were identified."]),
             (["团块状强化的病灶有23个，环形强化的病灶有3个。"],
              ["3 of them showed annular enhancement, and the rest showed mass enhancement."])]
    assert check_beads(beads) == []
    beads[1] = (["团块状强化的病灶有22个，环形强化的病灶有3个。"],
                ["3 of them showed annular enhancement, and the rest showed mass enhancement."])
    assert numbers(check_beads(beads)) == ["22/"]


def test_a_count_framing_a_breakdown_or_a_title_is_said_again() -> None:
    stated = (["对39例患者进行基因测序。"], ["A total of 39 patients were sequenced."])
    parts = (["39例患者包括7例ICUS和32例髓系肿瘤。"], ["There were 7 cases of ICUS and 32 myeloid malignancies."])
    assert check_beads([stated, parts]) == []
    title = (["患者26例临床分析. 总结其临床特点。"], ["To summarize the clinical characteristics."])
    assert check_beads([title, (["选择26例患者。"], ["Twenty-Six patients were selected."])]) == []
    # the subject of its own statement: compared as usual
    own = (["39例患者获随访。"], ["Patients were followed up."])
    assert numbers(check_beads([stated, own])) == ["39/"]


def test_a_year_a_dated_name_gives() -> None:
    # CC-CEDICT dates 辛亥革命 (Xinhai Revolution (1911)): the English may write the year the name implies
    zh = "企业在辛亥革命后利用共和的趋势宣传产品。"
    assert check(zh, "After the Revolution of 1911, companies used the republican trend in advertising.") == []
    assert numbers(check(zh, "After the Revolution of 1912, companies used the republican trend.")) == ["/1912"]
    assert numbers(check("企业在革命后宣传产品。", "After the Revolution of 1911, companies advertised.")) == ["/1911"]


def test_a_changed_number_beside_a_restated_one_is_reported_without_crashing() -> None:
    # 1,000 is stated in another bead and repeated in this one; the English changes one repeat (1001):
    # the restatement is dropped once, the changed number stays a finding
    found = check_beads([(["我们共筛查了1,000例女性。"], ["We screened 1,000 women in total."]),
                         (["间期癌发生率分别为2.5例/ 1,000例筛查和5.0例/ 1,000例筛查。"],
                          ["The interval-cancer rate was 2.5 per 1000 screenings and 5.0 per 1001 screenings."])])
    assert any("1001" in n for n in numbers(found))
