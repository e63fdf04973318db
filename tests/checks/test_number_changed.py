"""number-mismatch: one quantity written two ways, a repeat, or a number really changed."""
from __future__ import annotations

from tests.checks.aligned import build
from tests.checks.numbers_kit import check, numbers
from zhen_qa.checks.number_beads import Mention, read_side
from zhen_qa.checks.number_changed import changed_digits


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


def test_a_thousands_separator_typed_with_a_space() -> None:
    zh = "会议共收到投稿1 798篇，注册代表人数1 060人。"
    assert check(zh, "A total of 1, 798 submissions were received, and 1, 060 registered representatives.") == []
    assert numbers(check(zh, "A total of 1, 797 submissions were received, and 1, 060 registered.")) \
        == ["1 798/797"]  # 1 is never reported alone


def test_a_duration_of_two_units_given_in_the_smaller_one() -> None:
    # 1岁9个月 = 21 months, 2岁3个月 = 27 months, 37周+6天 = 265 days
    zh = "其中男14例，女4例；年龄1岁9个月～75岁，中位年龄35岁。"
    assert check(zh, "There were 14 males and 4 females, aged 21 months to 75 years (median, 35 years).") == []
    assert check("年龄2岁3个月。", "The child was 27 months old.") == []
    assert check("于孕37周+6天分娩。", "Delivered at 265 days of gestation.") == []
    assert numbers(check(zh, "There were 14 males and 4 females, aged 22 months to 75 years (median, 35 years).")) \
        == ["9/22"]


def test_a_magnitude_written_once_for_two_numbers() -> None:
    assert check("合法卷烟消费量从 994 下降至 885 亿支。", "Consumption fell from 99.4 to 88.5 billion sticks.") == []
    assert check("其中1500多万人视力受损。", "Over 15 million are visually impaired.") == []
    (f,) = check("其中1500多万人视力受损。", "Over 16 million are visually impaired.")
    assert '"1500"' in f.message and '"16 million"' in f.message


def test_w_after_digits_may_be_wan() -> None:
    """1000W in Chinese technical prose is 1000 万 (10,000,000); W is also the watt, so 1000W = 1000 W stays matched,
    and a count changed across the magnitude is still reported."""
    assert check("总虚拟节点数为 1000W，构建一次需要 251 ms。",
                 "The total number of virtual nodes is 10,000,000, and a build takes 251 ms.") == []
    assert check("电源功率为 1000W。", "The power supply is rated at 1000 W.") == []
    assert check("总虚拟节点数为 1000W，构建一次需要 251 ms。",
                 "The total number of virtual nodes is 20,000,000, and a build takes 251 ms.") != []


def test_w_scales_only_the_number_it_follows() -> None:
    """W after a number (5W, a watt or 万) is no magnitude of the other numbers of its sentence: another number
    changed by 10,000 is still reported (review62b R25)."""
    assert numbers(check("单机功率为 5W，待机电流为 3 毫安。",
                         "The power of one board is 5 W, and the standby current is 30,000 mA.")) == ["3/30,000"]
    assert numbers(check("总虚拟节点数为 1000W，构建一次需要 2 秒。",
                         "The total number of virtual nodes is 10,000,000, and a build takes 20,000 seconds.")) == [
        "2/20,000"]


def test_a_hex_literal_is_one_number_in_prose_or_code() -> None:
    """0x1000 is one value (4096), not the 0 before its x: plain on one side and in a code span on the other it is the
    same constant; another constant (0x2000, 0x02) is still reported."""
    assert check("该字段的值为：0x1000。", "The value of the field: `0x1000`.") == []
    assert check("压缩方式 ZLIB_TRANSFORM = 0x01。", "The compression ZLIB_TRANSFORM = 0x01.") == []
    assert numbers(check("该字段的值为：0x2000。", "The value of the field: `0x1000`.")) == ["0x2000/0x1000"]
    assert numbers(check("压缩方式 ZLIB_TRANSFORM = 0x01。", "The compression ZLIB_TRANSFORM = 0x02.")) == ["/0x02"]


def test_a_hex_literal_between_han_or_with_a_c_suffix_is_one_number() -> None:
    """Han on either side of a hex literal (魔数为0x1000，0x3FFF字节) is no part of it, and a C integer suffix (0xFFFFu,
    0x10UL) ends it: the literal is still one value, and a changed one is reported (review62b R20, R21)."""
    assert check("TTHeader 的魔数为0x1000，占用 2 个字节。",
                 "The magic number of TTHeader is 0x1000, which takes 2 bytes.") == []
    assert check("头部长度字段的最大值是 0x3FFF字节。",
                 "The maximum value of the header length field is 0x3FFF bytes.") == []
    assert check("魔数字段的值为0x1000字节。", "The magic field is `0x1000` bytes.") == []
    assert numbers(check("标志位设置为0x02即可。", "Set the flag to 0x01.")) == ["0x02/"]  # 0x01 = 1, a word-form one
    assert check("掩码是 0xFFFFu，用于取低位。", "The mask is 0xFFFFu, used to take the low bits.") == []
    assert numbers(check("掩码是 0xFFFFu，用于取低位。", "The mask is 0xFFFEu, used to take the low bits.")) == [
        "0xFFFFu/0xFFFEu"]


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


