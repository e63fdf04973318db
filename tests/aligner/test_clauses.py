from __future__ import annotations

from zhen_qa.aligner.clauses import join_clauses, renders_clause, said_beyond, said_of, says_beyond, zh_clauses
from zhen_qa.aligner.lexicon import load_lexicon

# an invented abstract sentence of two ；-joined halves, written as two English sentences
ZH = "当温度适宜时，酶的活性达到最大；在高温环境下，蛋白质会变性，从而导致细胞死亡。"
FIRST = "At a suitable temperature, the activity of the enzyme reaches its maximum."
SECOND = "In a hot environment, proteins denature, which leads to the death of the cell."
ADDED = "Enzymes are proteins that speed up chemical reactions in living organisms."


def test_a_chinese_sentence_is_cut_after_each_semicolon_comma_and_colon() -> None:
    assert zh_clauses("甲乙，丙丁；戊己：庚。") == ["甲乙，", "丙丁；", "戊己：", "庚。"]
    assert zh_clauses("没有分句的句子。") == ["没有分句的句子。"]


def test_an_english_sentence_rendering_a_clause_the_paired_english_leaves_unsaid_renders_it() -> None:
    lexicon = load_lexicon()
    assert renders_clause(ZH, FIRST, [SECOND], lexicon)
    assert renders_clause(ZH, SECOND, [FIRST], lexicon)


def test_an_english_sentence_the_chinese_lacks_renders_no_clause() -> None:
    # it shares the topic's word (protein) with a clause, but that clause is said by the paired English already
    lexicon = load_lexicon()
    assert not renders_clause(ZH, ADDED, [FIRST, SECOND], lexicon)


def test_a_clause_the_paired_english_already_renders_is_no_evidence() -> None:
    lexicon = load_lexicon()
    assert not renders_clause(ZH, FIRST, [FIRST + " " + SECOND], lexicon)


def test_a_sentence_of_one_clause_has_no_clause_of_its_own_to_render() -> None:
    lexicon = load_lexicon()
    assert not renders_clause("当温度适宜时酶的活性达到最大。", FIRST, [SECOND], lexicon)


def test_a_lone_english_sentence_joins_the_bead_whose_chinese_clause_it_renders() -> None:
    zh = ["本文研究温度对酶的影响。", ZH]
    en = ["This paper studies the effect of temperature on enzymes.", FIRST, SECOND]
    path = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 3)]
    assert join_clauses(path, zh, en, load_lexicon(), 4) == [(0, 0, 1, 1), (1, 1, 2, 3)]


def test_a_lone_english_sentence_the_chinese_lacks_stays_alone() -> None:
    zh = ["本文研究温度对酶的影响。", ZH]
    en = ["This paper studies the effect of temperature on enzymes.", ADDED, FIRST + " " + SECOND]
    path = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 3)]
    assert join_clauses(path, zh, en, load_lexicon(), 4) == path


def test_no_join_makes_a_bead_side_too_large_or_its_english_too_long() -> None:
    zh = ["本文研究温度对酶的影响。", ZH]
    en = ["This paper studies the effect of temperature on enzymes.", FIRST, SECOND]
    path = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 3)]
    assert join_clauses(path, zh, en, load_lexicon(), 1) == path
    assert join_clauses(path, zh, en, load_lexicon(), 4, too_long=lambda b: True) == path


def test_two_lone_english_sentences_of_one_chinese_sentence_join_in_turn() -> None:
    zh = ["本文研究温度对酶的影响。", ZH]
    en = ["This paper studies the effect of temperature on enzymes.", FIRST, "Proteins denature in a hot environment.",
          "This leads to the death of the cell."]
    path = [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 2, 3), (2, 3, 2, 4)]
    lexicon = load_lexicon()
    assert renders_clause(ZH, en[2], [FIRST], lexicon)
    assert join_clauses(path, zh, en, lexicon, 4) == [(0, 0, 1, 1), (1, 1, 2, 4)]


def test_a_shared_memo_cuts_each_text_once_and_changes_nothing() -> None:
    """`said_of` and `renders_clause` given one memo (a pass's) answer as without it, and each sentence and clause is
    cut once: the memo holds its tokens, and a text already in it is not cut again."""
    lexicon = load_lexicon()
    memo: dict[str, list[str]] = {}
    assert said_of(ZH, FIRST, lexicon, memo) == said_of(ZH, FIRST, lexicon)
    assert set(memo) == {ZH}
    for lone, paired in [(FIRST, [SECOND]), (SECOND, [FIRST]), (ADDED, [FIRST, SECOND])]:
        assert renders_clause(ZH, lone, paired, lexicon, memo) == renders_clause(ZH, lone, paired, lexicon)
    assert set(memo) == {ZH, *zh_clauses(ZH)}
    memo[ZH] = ["酶"]  # the memo is read, not recomputed
    assert said_of(ZH, FIRST, lexicon, memo) == {"enzym"} & said_of(ZH, FIRST, lexicon)


def test_a_lone_text_says_beyond_its_counterpart_what_the_counterpart_leaves_unsaid() -> None:
    """`says_beyond`, the one test of the paragraph path (`paragraph_pairs`) and of `checks.clause_beside`: either
    side's lone text, weighed against what its counterpart says of the other side."""
    lexicon = load_lexicon()
    # English: the second half's rendering says words of the Chinese that the first half's does not
    assert says_beyond(SECOND, [FIRST], ZH, "en", lexicon)
    assert said_beyond(SECOND, [FIRST], ZH, "en", lexicon) == said_of(ZH, SECOND, lexicon) - said_of(ZH, FIRST, lexicon)
    # an added sentence on the same subject says nothing of the Chinese beyond what the paired English says
    assert not says_beyond(ADDED, [FIRST, SECOND], ZH, "en", lexicon)
    # Chinese: the half the English renders is said by it beyond the other half; the other half is not
    first, second = "当温度适宜时，酶的活性达到最大；", "在高温环境下，蛋白质会变性，从而导致细胞死亡。"
    assert says_beyond(second, [first], SECOND, "zh", lexicon)
    assert not says_beyond(first, [second], SECOND, "zh", lexicon)
