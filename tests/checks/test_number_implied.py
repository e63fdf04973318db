"""number-mismatch: a number one side leaves implied."""
from __future__ import annotations

from tests.checks.numbers_kit import check, numbers


def test_a_duration_implied_by_a_date_range() -> None:
    zh = "回顾性调查该院2013年1月至2016年6月42个月中104例患者的资料。"
    en = "The data of 104 patients from Jan, 2013 to June, 2016 were retrospectively analyzed."
    assert check(zh, en) == []
    zh = "回顾性调查该院2013年1月至2016年6月45个月中104例患者的资料。"
    assert numbers(check(zh, en)) == ["45/"]


def test_a_count_of_the_items_the_other_side_lists() -> None:
    zh = "大鼠分为正常对照组、模型组、低剂量组和高剂量组，每组12只。"
    assert check(zh, "The rats were divided into 4 groups (12 rats in each group).") == []
    assert numbers(check(zh, "The rats were divided into 5 groups (12 rats in each group).")) == ["/5"]
    zh = "将其分为右美托咪定组(Dex组)与对照组(Control组)，每组30例。"
    assert check(zh, "They were divided into 2 groups (n=30).") == []
    # items that do not share a head noun are no list of things
    assert numbers(check("比较治疗前与治疗后的评分，每组30例。", "Scores of 2 groups were compared (n=30).")) == ["/2"]


def test_one_in_m_is_the_fraction_1_over_m() -> None:
    assert check("只有大约二十分之一是非法的。", "Only about 1 in 20 cigarettes is illicit.") == []
    assert len(check("只有大约二十分之一是非法的。", "Only about 1 in 25 cigarettes is illicit.")) == 1


def test_a_year_a_dated_name_gives() -> None:
    # CC-CEDICT dates 辛亥革命 (Xinhai Revolution (1911)): the English may write the year the name implies
    zh = "企业在辛亥革命后利用共和的趋势宣传产品。"
    assert check(zh, "After the Revolution of 1911, companies used the republican trend in advertising.") == []
    assert numbers(check(zh, "After the Revolution of 1912, companies used the republican trend.")) == ["/1912"]
    assert numbers(check("企业在革命后宣传产品。", "After the Revolution of 1911, companies advertised.")) == ["/1911"]


def test_a_year_from_the_context() -> None:
    # the Chinese completes a date with its year, or names the year the English calls "this year"
    zh = "CDC根据截至2019年10月8日报告的1,299个病例更新了指南。"
    assert check(zh, "The CDC updated its guidance based on the 1299 cases reported as of October 8.") == []
    assert check("2019年指南更新了推荐。", "This year's guidance updates the recommendations.") == []
    # the English dates a name the Chinese name identifies
    assert check("在東日本大地震後的調查。", "A survey after the Great East Japan Earthquake (2011).") == []
    # a year of the other side to differ from, or another month, is still reported
    (f,) = check(zh, "The CDC updated its guidance based on the 1299 cases reported as of October 8, 2018.")
    assert '"2019" in the Chinese is "2018"' in f.message
    (f,) = check(zh, "The CDC updated its guidance based on the 1299 cases reported as of November 8.")
    assert '"2019", "10"' in f.message
    (f,) = check("在2012年東日本大地震後的調查。", "A survey after the Great East Japan Earthquake (2011).")
    assert '"2012" in the Chinese is "2011"' in f.message
    (f,) = check("在地震一個月後的調查。", "A survey one month after the earthquake (2011).")
    assert '"2011"' in f.message