def test_a_metric_prefix_is_a_magnitude() -> None:
    assert check("其基因组大小为 1.8 至 2.4 万个碱基。", "Its genome is 18 to 24 kilobases long.") == []
    assert check("肿块直径约1.5厘米。", "The mass was about 15 mm across.") == []
    assert check("每日摄入 3 千克。", "A daily intake of 3000 g.") == []
    (f,) = check("其基因组大小为 1.8 至 2.4 万个碱基。", "Its genome is 18 to 25 kilobases long.")
    assert '"18 to 25"' in f.message  # a changed end is no other magnitude
    assert check("其基因组约为 2 万个碱基。", "Its genome is about 20 bases long.") != []  # no prefix: no scale


def test_a_date_restated_on_one_side_is_one_value() -> None:
    zh = "截至 2021 年 4 月 20 日，共报告 532 例；自 2020 年 11 月 2 日至 4 月 20 日，新增 87 例。"
    en = "As at 20 April 2021, 532 cases were reported, 87 of them between 2 November 2020 and that date."
    assert check(zh, en) == []
    # a day of a date changed is still reported, and so are two values repeated that are no date
    assert check(zh.replace("至 4 月 20 日", "至 4 月 21 日"), en) != []
    assert check("共 4 组，每组 20 例；4 组各 20 例。", "There were 4 groups of 20 patients.") != []


def _mentions(text: str, lang: str) -> list[Mention]:
    (pair,) = build([([text], [])] if lang == "zh" else [([], [text])]).pairs
    return read_side(list(pair.zh if lang == "zh" else pair.en), lang).mentions


def test_numbers_one_digit_apart_pair_one_to_one() -> None:
    zh = _mentions("平均16.6个月，2015年，共12例，1,234人。", "zh")
    en = _mentions("16.7 months, 2016, 13 cases, 1235 people, 16.8 days.", "en")
    assert changed_digits(zh, en) == 3  # 16.6/16.7, 2015/2016, 1,234/1235; 12/13 too short; 16.8 has no partner left
    assert changed_digits(zh, _mentions("26.7 months, 2105, 16.60 days, 16.6% of them.", "en")) == 0


def test_a_decimal_point_moved_is_a_number_changed_not_a_doubt_about_the_pairing() -> None:
    zh = "结果表明：2000—2017年，该市的空气质量综合指数由3.91上升到8.47，治理水平不断提高。"
    en = ("The results showed that from 2000 to 2017 the city's overall air quality index rose from {} to {}, "
          "and its governance kept improving.")
    (f,) = check(zh, en.format("39.1", "84.7"))  # a tenfold slip at both ends of the range
    assert f.rule == "number-mismatch" and "39.1 to 84.7" in f.message
    assert check(zh, en.format("3.91", "8.47")) == []
    # numbers that share no digits in order stay a doubt: the sentences may well not be counterparts
    (g,) = check(zh, en.format("5.62", "7.13"))
    assert g.rule == "alignment-doubt"


def test_a_moved_point_pairs_one_to_one_and_needs_three_digits() -> None:
    zh = _mentions("浓度为3.91，比例为0.847，共1.5升。", "zh")
    assert changed_digits(zh, _mentions("39.1, 84.7 and 15 litres.", "en")) == 2  # 1.5/15: two digits, too few
    assert changed_digits(zh, _mentions("39.2, 8.74 and 1.5 litres.", "en")) == 0  # digits changed and moved


def test_one_digit_twins_pair_before_a_moved_point_takes_their_partner() -> None:
    zh = _mentions("浓度为3.91，比例为39.2。", "zh")
    # 3.91 / 39.1 is a moved point, but 3.91 / 3.92 and 39.2 / 39.1 are one-digit twins: both pairs are made
    assert changed_digits(zh, _mentions("a ratio of 39.1 and 3.92.", "en")) == 2


def test_a_whole_number_and_a_point_are_no_moved_point() -> None:
    zh = _mentions("参与人数超过42,000人，浓度为3.91。", "zh")
    # "42.000" is 42,000 in the other convention as often as a point moved: only 3.91 / 39.1 pair
    assert changed_digits(zh, _mentions("more than 42.000 people, a concentration of 39.1.", "en")) == 1
