"""aligner.glued_headings: a Chinese heading alone before English that opens with the heading glued to it."""
from __future__ import annotations

from zhen_qa.aligner.glued_headings import glued_heading, join_glued_headings
from zhen_qa.aligner.lexicon import load_lexicon

# an invented leaflet: the English heading was read into the sentence after it, the Chinese heading was not
ZH = ["如果您出现宫缩，请侧卧。", "37 孕周之前", "如果您在孕 37 周之前出现规律的宫缩，请立即致电医生。",
      "请带上您的病历。"]
EN = ["If you have contractions, lie on your side.",
      "Before 37 Weeks If you are having regular contractions before 37 weeks of pregnancy, call your doctor right "
      "away.", "Bring your records."]
PATH = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2), (3, 2, 4, 3)]


def test_glued_heading() -> None:
    assert glued_heading("Before 37 Weeks If you are having regular contractions") == "Before 37 Weeks"
    assert glued_heading("Your Care Do not eat before the test.") == "Your Care"
    assert glued_heading("If you are having contractions, call.") is None  # no heading before the sentence
    assert glued_heading("The Test") is None  # no sentence after it
    assert glued_heading("Signs Call 911 now.") is None  # "911" opens no sentence


def test_a_lone_chinese_heading_joins_the_bead_whose_english_opens_with_it() -> None:
    assert join_glued_headings(PATH, ZH, EN, load_lexicon(), 4) == [(0, 0, 1, 1), (1, 1, 3, 2), (3, 2, 4, 3)]


def test_a_chinese_heading_whose_english_heading_is_missing_stays_alone() -> None:
    en = [EN[0], "If you are having regular contractions before 37 weeks of pregnancy, call your doctor right away.",
          EN[2]]
    assert join_glued_headings(PATH, ZH, en, load_lexicon(), 4) == PATH
    # a glued English heading that says nothing the Chinese heading says: not its counterpart
    zh = ZH[:1] + ["注意事项"] + ZH[2:]
    assert join_glued_headings(PATH, zh, EN, load_lexicon(), 4) == PATH


def test_a_sentence_opening_with_its_own_title_case_name_has_no_glued_heading() -> None:
    """review44: a heading whose English was deleted, before a sentence opening with a capitalised name ("HIV Testing
    Centers offer …"), was joined as if "HIV Testing" were the heading glued to it, and the true untranslated lost:
    the word after a glued heading opens a sentence (If, Your, Call …), a capitalised noun does not."""
    assert glued_heading("HIV Testing Centers offer free tests to everyone.") is None
    zh = ["请按时服药。", "HIV 检测", "HIV 检测中心为所有人提供免费检测。"]
    en = ["Take your medicine on time.", "HIV Testing Centers offer free tests to everyone."]
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2)]
    assert join_glued_headings(path, zh, en, load_lexicon(), 4) == path
