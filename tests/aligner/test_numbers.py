"""Number extraction and normalisation across Chinese and English."""
from __future__ import annotations

import pytest

from zhen_qa.aligner.numbers import NumberMention, chinese_numeral_value, extract_numbers, number_key


def keys(text: str, lang: str) -> list[str]:
    """Normalised endpoint keys of every number in text."""
    return [number_key(v) for n in extract_numbers(text, lang) for v in n.endpoints()]


# (zh, en): each pair must normalise to the same numbers.
PAIRS = [
    ("2,400例", "2,400 patients"),
    ("2400例", "2 400 patients"),
    ("共2400例", "2400 patients"),
    ("率为91.8%", "a rate of 91.8%"),
    ("31%的患者", "31% of patients"),
    ("百分之三十一的患者", "31 percent of patients"),
    ("1800万人", "18 million people"),
    ("1800万人", "18,000,000 people"),
    ("4.63亿", "463 million"),
    ("1.52亿", "152 million"),
    ("5000万", "50 million"),
    ("6～14岁", "aged 6 to 14"),
    ("6～14岁", "aged 6–14"),
    ("6~14岁", "aged 6-14"),
    ("两组", "two groups"),
    ("两次", "twice"),
    ("三分之一的患者", "one third of the patients"),
    ("三分之二", "two-thirds"),
    ("0.66～1.00", "0.66 to 1.00"),
    ("p = 0.045", "p = 0.045"),
    ("三十一例", "thirty-one cases"),
    ("２０２３年", "in 2023"),
]


@pytest.mark.parametrize("zh,en", PAIRS)
def test_pairs_normalise_to_the_same_values(zh: str, en: str) -> None:
    got_zh, got_en = keys(zh, "zh"), keys(en, "en")
    assert got_zh and sorted(got_zh) == sorted(got_en)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("一些患者接受了一种新的统一方案，这是原因之一", "zh"),
        ("one of the patients", "en"),
        ("the third patient", "en"),
        ("第三组", "zh"),
        ("以恢复正常功能⁽¹⁾。", "zh"),
        ("风险^(7,8)。", "zh"),
        ("策略^{9,10}。", "zh"),
        ("as reported [12]", "en"),
        ("the risk of death.1-3", "en"),
        ("1. Introduction", "en"),
        ("2、方法", "zh"),
        ("3.8 干细胞分泌组在皮肤再生中的应用", "zh"),
        ("her2阳性 nct01358877", "zh"),
        ("IL-6 and CD34", "en"),
        ("十二指肠", "zh"),
        ("inputs: 1) `runner` the instance, and 2) `dataloader` the loader", "en"),
        ("步骤：1）加载数据，2）开始训练", "zh"),
        ("十分重要", "zh"),
        ("二甲双胍", "zh"),
    ],
)
def test_false_numbers_are_skipped(text: str, lang: str) -> None:
    assert extract_numbers(text, lang) == []


def test_offsets_point_at_the_number() -> None:
    text = "安慰剂组有210例（8.7%）"
    found = extract_numbers(text, "zh")
    assert [(n.text, text[n.start:n.end]) for n in found] == [("210", "210"), ("8.7%", "8.7%")]
    assert found[1].percent and found[1].value == pytest.approx(8.7)


def test_range_value_is_a_tuple() -> None:
    (m,) = extract_numbers("0.66～1.00", "zh")
    assert isinstance(m, NumberMention) and m.value == (0.66, 1.0)


def test_range_shares_a_trailing_multiplier() -> None:
    (m,) = extract_numbers("18～20万", "zh")
    assert m.value == (180000.0, 200000.0)


def test_descending_pair_is_not_a_range() -> None:
    assert [n.value for n in extract_numbers("2023-10", "zh")] == [2023.0, 10.0]


def test_word_forms_are_marked() -> None:
    (m,) = extract_numbers("两组患者", "zh")
    assert m.written == "words" and m.value == 2.0
    (d,) = extract_numbers("2组", "zh")
    assert d.written == "digits"


def test_measure_word_needed_for_chinese_numerals() -> None:
    assert [n.value for n in extract_numbers("三组和四环素", "zh")] == [3.0]


@pytest.mark.parametrize(
    "run,value",
    [("三十一", 31), ("十二", 12), ("一百零五", 105), ("二〇二三", 2023), ("三万", 30000), ("两千", 2000),
     ("一亿", 1e8)],
)
def test_chinese_numeral_value(run: str, value: float) -> None:
    assert chinese_numeral_value(run) == value


