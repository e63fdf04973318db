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
