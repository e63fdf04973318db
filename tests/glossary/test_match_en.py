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


def _acronyms() -> EnMatcher:
    from zhen_qa.glossary.model import Concept, Glossary

    return Glossary.build([Concept("who", "世卫组织", "WHO"), Concept("us", "美国", "US"),
                           Concept("ha", "血凝素", "HA"), Concept("i", "碘", "I"), Concept("a", "甲型", "A"),
                           Concept("msc", "间充质干细胞", "MSC"),
                           Concept("other", "其他", "other"), Concept("cell", "细胞", "cell")]).matchers().en


def _spans(matcher: EnMatcher, text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.concept_id) for m in matcher.find(text)]


def test_acronym_does_not_match_the_ordinary_word() -> None:
    en = _acronyms()
    assert _spans(en, "Patients who told us about it.") == []
    assert _spans(en, "The WHO and the US agreed.") == [(4, 7, "who"), (16, 18, "us")]


def test_short_terms_get_no_endings() -> None:
    en = _acronyms()
    assert _spans(en, "It has HA, as it is.") == [(7, 9, "ha")]
    assert _spans(en, "She is as tall as I am; type A.") == [(18, 19, "i"), (29, 30, "a")]
    assert _spans(en, "Cultured MSCs and cells.") == [(9, 13, "msc"), (18, 23, "cell")]


def test_function_words_are_not_inflected() -> None:
    assert _spans(_acronyms(), "The others said so.") == []


def test_one_letter_term_is_not_the_first_word() -> None:
    assert _spans(_acronyms(), "A patient had influenza A.") == [(24, 25, "a")]


def test_text_without_capitals_matches_acronyms_in_any_case() -> None:
    assert _spans(_acronyms(), "the who report on msc therapy") == [(4, 7, "who"), (18, 21, "msc")]


def test_latin_ex_ix_plurals_match_their_singular_term() -> None:
    g = Glossary.build([Concept("v", "顶点", "vertex"), Concept("i", "索引", "index"),
                        Concept("m", "矩阵", "matrices")])
    en = g.matchers().en
    assert spans(en, "Vertices, vertices' labels, indices and indexes of a matrix") == [
        ("Vertices", "v", "preferred"), ("vertices'", "v", "preferred"), ("indices", "i", "preferred"),
        ("indexes", "i", "preferred"), ("matrix", "m", "preferred")]
    assert spans(en, "suffices") == []


def test_irregular_plurals_one_table() -> None:
    from zhen_qa.checks import presence_en
    from zhen_qa.manuscript.english_plurals import IRREGULAR_PLURALS

    assert IRREGULAR_PLURALS["vertex"] == "vertices" and IRREGULAR_PLURALS["child"] == "children"
    assert presence_en._OTHER_NUMBER["vertices"] == "vertex"
    assert "children" in inflections("child") and "Vertices" in inflections("Vertex")