def test_number_key_ignores_trailing_zeros() -> None:
    assert number_key(0.30) == number_key(0.3) and number_key(1.8e7) == number_key(18000000)


def test_month_names_are_word_numbers() -> None:
    assert sorted(keys("2011年11月至2013年8月", "zh")) == sorted(keys("from November 2011 through August 2013", "en"))


def test_ten_with_a_measure_word_is_a_number() -> None:
    assert keys("提高了十个百分点", "zh") == keys("10 percentage points", "en") == [number_key(10)]
    assert extract_numbers("十分重要", "zh") == []


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("约2 / 3的患者", "about two thirds of patients"),
        ("约2/3的患者", "about two-thirds of patients"),
        ("1/3的病例", "a third of cases"),
        ("1/3的病例", "one third of cases"),
        ("20世纪90年代以来", "since the 1990s"),
        ("孕37周+6天", "at 37 6/7 weeks of gestation"),
        ("孕37+6周", "at 37 6/7 weeks of gestation"),
    ],
)
def test_number_forms_that_are_one_value(zh: str, en: str) -> None:
    assert keys(zh, "zh") == keys(en, "en")


@pytest.mark.parametrize("en", ["a threefold increase", "a three-fold increase", "the risk tripled",
                                "three times higher"])
def test_multiples_are_word_forms_of_their_value(en: str) -> None:
    (n,) = extract_numbers(en, "en")
    assert (n.value, n.written) == (3.0, "words")


def test_double_blind_and_triple_negative_are_not_multiples() -> None:
    assert extract_numbers("a double-blind trial in triple-negative breast cancer", "en") == []


def test_grades_and_phases_with_a_slash_are_two_numbers() -> None:
    assert keys("3/4级不良事件", "zh") == keys("grade 3/4 adverse events", "en") == ["3", "4"]
    assert keys("1/2期试验", "zh") == keys("a phase 1/2 trial", "en") == ["1", "2"]


def test_a_reference_number_glued_to_a_year_is_not_its_decimals() -> None:
    (n,) = extract_numbers("The rate has risen since 2000.4,5", "en")
    assert (n.value, n.text, n.start, n.end) == (2000.0, "2000", 25, 29)
    assert keys("in 2000.5 g of tissue", "en") == ["2000.5"]


@pytest.mark.parametrize(("text", "value"), [
    ("ſeven patients", 7.0),        # long s: re's IGNORECASE lets it stand for s
    ("fıve days", 5.0),             # dotless i
    ("FİVE days", 5.0),             # dotted capital I
    ("thirty-ſeven weeks", 37.0),
    ("in ſeptember 2011", 9.0),
])
def test_number_words_with_letters_re_folds_to_ascii(text: str, value: float) -> None:
    """Letters that Python's re matches case-insensitively to ASCII ones are read, not a KeyError."""
    assert value in [n.value for n in extract_numbers(text, "en")]


def test_inline_markers_need_a_sequence() -> None:
    assert [n.value for n in extract_numbers("see 1) above", "en")] == [1.0]
    assert [n.value for n in extract_numbers("f(1) and f(2) differ", "en")] == [1.0, 2.0]
    assert [n.value for n in extract_numbers("the tuple (1,2) is fixed", "en")] == [1.0, 2.0]


def test_zero_is_a_number_word() -> None:
    found = extract_numbers("The zero in the file name tells the steps apart.", "en")
    assert [(n.value, n.written) for n in found] == [(0.0, "words")]


def test_approximate_count_is_word_forms() -> None:
    found = extract_numbers("你随时可以添加1、2行配置。", "zh")
    assert [(n.value, n.written) for n in found] == [(1.0, "words"), (2.0, "words")]
    assert [n.written for n in extract_numbers("见第1、2章和1、3行。", "zh")] == ["digits"] * 4


def test_tens_and_units_with_a_space_are_one_number() -> None:
    assert [n.value for n in extract_numbers("Forty one features and ninety-nine cases.", "en")] == [41.0, 99.0]
    assert [n.value for n in extract_numbers("one hundred and twenty three cases", "en")] == [123.0]
    assert [(n.value, n.text) for n in extract_numbers("the two one-year cohorts", "en")] == [(2.0, "two")]


def test_digits_glued_to_a_greek_letter_are_a_symbol() -> None:
    assert [n.value for n in extract_numbers("采用χ2检验，χ2=4.52，β2-微球蛋白升高3例。", "zh")] == [4.52, 3.0]
    assert [n.value for n in extract_numbers("α = 0.05 in 2 groups", "en")] == [0.05, 2.0]


