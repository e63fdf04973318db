"""number-mismatch: the numbers each side of a bead has, and the evidence that matches them."""
from __future__ import annotations

from pathlib import Path

from tests.checks.aligned import build
from tests.checks.numbers_kit import check, numbers
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.numbers import run
from zhen_qa.checks.run import Flags, check_file


def test_untranslated_beads_are_not_checked() -> None:
    ms = build([(["共2400例。"], ["2400 patients."]), (["另有35例。"], [])])
    assert list(run(CheckContext(ms))) == []


def test_word_numbers_are_not_reported_alone() -> None:
    assert check("在两个治疗组中均少见。", "Rare in both treatment groups.") == []


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


def test_a_count_fraction_beside_its_percentage_details_it() -> None:
    """44.7% (17/38): the count and denominator restate the percentage one side gives alone."""
    zh = "38例患者中，多系统累及占44.7%，31.6%的患者有危险器官累及。"
    assert check(zh, "Among 38 patients, 44.7% (17/38) had multiple systems and 31.6% (12/38) risk organs.") == []
    (f,) = check(zh, "Among 38 patients, 44.7% (18/38) had multiple systems and 31.6% (12/38) risk organs.")
    assert '"18"' in f.message  # a count that does not give the percentage is compared as usual


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


def test_a_range_from_zero_needs_only_its_upper_end() -> None:
    assert check("总共调查了622名0-2月婴儿。", "A total of 622 infants from birth to 2 months of age.") == []
    assert numbers(check("总共调查了622名0-2月婴儿。", "A total of 622 infants from birth to 3 months of age.")) \
        == ["0-2/3"]


def test_a_season_is_there_when_one_of_its_years_is() -> None:
    zh = "在2019年版指南的基础上形成了2020-2021年度指南。"
    assert check(zh, "The 2019-2020 guidelines were updated into the 2020-2021 guidelines.") == []
    # a range of years that are not consecutive is compared year by year
    (f,) = check("在2017年版指南的基础上更新。", "The 2017-2019 guidelines were updated.")
    assert "2017-2019" in f.message
    # a season with neither year on the other side is missing
    (f,) = check("在2018年版指南的基础上更新。", "The 2019-2020 guidelines were updated.")
    assert "2019-2020" in f.message


def test_a_version_the_tokeniser_spaced_matches_the_dotted_one() -> None:
    assert check("采用RStudio软件1.0 . 143版进行了所有分析。", "Analyses used RStudio software, version 1.0.143.") == []
    assert check("采用RStudio软件1.1 . 143版进行了所有分析。", "Analyses used RStudio software, version 1.0.143.")


def test_the_latin_part_of_a_bracket_that_also_renders_it_is_a_gloss() -> None:
    zh = "STAR（Stroke Trial of Aspirin 75 mg versus 150 mg，阿司匹林75 mg与150 mg卒中试验）试验的分析显示获益。"
    en = "An analysis of the STAR (Stroke Trial of Aspirin 75 mg versus 150 mg) trial showed a benefit."
    assert check(zh, en) == []
    (f,) = check(zh, en.replace("150 mg)", "100 mg)"))
    assert '"100"' in f.message


def test_a_number_in_inline_code_on_one_side_is_the_other_sides_prose(tmp_path: Path) -> None:
    """The Chinese writes the condition as code (`age=20`, which the reader leaves out of the text), the English in
    prose ("if age = 20"): the 20 is there. A number the Chinese does not write at all stays reported."""
    zh, en = tmp_path / "a.zh.md", tmp_path / "a.en.md"
    zh.write_text("# 示例\n\n我们将`age`字段更新，当`age=20`时将其更新为`40`。\n\n字段会被保留。\n", encoding="utf-8")
    en.write_text("# Example\n\nUpdate the `age` field (if age = 20, update to 40).\n\nThe 30 fields are kept.\n",
                  encoding="utf-8")
    found = [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "number-mismatch"]
    assert len(found) == 1 and '"30"' in found[0]


def test_a_number_glued_to_a_size_unit_in_code_is_the_other_sides_prose(tmp_path: Path) -> None:
    """The English writes the sum as code (`80 * 0.5 = 40G`), the Chinese as prose (80 * 0.5 = 40G): the 40 is there,
    its unit letter no part of the number. A result the code changes (30G) stays reported."""
    zh, en = tmp_path / "a.zh.md", tmp_path / "a.en.md"
    zh.write_text("# 显存\n\n比如显卡内存是80G，当`ratio`为0.5时，k/v block 使用的内存总量为 80 * 0.5 = 40G\n",
                  encoding="utf-8")
    en.write_text("# Memory\n\nFor example, with an 80G GPU and `ratio` being `0.5`, the k/v blocks use "
                  "`80 * 0.5 = 40G`.\n", encoding="utf-8")
    found = [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "number-mismatch"]
    assert found == []
    en.write_text(en.read_text(encoding="utf-8").replace("= 40G", "= 30G"), encoding="utf-8")
    found = [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "number-mismatch"]
    assert len(found) == 1 and '"40"' in found[0]


