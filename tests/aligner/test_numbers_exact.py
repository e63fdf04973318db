"""Number extraction on exact values and offsets (hand-written expectations, not normalise-both-sides)."""
from __future__ import annotations

import pytest

from tests.checks.aligned import build
from zhen_qa.aligner.numbers import chinese_numeral_value, extract_numbers, number_key
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.numbers import run

Row = tuple[object, int, int, str, bool, str]

D, W = "digits", "words"
CASES: list[tuple[str, str, list[Row]]] = [
    ("共纳入123456例", "zh", [(123456.0, 3, 9, "123456", False, D)]),
    ("共纳入123457例", "zh", [(123457.0, 3, 9, "123457", False, D)]),
    ("率为0.0451。", "zh", [(0.0451, 2, 8, "0.0451", False, D)]),
    ("率为0.0452。", "zh", [(0.0452, 2, 8, "0.0452", False, D)]),
    ("约1800万人", "zh", [(18_000_000.0, 1, 6, "1800万", False, D)]),
    ("约3万人", "zh", [(30_000.0, 1, 3, "3万", False, D)]),
    ("约2千人", "zh", [(2_000.0, 1, 3, "2千", False, D)]),
    ("约2千克", "zh", [(2.0, 1, 2, "2", False, D)]),
    ("约5亿人", "zh", [(500_000_000.0, 1, 3, "5亿", False, D)]),
    ("约2万亿元", "zh", [(2e12, 1, 4, "2万亿", False, D)]),
    ("占31%的", "zh", [(31.0, 1, 4, "31%", True, D)]),
    ("占31 %的", "zh", [(31.0, 1, 5, "31 %", True, D)]),
    ("6～14岁", "zh", [((6.0, 14.0), 0, 4, "6～14", False, D)]),
    ("6至14岁", "zh", [((6.0, 14.0), 0, 4, "6至14", False, D)]),
    ("18～20万", "zh", [((180_000.0, 200_000.0), 0, 6, "18～20万", False, D)]),
    ("10%～20%", "zh", [((10.0, 20.0), 0, 7, "10%～20%", True, D)]),
    ("2023-10", "zh", [(2023.0, 0, 4, "2023", False, D), (10.0, 5, 7, "10", False, D)]),
    ("１２３４５６例", "zh", [(123456.0, 0, 6, "１２３４５６", False, D)]),
    ("1,234,567例", "zh", [(1_234_567.0, 0, 9, "1,234,567", False, D)]),
    ("百分之三十一的患者", "zh", [(31.0, 0, 6, "百分之三十一", True, W)]),
    ("三分之一的患者", "zh", [(1 / 3, 0, 4, "三分之一", False, W)]),
    ("两组患者", "zh", [(2.0, 0, 1, "两", False, W)]),
    ("一百零五例", "zh", [(105.0, 0, 4, "一百零五", False, W)]),
    ("提高了十个百分点", "zh", [(10.0, 3, 4, "十", False, W)]),
    ("随访三小时", "zh", [(3.0, 2, 3, "三", False, W)]),
    ("为3.5倍", "zh", [(3.5, 1, 4, "3.5", False, D)]),
    ("纳入2400例", "zh", [(2400.0, 2, 6, "2400", False, D)]),
    ("2 400 patients", "en", [(2400.0, 0, 5, "2 400", False, D)]),
    ("18 million people", "en", [(18_000_000.0, 0, 10, "18 million", False, D)]),
    ("2 thousand", "en", [(2_000.0, 0, 10, "2 thousand", False, D)]),
    ("3 billion", "en", [(3e9, 0, 9, "3 billion", False, D)]),
    ("1 trillion", "en", [(1e12, 0, 10, "1 trillion", False, D)]),
    ("31 percent of", "en", [(31.0, 0, 10, "31 percent", True, D)]),
    ("31 per cent of", "en", [(31.0, 0, 11, "31 per cent", True, D)]),
    ("aged 6 to 14", "en", [((6.0, 14.0), 5, 12, "6 to 14", False, D)]),
    ("aged 6–14 years", "en", [((6.0, 14.0), 5, 9, "6–14", False, D)]),
    ("2 to 3 million", "en", [((2e6, 3e6), 0, 14, "2 to 3 million", False, D)]),
    ("thirty-one cases", "en", [(31.0, 0, 10, "thirty-one", False, W)]),
    ("Twenty cases", "en", [(20.0, 0, 6, "Twenty", False, W)]),
    ("twenty percent", "en", [(20.0, 0, 14, "twenty percent", True, W)]),
    ("two-thirds of", "en", [(2 / 3, 0, 10, "two-thirds", False, W)]),
    ("one quarter", "en", [(0.25, 0, 11, "one quarter", False, W)]),
    ("seen twice", "en", [(2.0, 5, 10, "twice", False, W)]),
    ("in November 2011", "en", [(11.0, 3, 11, "November", False, W), (2011.0, 12, 16, "2011", False, D)]),
    ("p = 0.045", "en", [(0.045, 4, 9, "0.045", False, D)]),
    ("was 0.0451 and 123456", "en", [(0.0451, 4, 10, "0.0451", False, D), (123456.0, 15, 21, "123456", False, D)]),
    # descending pairs split in two, each with its own multiplier and percent sign
    ("2023-10%", "zh", [(2023.0, 0, 4, "2023", False, D), (10.0, 5, 8, "10%", True, D)]),
    ("20%-10%", "zh", [(20.0, 0, 3, "20%", True, D), (10.0, 4, 7, "10%", True, D)]),
    ("50000-2万", "zh", [(50000.0, 0, 5, "50000", False, D), (20000.0, 6, 8, "2万", False, D)]),
    ("5000000-2 million", "en", [(5e6, 0, 7, "5000000", False, D), (2e6, 8, 17, "2 million", False, D)]),
    # ranges: equal ends, one percent sign, a shared multiplier only when it keeps the range ascending
    ("5～5例", "zh", [((5.0, 5.0), 0, 3, "5～5", False, D)]),
    ("10%～20", "zh", [((10.0, 20.0), 0, 6, "10%～20", True, D)]),
    ("10～20%", "zh", [((10.0, 20.0), 0, 6, "10～20%", True, D)]),
    ("20～20万", "zh", [((200_000.0, 200_000.0), 0, 6, "20～20万", False, D)]),
    ("30～20万", "zh", [((30.0, 200_000.0), 0, 6, "30～20万", False, D)]),
    ("1,800～2,000万", "zh", [((18_000_000.0, 20_000_000.0), 0, 12, "1,800～2,000万", False, D)]),
    ("1 800～2 000万", "zh", [((18_000_000.0, 20_000_000.0), 0, 12, "1 800～2 000万", False, D)]),
    ("0.0001万～2万", "zh", [((1.0, 20_000.0), 0, 10, "0.0001万～2万", False, D)]),
    ("3百万", "zh", [(3e6, 0, 3, "3百万", False, D)]),
    ("2千万", "zh", [(2e7, 0, 3, "2千万", False, D)]),
    # what is skipped does not stop the scan
    ("shown [12] in 25 patients", "en", [(25.0, 14, 16, "25", False, D)]),
    ("IL-6 and 25 patients", "en", [(25.0, 9, 11, "25", False, D)]),
    ("shown 25[3] and", "en", [(25.0, 6, 8, "25", False, D)]),
    ("shown [3]25 and", "en", [(25.0, 9, 11, "25", False, D)]),
    ("a-5", "en", []),
    ("IL-6", "en", []),
    ("的L-6", "zh", []),
    (" L-6", "en", []),
    ("3分之1例和百分之五", "zh", [(1 / 3, 0, 4, "3分之1", False, D), (5.0, 6, 10, "百分之五", True, W)]),
    ("概率为千分之4", "zh", [(0.004, 3, 7, "千分之4", False, D)]),  # a fraction with digits is one number
    ("发生率为万分之三，百分之12", "zh", [(0.0003, 4, 8, "万分之三", False, W), (12.0, 9, 14, "百分之12", True, D)]),
    ("零分之一和三分之一", "zh", [(1 / 3, 5, 9, "三分之一", False, W)]),
    ("第三组和两组", "zh", [(2.0, 4, 5, "两", False, W)]),
    ("一和三组", "zh", [(3.0, 2, 3, "三", False, W)]),
    ("三和四组", "zh", [(4.0, 2, 3, "四", False, W)]),
    ("万一个和三组", "zh", [(3.0, 4, 5, "三", False, W)]),
    ("百个", "zh", []),
    ("千次", "zh", []),
    ("三组共1", "zh", [(3.0, 0, 1, "三", False, W), (1.0, 3, 4, "1", False, D)]),
    ("2三组", "zh", [(2.0, 0, 1, "2", False, D)]),
    ("随访三小时后", "zh", [(3.0, 2, 3, "三", False, W)]),
    ("2 patients, one third", "en", [(2.0, 0, 1, "2", False, D), (1 / 3, 12, 21, "one third", False, W)]),
    ("(one third; Smith, 2020) and two thirds", "en", [(2 / 3, 29, 39, "two thirds", False, W)]),
    ("(two; Smith, 2020) and three", "en", [(3.0, 23, 28, "three", False, W)]),
    ("twenty-one cases", "en", [(21.0, 0, 10, "twenty-one", False, W)]),
    ("twenty-two cases", "en", [(22.0, 0, 10, "twenty-two", False, W)]),
    ("ten-two and three", "en", [(3.0, 12, 17, "three", False, W)]),
]