def test_may_is_a_month_next_to_a_date_or_a_time_word() -> None:
    def months(text: str) -> list[float]:
        return [n.value for n in extract_numbers(text, "en") if n.written == "words"]

    assert months("from May 2014 to December 2016") == [5.0, 12.0]
    assert months("on 3 May, in May and by mid-May") == [5.0, 5.0, 5.0]
    assert months("May be higher. It May help; it may not.") == []
    # next to another month: the May/June series (2020年5月/6月), April or May
    assert months("the May/June 2020 series, in April or May") == [5.0, 6.0, 4.0, 5.0]
    assert months("It May - or may not - help") == []


def test_an_abbreviated_month_next_to_a_date_or_a_time_word() -> None:
    def months(text: str) -> list[float]:
        return [n.value for n in extract_numbers(text, "en") if n.written == "words"]

    assert months("cases since mid-Nov and late-Nov, from Nov-Jan") == [11.0, 11.0, 11.0, 1.0]
    assert months("sampled in Dec 2019, on 5 Feb and in Jul. and Sept 2020") == [12.0, 2.0, 7.0, 9.0]
    # a name or a word, not a date: Jan Smith, "Mar the plan", a bare "Oct" heading
    assert months("Jan Smith said it would Mar the plan.") == []
    assert months("Oct") == []


def test_a_chinese_month_matches_its_abbreviated_english_month() -> None:
    assert keys("11月中旬以来", "zh") == keys("since mid-Nov", "en") == ["11"]


def test_the_year_in_the_coronavirus_chinese_name_is_part_of_the_name() -> None:
    assert keys("公开共享的2019新型冠状病毒（nCoV）基因组数据", "zh") == []
    assert keys("公开共享的 2019 新型冠状病毒 基因组数据", "zh") == []
    assert keys("了解COVID-19（2019冠状病毒病）", "zh") == keys("about COVID-19", "en") == []
    # a year with 年, or a count before another noun, stays a number
    assert keys("2019年新型冠状病毒暴发", "zh") == ["2019"]
    assert keys("2019例新冠病例", "zh") == ["2019"]


def test_a_count_and_a_half() -> None:
    assert keys("在开始治疗的3年半之后", "zh") == keys("3.5 years after treatment", "en") == ["3.5"]
    assert keys("麻醉2个半小时后", "zh") == ["2.5"]
    assert keys("随访3年，半数患者", "zh") == ["3"]  # 半数 is "half of", not half a year


def test_half_starting_the_noun_counted_is_no_half() -> None:
    """11个半径 is 11 radii (半径 starts with 半), not "11 and a half"; a count and a half of a time unit stays."""
    assert keys("以及11个半径截面处的弦长和厚度", "zh") == keys("at 11 radial sections", "en") == ["11"]
    assert keys("两个半球", "zh") == ["2"]
    assert keys("3个半导体器件", "zh") == ["3"]
    # the real defect of the same shape: 11个半小时 (11.5 hours) rendered "11 hours" still differs
    assert keys("共11个半小时", "zh") == ["11.5"] != keys("11 hours in all", "en")
    assert keys("治疗1个半月后", "zh") == ["1.5"]
    assert keys("一共3个半。", "zh") == ["3.5"]
    assert keys("分给那2个半支派", "zh") == ["2.5"]  # a measure word after 半: two and a half tribes


def test_bracketed_enumerators_at_a_clause_start_are_not_numbers() -> None:
    assert keys("改善途径：(1)迅速恢复供应；（2）限制人数。", "zh") == []
    assert keys("achieved by (1) restoring the supply, and (2) limiting the number.", "en") == []
    assert keys("其中组(2)患者较多", "zh") == ["2"]  # not at a clause start: group 2


def test_an_enumerator_glued_to_the_previous_sentence_opens_the_list() -> None:
    """PDF extraction glues "1)" to the period before it: the list 1) 2) 3) is still a list (cx8-style abstract)."""
    en = "We reassess the species, and obtain several results.1) A is valid; 2) B is invalid.; 3) C is not D."
    assert keys(en, "en") == []
    assert keys("It rose to 3.1) then fell", "en") == ["3.1"]  # a decimal before a bracket: no enumerator
    assert keys("see refs.1) and 2) below", "en") == ["2"]  # after an abbreviation: no list opened


