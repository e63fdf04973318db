"""number-mismatch on real abstracts: names, locants, counts and restatements that are not changed numbers."""
from __future__ import annotations

from tests.checks.aligned import build
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.numbers import run


def check(zh: str, en: str) -> list:
    return list(run(CheckContext(build([([zh], [en])]))))


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
