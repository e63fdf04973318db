"""number-mismatch."""
from __future__ import annotations

from checks.context import CheckContext
from checks.numbers import RULES, run
from tests.checks.test_untranslated import build


def check(zh: str, en: str) -> list:
    return list(run(CheckContext(build([([zh], [en])]))))


def test_rule() -> None:
    assert [r.id for r in RULES] == ["number-mismatch"]


def test_matching_numbers_after_normalisation() -> None:
    pairs = [
        ("经随机分组接受帕妥珠单抗（2,400例）治疗，63%为阳性。", "2400 patients received pertuzumab; 63% were positive."),
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
    assert f.lang == "zh" and "3" in f.message and "missing from the English" in f.message


def test_number_missing_from_chinese() -> None:
    (f,) = check("我们纳入了患者。", "We enrolled 2400 patients.")
    assert f.lang == "en" and f.location.column == 13


def test_word_numbers_are_not_reported_alone() -> None:
    assert check("在两个治疗组中均少见。", "Rare in both treatment groups.") == []


def test_untranslated_beads_are_not_checked() -> None:
    ms = build([(["共2400例。"], ["2400 patients."]), (["另有35例。"], [])])
    assert list(run(CheckContext(ms))) == []


def test_one_is_never_reported_alone() -> None:
    assert check("完成了为期1年的治疗。", "One year of treatment was completed.") == []