def test_a_number_glued_to_an_abbreviation_before_a_bracket_is_no_list_marker() -> None:
    # "(see fig.1) … (see fig.2)": figure numbers, compared as numbers, though they read 1) and 2)
    assert keys("as shown (see fig.1) and (see fig.2) below", "en") == ["1", "2"]
    assert keys("several results.1) A is valid; 2) B is not.", "en") == []


def test_closed_enumerators_after_a_colon_before_a_latin_name_or_a_number_are_no_numbers() -> None:
    """4个组分别为：1）对照组；2）LPS组；3）1.0%Gly组: items may open with a Latin name or a dose, not only with Han."""
    zh = "4个组分别为：1）对照组；2）LPS组；3）1.0%Gly组；4）2.0%Gly组。"
    assert keys(zh, "zh") == keys("The four groups were: 1) control; 2) LPS; 3) 1.0% Gly; and 4) 2.0% Gly.", "en")
    assert keys("剂量：3）2.0%组", "zh") == ["3", "2"]  # no item 1) and 2): no list, a number
    assert keys("比例为(1:2)；2)", "zh") == ["1", "2", "2"]


def test_bracketed_enumerators_after_a_han_character_count_as_a_list() -> None:
    zh = "本研究旨在探索（1）两者之间的关联，以及（2）同住的影响。"
    assert keys(zh, "zh") == keys("to explore (1) the associations and (2) the effect of coresidence.", "en") == []
    assert keys("对照组（2）与治疗组（3）相比", "zh") == ["2", "3"]  # no (1): group numbers, not a list
    assert keys("HER2(1)与HER2(2)", "zh") == ["1", "2"]  # after a name's digit: part of the name


def test_digits_after_a_hyphen_and_a_space_belong_to_the_name() -> None:
    assert keys("又被称为C/T- 13910，", "zh") == keys("also known as C/T-13910,", "en") == []
    assert keys("年龄18 - 65岁", "zh") == ["18", "65"]


def test_digits_after_a_slash_a_space_parts_from_a_name_belong_to_the_name() -> None:
    # "c57BL /6": the mouse strain C57BL/6 with a stray space from PDF extraction
    assert keys("normal diet c57BL /6 mice", "en") == keys("正常饮食对照组c57BL/6小鼠", "zh") == []
    assert keys("a dose of 5 mg /6 h", "en") == ["5", "6"]  # a unit before the slash: a quantity


def test_the_second_of_two_alternatives_after_a_slash_is_a_number() -> None:
    # "32-bit/64-bit": the same unit after both values; the 64 is a quantity, not the number of a name
    assert keys("Supports 32-bit/64-bit systems.", "en") == keys("支持32位和64位系统。", "zh") == ["32", "64"]
    assert keys("8GB/16GB of memory", "en") == ["8", "16"]
    # a combined dose, the unit spaced on one side only: both sides read both values
    en, zh = "lopinavir/ritonavir 200 mg/50mg per pill", "洛匹那韦/利托那韦 200mg/50mg/粒"
    assert keys(en, "en") == keys(zh, "zh") == ["200", "50"]
    assert keys("her2/neu and c57BL/6 mice", "en") == []  # a name's digits after its slash stay a name
    assert keys("a 32-bit/64 build", "en") == ["32"]  # no unit after the second value: not a pair of alternatives


def test_a_number_word_glued_to_a_unit_of_time_is_read() -> None:
    # "sixmonth": six-month with its hyphen lost in the source; other glued letters are no number word
    assert [(n.value, n.text) for n in extract_numbers("the short (sixmonth) duration", "en")] == [(6.0, "six")]
    assert [n.value for n in extract_numbers("a twoyears follow-up", "en")] == [2.0]
    assert extract_numbers("teninsights and sixties", "en") == []


def test_a_rate_per_a_magnitude_word_is_that_magnitude() -> None:
    en = extract_numbers("a prevalence of less than 1 case per million persons per year", "en")
    zh = extract_numbers("患病率低于每年每100万人中1例", "zh")
    assert sorted(number_key(n.value) for n in en) == sorted(number_key(n.value) for n in zh)
    assert [n.text for n in en] == ["1", "million"]
    # a magnitude after a number stays one number
    assert [(n.text, n.value) for n in extract_numbers("It cost 2 million dollars per year.", "en")] == [
        ("2 million", 2e6)]


