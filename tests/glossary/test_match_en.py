from __future__ import annotations

from zhen_qa.glossary.match_en import EnMatcher, inflections
from zhen_qa.glossary.model import Concept, Glossary


def spans(matcher: EnMatcher, text: str) -> list[tuple[str, str, str]]:
    return [(text[m.start:m.end], m.concept_id, m.status.value) for m in matcher.find(text)]


def test_case_insensitive_and_plurals(sample: Glossary) -> None:
    en = sample.matchers().en
    assert spans(en, "Secretomes of Stem Cells") == [("Secretomes", "secretome", "preferred"),
                                                      ("Stem Cells", "sc", "preferred")]
    assert spans(en, "extracellular vesicles and exosomes") == [
        ("extracellular vesicles", "ev", "preferred"), ("exosomes", "exo", "preferred")]


def test_inflection_forms() -> None:
    assert set(inflections("therapy")) >= {"therapy", "therapies", "therapy's"}
    assert set(inflections("analysis")) >= {"analyses"}
    assert set(inflections("Alzheimer's disease")) >= {"Alzheimer's diseases", "Alzheimers disease"}


def test_hyphen_and_space_variants(sample: Glossary) -> None:
    assert spans(sample.matchers().en, "stem-cell therapy") == [("stem-cell", "sc", "preferred")]


def test_possessives_and_listed_non_possessive(sample: Glossary) -> None:
    en = sample.matchers().en
    assert spans(en, "Alzheimer’s disease and Alzheimer disease") == [
        ("Alzheimer’s disease", "ad", "preferred"), ("Alzheimer disease", "ad", "deprecated")]
    assert spans(en, "the secretome's role") == [("secretome's", "secretome", "preferred")]
    assert spans(en, "Parkinson disease") == []  # not listed for pd


def test_whole_words_next_to_cjk_and_fullwidth_punctuation(sample: Glossary) -> None:
    en = sample.matchers().en
    assert spans(en, "分泌组(secretome)和secretome，secretome。") == [("secretome", "secretome", "preferred")] * 3
    assert spans(en, "secretomes，secretomex secretomeA xsecretome 1secretome") == [
        ("secretomes", "secretome", "preferred")]


def test_deprecated_inside_longer_listed_term_is_not_reported(sample: Glossary) -> None:
    en = sample.matchers().en
    assert spans(en, "a thermal gap pad") == [("thermal gap pad", "gap", "preferred")]
    assert spans(en, "a gap pad") == [("gap pad", "gap", "deprecated")]
    assert spans(en, "mesenchymal stem cells") == [("mesenchymal stem cells", "msc", "preferred")]


def test_case_sensitive_entry() -> None:
    g = Glossary.build([Concept("who", "世卫组织", "WHO", case_sensitive=True), Concept("sc", en="stem cell")])
    en = g.matchers().en
    assert spans(en, "WHO said who") == [("WHO", "who", "preferred")]
    assert spans(en, "Stem Cell") == [("Stem Cell", "sc", "preferred")]


def test_runs_of_spaces_inside_a_term_match_with_original_offsets(sample: Glossary) -> None:
    en = sample.matchers().en
    text = "Use  stem  cell therapy; stem -\ncells;  mesenchymal   stem cells here."
    assert spans(en, text) == [("stem  cell", "sc", "preferred"), ("stem -\ncells", "sc", "preferred"),
                               ("mesenchymal   stem cells", "msc", "preferred")]
    assert spans(en, "stem  cellular") == []


def test_plural_listed_term_matches_its_singular() -> None:
    g = Glossary.build([Concept("ev", en="extracellular vesicles"), Concept("ab", en="antibodies"),
                        Concept("ms", en="mass"), Concept("an", en="analysis")])
    en = g.matchers().en
    assert spans(en, "an extracellular vesicle and extracellular vesicles") == [
        ("extracellular vesicle", "ev", "preferred"), ("extracellular vesicles", "ev", "preferred")]
    assert spans(en, "one antibody, two antibodies") == [("antibody", "ab", "preferred"),
                                                          ("antibodies", "ab", "preferred")]
    assert spans(en, "ma, analysi") == []  # no singular made from -ss or -is
