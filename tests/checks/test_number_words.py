"""number-mismatch: numbers in forms the number reader does not take, as evidence."""
from __future__ import annotations

from tests.checks.numbers_kit import check, numbers


def test_counts_in_chinese_numerals_before_any_noun() -> None:
    assert check("利用一份72题（共八面向）之问卷。", "using a 72 item questionnaire with 8 subscales.") == []
    assert check("比较两模型间的曲线下面积。", "The AUC was compared between the 2 models.") == []
    assert numbers(check("比较两模型间的曲线下面积。", "The AUC was compared between the 3 models.")) == ["/3"]


def test_dimensions_in_chinese_numerals_match_digits() -> None:
    assert check("二维超声与四维超声均可用于检查。", "2D and 4-dimensional ultrasound can both be used.") == []
    assert check("采用三维重建技术。", "A 3D reconstruction technique was used.") == []
    assert check("补充维生素D 5天。", "Vitamin D was given for 6 days.") != []


def test_ordinals_in_words_match_digits() -> None:
    assert check("第2阶段于第11周开始。", "The second stage began in the eleventh week.") == []
    assert check("第21次会议。", "The Twenty-first meeting.") == []
    assert check("第二阶段于第十一周开始。", "Stage 2 began in week 11.") == []
    assert check("第3阶段开始。", "The second stage began.") != []


def test_ages_by_their_decade() -> None:
    assert check("60-70 岁女性的风险最高。", "The risk is highest for women in their 60s.") == []
    assert check("发病年龄为30～50岁。", "Onset occurs in the fourth or fifth decade of life.") == []
    (f,) = check("60-70 岁女性的风险最高。", "The risk is highest for women in their 40s.")
    assert "60-70" in f.message
    assert check("1990-2000年间发病率上升。", "Incidence rose in the 1990s.") != []  # a decade of years is no age


def test_none_and_both_are_counts_in_words() -> None:
    assert check("治疗组为5例，对照组为0例。", "It occurred in 5 treated patients and none of the controls.") == []
    assert check("其原因是下游产物中的1种或2种。", "It was due to one or both of its products.") == []
    assert numbers(check("治疗组为5例，对照组为0例。", "It occurred in 5 treated patients and 1 control.")) \
        == ["0/"]


def test_the_past_decade_is_ten_years() -> None:
    assert check("近10年来，该病发病率上升。", "Over the past decade, its incidence has risen.") == []
    assert check("近12年来，该病发病率上升。", "Over the past decade, its incidence has risen.") != []


def test_half_in_words_is_fifty_percent() -> None:
    assert check("约一半患者复发。", "About 50% of patients relapsed.") == []
    assert check("约50%的患者复发。", "About half of the patients relapsed.") == []
    assert check("约一半患者复发。", "About 60% of patients relapsed.") != []


def test_round_the_clock_is_an_idiom_said_in_words() -> None:
    # 24/7 = 全天候 ("round the clock"): never a missing 24 and 7; still a counterpart of the digits it names
    assert check("他们正在全天候工作，周末无休。", "They were working 24/7 to maintain supply.") == []
    assert check("热线每周7天、每天24小时开通。", "The hotline is open 24/7.") == []
    assert numbers(check("热线每周7天、每天24小时开通。", "The hotline is open 24/6.")) != []


def test_roman_numerals_glued_to_chinese_match_digits() -> None:
    assert check("该车符合欧V排放标准。", "The car meets the Euro 5 emission standard.") == []
    assert check("III期患者共12例。", "There were 12 patients with stage 3 disease.") == []
    # evidence only: a Roman numeral of another value leaves the English number missing
    assert numbers(check("III期患者共12例。", "There were 12 patients with stage 2 disease.")) == ["/2"]
    # X线 is an X-ray, and Latin words are no numerals
    assert numbers(check("X线检查共12例。", "10 of 12 patients had an X-ray.")) == ["/10"]