def test_hyphenated_magnitude_ranges_apply_the_magnitude_to_both_ends() -> None:
    for text in ("costs of 3-million-to-6-million dollars", "costs of 3-to-6 million dollars",
                 "costs of 3 to 6 million dollars"):
        (n,) = extract_numbers(text, "en")
        assert n.value == (3e6, 6e6), text
    assert [n.value for n in extract_numbers("a 2-million-dollar grant", "en")] == [2e6]
    assert [n.value for n in extract_numbers("每年300万～600万美元", "zh")] == [(3e6, 6e6)]


def test_decades_in_words_are_ten_years_each() -> None:
    """"In the last three decades" is 近三十年来: 30 years, a word form; not a count of 3 (which paired the sentence
    with the next Chinese one, "三大作物", and left 近三十年来 unpaired)."""
    (n,) = extract_numbers("In the last three decades, many lines were made.", "en")
    assert (n.value, n.written) == (30.0, "words")
    assert [m.value for m in extract_numbers("Two decades later, it fell.", "en")] == [20.0]
    assert [m.value for m in extract_numbers("the three crops", "en")] == [3.0]


def test_digit_decades_are_ten_years_each() -> None:
    assert [n.value for n in extract_numbers("over the past 2 decades", "en")] == [20.0]
    assert [n.value for n in extract_numbers("in 2 decade-long trials", "en")] == [2.0]


def test_a_chinese_numeral_before_da_or_qiang_is_a_top_n() -> None:
    (n,) = extract_numbers("全国十大医院", "zh")
    assert (n.value, n.written) == (10.0, "words")
    assert [n.value for n in extract_numbers("进入五强", "zh")] == [5.0]
    assert extract_numbers("一大批患者", "zh") == []


def test_a_version_the_tokeniser_spaced_is_one_version_in_chinese() -> None:
    assert [n.text for n in extract_numbers("采用R软件3.6 . 0版进行分析。", "zh")] == ["3.6"]
    assert [n.text for n in extract_numbers("version 3.6.0 of R", "en")] == ["3.6"]  # as the unspaced form reads
    assert [n.text for n in extract_numbers("共3 . 5例", "zh")] == ["3", "5"]  # no decimal before: two numbers
    assert [n.text for n in extract_numbers("was 2.5 . 12 patients died", "en")] == ["2.5", "12"]  # may end a sentence


def test_a_magnitude_counted_by_an_article_or_a_half_is_that_many() -> None:
    """"a million" = 100万, "half a million" = 50万, "one thousand" = 1000: the article counts one."""
    cases = [("About a million people were infected.", "约100万人感染。", 1e6),
             ("About half a million people died.", "约50万人死亡。", 5e5),
             ("One thousand patients took part.", "1000名患者参与。", 1e3),
             ("a billion doses", "10亿剂", 1e9)]
    for en, zh, value in cases:
        found = extract_numbers(en, "en")
        assert [n.value for n in found] == [value], en
        assert [number_key(n.value) for n in found] == [number_key(n.value) for n in extract_numbers(zh, "zh")]
    # not a count: the article before another word, or a hyphenated compound ("a million-fold" is left alone)
    assert extract_numbers("a thousandth of a second", "en") == []
    assert [n.value for n in extract_numbers("a million-fold increase", "en")] != [1e6]


def test_a_fraction_may_touch_the_comma_that_ends_its_clause() -> None:
    assert keys("占比为3 / 4，其余为对照。", "zh") == [number_key(0.75)]
    assert keys("about 1/4, the rest were controls.", "en") == [number_key(0.25)]
    assert keys("1.2/3 and 1/2,000", "en") == ["1.2", "3", "1", "2000"]  # a decimal, a thousands group


def test_a_year_range_may_keep_only_the_last_two_digits_of_its_second_year() -> None:
    assert extract_numbers("beds per 1,000 in 2014–16", "en")[-1].value == (2014.0, 2016.0)
    assert extract_numbers("the 1997 to 99 seasons", "en")[0].value == (1997.0, 1999.0)
    assert extract_numbers("2014-16年的调查", "zh")[0].value == (2014.0, 2016.0)
    assert extract_numbers("2010-11年的调查", "zh")[0].value == (2010.0, 2011.0)  # a hyphen before 年: years
    # a hyphen before a month number, or a full ISO date, is no range
    assert keys("released 2014-05 in beta", "en") == ["2014", "5"]
    assert keys("on 2014-05-16", "en") == ["2014", "5", "16"]
    assert keys("from 2014–13", "en") == ["2014", "13"]  # not after the first year


