"""Tests of checks.term_of_phrase through term-missing: a two-word term said as its head with an of-phrase."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.checks.term_of_phrase import of_phrase_said
from zhen_qa.glossary.model import Concept

COLON_CANCER = Concept("cc", "结肠癌", "colon cancer")
LIVER_TRANSPLANT = Concept("lt", "肝移植", "liver transplantation")


def test_the_head_with_an_of_phrase_renders_the_compound() -> None:
    zh = "结肠癌术后患者接受了辅助治疗。"
    assert term_missing(gl(COLON_CANCER), [zh], ["Patients with resected cancer of the colon received adjuvant "
                                                 "treatment."]) == []
    assert term_missing(gl(COLON_CANCER), [zh], ["Patients with resected carcinoma of the colon received "
                                                 "adjuvant treatment."]) == []  # 癌: carcinoma word for word
    assert term_missing(gl(LIVER_TRANSPLANT), ["肝移植后需要随访。"],
                        ["Follow-up is needed after transplantation of the liver."]) == []
    assert of_phrase_said("Cancers of a colon", ["colon cancer"])


def test_other_words_between_or_another_head_stay_missing() -> None:
    zh = "结肠癌术后患者接受了辅助治疗。"
    assert len(term_missing(gl(COLON_CANCER), [zh], ["Patients received adjuvant treatment after surgery."])) == 1
    assert not of_phrase_said("cancer of the upper colon", ["colon cancer"])  # not said as one phrase
    assert not of_phrase_said("a tumour of the colon", ["colon cancer"])  # only cancer may be carcinoma
    assert not of_phrase_said("the colon of cancer", ["colon cancer"])  # the words the other way round
    assert not of_phrase_said("Cancer of the colon", ["colorectal cancer"])
    assert not of_phrase_said("rate of death", ["death"])  # one word: the presence check's


def test_a_longer_word_on_the_stem_is_another_word() -> None:
    # review48 J1: "age" is not said by "agents", nor "cancer" by "cancerous": only an inflection's ending counts
    assert not of_phrase_said("The incidence rose in every group of agents.", ["age group"])
    assert not of_phrase_said("cancerous of the colon", ["colon cancer"])
    assert of_phrase_said("in groups of ages 5 to 9", ["age group"])
    assert len(term_missing(gl(Concept("ag", "年龄组", "age group")), ["各年龄组的发病率均上升。"],
                            ["The incidence rose in every group of agents."])) == 1


def test_a_modifier_listed_as_a_term_of_its_own_still_says_the_compound() -> None:
    """"colon" (结肠) and "component" (组件) are listed too: their matches in the English are parts of the longer
    term said with an of-phrase, not another concept's evidence to blank."""
    colon, component = Concept("co", "结肠", "colon"), Concept("c", "组件", "component")
    library = Concept("cl", "组件库", "component library")
    assert term_missing(gl(COLON_CANCER, colon), ["患者患有结肠癌。"], ["The patient had cancer of the colon."]) == []
    assert term_missing(gl(library, component), ["我们封装了一套组件库。"], ["We built a library of components."]) == []
    assert len(term_missing(gl(library, component), ["我们封装了一套组件库。"], ["We built a set of components."])) == 1


def test_parts_kept_blanks_other_terms_and_keeps_a_part_of_the_own_forms() -> None:
    """"components" (a word of "component library") stays in the text; "theme", another concept's term, is blanked."""
    from tests.checks.terms_kit import manuscript
    from zhen_qa.checks.term_hits import Hit
    from zhen_qa.checks.term_of_phrase import parts_kept
    from zhen_qa.glossary.model import TermMatch, TermStatus

    en = "A library of components with a theme."
    s = manuscript(["组件库。"], [en], [((0,), (0,))]).pairs[0].en[0]

    def hit(word: str, form: str) -> Hit:
        start = en.index(word)
        return Hit(s, TermMatch(start, start + len(word), form, form, TermStatus.PREFERRED), "en")

    text = parts_kept([s], [hit("components", "component"), hit("theme", "theme")], ("component library",), "en")
    assert text == "A library of components with a \0\0\0\0\0."
