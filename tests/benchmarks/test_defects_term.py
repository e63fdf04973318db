"""defects.py's injected term-missing takes every word that still names the concept, and keeps a sentence's capital."""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import defects  # noqa: E402

from zhen_qa.glossary.model import Concept  # noqa: E402


def _missing(term: str, en: str, mode: str = "substance") -> str | None:
    return defects._missing_term(en, Concept("c1", "术语", term), random.Random(1), mode)


def test_plurals_and_derived_words_go_too() -> None:
    assert _missing("teacher", "Teachers and teacher trainers.") == "Substance and substance trainers."
    assert _missing("diabetes", "A diabetic diet for diabetes.") == "A substance diet for substance."
    assert _missing("patient", "In uremic patients, relieving the patient's pain.") == \
        "In uremic substance, relieving the substance's pain."


def test_a_word_holding_the_term_goes_too() -> None:
    assert _missing("adaptive", "Adaptive and maladaptive coping.") == "Substance and substance coping."
    assert _missing("lung cancer", "Two lung cancers.") == "Two substance."


def test_a_short_stem_is_not_cut() -> None:
    assert _missing("care", "Cars need care.") == "Cars need substance."  # "car" would take "Cars"


def test_a_capital_is_kept_where_the_term_opened_the_sentence() -> None:
    assert _missing("primary", "It was done. Primary outcome was VA.") == "It was done. Substance outcome was VA."
    assert _missing("primary", "Primary outcome was VA.", "swap") == "Outcome outcome was VA."
    assert _missing("primary", "The primary outcome.", "delete") == "The outcome."


def test_an_english_source_loses_the_term_in_the_chinese() -> None:
    c = Concept("c1", "化疗", "chemotherapy")
    rng = random.Random(1)
    assert defects._missing_term_zh("患者接受化疗，化疗有效。", c, rng, "substance") == "患者接受物质，物质有效。"
    assert defects._missing_term_zh("患者接受化疗。", c, rng, "delete") == "患者接受。"
    swapped = defects._missing_term_zh("患者接受化疗。", c, rng, "swap")
    assert swapped is not None and "化疗" not in swapped and swapped != "患者接受。"
    assert defects._missing_term_zh("化疗。", c, rng, "swap") is None  # no other word to put there


def test_a_documents_source_from_its_name() -> None:
    assert [defects.doc_source(n) for n in ("en2zh-doc1", "wmt18-zh2en-01", "cx7-001")] == ["en", "zh", None]


def test_a_term_kept_in_english_inside_the_chinese() -> None:
    c = Concept("c1", "化疗", "chemotherapy")
    assert defects._kept_original("患者接受化疗，化疗有效。", c) == "患者接受chemotherapy，chemotherapy有效。"


def test_a_mistranslated_modifier_keeps_the_head() -> None:
    c = Concept("c1", "戒烟", "smoking cessation")
    rng = random.Random(1)
    out = defects._modifier_swapped("Smoking cessation rates rose after smoking cessation advice.", c, rng)
    assert out is not None and "moking" not in out and out.count("cessation") == 2
    assert out[0].isupper()  # the sentence's capital is kept
    assert defects._modifier_swapped("Smoking cessation.", c, rng) is None  # no other word to put there


def test_a_modifier_is_swapped_only_in_a_modifier_and_head_and_for_a_content_word() -> None:
    rng = random.Random(1)
    # CC-CEDICT's verb and preposition glosses have a function word where a modifier would be
    assert defects._modifier_swapped("We continue to implement the plan.", Concept("c1", "执行", "to implement"),
                                     rng) is None
    assert defects._modifier_swapped("Grouped according to age.", Concept("c1", "根据", "according to"), rng) is None
    # the word put in the modifier's place is a content word, never "than"
    c = Concept("c1", "对照组", "control group")
    made = {defects._modifier_swapped("Rates were higher than in the healthy control group.", c, random.Random(seed))
            for seed in range(20)}
    assert made == {f"Rates were higher than in the healthy {w} group." for w in ("higher", "healthy")}


def test_the_chinese_side_kinds_are_drawn_last_and_reported_by_term_missing() -> None:
    # drawn after the older kinds, so those keep their random draws and figures
    added = defects.ADDED_47 + defects.ADDED_64  # stop 47's kinds, then stop 64's, each drawn after the older ones
    assert defects.KINDS[: len(defects.KINDS) - len(added)] == (
        "untranslated", "untranslated-span", "number-mismatch", "term-missing", "term-variant",
        "citation-mismatch", "punctuation-width", "repeated-char")
    assert defects.KINDS[len(defects.KINDS) - len(added):] == added
    assert all(k in defects.EXPECTED for k in added)


def test_a_term_the_chinese_loses_is_found_at_the_english_term() -> None:
    from zhen_qa.glossary.model import Glossary

    g = Glossary.build([Concept("c1", "化疗", "chemotherapy")], "t")
    zh, en = "患者接受了物质。\n", "The patients received chemotherapy.\n"
    findings = defects.check(zh, en, g, presplit=True)
    places = [defects._place("zh.txt", zh, 0, 7), defects._place("en.txt", en, 0, 35)]
    assert defects.found_as(findings, "term-missing-zh", places)
    assert not defects.found_as(findings, "untranslated", places)


def test_an_irregular_plural_of_the_term_goes_too() -> None:
    # "mice" is the plural of "mouse": an omission of the term leaves neither
    assert _missing("mouse", "Mice and a mouse were used; nude mice too.") == (
        "Substance and a substance were used; nude substance too.")


def test_a_closed_class_word_is_no_modifier_put_in_place() -> None:
    # "without" (a preposition) and "between" are no content words: "without group" is no mistranslated modifier
    c = Concept("c1", "对照组", "control group")
    made = {defects._modifier_swapped("Patients without drugs were compared between the control group and others.",
                                      c, random.Random(seed)) for seed in range(30)}
    assert made == {f"Patients without drugs were compared between the {w} group and others."
                    for w in ("drugs", "compared", "others")}