def test_a_figure_number_glued_to_its_abbreviation_is_read_in_english() -> None:
    assert keys("as shown (Fig.3) and in Tab.4", "en") == ["3", "4"]
    assert keys("the mean was 3.5 and .5", "en") == ["3.5"]
    # the Chinese keeps the Latin reference beside its own: only 图3 is read there; a Latin one alone is read
    assert keys("如图3（Fig.3）所示", "zh") == ["3"]
    assert keys("如图 （Fig.3）所示", "zh") == ["3"]


def test_a_chinese_numeral_and_more_than_before_a_measure_word() -> None:
    assert keys("随访十余年，纳入二十多例，年龄三十几岁", "zh") == ["10", "20", "30"]
    assert keys("一多半的人", "zh") == []  # 一 alone stays a word of its own


def test_decimal_without_leading_zero_is_the_number() -> None:
    """Journal style writes P values without the leading zero (`P = .04`, `P<.001`): the same numbers as 0.04, 0.001."""
    assert [(m.value, m.text) for m in extract_numbers("HR, 0.75; P = .04; P<.001; r = .85-.90", "en")] == [
        (0.75, "0.75"), (0.04, ".04"), (0.001, ".001"), ((0.85, 0.9), ".85-.90")]
    assert extract_numbers("P = .04", "en")[0].value == extract_numbers("P=0.04", "zh")[0].value == 0.04


@pytest.mark.parametrize("text", ["结果.5例患者", "the end.5 patients", "v1.2.3", "192.168.1.1"])
def test_a_dot_after_a_word_or_number_is_no_leading_decimal(text: str) -> None:
    """A half-width full stop before a digit (a lost space) or a version's parts start no number of their own."""
    assert all(not m.text.startswith(".") for m in extract_numbers(text, "zh" if "结" in text else "en"))


def test_a_number_word_times_its_magnitude() -> None:
    """"ten million" = 1,000万; "five hundred thousand" = 50万: the magnitude word multiplies the number word."""
    got = [(m.value, m.text) for m in extract_numbers("ten million masks, five hundred thousand people", "en")]
    assert got == [(1e7, "ten million"), (5e5, "five hundred thousand")]
    assert [m.value for m in extract_numbers("ten millionaires", "en")] == [10.0]
    # "two dozen" = 24 (约有 24 名), one number; a dozen alone is twelve
    assert [(m.value, m.text) for m in extract_numbers("around two dozen people", "en")] == [(24.0, "two dozen")]
    assert [m.value for m in extract_numbers("a dozen eggs", "en")] == [12.0]


def test_a_decade_mixing_digits_and_chinese_numerals() -> None:
    """The century and the decade may each be written in digits or in Chinese numerals: all are the 1990s."""
    for text in ("二十世纪90年代", "20世纪九十年代", "二十世纪九十年代", "20世纪90年代"):
        assert [(m.value, m.text) for m in extract_numbers(text, "zh")] == [(1990.0, text)], text


def test_half_width_replacement_equals_the_translation_table() -> None:
    from zhen_qa.aligner.numbers import _FULLWIDTH, _half_width

    texts = ["", "没有全角字符", "共１２，３４５例（９８．５％），～－：", "１，２，３", "abc１２．５", "，，，：：",
             "0123456789.,%~-:", "混合 1，000 与 １,０００", "第１章：结果"]
    for text in texts:
        assert _half_width(text) == text.translate(_FULLWIDTH)


def test_a_percentage_after_a_lost_space_at_a_sentence_end_is_read() -> None:
    """"...provided by Shenzhen Bioeasy.80% of test kits...": a full stop glued to the next sentence's percentage
    (a lost space) starts no decimal, and the percentage is the number the Chinese gives as 80%."""
    assert keys("provided by Bioeasy.80% of test kits failed.", "en") == keys("80% 检测结果不正确", "zh")
    assert keys("as Smith et al.12 showed", "en") == []  # a glued citation number stays unread


def test_a_clock_time_after_a_slash_is_no_part_of_a_name() -> None:
    """"14:00 UTC/07:00 PT": the second time is read as the Chinese 14:00（协调世界时）/07:00 is; HER2/neu-like
    names keep their digits to themselves."""
    zh = "下周四14:00（协调世界时）/07:00（太平洋时间）"
    assert keys("next Thursday, 14:00 UTC/07:00 PT", "en") == keys(zh, "zh")
    assert keys("anti-her/2 antibody", "en") == []