def test_increased_by_n_times_is_n_plus_one_times_the_original() -> None:
    assert check("吸烟使患病风险增加2倍。", "Smoking was associated with a threefold increased risk.") == []
    assert check("吸烟使患病风险增加2倍。", "Smoking doubled the risk.") == []  # the loose reading, as written
    assert numbers(check("吸烟使患病风险增加2倍。", "Smoking was associated with a fourfold increased risk.")) == ["2/"]


def test_a_five_year_plan_named_in_chinese_numerals() -> None:
    """“十三五”规划 is "the 13th Five-Year Plan": its number and the plan's five years, said in Chinese numerals."""
    assert check("“十三五”国家科技创新规划提出推进产业化。", "The 13th Five Year Plan proposes it.") == []
    assert check("九五期间产量增长。", "Output grew during the 9th Five-Year Plan.") == []
    assert numbers(check("“十三五”国家科技创新规划提出推进产业化。", "The 12th Five Year Plan proposes it.")) == ["/12"]
    assert numbers(check("三五成群地讨论。", "They discussed it in the 3rd group.")) == ["/3"]  # no plan: no evidence
    # a changed count beside the plan is still reported, both ways
    assert numbers(check("“十三五”规划提出推进3项产业化。", "The 13th Five Year Plan proposes 5 projects.")) == ["3/5"]


def test_a_quoted_numeral_and_five_without_a_plan_word_is_no_plan() -> None:
    # “三五” or “十五” in quotes alone is a phrase or a count, not the third or tenth plan: no 3 or 10 to hide a number
    assert numbers(check("这种做法被称为“三五”。", "The practice is called the 3 method.")) == ["/3"]
    assert numbers(check("每组选出“十五”名代表。", "Each group chose 10 delegates.")) == ["/10"]
    # with a plan word after the quote, and 十X五 quoted alone, the plan's number stays evidence
    assert check("“三五”计划期间建设了工厂。", "Factories were built during the 3rd Five-Year Plan.") == []
    assert check("“十五”期间产量增长。", "Output grew during the 10th Five-Year Plan.") == []
    assert check("这是“十三五”的重点。", "This is a priority of the 13th Five-Year Plan.") == []


def test_a_count_of_countries_in_chinese_numerals_is_no_five_year_plan() -> None:
    # 十五国家参与 is fifteen countries, not the tenth plan's: no 10 to match a changed English count
    assert numbers(check("本研究共有十五国家参与。", "A total of 10 countries took part in this study.")) == ["/10"]
    assert check("十五国家重点科技攻关计划支持了本研究。", "The 10th Five-Year Plan key programme supported it.") == []


def test_a_number_in_chinese_numerals_inside_a_name() -> None:
    """二十八宿 is "the 28 lunar mansions": a number with a unit and a digit in Chinese numerals before a noun that is
    no measure word, evidence for the English number."""
    assert check("古人把星空分为二十八宿。", "The ancients divided the sky into 28 lunar mansions.") == []
    assert check("兵法有三十六计。", "The art of war has 36 stratagems.") == []
    # a different number is still reported, and words that only look like numerals are no evidence
    assert numbers(check("古人把星空分为二十八宿。", "The ancients divided the sky into 27 lunar mansions.")) == ["/27"]
    assert numbers(check("这一点十分重要。", "This is 10 times as important.")) == ["/10"]
    assert numbers(check("千万不要停药。", "Never stop the 10000000 drugs.")) == ["/10000000"]


def test_a_numeral_after_the_noun_it_numbers_matches_digits() -> None:
    """问题二 = "Problem 2", 问题二和三 = "questions 2 and 3" (ahooks: two false findings); a numeral after what is no
    noun (之三) or glued to the word after it (三角形, 三百) numbers nothing."""
    assert check("## 问题二 useLayoutEffect 警告", "## Problem 2: useLayoutEffect Warning") == []
    assert check("这个方案对上面的问题二和三都是有效的。", "It works for both questions 2 and 3 above.") == []
    assert check("实验一：基线。", "Experiment 1: the baseline.") == []
    assert numbers(check("这是其中之三。", "This is 3 of them.")) == ["/3"]  # 中之 is no noun
    assert numbers(check("两个方案三角形。", "Option 3 is a triangle.")) == ["/3"]  # 三角形 is a triangle
    assert numbers(check("这是问题三百。", "This is problem 3.")) == ["/3"]  # 三百 is 300


