"""number-mismatch across the beads of a pair: a number drawn across a boundary or said again."""
from __future__ import annotations

from tests.checks.aligned import build
from tests.checks.numbers_kit import check_beads, numbers
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.numbers import run


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


def test_a_changed_number_beside_a_restated_one_is_reported_without_crashing() -> None:
    # 1,000 is stated in another bead and repeated in this one; the English changes one repeat (1001):
    # the restatement is dropped once, the changed number stays a finding
    found = check_beads([(["我们共筛查了1,000例女性。"], ["We screened 1,000 women in total."]),
                         (["间期癌发生率分别为2.5例/ 1,000例筛查和5.0例/ 1,000例筛查。"],
                          ["The interval-cancer rate was 2.5 per 1000 screenings and 5.0 per 1001 screenings."])])
    assert any("1001" in n for n in numbers(found))


def test_a_range_from_zero_restates_the_groups_whose_upper_end_the_text_gives() -> None:
    """0-5月婴儿 names the infants of the study again: the English gave "from birth to 2 months" (no 0 written) and
    "3 to 5 months"; a range from 0 needs its upper end only, as everywhere."""
    groups = (["3-5月婴儿的摄入状况与0-2月婴儿大致相同。"],
              ["Intakes of infants from 3 to 5 months were similar to those from birth to 2 months."])
    restated = (["总之，对于0-5月婴儿来说，大多数营养素摄入充足。"],
                ["In conclusion, most nutrient intakes were adequate for Chinese infants."])
    assert check_beads([groups, restated]) == []
    assert numbers(check_beads([restated])) == ["0-5/"]  # stated nowhere else: reported


def test_a_year_for_the_future_the_other_side_gives_in_another_sentence() -> None:
    # 未来 = "for the year 2025", the Chinese stating 2025年 in its results
    zh = ["构建模型预测矿区未来土地利用变化。", "根据模型对矿区2025年土地利用变化预测表明，林地呈下降趋势。"]
    en = ["The model was proposed to simulate land use change for the year 2025.",
          "Land use simulations for the year 2025 indicated that forestland will decrease."]
    assert check_beads([([zh[0]], [en[0]]), ([zh[1]], [en[1]])]) == []
    # a changed year occurs nowhere on the other side: still reported
    (f,) = check_beads([([zh[0]], [en[0].replace("2025", "2026")]), ([zh[1]], [en[1]])])
    assert '"2026"' in f.message
    # without a word for the future the year is compared as usual
    (g,) = check_beads([([zh[0].replace("未来", "")], [en[0]]), ([zh[1]], [en[1]])])
    assert '"2025"' in g.message