def test_a_year_the_chinese_names_by_its_distance() -> None:
    # 今年 / 明年 name a year from the time of writing; the English writes its number
    assert check("自今年 3 月份项目开源以来，我们收到了许多反馈。",
                 "Since the project was open-sourced in March 2017, we have received much feedback.") == []
    assert check("旧版本将维护至明年 6 月份。", "The old version will be maintained until June 2018.") == []
    # one year for each such word: a second year the Chinese does not name is still reported
    (f,) = check("旧版本将维护至明年 6 月份。", "The old version will be maintained from 2017 until June 2018.")
    assert '"2017", "2018"' in f.message
    # 明年 inside another word (说明 + 年龄) names no year, and a year of the Chinese to differ from is a changed year
    (g,) = check("图中说明年龄的分布。", "The figure shows the age distribution in 2018.")
    assert '"2018"' in g.message
    (h,) = check("自2016年3月开源以来，今年我们收到了许多反馈。",
                 "Since it was open-sourced in March 2017, we have received much feedback this year.")
    assert '"2016" in the Chinese is "2017"' in h.message
    # a distance word the English says in words (今年 = "this year's") stands for no number: a year it adds is reported
    (k,) = check("今年的年会已经取消，下一届年会将在秋天举行。",
                 "This year's annual meeting has been cancelled; the next meeting will be held in autumn 2024.")
    assert '"2024"' in k.message
    # 去年 = "Last year"; 明年 is left over for the one year the English writes
    assert check("去年我们发布了第一版，下一版会在明年春天发布。",
                 "Last year we released the first edition; the next one will be released in the spring of 2025.") == []


def test_a_count_after_namely_restates_the_list() -> None:
    zh = "我们在0～30日，30日～1年和1～5年（即符合比例风险的3个时间段）分别评估了模型。"
    en = "We evaluated the models within 0 to 30 days, 30 days to 1 year, and 1 year to 5 years, separately."
    assert check(zh, en) == []
    # without 即 the count is compared, and a changed number of the English is still reported
    assert check("我们纳入了3个中心的患者。", "We included patients from the centers.") != []
    (f,) = check(zh, en.replace("1 year to 5", "1 year to 6"))
    assert f.message.startswith('"1～5", "3" in the Chinese are missing from the English; "6" in the English is')


def test_a_count_after_a_demonstrative_restates_the_set_the_english_points_back_at() -> None:
    pairs = [
        ("这3例患者均存活。", "These patients all survived."),
        ("上述2项研究均为阴性。", "The above studies were both negative."),
        ("该2例患者均存活。", "The patients survived."),
    ]
    for zh, en in pairs:
        assert check(zh, en) == [], (zh, en)
    (f,) = check("这3例患者均存活。", "These 4 patients all survived.")  # a changed count
    assert '"3"' in f.message and '"4"' in f.message
    (g,) = check("这3例患者均存活。", "Survival was high.")  # no set pointed back at
    assert '"3"' in g.message
    (h,) = check("3例患者均存活。", "These patients all survived.")  # no demonstrative: a count, not a restatement
    assert '"3"' in h.message


def test_a_count_of_the_items_announced_as_the_following() -> None:
    zh = "我们依次在以下3个队列中比较两组：A队列，B队列和全体人群。"
    assert check(zh, "We compared the groups first in cohort A, then in cohort B, and then in all patients.") == []
    assert check("我们在3个队列中比较两组。", "We compared the groups in the cohorts.") != []  # no list announced


def test_a_count_that_announces_the_list_its_colon_opens() -> None:
    """6种蜥蜴：A(…), B(…) 和C(…) = "several species, namely A, B and C": the English gives the items, not the count."""
    zh = ("该地曾报道3种蜥蜴：中国飞蜥(Agama sinensis Hou,1974),淮南安徽蜥(Anhuisaurus Hou,1974)"
          "和痘母响蜥(Tinosaurus),但材料破碎。")
    en = "Several lizards were reported, namely Agama sinensis Hou,1974, Anhuisaurus Hou,1974 and Tinosaurus."
    assert check(zh, en) == []
    assert check("研究包括3个方面：形态、分子和区系。", "The study covers morphology, molecules and faunas.") == []
    # a list of another length: the count is no restatement of it
    assert numbers(check(zh.replace("3种", "4种"), en)) == ["4/"]
    assert numbers(check("研究包括3个方面：形态和分子。", "The study covers morphology and molecules.")) == ["3/"]


def test_a_count_after_a_demonstrative_that_adds_up_the_counts_before_it() -> None:
    zh = "1例低危患者和2例中危患者接受了扫描；这3例患者均未发现栓塞。"
    en = "One low-risk patient and two intermediate-risk patients underwent scanning; none had an embolism."
    assert check(zh, en) == []
    zh = "1例低危患者和2例中危患者接受了扫描；这4例患者均未发现栓塞。"  # not the sum: compared as usual
    assert numbers(check(zh, en)) == ["4/"]