@pytest.mark.parametrize("text,lang,want", CASES)
def test_exact_values_and_offsets(text: str, lang: str, want: list[Row]) -> None:
    got = [(n.value, n.start, n.end, n.text, n.percent, n.written) for n in extract_numbers(text, lang)]
    assert len(got) == len(want), got
    for g, w in zip(got, want):
        assert g[1:] == w[1:], got
        assert g[0] == w[0], got
        assert text[g[1]:g[2]] == g[3]


@pytest.mark.parametrize(
    "value,key",
    [(123456.0, "123456"), (123457.0, "123457"), (0.0451, "0.0451"), (0.0452, "0.0452"), (0.30, "0.3"),
     (18_000_000.0, "18000000"), (123456789.0, "123456789"), (1234567891.0, "1.23456789e+09"), (2 / 3, "0.666666667")],
)
def test_number_key_exact(value: float, key: str) -> None:
    assert number_key(value) == key


def test_close_values_have_distinct_keys() -> None:
    assert number_key(123456.0) != number_key(123457.0)
    assert number_key(0.0451) != number_key(0.0452)
    assert number_key(0.0451) == number_key(0.04510)


@pytest.mark.parametrize(
    "run,value",
    [("三万五千", 35000.0), ("一亿二千万", 120_000_000.0), ("十", 10.0), ("零", 0.0), ("两百", 200.0),
     ("一千零一", 1001.0), ("三亿", 3e8), ("五万亿", 5e12), ("十五", 15.0), ("二十", 20.0), ("九", 9.0),
     ("一〇", 10.0), ("万", None), ("亿", None), ("", None), ("三a", None), ("三十万", 300_000.0),
     ("一千二百三十四", 1234.0), ("一百十", 110.0)],
)
def test_chinese_numeral_value_exact(run: str, value: float | None) -> None:
    assert chinese_numeral_value(run) == value