def test_a_range_begun_in_words_and_ended_in_digits_is_one_range() -> None:
    # "one to 14 days" = 1-14天 (the word "one" alone is never read); a larger word before stays apart
    assert keys("The incubation period is one to 14 days, mostly three to seven days.", "en") == ["1", "14", "3", "7"]
    assert keys("It took five to 12 weeks in seven to 5 cases.", "en") == ["5", "12", "7", "5"]


def test_digits_that_begin_a_name_of_mixed_case_are_no_number() -> None:
    # the 2019 of 2019-nCoV names the virus; "5-year" and "10-Year" are counts
    assert keys("The 2019-nCoV and 8-oxoG rose over a 5-year and a 10-Year span.", "en") == ["5", "10"]


def test_a_dotted_telephone_number_or_address_is_no_decimal() -> None:
    assert extract_numbers("cancer.org | 1.800.227.2345 模特仅用于说明之目的", "zh") == []
    assert extract_numbers("Call 800.227.2345 or visit 192.168.1.1.", "en") == []
    assert [m.endpoints() for m in extract_numbers("Doses of 1.5, 2.5 and 3.5.", "en")] == [(1.5,), (2.5,), (3.5,)]
    assert [m.endpoints() for m in extract_numbers("共1.800例", "zh")] == [(1.8,)]


def test_digits_in_four_hyphenated_groups_are_a_formula_or_an_identifier() -> None:
    """A dental formula 2-0-3-3 (2.0.3.3 in the English) or a telephone number 1-800-227-2345: no quantities."""
    assert keys("上齿列齿式2-0-3-3;门齿增大", "zh") == keys("upper dental formula 2.0.3.3; dI2 narrow", "en") == []
    assert keys("call 1-800-227-2345 today", "en") == []
    assert keys("on 2019-12-31, 3-5 times", "en") == ["2019", "12", "31", "3", "5"]  # a date, a range: numbers


def test_hyphenated_groups_that_are_values_stay_numbers() -> None:
    """An ascending schedule (days 1-8-15-22 against 第1、8、15、21天) and a period of year-months (2018-01-2019-12)
    are values, not an identifier: the schedule's 22 against 21 stays a number mismatch, not a doubt."""
    assert keys("Patients received gemcitabine on days 1-8-15-22.", "en") == ["1", "8", "15", "22"]
    assert keys("weeks 0-4-8-12", "en") == ["0", "4", "8", "12"]
    assert keys("选取2018-01-2019-12在我院就诊的患者120例。", "zh") == ["2018", "1", "2019", "12", "120"]
    # no ascent (a formula), a group of four digits (a telephone number), a leading zero (a code): an identifier
    assert keys("齿式1-2-3-3", "zh") == keys("call 1-212-555-1234", "en") == keys("code 01-02-03-04", "en") == []


def test_a_ratio_in_brackets_is_no_list_item() -> None:
    """The second term of a ratio "2:1)" is no enumerator closed by a bracket, even with items 1) and 2) around."""
    zh = "样品按体积比(氯仿:甲醇 2:1)提取，再按(甲醇:水 1:3)稀释。"
    assert keys(zh, "zh") == ["2", "1", "1", "3"]
    assert keys("Extracted with (chloroform:methanol 2 : 1) and (methanol:water 1: 2).", "en") == ["2", "1", "1", "2"]
    assert keys("分组情况：1）对照组 10 只；2）模型组 12 只。", "zh") == ["10", "12"]  # a list after a word's colon


def test_dotted_year_month_range_reads_as_years_and_months() -> None:
    assert keys("52 patients were seen during 2012.1~2015.10.", "en") == keys("52例于2012年1月~2015年10月就诊", "zh")
    assert keys("during 2012.1\\~2015.10 in the clinic", "en") == keys("2012年1月至2015年10月", "zh")
    assert keys("from 2019.12 to 2020.3 in Wuhan", "en") == keys("2019年12月至2020年3月", "zh")
    # not a month (13), not a year, or a quantity with its unit: decimals as before
    assert keys("from 2012.1-2015.13 there", "en") == keys("2012.1-2015.13", "zh")
    assert [n.value for n in extract_numbers("levels of 2012.5-2015.6 mg", "en")] == [(2012.5, 2015.6)]
    assert [n.value for n in extract_numbers("values of 12.1-15.10 there", "en")] == [(12.1, 15.1)]


def test_count_glued_after_a_full_stop_is_read() -> None:
    assert [n.value for n in extract_numbers("From 3 species of seagrass plants.25 new compounds came.", "en")] \
        == [3.0, 25.0]
    # a citation after et al., a flattened citation before a capital, and lower-cased text: no count
    assert extract_numbers("As Smith et al.25 reported.", "en") == []
    assert extract_numbers("It rose.25 The end.", "en") == []
    assert extract_numbers("it rose.25 the end.", "en") == []


