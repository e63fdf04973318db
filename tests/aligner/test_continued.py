from __future__ import annotations

from zhen_qa.aligner.continued import join_continued, subject_refers_back

# an invented abstract: one long Chinese sentence written as two English ones, the second opening with "It"
ZH = ["人际信任是合作的基础。",
      "近年来，研究者开始将计算模型应用于信任研究，深入挖掘信任行为背后的心理机制。", "未来研究应关注临床人群。"]
EN = ["Interpersonal trust is the basis of cooperation.",
      "In recent years, computational modeling has been applied to the research of trust.",
      "It enables researchers to explore the psychological mechanisms underlying trust behaviour.",
      "Future research should focus on clinical populations."]
# the search left the first English sentence of the second Chinese one alone (a 0-1 bead)
PATH = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 3), (2, 3, 3, 4)]


def test_a_pronoun_subject_refers_back_but_a_dummy_it_or_the_texts_own_study_does_not() -> None:
    assert subject_refers_back("It enables researchers to explore the mechanisms.")
    assert subject_refers_back("Over time, this prevents the development of the pathogenic process.")
    assert subject_refers_back("These theoretical perspectives extend previous models.")
    assert not subject_refers_back("It is essential to investigate the neural mechanisms.")
    assert not subject_refers_back("It should be noted that the sample was small.")
    assert not subject_refers_back("This study examined 52 patients.")
    assert not subject_refers_back("Interpersonal trust is the basis of cooperation.")


def test_a_lone_english_sentence_joins_the_bead_whose_english_continues_it() -> None:
    assert join_continued(PATH, ZH, EN, 4) == [(0, 0, 1, 1), (1, 1, 2, 3), (2, 3, 3, 4)]


def test_it_stays_alone_where_the_chinese_subject_refers_back_too() -> None:
    # 这使研究者…: the English "It" renders the Chinese 这, so nothing ties the lone sentence to the bead
    zh = [ZH[0], "这使研究者能够深入挖掘信任行为背后的心理机制。", ZH[2]]
    assert join_continued(PATH, zh, EN, 4) == PATH


def test_it_stays_alone_where_the_next_english_names_its_own_subject() -> None:
    en = EN[:2] + ["Researchers explore the psychological mechanisms underlying trust behaviour."] + EN[3:]
    assert join_continued(PATH, ZH, en, 4) == PATH


def test_it_stays_alone_where_the_joined_bead_would_be_too_long_or_too_wide() -> None:
    assert join_continued(PATH, ZH, EN, 4, too_long=lambda b: True) == PATH
    assert join_continued(PATH, ZH, EN, 1) == PATH


def test_the_aligners_subject_test_is_not_the_term_checks_pronoun_test() -> None:
    """Two questions, two names: a demonstrative with a noun continues the sentence before, yet stands for no single
    term; a pronoun ending a sentence as its object refers to a term, yet does not make the sentence continue."""
    from zhen_qa.checks.term_rendered import refers_back

    assert subject_refers_back("These theoretical perspectives extend previous models.")
    assert not refers_back("These theoretical perspectives extend previous models.")
    assert refers_back("How long will I need it?") and not subject_refers_back("How long will I need it?")


# an invented abstract: one Chinese sentence states two measures; the English announces them, then "First, … Second, …"
ZH_LIST = ["公共卫生体系面临挑战。", "提高应急能力应加强公共卫生投入，并优化卫生体系。", "未来研究应关注基层。"]
EN_LIST = ["The public health system faces challenges.",
           "To improve the capacity of emergency response, two key issues should be considered.",
           "First, investment in public health should be increased.",
           "Second, the health system should be optimized.",
           "Future research should focus on primary care."]
PATH_LIST = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 4), (2, 4, 3, 5)]


def test_a_lone_english_lead_in_announcing_a_list_joins_the_bead_whose_english_opens_the_list() -> None:
    assert join_continued(PATH_LIST, ZH_LIST, EN_LIST, 4) == [(0, 0, 1, 1), (1, 1, 2, 4), (2, 4, 3, 5)]
    # the Chinese opens its own list with 首先: its lead-in is a sentence of its own, the lone English stays alone
    zh = [ZH_LIST[0], "首先，应加强公共卫生投入，并优化卫生体系。", ZH_LIST[2]]
    assert join_continued(PATH_LIST, zh, EN_LIST, 4) == PATH_LIST
    # no list announced, or none opened
    en = EN_LIST[:1] + ["The capacity of emergency response is weak."] + EN_LIST[2:]
    assert join_continued(PATH_LIST, ZH_LIST, en, 4) == PATH_LIST
    en = EN_LIST[:2] + ["Investment in public health should be increased."] + EN_LIST[3:]
    assert join_continued(PATH_LIST, ZH_LIST, en, 4) == PATH_LIST


def test_a_count_of_anything_but_items_announces_no_list() -> None:
    """review44: "Two patients died." (an English sentence the Chinese lacks) before "First, …" was joined to the
    list's bead as a lead-in, and its true extra-target lost; only a count of things one lists announces a list."""
    en = EN_LIST[:1] + ["Two patients died."] + EN_LIST[2:]
    assert join_continued(PATH_LIST, ZH_LIST, en, 4) == PATH_LIST
    en = EN_LIST[:1] + ["The measures are as follows."] + EN_LIST[2:]
    assert join_continued(PATH_LIST, ZH_LIST, en, 4) == [(0, 0, 1, 1), (1, 1, 2, 4), (2, 4, 3, 5)]