def test_a_version_in_inline_code_on_one_side_is_the_other_sides_prose(tmp_path: Path) -> None:
    """fw61 (lynx-heldout performance-api.en 295): the Chinese writes the version as code (`0.107.1`), the English
    bare ("version 0.107.1 or higher"), whose reading takes 0.107 out of it: the version is there. Another version in
    the English stays reported."""
    zh, en = tmp_path / "a.zh.md", tmp_path / "a.en.md"
    zh.write_text("# 升级\n\n检查并保证 `@lynx-js/react` 版本不小于 `0.107.1` 。\n", encoding="utf-8")
    en.write_text("# Upgrade\n\nTo fix this, upgrade `@lynx-js/react` to version 0.107.1 or higher.\n",
                  encoding="utf-8")
    found = [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "number-mismatch"]
    assert found == []
    en.write_text(en.read_text(encoding="utf-8").replace("0.107.1", "0.108.1"), encoding="utf-8")
    found = [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "number-mismatch"]
    assert len(found) == 1 and '"0.108.1"' in found[0]  # the version as written (note 61)


def test_a_version_in_code_vouches_only_for_the_same_version_written_whole(tmp_path: Path) -> None:
    """review61 R22: the prose reader keeps the first two groups of a version (1.2 of "1.2.4"); the code's `1.2.3`
    must not vouch for a prose version differing in the patch group (1.2.4) or dropping it (1.2, a weaker
    requirement): both stay number-mismatch. The same version written whole ("1.2.3") is still vouched for."""
    zh, en = tmp_path / "ver.zh.md", tmp_path / "ver.en.md"
    zh.write_text("# 安装\n\n请安装 `1.2.3` 或更高版本的运行库。\n", encoding="utf-8")
    for version, expected in (("1.2.4", 1), ("1.2", 1), ("1.2.3", 0), ("v1.2.3", 0)):
        en.write_text(f"# Install\n\nInstall version {version} or later of the runtime.\n", encoding="utf-8")
        found = [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "number-mismatch"]
        assert len(found) == expected, (version, found)


def test_a_code_span_both_sides_keep_vouches_for_no_prose_number(tmp_path: Path) -> None:
    """Both sides write `replicas=3`: that 3 pairs with itself, so the English prose's "at least 3 nodes", which the
    Chinese dropped, stays reported."""
    zh, en = tmp_path / "a.zh.md", tmp_path / "a.en.md"
    zh.write_text("# 部署\n\n在配置文件中设置 `replicas=3` 即可启用高可用。\n", encoding="utf-8")
    en.write_text("# Deployment\n\nSet `replicas=3` in the configuration file to enable high availability; the "
                  "cluster then needs at least 3 nodes.\n", encoding="utf-8")
    found = [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "number-mismatch"]
    assert len(found) == 1 and '"3"' in found[0]


def test_backticks_outside_markdown_are_no_code(tmp_path: Path) -> None:
    """LaTeX opens a quotation with ``: the text between two of them is prose, not a code span whose numbers would
    be evidence, so the English 30 still pairs with the Chinese 30 and the changed number is named."""
    zh, en = tmp_path / "a.zh.tex", tmp_path / "a.en.tex"
    zh.write_text("\\section{方法}\n\n本研究共纳入两组患者。“对照组”共纳入30例患者，而“治疗组”纳入30例患者。"
                  "两组均随访一年。\n", encoding="utf-8")
    en.write_text("\\section{Methods}\n\nThis study enrolled two groups of patients. The ``control'' group enrolled "
                  "30 patients, while the ``treated'' group enrolled 45 patients. Both groups were followed for one "
                  "year.\n", encoding="utf-8")
    found = [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "number-mismatch"]
    assert len(found) == 1 and '"30"' in found[0] and '"45"' in found[0]


def test_a_number_in_a_code_span_with_its_unit_is_the_proses_number() -> None:
    """`16000Hz`, `10s` in backticks on one side, 16000Hz and 10s in prose on the other: the same numbers, set as
    code on one side. A different number in prose beside the code span is still reported."""
    from zhen_qa.aligner.build import build_from_texts
    from zhen_qa.checks.engine import check_manuscript

    def mismatches(zh: str, en: str) -> list[str]:
        ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
        return [f.message for f in check_manuscript(ms, select=["number-mismatch"])]

    zh = "# 录音\n\n注意音频数据要求采样率`16000Hz`，这里采集了`10s`数据。\n"
    en = "# Record\n\nNote that audio data need a sampling rate of 16000Hz, and here 10s of data are sampled.\n"
    assert mismatches(zh, en) == []
    found = mismatches(zh, en.replace("16000Hz", "8000Hz"))
    assert len(found) == 1 and '"8000"' in found[0]
    found = mismatches(zh.replace("`10s`", "`20s`"), en)
    assert len(found) == 1 and '"10"' in found[0]


def test_a_code_span_written_without_backticks_on_the_other_side(tmp_path: Path) -> None:
    """kitex validator en 250/265: `sprintf(fmt, $1, $2...)` and `\\[a-zA-Z0-9_]\\` in code spans in the Chinese,
    bare in the English prose (with Markdown's escape \\_): the same code, whose 2 and 9 are no quantities. A count
    changed beside it is still reported."""
    zh, en = tmp_path / "a.zh.md", tmp_path / "a.en.md"
    zh.write_text("# 校验\n\n1. `sprintf(fmt, $1, $2...)` 用于输出特定字符。\n"
                  "2. 变量名为 `\\[a-zA-Z0-9_]\\`，作用域为当前结构体。\n", encoding="utf-8")
    en.write_text("# Validation\n\n1. sprintf(fmt, $1, $2...) is used to print specific characters.\n"
                  "2. The variable name is \\[a-zA-Z0-9\\_]\\, and its scope is the current structure.\n",
                  encoding="utf-8")
    found = [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "number-mismatch"]
    assert found == []
    en.write_text(en.read_text(encoding="utf-8").replace("specific characters", "3 characters"), encoding="utf-8")
    found = [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "number-mismatch"]
    assert len(found) == 1 and '"3"' in found[0]