def test_bracketed_enumerator_glued_after_a_full_stop_is_no_number() -> None:
    assert extract_numbers("The structure is more complicated.(3） The parks vary.", "en") == []
    assert extract_numbers('It decreases toward the Yellow River".(4) The hot spots move.', "en") == []
    assert [n.value for n in extract_numbers("See Fig.(3) The end.", "en")] == [3.0]


def test_a_bare_decade_takes_the_century_said_before_it() -> None:
    """20世纪70年代中期至80年代后期: the century is said once for both decades (the 1970s to the 1980s)."""
    values = [n.value for n in extract_numbers("从20世纪70年代中期至80年代后期每年增幅4%", "zh")]
    assert 1970.0 in values and 1980.0 in values and 80.0 not in values
    assert 1990.0 in [n.value for n in extract_numbers("二十世纪八十年代至九十年代", "zh")]
    assert [n.value for n in extract_numbers("80年代后期", "zh")] == [80.0]  # no century said: left as it was
    spaced = "20 世纪 40 年代，……人冠状病毒在 20 世纪 60 年代被发现。"  # each decade with its own century
    assert [n.value for n in extract_numbers(spaced, "zh")] == [1940.0, 1960.0]


def test_a_rate_base_said_in_chinese_number_words_after_mei_is_read() -> None:
    # 每十万人年 = "per 100,000 person-years": the magnitude the Chinese says in words is the English's 100,000
    assert [(n.text, n.value) for n in extract_numbers("死亡率为20.2例每十万人年", "zh")] == [
        ("20.2", 20.2), ("十万", 1e5)]
    assert [n.value for n in extract_numbers("每万人中有3人", "zh")] == [1e4, 3.0]
    assert [n.value for n in extract_numbers("收费为每百万字符20美元", "zh")] == [1e6, 20.0]
    # no rate base: a unit (每千克 = per kilogram), one of each (每一个), no magnitude (每十人 is left as before)
    assert extract_numbers("每千克体重", "zh") == []
    assert extract_numbers("每一个人", "zh") == []


def test_a_specimen_number_after_its_museum_code_is_no_quantity() -> None:
    """(IVPP V 725) names one fossil of a museum's collection: no number for the other side to lack; a count in
    capitals outside a bracket, or a bracket of a count, stays a number."""
    assert keys("The crest of Tsintaosaurus spinorhinus (IVPP V 725) is solid.", "en") == []
    assert keys("A skull (AMNH FR 5027) was studied.", "en") == []
    assert keys("(n = 725) and WHO A 12 patients", "en") == [number_key(725), number_key(12)]
    assert keys("patients (ECOG PS 1) were eligible", "en") == [number_key(1)]  # a score, not a catalogue number


@pytest.mark.parametrize("text", ["7.0 及以上", "16.04 及以上", "2.0 版本起支持"])
def test_a_version_at_line_start_is_no_section_number(text: str) -> None:
    # sections count from 1: a part that starts with 0 is a version or a decimal ("7.0 and above" in the English)
    assert [n.text for n in extract_numbers(text, "zh")] == [text.split()[0]]


def test_section_numbers_at_line_start_stay_labels() -> None:
    assert extract_numbers("3.10 方法", "zh") == [] and extract_numbers("3.8.1 Methods", "en") == []


def test_digits_of_a_bare_template_expression_are_code() -> None:
    # `$[yyyyMMdd+7*N]` in backticks on one side is code; written bare on the other its 7 was read as a count
    assert extract_numbers("后 N 周：$[yyyyMMdd+7*N]，前 N 分钟：$[HHmmss-N/24/60]", "zh") == []
    assert [n.text for n in extract_numbers("it costs $5, and ${a.b} is 4", "en")] == ["5", "4"]


def test_a_decade_with_its_century_is_read_in_digits_without_a_digit() -> None:
    """二十世纪九十年代 is read as 1990 written "digits" though the sentence has no digit: a test that skips reading a
    sentence without a digit must let 世纪 through (`orphans._numbers_elsewhere`)."""
    from zhen_qa.manuscript.script import has_digit

    text = "二十世纪九十年代至二十世纪八十年代的研究增多。"
    assert not has_digit(text)
    assert [(n.value, n.written) for n in extract_numbers(text, "zh")] == [(1990.0, "digits"), (1980.0, "digits")]
