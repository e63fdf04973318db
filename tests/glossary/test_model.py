from __future__ import annotations

import pytest

from tests.glossaries import sample_concepts
from zhen_qa.glossary.model import Concept, Glossary, TermStatus, concept_problems
from zhen_qa.manuscript.errors import InputError


def test_terms_lists_statuses_in_order() -> None:
    c = Concept("x", "分泌组", "secretome", zh_admitted=("分泌组群",), zh_deprecated=("分泌物",))
    assert [(t, s) for t, s, _f in c.terms("zh")] == [
        ("分泌组", TermStatus.PREFERRED), ("分泌组群", TermStatus.ADMITTED), ("分泌物", TermStatus.DEPRECATED)]
    assert c.preferred("en") == "secretome"
    assert c.accepted("zh") == ("分泌组", "分泌组群")


def test_checksum_ignores_order_and_changes_with_content() -> None:
    a = Glossary.build(sample_concepts())
    b = Glossary.build(list(reversed(sample_concepts())))
    assert a.checksum == b.checksum and a.checksum.startswith("sha256:")
    changed = sample_concepts()
    changed[0] = Concept("secretome", "分泌组", "secretomes")
    assert Glossary.build(changed).checksum != a.checksum


def test_translation_pairs_cover_accepted_terms_only() -> None:
    g = Glossary.build(sample_concepts())
    pairs = g.translation_pairs()
    assert ("间充质干细胞", "mesenchymal stromal cell") in pairs
    assert ("胞外囊泡", "extracellular vesicle") in pairs
    assert not any(zh == "分泌物" for zh, _en in pairs)
    assert not any(en == "Alzheimer disease" for _zh, en in pairs)


def test_term_claimed_by_two_concepts_is_an_error() -> None:
    concepts = [Concept("a", "分泌组", "secretome"), Concept("b", "分泌物", "secretion", zh_admitted=("分泌組",))]
    with pytest.raises(InputError, match=r"g.csv: line 3, field zh_admitted: .*already belongs to concept 'a'"):
        Glossary.build(concepts, "g.csv", ["line 2", "line 3"])


def test_preferred_and_deprecated_at_once_is_an_error() -> None:
    problems = concept_problems([Concept("a", "分泌组", "secretome", zh_deprecated=("分泌组",))], ["line 2"], "g.csv")
    assert problems == ["g.csv: line 2, field zh_deprecated: term '分泌组' also listed in field zh"]


def test_english_conflicts_fold_case_and_hyphens() -> None:
    problems = concept_problems([Concept("a", en="stem cell"), Concept("b", en="Stem-Cell")])
    assert len(problems) == 1 and "already belongs to concept 'a'" in problems[0]


def test_duplicate_and_empty_ids_and_empty_concepts() -> None:
    problems = concept_problems([Concept("a", "甲"), Concept("a", "乙"), Concept(" ", "丙"), Concept("d")])
    assert any("duplicate id 'a'" in p for p in problems)
    assert any("empty id" in p for p in problems)
    assert any("has no preferred or admitted term" in p for p in problems)


def test_matchers_are_built_once() -> None:
    g = Glossary.build(sample_concepts())
    assert g.matchers() is g.matchers()
    zh, en = g.matchers()
    assert zh.find("分泌组")[0].concept_id == "secretome"
    assert en.find("secretome")[0].concept_id == "secretome"


def test_pickles_without_its_matchers() -> None:
    import pickle

    g = Glossary.build(sample_concepts())
    assert g.matchers().zh.find("肝病毒和肝病")  # builds the matchers and a jieba tokenizer
    again = pickle.loads(pickle.dumps(g))
    assert again == g and again.checksum == g.checksum
    assert [m.form for m in again.matchers().zh.find("肝病毒和肝病")] == ["肝病"]