def test_a_lone_magnitude_before_a_measure_word_is_its_value() -> None:
    """代码量在千行以内 = "less than 1000 lines": 千 alone before 行 (or 百/万 before a measure word) is 1000,
    evidence for the English digits; a different number in the English is still reported, and 千万 (must) is no 1000."""
    assert check("代码量在千行以内。", "The code is less than 1000 lines.") == []
    assert check("共有百名患者参加。", "A total of 100 patients took part.") == []
    (f,) = check("代码量在千行以内。", "The code is less than 2000 lines.")
    assert numbers([f]) == ["/2000"]
    (g,) = check("千万不要删除这个文件。", "Never delete any of the 1000 files.")
    assert numbers([g]) == ["/1000"]
    (h,) = check("百度提供了这个服务。", "The service is offered by 100 providers.")  # 百度 is a name
    assert numbers([h]) == ["/100"]


def test_an_approximated_magnitude_is_no_exact_value() -> None:
    """数百名 = "several hundred", 几千行 = "several thousand": after an approximator the magnitude is no exact
    100 or 1000, so an English "100" / "1000" is still missing from the Chinese; 5 万 across a space is 50000."""
    for zh, en, num in (("共有数百名患者参加了本研究。", "A total of 100 patients took part in this study.", "/100"),
                        ("该模块有几千行代码。", "The module has 1000 lines of code.", "/1000"),
                        ("每天处理上万条消息。", "It handles 10,000 messages a day.", "/10,000")):
        (f,) = check(zh, en)
        assert numbers([f]) == [num], zh
    (g,) = check("项目收入为 5 万元。", "The project earned 10,000 yuan.")
    assert "10,000" in g.message and "missing" not in g.message


def test_a_numeral_numbering_a_noun_glued_to_the_next_word_matches_digits() -> None:
    """方法二使用有线连接 = "Method 2 for a wired connection": the numeral after 方法 is glued to the next word, but
    begins no word with it (二使 is none), so it numbers the method; 方案一样 (一样 "alike") and 方法一般 (一般
    "usually") number nothing. A different method number is still reported."""
    assert check("可以尝试下面的方法二使用有线连接。", "You can try Method 2 for a wired connection.") == []
    method_3 = check("可以尝试下面的方法二使用有线连接。", "You can try Method 3 for a wired connection.")
    assert numbers(method_3) == ["/3"]
    from zhen_qa.checks.number_words import word_evidence

    assert word_evidence("这个方法一般有效。", "zh") == set()
    assert word_evidence("两个方案一样好。", "zh") == set()


def test_a_numeral_counting_the_parts_of_a_hardware_compound_matches_digits() -> None:
    """两相四线步进电机 = "a 2-phase 4-wire stepper motor", 四针接口 = "4-pin connector"; a different count ("6-wire")
    is still reported."""
    zh = "请确保您的步进电机为两相四线步进电机。"
    assert check(zh, "Ensure that your stepper motor is a 2-phase 4-wire type.") == []
    assert check("使用四针接口。", "Use the 4-pin connector.") == []
    assert numbers(check(zh, "Ensure that it is a 2-phase 6-wire type.")) == ["/6"]


def test_two_before_any_han_character_is_a_count() -> None:
    """两 counts the noun after it whatever block of the Han ideographs that noun's first character is in: the basic
    block (两模型) and extension A (两䳞, a rare character a name or a species may use) alike (`manuscript.script.HAN`);
    两 before Latin letters or a digit counts nothing."""
    from zhen_qa.aligner.numbers import number_key
    from zhen_qa.checks.number_words import counted

    assert counted("两模型", []) == counted("两\u4cde", []) == {number_key(2)}
    assert counted("两 GPU", []) == counted("两2", []) == set()