def _one(zh: str, en: str):
    (f,) = list(run(CheckContext(build([([zh], [en])]))))
    return f


@pytest.mark.parametrize(
    "zh,en,zh_cols,en_cols",
    [
        ("共纳入123456例患者。", "We enrolled 123457 patients.", (4, 10), (13, 19)),
        ("浓度为0.0451。", "The concentration was 0.0452.", (4, 10), (23, 29)),
        ("约有1800万人。", "About 18.5 million people.", (3, 8), (7, 19)),
    ],
)
def test_close_numbers_are_a_mismatch_at_exact_columns(
    zh: str, en: str, zh_cols: tuple[int, int], en_cols: tuple[int, int]
) -> None:
    f = _one(zh, en)
    assert f.rule == "number-mismatch" and f.lang == "en"
    loc = f.location
    assert (loc.path, loc.line, loc.column, loc.end_line, loc.end_column) == ("en.txt", 1, *en_cols[:1], 1, en_cols[1])
    assert f.related is not None
    rel = f.related
    assert (rel.path, rel.line, rel.column, rel.end_line, rel.end_column) == ("zh.txt", 1, zh_cols[0], 1, zh_cols[1])


@pytest.mark.parametrize(
    "zh,en",
    [("共纳入123456例患者。", "We enrolled 123,456 patients."), ("浓度为0.0451。", "The concentration was 0.04510.")],
)
def test_equal_values_written_differently_match(zh: str, en: str) -> None:
    assert list(run(CheckContext(build([([zh], [en])])))) == []
