from __future__ import annotations

from zhen_qa.aligner.number_strays import distinctive, return_numbered
from zhen_qa.aligner.numbers import extract_numbers

# an invented abstract end: the results sentence written as two English sentences, the conclusion's English missing,
# and the search pairing the conclusion with the second half of the results
ZH = ["结果：该模型共选取5个特征，准确率为90.32%，敏感度为87.86%。", "结论：该方法对分级具有较高的准确性。"]
EN = ["Results: A total of 5 features were selected by the model.",
      "The mean accuracy of the model was 90.32%, and its sensitivity was 87.86%."]
PATH = [(0, 0, 1, 1), (1, 1, 2, 2)]


def test_small_whole_numbers_are_not_distinctive() -> None:
    (five,) = extract_numbers("5 features", "en")
    (share,) = extract_numbers("90.32%", "en")
    (year,) = extract_numbers("in 2016", "en")
    assert distinctive(five) == []
    assert distinctive(share) and distinctive(year)


def test_english_stating_the_neighbours_values_goes_back_to_it() -> None:
    assert return_numbered(PATH, ZH, EN, 4) == [(0, 0, 1, 2), (1, 2, 2, 2)]


def test_the_neighbour_after_takes_it_back_too() -> None:
    zh = [ZH[1], ZH[0]]
    en = [EN[1], EN[0]]
    assert return_numbered([(0, 0, 1, 1), (1, 1, 2, 2)], zh, en, 4) == [(0, 0, 1, 0), (1, 0, 2, 2)]


def test_a_pair_whose_chinese_states_the_numbers_is_kept() -> None:
    zh = [ZH[0], "结论：准确率为90.32%，敏感度为87.86%。"]
    assert return_numbered(PATH, zh, EN, 4) == PATH


def test_no_move_when_the_neighbours_english_states_them_already_or_its_side_is_full() -> None:
    en = ["Results: the accuracy was 90.32% and the sensitivity 87.86%.", EN[1]]
    assert return_numbered(PATH, ZH, en, 4) == PATH
    assert return_numbered(PATH, ZH, EN, 1) == PATH


def test_small_numbers_only_or_a_glued_sentence_prove_nothing() -> None:
    zh = ["结果：共选取5个特征和3个模型。", ZH[1]]
    en = [EN[0], "Five features and 3 models were compared."]
    assert return_numbered(PATH, zh, en, 4) == PATH
    path = [(0, 0, 1, 1), (1, 1, 2, 2)]
    zh, en = [ZH[1], ZH[0]], [EN[1], EN[0]]
    assert return_numbered(path, zh, en, 4) != path
    glued = ["The method was accurate.The mean accuracy was 90.32%, and the sensitivity 87.86%.", EN[0]]
    assert return_numbered(path, zh, glued, 4) == path