def test_a_count_that_sums_up_the_list_before_it() -> None:
    # A、B和C3个方面: the count restates the list, which the English gives item by item
    zh = "本文从组织形态、上皮适应分子机制和微生物区系3个方面的变化进行阐述。"
    en = "This paper elucidated the changes of morphology, molecular adaptive mechanism and microbiota."
    assert check(zh, en) == []
    assert check("本文从形态、机制、功能等3个方面进行阐述。", "We review the morphology, mechanism and function.") == []
    # a count that is not the number of the items listed, or no list at all, is compared as usual
    assert numbers(check(zh.replace("3个", "4个"), en)) == ["4/"]
    assert numbers(check("本文从3个方面进行阐述。", "This paper reviews the changes.")) == ["3/"]
    # where the English has a number of its own the Chinese lacks, the count is compared as usual
    (f,) = check(zh, "This paper elucidated 5 changes of morphology, molecular adaptive mechanism and microbiota.")
    assert f.message.startswith('"3" in the Chinese is "5" in the English')


def test_a_total_that_adds_up_the_counts_before_it() -> None:
    """共8项 ("in all 8") after 6项 and 2项 of the same classifier is their sum: the English gives the parts only."""
    zh = "6项病例对照研究、2项队列研究共8项研究探索了饮食危险因素。"
    en = "Six case-control studies and two cohort studies have explored dietary risk factors."
    assert check(zh, en) == []
    assert numbers(check(zh.replace("共8项", "共9项"), en)) == ["9/"]  # not the sum: compared as usual
    assert numbers(check("研究共8项。", "The studies were reviewed.")) == ["8/"]  # nothing to add up


def test_a_count_of_groups_whose_arms_the_english_names_with_versus() -> None:
    zh = "该试验将7,576例女性随机分为2组，分别接受5年阿那曲唑或5年依西美坦治疗。"
    en = "The trial randomly assigned 7,576 women to receive 5 years of anastrozole versus exemestane."
    assert check(zh, en) == []
    assert check(zh.replace("2组", "两组"), en) == []  # 两 is no number to drop either way
    assert check("患者被分为3组：A、B和C。", "Patients were assigned to A vs. B vs. C.") == []
    # a count the arms do not make, or no split into groups, stays reported
    assert numbers(check(zh.replace("2组", "3组"), en)) == ["3/"]
    assert numbers(check("该试验共纳入2组女性。", "The trial compared anastrozole versus exemestane.")) == ["2/"]
    # the v. of i.v. joins no arms
    assert numbers(check("将患者随机分为2组给药。", "Patients were randomized to receive the drug i.v.")) == ["2/"]


def test_a_period_up_to_now_dated_by_its_start_on_one_side_and_by_its_length_on_the_other() -> None:
    # 自2015年以来 = "in the past decade", "since 2015" = 近十年: the same span, one side dating it by its first year
    zh = "本文总结了自2015年以来关于睡眠剥夺与情绪调节的实证研究。"
    assert check(zh, "This review summarizes empirical studies of sleep deprivation and emotion regulation in the "
                     "past decade.") == []
    assert check("本文总结了2015年以来关于睡眠剥夺的研究。", "We review studies of sleep deprivation from recent "
                                                          "years.") == []
    assert check("本文总结了近十年关于睡眠剥夺的研究。", "We review studies of sleep deprivation since 2015.") == []


def test_a_period_up_to_now_with_its_year_changed_or_dropped_is_still_reported() -> None:
    zh = "本文总结了自2015年以来关于睡眠剥夺与情绪调节的实证研究。"
    # another year: a changed number, not the span said otherwise
    assert numbers(check(zh, "This review summarizes empirical studies of sleep deprivation since 2012.")) \
        == ["2015/2012"]
    # no period at all in the English: the span is dropped
    assert numbers(check(zh, "This review summarizes empirical studies of sleep deprivation and emotion "
                             "regulation.")) == ["2015/"]
    # a year that starts no period up to now (在2015年) is not the past decade
    assert numbers(check("本文分析了2015年发表的睡眠剥夺研究。", "We analyse studies of sleep deprivation of the past "
                                                              "decade.")) == ["2015/"]
    # the English dates a period the Chinese does not say at all
    assert numbers(check("本文总结了关于睡眠剥夺的研究。", "We review studies of sleep deprivation since 2015.")) \
        == ["/2015"]
